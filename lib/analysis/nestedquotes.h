#pragma once

#include "analysis/quotescanner.h"
#include "analysis/token.h"
#include "domain/quote.h"

#include <QList>
#include <QString>

namespace lede {

// A quotation inside a quotation: ‘…’ or '…' within "…".
struct NestedQuote
{
    int start = 0; // inside the single marks
    int end = 0;
    QuoteKind kind = QuoteKind::Scare;
};

// Finds the words a speaker holds at a distance inside a quotation ("So-called 'sanctuary'
// jurisdictions …"): one or two words in single marks are a scare quote, or a term after a word
// such as "phrase"; a capitalised run is a title. Longer nested quotations (someone quoted by the
// speaker) are left alone: they belong to the quotation around them.
class NestedQuoteFinder
{
public:
    NestedQuoteFinder(const QString &body, const QList<Token> &tokens);

    QList<NestedQuote> find(const QuotedSegment &outer) const;

private:
    bool opensAt(int i, const QuotedSegment &outer) const;
    int closeAfter(int open, const QuotedSegment &outer) const;
    QuoteKind kindOf(int open, int close, int words) const;

    const QString &m_body;
    const QList<Token> &m_tokens;
};

} // namespace lede
