#include "import/html/htmlextractor.h"

#include "import/html/charsetdetector.h"
#include "import/html/contentscorer.h"
#include "import/html/domtree.h"
#include "import/html/markupslimmer.h"
#include "import/html/metadatareader.h"
#include "import/html/nodehints.h"
#include "import/html/textserializer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcHtmlImport, "lede.import.html")

namespace lede {

namespace {

// Bigger pages are cut: gumbo needs roughly forty times the markup size in memory, and no
// article needs more than the first few megabytes of markup once scripts and styles are gone
// (MarkupSlimmer keeps at most that much).
constexpr qsizetype MaxInputBytes = 32 * 1024 * 1024;
// An article shorter than this after the strict pass is retried with gentler rules.
constexpr int MinArticleLength = 400;

struct Signature
{
    const char *magic;
    int length;
    const char *what;
};

// Formats people save by mistake where a web page was expected.
QString binaryKind(const QByteArray &bytes)
{
    static const Signature signatures[] = {{"%PDF-", 5, "a PDF document"},
                                           {"\x89PNG", 4, "a PNG image"},
                                           {"\xFF\xD8\xFF", 3, "a JPEG image"},
                                           {"GIF8", 4, "a GIF image"},
                                           {"PK\x03\x04", 4, "a ZIP archive (or office document)"},
                                           {"\x1F\x8B", 2, "gzip-compressed data"},
                                           {"\x7F"
                                            "ELF",
                                            4, "an executable"},
                                           {"RIFF", 4, "a media file"},
                                           {"\xD0\xCF\x11\xE0", 4, "an old office document"}};
    for (const Signature &s : signatures) {
        if (bytes.startsWith(QByteArrayView(s.magic, s.length)))
            return QString::fromLatin1(s.what);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || !CharsetDetector::utf16WithoutBom(bytes).isEmpty())
        return {};
    // Text holds next to no control characters; a stray one in a broken page is forgiven.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096));
    qsizetype controls = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        controls += u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1B;
    }
    if (controls * 50 > head.size())
        return QCoreApplication::translate("lede::Import", "binary data");
    return {};
}

QString serializeArticle(const DomTree &dom, const NodeHints &hints, int flags, const QString &title)
{
    ContentScorer scorer(dom, hints, flags);
    scorer.run();
    TextSerializer serializer(dom, [&scorer](int i) { return scorer.isDropped(i); });
    return serializer.serialize(scorer.roots(), title);
}

int letters(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += !c.isSpace();
    return n;
}

} // namespace

std::optional<ExtractedPage> HtmlExtractor::extract(const QByteArray &html, const QString &contentType,
                                                    const QUrl &baseUrl, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (html.trimmed().isEmpty())
        return fail(QCoreApplication::translate("lede::Import", "empty file, no HTML to read"));
    const QString binary = binaryKind(html);
    if (!binary.isEmpty())
        return fail(QCoreApplication::translate("lede::Import", "not an HTML page: the file is %1").arg(binary));

    QByteArrayView bytes(html);
    if (bytes.size() > MaxInputBytes) {
        qCWarning(lcHtmlImport) << "page of" << bytes.size() << "bytes cut to" << MaxInputBytes;
        bytes.truncate(MaxInputBytes);
    }
    // gumbo reads UTF-8 only; a UTF-8 page (most of them) goes in as it is.
    const QByteArray encoding = CharsetDetector::detect(bytes, contentType);
    QByteArray utf8;
    if (encoding == "utf-8") {
        utf8 = MarkupSlimmer::slim(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);
    } else {
        const QByteArray converted = CharsetDetector::decodeAs(bytes, encoding).toUtf8();
        utf8 = MarkupSlimmer::slim(converted);
    }
    if (utf8.size() >= MarkupSlimmer::DefaultMaxBytes)
        qCWarning(lcHtmlImport) << "markup cut to" << utf8.size() << "bytes";

    const DomTree dom(utf8);
    if (dom.body() < 0)
        return fail(QCoreApplication::translate("lede::Import", "not an HTML page: no document body could be parsed"));

    ExtractedPage page;
    MetadataReader(dom, baseUrl).read(page);

    const NodeHints hints(dom);
    // Strict rules first; pages whose markup defeats them get gentler passes, keeping the best.
    static const int passes[] = {
        ContentScorer::AllFlags,
        ContentScorer::WeightClasses | ContentScorer::CleanConditionally,
        ContentScorer::CleanConditionally,
        0,
    };
    QString best;
    int bestLength = -1;
    for (int flags : passes) {
        QString text = serializeArticle(dom, hints, flags, page.title);
        const int length = letters(text);
        if (length > bestLength) {
            best = std::move(text);
            bestLength = length;
        }
        if (bestLength >= MinArticleLength)
            break;
    }
    page.body = best;
    if (page.body.isEmpty() && page.title.isEmpty())
        return fail(QCoreApplication::translate("lede::Import", "no article text found in the page"));
    return page;
}

bool HtmlExtractor::looksLikeHtml(const QByteArray &head)
{
    // Every sign below is a tag: plain text (most of a folder import) is told without a copy.
    if (!QByteArrayView(head).first(std::min<qsizetype>(head.size(), 2048)).contains('<'))
        return false;
    QByteArray lower = head.left(2048).toLower();
    if (lower.startsWith("\xef\xbb\xbf"))
        lower = lower.mid(3);
    lower = lower.trimmed();
    // Feeds start with <?xml and carry <title> too; they are not web pages.
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
        || lower.contains("<head") || lower.contains("<body") || lower.contains("<meta ");
}

} // namespace lede
