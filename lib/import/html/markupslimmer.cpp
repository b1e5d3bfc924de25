#include "import/html/markupslimmer.h"

#include <algorithm>
#include <cctype>
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

// Elements that close themselves (void) or are closed by their siblings (p, li, td...) do not
// deepen the tree; counting them would make ordinary pages look deep.
bool countsForNesting(const char *name)
{
    static const char *const flat[] = {
        "area",  "base",  "br",     "col", "embed", "hr", "img",  "input",  "link",     "meta",     "param",  "source",
        "track", "wbr",   "keygen", "p",   "li",    "dt", "dd",   "option", "optgroup", "tr",       "td",     "th",
        "tbody", "thead", "tfoot",  "rb",  "rt",    "rp", "html", "head",   "body",     "colgroup", "caption"};
    for (const char *f : flat) {
        if (std::strcmp(name, f) == 0)
            return false;
    }
    return true;
}

bool isJsonLd(const char *start, qsizetype length)
{
    QByteArray tag(start, length);
    return tag.toLower().contains("ld+json");
}

} // namespace

QByteArray MarkupSlimmer::slim(QByteArrayView html, int maxNesting, qsizetype maxBytes)
{
    const char *data = html.data();
    const qsizetype size = html.size();
    QByteArray out;
    out.reserve(std::min(size, maxBytes) + 1);
    qsizetype pos = 0;
    int depth = 0;
    while (pos < size && out.size() < maxBytes) {
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
        const bool endTag = lt + 1 < size && data[lt + 1] == '/';
        const qsizetype nameStart = lt + (endTag ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && nameEnd - nameStart < 16 && std::isalnum(static_cast<unsigned char>(data[nameEnd])))
            ++nameEnd;
        if (nameEnd == nameStart || !std::isalpha(static_cast<unsigned char>(data[nameStart]))) {
            out.append('<');
            pos = lt + 1;
            continue;
        }
        char name[17] = {};
        for (qsizetype k = nameStart; k < nameEnd; ++k)
            name[k - nameStart] = lower(data[k]);
        const qsizetype tagEnd = endOfTag(data, size, lt);
        out.append(data + lt, tagEnd - lt);
        pos = tagEnd;
        const bool selfClosing = tagEnd >= 2 && data[tagEnd - 2] == '/';
        if (endTag) {
            if (countsForNesting(name) && depth > 0)
                --depth;
            continue;
        }
        const bool script = std::strcmp(name, "script") == 0;
        const bool svg = std::strcmp(name, "svg") == 0;
        if (script || svg || std::strcmp(name, "style") == 0) {
            if (svg && selfClosing)
                continue;
            const qsizetype contentEnd =
                svg ? findMatchingSvgEnd(data, size, tagEnd) : findEndTag(data, size, tagEnd, name);
            if (script && isJsonLd(data + lt, tagEnd - lt))
                out.append(data + tagEnd, contentEnd - tagEnd);
            pos = contentEnd;
            continue;
        }
        // The parser's cost grows with the square of the nesting depth; markup nested thousands
        // deep is an attack or a generator gone wrong, and what lies deeper is not read.
        if (!selfClosing && countsForNesting(name) && ++depth > maxNesting)
            break;
    }
    if (out.size() > maxBytes)
        out.truncate(maxBytes);
    return out;
}

} // namespace lede
