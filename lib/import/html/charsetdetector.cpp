#include "import/html/charsetdetector.h"

#include <QList>
#include <QStringDecoder>

namespace lede {

namespace {

// Browsers look for the declaration in the first 1024 bytes; pages in the wild put it later,
// behind long comments or scripts, so look a little further.
constexpr qsizetype MetaScanLimit = 8192;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// WHATWG: several labels mean Windows-1252 in practice; UTF-16 labels in a meta are bogus.
QByteArray canonicalLabel(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.startsWith('"') || label.startsWith('\''))
        label = label.mid(1);
    while (!label.isEmpty() && (label.endsWith('"') || label.endsWith('\'') || label.endsWith(';')))
        label.chop(1);
    if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "us-ascii" || label == "ascii"
        || label == "iso8859-1" || label == "l1" || label == "cp1252")
        return "windows-1252";
    if (label == "utf8")
        return "utf-8";
    if (label == "x-sjis" || label == "sjis")
        return "shift_jis";
    if (label == "gb2312")
        return "gbk";
    return label;
}

// Tiny attribute scanner for <meta ...>: name=value pairs until '>'.
struct MetaAttributes
{
    QByteArray charset;
    QByteArray content;
    bool httpEquivContentType = false;
};

qsizetype readMeta(const QByteArray &b, qsizetype pos, MetaAttributes &meta)
{
    const qsizetype n = b.size();
    while (pos < n && b[pos] != '>') {
        while (pos < n && isSpace(b[pos]))
            ++pos;
        QByteArray name;
        while (pos < n && !isSpace(b[pos]) && b[pos] != '=' && b[pos] != '>')
            name += lower(b[pos++]);
        while (pos < n && isSpace(b[pos]) && b[pos] != '/')
            ++pos;
        QByteArray value;
        if (pos < n && b[pos] == '=') {
            ++pos;
            while (pos < n && isSpace(b[pos]))
                ++pos;
            if (pos < n && (b[pos] == '"' || b[pos] == '\'')) {
                const char quote = b[pos++];
                while (pos < n && b[pos] != quote)
                    value += b[pos++];
                ++pos;
            } else {
                while (pos < n && !isSpace(b[pos]) && b[pos] != '>')
                    value += b[pos++];
            }
        }
        if (name == "charset")
            meta.charset = value;
        else if (name == "content")
            meta.content = value;
        else if (name == "http-equiv")
            meta.httpEquivContentType = value.trimmed().toLower() == "content-type";
        if (name.isEmpty() && value.isEmpty() && pos < n && b[pos] != '>')
            ++pos;
    }
    return pos;
}

bool hasMultiByte(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0xC2)
            return true;
    }
    return false;
}

QString decodeWith(const QByteArray &label, QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder(label.constData(), QStringDecoder::Flag::Stateless);
    *ok = decoder.isValid();
    if (!*ok)
        return {};
    return decoder.decode(bytes);
}

} // namespace

QByteArray CharsetDetector::charsetFromContentType(QByteArrayView contentType)
{
    const QByteArray lowerType = contentType.toByteArray().toLower();
    const qsizetype at = lowerType.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype pos = at + 7;
    while (pos < lowerType.size() && (lowerType[pos] == ' ' || lowerType[pos] == '='))
        ++pos;
    qsizetype stop = pos;
    while (stop < lowerType.size() && lowerType[stop] != ';' && lowerType[stop] != ' ')
        ++stop;
    return canonicalLabel(lowerType.mid(pos, stop - pos));
}

QByteArray CharsetDetector::charsetFromMeta(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min(bytes.size(), MetaScanLimit)).toByteArray();
    qsizetype pos = 0;
    while ((pos = head.indexOf('<', pos)) >= 0) {
        ++pos;
        if (head.mid(pos, 3) == "!--") {
            const qsizetype close = head.indexOf("-->", pos);
            if (close < 0)
                break;
            pos = close + 3;
            continue;
        }
        if (pos + 4 >= head.size() || lower(head[pos]) != 'm' || lower(head[pos + 1]) != 'e'
            || lower(head[pos + 2]) != 't' || lower(head[pos + 3]) != 'a' || !isSpace(head[pos + 4]))
            continue;
        MetaAttributes meta;
        pos = readMeta(head, pos + 4, meta);
        if (!meta.charset.isEmpty())
            return canonicalLabel(meta.charset);
        if (meta.httpEquivContentType) {
            const QByteArray fromContent = charsetFromContentType(meta.content);
            if (!fromContent.isEmpty())
                return fromContent;
        }
    }
    return {};
}

bool CharsetDetector::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n)
            return true; // a sequence cut by truncation is not evidence against UTF-8
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

QByteArray CharsetDetector::detect(QByteArrayView bytes, const QString &contentType)
{
    // A byte order mark wins over every declaration.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";

    QList<QByteArray> candidates;
    const QByteArray header = charsetFromContentType(contentType.toLatin1());
    if (!header.isEmpty())
        candidates << header;
    const QByteArray meta = charsetFromMeta(bytes);
    if (!meta.isEmpty())
        candidates << meta;

    // Pages are often re-saved as UTF-8 and keep their old declaration; multi-byte UTF-8 that
    // validates is practically never a legacy encoding by accident.
    if (!candidates.isEmpty() && candidates.first() != "utf-8" && hasMultiByte(bytes) && isValidUtf8(bytes))
        return "utf-8";
    for (QByteArray label : std::as_const(candidates)) {
        // A page saved as UTF-16 cannot declare it in ASCII; the declaration is stale.
        if (label.startsWith("utf-16"))
            label = "utf-8";
        // A page that says UTF-8 but is not, was usually transcoded and kept its old meta.
        if (label == "utf-8") {
            if (isValidUtf8(bytes))
                return label;
            continue;
        }
        if (QStringDecoder(label.constData()).isValid())
            return label;
    }
    return isValidUtf8(bytes) ? QByteArray("utf-8") : QByteArray("windows-1252");
}

CharsetDetector::Result CharsetDetector::decode(QByteArrayView bytes, const QString &contentType)
{
    Result result;
    result.encoding = detect(bytes, contentType);
    if (result.encoding == "utf-8") {
        result.text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);
        return result;
    }
    if (result.encoding.startsWith("utf-16") && bytes.size() >= 2)
        bytes = bytes.sliced(2);
    bool ok = false;
    result.text = decodeWith(result.encoding, bytes, &ok);
    if (!ok)
        result.text = QString::fromLatin1(bytes);
    return result;
}

} // namespace lede
