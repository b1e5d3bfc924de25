#include "domain/textoffsets.h"

#include <algorithm>

namespace lede {

TextOffsets::TextOffsets(const QString &text)
    : m_utf16Length(int(text.size()))
{
    // Most texts have no surrogate at all; this test, without a branch per unit, tells so several
    // units at a time (a bulk import's writer builds one per article: 38M -> 9M instructions on 840).
    const auto *const units = reinterpret_cast<const char16_t *>(text.constData());
    char16_t surrogateBits = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        surrogateBits |= char16_t((units[i] & 0xF800) == 0xD800);
    if (!surrogateBits) {
        m_codePointLength = m_utf16Length;
        return;
    }
    for (int i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
    m_codePointLength = m_utf16Length - int(m_lowSurrogates.size());
}

int TextOffsets::toCodePoint(int utf16Pos) const
{
    if (m_lowSurrogates.isEmpty())
        return utf16Pos;
    // Every low surrogate before or at the position folds into the code point before it.
    const auto before = std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Pos - 1);
    return utf16Pos - int(before - m_lowSurrogates.cbegin());
}

int TextOffsets::toUtf16(int codePoint) const
{
    int pos = codePoint;
    // Each surrogate pair before the target adds one UTF-16 unit.
    for (int low : m_lowSurrogates) {
        if (low <= pos)
            ++pos;
        else
            break;
    }
    return pos;
}

TextSpan TextOffsets::toCodePoints(int utf16Start, int utf16End) const
{
    return {toCodePoint(utf16Start), toCodePoint(utf16End)};
}

bool TextOffsets::isValidSpan(const TextSpan &span) const
{
    return span.start >= 0 && span.start <= span.end && span.end <= m_codePointLength;
}

QString TextOffsets::slice(const QString &text, const TextSpan &span) const
{
    if (!isValidSpan(span))
        return {};
    const int from = toUtf16(span.start);
    return text.mid(from, toUtf16(span.end) - from);
}

} // namespace lede
