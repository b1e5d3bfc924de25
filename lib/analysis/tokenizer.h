#pragma once

#include "analysis/token.h"

#include <QList>
#include <QString>

namespace lede {

// The tokens of a body with the lower-case copy their `lower` views point into. The views into the
// body itself (`text`) stay valid as long as the body does; moving or copying this keeps the
// lower-case buffer where it is.
struct TokenizedText
{
    QString lowerCase;
    QList<Token> tokens;
};

// Splits a body into tokens, keeping abbreviations ("U.S.", "Sen.", "Inc.") and initials whole so
// that their periods do not end sentences, and splitting possessive endings ("Trump's") off.
class Tokenizer
{
public:
    TokenizedText tokenize(const QString &body) const;

    // Lower case one UTF-16 unit for one, so that offsets into the body hold in the copy.
    static QString foldCase(const QString &body);
};

} // namespace lede
