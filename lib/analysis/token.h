#pragma once

#include <QString>

namespace lede {

enum class TokenKind { Word, Number, Punct, QuoteMark, Possessive };

// A word, number or punctuation mark of the analysed body. `lower` is kept because every word
// list lookup needs it; computing it once per token is cheaper than at every rule.
struct Token
{
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Word;
    QString text;
    QString lower;
    int paragraph = 0;
    int sentence = 0;
    int quote = -1; // index of the quoted segment the token lies in, -1 outside quotation marks

    bool isWord() const { return kind == TokenKind::Word; }
    bool isCapitalised() const { return kind == TokenKind::Word && !text.isEmpty() && text.at(0).isUpper(); }
    bool isPunct(QChar c) const { return kind == TokenKind::Punct && text.size() == 1 && text.at(0) == c; }
    bool isSentenceEnd() const { return kind == TokenKind::Punct && (isPunct(u'.') || isPunct(u'!') || isPunct(u'?')); }
};

} // namespace lede
