#include "import/html/markupslimmer.h"

#include <cstring>

namespace lede {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isTagEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Does data[pos...] start with the lower-case word, case-insensitively, followed by a tag end?
bool startsWithName(const char *data, qsizetype size, qsizetype pos, const char *word)
{
    const auto len = qsizetype(std::strlen(word));
    if (pos + len >= size)
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        if (lower(data[pos + k]) != word[k])
            return false;
    }
    return isTagEnd(data[pos + len]);
}

// Position just past the '>' that closes the tag starting at pos, honouring quoted attributes.
qsizetype endOfTag(const char *data, qsizetype size, qsizetype pos)
{
    char quote = 0;
    for (; pos < size; ++pos) {
        const char c = data[pos];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return pos + 1;
        }
    }
    return size;
}

// Position of the "</name" that ends raw text, or size.
qsizetype findEndTag(const char *data, qsizetype size, qsizetype pos, const char *name)
{
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '<', size_t(size - pos));
        if (!hit)
            return size;
        pos = static_cast<const char *>(hit) - data;
        if (pos + 1 < size && data[pos + 1] == '/' && startsWithName(data, size, pos + 2, name))
            return pos;
        ++pos;
    }
    return size;
}

// For <svg>, which nests: the matching end tag.
qsizetype findMatchingSvgEnd(const char *data, qsizetype size, qsizetype pos)
{
    int depth = 1;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '<', size_t(size - pos));
        if (!hit)
            return size;
        pos = static_cast<const char *>(hit) - data;
        if (pos + 1 < size && data[pos + 1] == '/' && startsWithName(data, size, pos + 2, "svg")) {
            if (--depth == 0)
                return pos;
        } else if (startsWithName(data, size, pos + 1, "svg")) {
            const qsizetype close = endOfTag(data, size, pos);
            if (!(close >= 2 && data[close - 2] == '/'))
                ++depth;
        }
        ++pos;
    }
    return size;
}

bool isJsonLd(const char *start, qsizetype length)
{
    QByteArray tag(start, length);
    return tag.toLower().contains("ld+json");
}

} // namespace

QByteArray MarkupSlimmer::slim(const QByteArray &html)
{
    const char *data = html.constData();
    const qsizetype size = html.size();
    QByteArray out;
    out.reserve(size);
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '<', size_t(size - pos));
        if (!hit) {
            out.append(data + pos, size - pos);
            break;
        }
        const qsizetype lt = static_cast<const char *>(hit) - data;
        out.append(data + pos, lt - pos);
        pos = lt;
        if (lt + 3 < size && data[lt + 1] == '!' && data[lt + 2] == '-' && data[lt + 3] == '-') {
            const QByteArrayView rest(data + lt + 4, size - lt - 4);
            const qsizetype close = rest.indexOf(QByteArrayView("-->"));
            pos = close < 0 ? size : lt + 4 + close + 3;
            continue;
        }
        const char *rawName = nullptr;
        if (startsWithName(data, size, lt + 1, "script"))
            rawName = "script";
        else if (startsWithName(data, size, lt + 1, "style"))
            rawName = "style";
        else if (startsWithName(data, size, lt + 1, "svg"))
            rawName = "svg";
        if (!rawName) {
            out.append('<');
            pos = lt + 1;
            continue;
        }
        const qsizetype contentStart = endOfTag(data, size, lt);
        out.append(data + lt, contentStart - lt);
        const bool svg = rawName[1] == 'v';
        if (svg && contentStart >= 2 && data[contentStart - 2] == '/') {
            pos = contentStart;
            continue;
        }
        const qsizetype contentEnd = svg ? findMatchingSvgEnd(data, size, contentStart)
                                         : findEndTag(data, size, contentStart, rawName);
        if (rawName[1] == 'c' && isJsonLd(data + lt, contentStart - lt))
            out.append(data + contentStart, contentEnd - contentStart);
        pos = contentEnd;
    }
    return out;
}

} // namespace lede
