#include "import/html/charsetdetector.h"

#include <QList>
#include <QStringDecoder>
#include <cstring>

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

CharsetDetector::Utf8Census CharsetDetector::utf8Census(QByteArrayView bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most of a page is ASCII markup: skip it eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
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
        else {
            ++census.invalid;
            ++i;
            continue;
        }
        if (i + extra >= n)
            break; // a sequence cut by truncation is not evidence either way
        bool ok = true;
        for (int k = 1; k <= extra && ok; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++census.multiByte;
            i += extra + 1;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

bool CharsetDetector::isValidUtf8(QByteArrayView bytes)
{
    return utf8Census(bytes).invalid == 0;
}

bool CharsetDetector::looksLikeUtf8(QByteArrayView bytes)
{
    // A UTF-8 page with a stray Latin-1 byte or two (pasted text) is still a UTF-8 page: decoding
    // it as Windows-1252 would garble every other accented letter.
    const Utf8Census census = utf8Census(bytes);
    return census.invalid == 0 || (census.multiByte >= 20 && census.invalid * 20 <= census.multiByte);
}

QByteArray CharsetDetector::utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 16)
        return {};
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype k = 0; k < n; k += 2) {
        evenNuls += bytes[k] == '\0';
        oddNuls += bytes[k + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    // Markup is ASCII, so a quarter of the pairs at least carry a NUL, always on the same side.
    if (oddNuls * 4 >= pairs && evenNuls * 50 <= pairs)
        return "utf-16le";
    if (evenNuls * 4 >= pairs && oddNuls * 50 <= pairs)
        return "utf-16be";
    return {};
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
    const QByteArray utf16 = utf16WithoutBom(bytes);
    if (!utf16.isEmpty())
        return utf16;

    QList<QByteArray> candidates;
    const QByteArray header = charsetFromContentType(contentType.toLatin1());
    if (!header.isEmpty())
        candidates << header;
    const QByteArray meta = charsetFromMeta(bytes);
    if (!meta.isEmpty())
        candidates << meta;

    // Pages are often re-saved as UTF-8 and keep their old declaration; multi-byte UTF-8 that
    // validates is practically never a legacy encoding by accident.
    if (!candidates.isEmpty() && candidates.first() != "utf-8") {
        const Utf8Census census = utf8Census(bytes);
        if (census.multiByte > 0 && census.invalid == 0)
            return "utf-8";
    }
    for (QByteArray label : std::as_const(candidates)) {
        // A page saved as UTF-16 cannot declare it in ASCII; the declaration is stale.
        if (label.startsWith("utf-16"))
            label = "utf-8";
        // A page that says UTF-8 but is not, was usually transcoded and kept its old meta.
        if (label == "utf-8") {
            if (looksLikeUtf8(bytes))
                return label;
            continue;
        }
        if (QStringDecoder(label.constData()).isValid())
            return label;
    }
    return looksLikeUtf8(bytes) ? QByteArray("utf-8") : QByteArray("windows-1252");
}

CharsetDetector::Result CharsetDetector::decode(QByteArrayView bytes, const QString &contentType)
{
    Result result;
    result.encoding = detect(bytes, contentType);
    result.text = decodeAs(bytes, result.encoding);
    return result;
}

QString CharsetDetector::decodeAs(QByteArrayView bytes, const QByteArray &encoding)
{
    if (encoding == "utf-8")
        return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);
    if (encoding.startsWith("utf-16") && (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")))
        bytes = bytes.sliced(2);
    bool ok = false;
    const QString text = decodeWith(encoding, bytes, &ok);
    return ok ? text : QString::fromLatin1(bytes);
}

} // namespace lede
