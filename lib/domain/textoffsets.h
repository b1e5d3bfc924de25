#pragma once

#include "domain/textspan.h"

#include <QList>
#include <QString>

namespace lede {

// The one place where QString positions (UTF-16 code units) and code-point offsets meet.
// Built once per body, so that converting many spans stays cheap: bodies without surrogate
// pairs (nearly all news text) convert by identity.
class TextOffsets
{
public:
    explicit TextOffsets(const QString &text);

    int codePointLength() const { return m_codePointLength; }
    int toCodePoint(int utf16Pos) const;
    int toUtf16(int codePoint) const;
    TextSpan toCodePoints(int utf16Start, int utf16End) const;
    // The QString slice of a code-point span; empty when the span is out of range.
    QString slice(const QString &text, const TextSpan &span) const;
    bool isValidSpan(const TextSpan &span) const;

private:
    // UTF-16 positions of the low surrogate of each pair, ascending.
    QList<int> m_lowSurrogates;
    int m_utf16Length = 0;
    int m_codePointLength = 0;
};

} // namespace lede
