#pragma once

#include "analysis/analyzer.h"

#include <QString>

// What the speaker tests ask of an analysis.
namespace lede::speakertest {

// The quotation whose text starts with `text` (indirect speech left out), or an empty one.
inline QuoteFinding quoteOf(const QString &body, const QString &text)
{
    Analyzer analyzer;
    analyzer.setIncludeIndirect(false);
    for (const QuoteFinding &q : analyzer.analyze(body).quotes) {
        if (body.mid(q.start, q.end - q.start).startsWith(text))
            return q;
    }
    return {};
}

// The words the speaker was found at, or nothing.
inline QString mention(const QString &body, const QuoteFinding &q)
{
    return q.speakerStart < 0 ? QString() : body.mid(q.speakerStart, q.speakerEnd - q.speakerStart);
}

} // namespace lede::speakertest
