#pragma once

#include "analysis/token.h"

#include <QList>
#include <QString>

namespace lede {

// Splits a body into tokens, keeping abbreviations ("U.S.", "Sen.", "Inc.") and initials whole so
// that their periods do not end sentences, and splitting possessive endings ("Trump's") off.
class Tokenizer
{
public:
    QList<Token> tokenize(const QString &body) const;
};

} // namespace lede
