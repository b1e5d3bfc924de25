#include "import/sourcereader.h"

#include "import/bundle/bundlereader.h"
#include "import/bundle/hypothesisreader.h"
#include "import/feeds/feedparser.h"
#include "import/feeds/webarticle.h"
#include "import/html/htmlextractor.h"
#include "import/jsonarticle.h"
#include "import/textarticleparser.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lede {
namespace {

SourceDocument failure(const QString &origin, const QString &reason)
{
    SourceDocument doc;
    doc.errors.append({origin, reason});
    return doc;
}

bool isJsonLinesName(const QString &origin)
{
    const QString suffix = QFileInfo(origin).suffix().toLower();
    return suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
}

bool isJsonName(const QString &origin)
{
    return QFileInfo(origin).suffix().toLower() == QLatin1String("json");
}

// Whether the first line that has anything is a whole JSON value, as in JSON Lines; a document
// written over several lines ("{" alone, as bundles are) is one value and has to be read whole.
bool firstLineIsWholeJson(const QByteArray &bytes)
{
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        QJsonDocument::fromJson(line, &error);
        return error.error == QJsonParseError::NoError;
    }
    return false;
}

// The JSON text as one document: the article it holds, or why not ("a bundle cut short").
SourceDocument readJsonDocument(const QByteArray &bytes, const QString &origin)
{
    QString error;
    std::optional<SourceArticle> article = JsonArticle::read(bytes, &error);
    if (!article)
        return failure(origin, error);
    article->origin = origin;
    SourceDocument doc;
    doc.articles.append(*article);
    return doc;
}

bool isHtmlName(const QString &origin)
{
    const QString suffix = QFileInfo(origin).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml");
}

} // namespace

SourceDocument SourceReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QCoreApplication::translate("lede::Import", "no such file"));
    if (!info.isFile())
        return failure(path, QCoreApplication::translate("lede::Import", "not a regular file"));
    if (info.size() > kMaxFileSize)
        return failure(
            path,
            QCoreApplication::translate("lede::Import", "too large for an article (%1 MB, the limit is %2 MB)")
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path,
                       QCoreApplication::translate("lede::Import", "cannot be read (%1)").arg(file.errorString()));
    return readBytes(file.readAll(), path);
}

bool SourceReader::isFeedName(const QString &origin)
{
    const QString suffix = QFileInfo(origin).suffix().toLower();
    return suffix == QLatin1String("rss") || suffix == QLatin1String("atom") || suffix == QLatin1String("rdf")
        || suffix == QLatin1String("xml");
}

SourceDocument SourceReader::readBytes(const QByteArray &bytes, const QString &origin)
{
    if (bytes.trimmed().isEmpty())
        return failure(origin, QCoreApplication::translate("lede::Import", "empty file"));
    if (BundleReader::isBundle(bytes))
        return BundleReader::read(bytes, origin);
    if (HypothesisReader::isHypothesisExport(bytes))
        return HypothesisReader::read(bytes, origin);
    const bool jsonObject = bytes.trimmed().startsWith('{') && !HtmlExtractor::looksLikeHtml(bytes);
    if (isJsonLinesName(origin) || (jsonObject && firstLineIsWholeJson(bytes)))
        return readJsonLines(bytes, origin);
    // A document over several lines, or a file named .json that is nothing above: read whole, so
    // that a cut-short bundle or "[1, 2" is one clear error, not an article of its text.
    if (jsonObject || isJsonName(origin))
        return readJsonDocument(bytes, origin);
    if (FeedParser::looksLikeFeed(bytes)) {
        // A feed file: its items from the feed's own text, or nothing when the feed is broken.
        QString error;
        const std::optional<Feed> feed = FeedParser::parse(bytes, &error);
        return feed ? WebArticle::fromFeed(*feed, origin) : failure(origin, error);
    }
    if (isFeedName(origin)) // a sitemap or a settings file in a folder of feeds is no article
        return failure(origin,
                       QCoreApplication::translate("lede::Import", "an XML file that is not an RSS, RDF or Atom feed"));
    if (isHtmlName(origin) || HtmlExtractor::looksLikeHtml(bytes))
        return readHtml(bytes, origin);
    if (bytes.startsWith("%PDF"))
        return failure(origin,
                       QCoreApplication::translate("lede::Import", "a PDF document, not a text or HTML article"));
    return readText(bytes, origin);
}

SourceDocument SourceReader::readText(const QByteArray &bytes, const QString &origin)
{
    QString error;
    const auto decoded = TextDecoder::decode(bytes, &error);
    if (!decoded)
        return failure(origin, error);
    std::optional<Article> article = TextArticleParser::parse(decoded->text, &error);
    if (!article)
        return failure(origin, error);
    // The text is its own source: the body and header lines are all of it, so nothing more is kept.
    SourceDocument doc;
    doc.articles.append({*article, {}, std::nullopt, origin});
    return doc;
}

SourceDocument SourceReader::readHtml(const QByteArray &bytes, const QString &origin)
{
    QString error;
    const std::optional<ExtractedPage> page = HtmlExtractor::extract(bytes, QString(), QUrl(), &error);
    if (!page)
        return failure(origin, error);
    if (page->body.trimmed().isEmpty())
        return failure(origin, QCoreApplication::translate("lede::Import", "no article text found in the page"));
    Article article;
    article.title = page->title.isEmpty() ? TextArticleParser::titleFromLead(page->body) : page->title;
    article.byline = page->byline;
    article.site = page->site;
    article.published = page->published;
    article.language = page->language;
    article.url = page->url;
    article.body = page->body;
    article.sourceFormat = QStringLiteral("html");
    SourceDocument doc;
    doc.articles.append({article, bytes, std::nullopt, origin});
    return doc;
}

SourceDocument SourceReader::readJsonLines(const QByteArray &bytes, const QString &origin)
{
    SourceDocument doc;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        QString error;
        std::optional<SourceArticle> article = JsonArticle::read(line, &error);
        if (!article) {
            doc.errors.append({where, error});
            continue;
        }
        article->origin = where;
        doc.articles.append(*article);
    }
    if (doc.articles.isEmpty() && doc.errors.isEmpty())
        doc.errors.append({origin, QCoreApplication::translate("lede::Import", "no article found")});
    return doc;
}

std::optional<Article> SourceReader::readRaw(const QByteArray &bytes, QString *error)
{
    const auto decoded = TextDecoder::decode(bytes, error);
    if (!decoded)
        return std::nullopt;
    Article article;
    article.body = decoded->text;
    if (article.body.startsWith(QChar(0xFEFF)))
        article.body.remove(0, 1);
    return article;
}

} // namespace lede
