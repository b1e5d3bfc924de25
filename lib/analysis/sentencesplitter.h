#pragma once

#include "analysis/token.h"

#include <QList>

namespace lede {

struct TokenRange
{
    int first = 0; // token index
    int last = 0; // one past the last token
};

// Groups tokens into sentences: a sentence ends at . ! ? (with any closing quotation marks or
// brackets after it) when the next token opens a new one, and at every paragraph break.
// Abbreviations keep their period inside the token, so "Sen. Warren" does not split; after "U.S.",
// "Jr." or "Inc." a capitalised pronoun, article or conjunction in prose starts a new sentence.
class SentenceSplitter
{
public:
    // Sets Token::sentence and returns the sentences in order.
    QList<TokenRange> split(QList<Token> &tokens) const;
};

} // namespace lede
