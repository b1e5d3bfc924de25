#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>

namespace lede {

enum class TokenKind { Word, Number, Punct, QuoteMark, Possessive };

// A word, number or punctuation mark of the analysed body. `text` points into the body and `lower`
// into its lower-case copy (see TokenizedText), so a token costs no allocation; `words` holds the
// word lists the lower-case form is in (WordLists::Flag), looked up once when the token is made.
struct Token
{
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Word;
    int paragraph = 0; // before the views: a token stays 64 bytes
    QStringView text;
    QStringView lower;
    quint64 words = 0;
    int sentence = 0;
    int quote = -1; // index of the quoted segment the token lies in, -1 outside quotation marks

    bool isWord() const { return kind == TokenKind::Word; }
    bool isCapitalised() const { return kind == TokenKind::Word && !text.isEmpty() && text.at(0).isUpper(); }
    bool isPunct(QChar c) const { return kind == TokenKind::Punct && text.size() == 1 && text.at(0) == c; }
    bool isSentenceEnd() const { return kind == TokenKind::Punct && (isPunct(u'.') || isPunct(u'!') || isPunct(u'?')); }
    // "-", "–", "—": a dash setting off an aside.
    bool isDash() const { return isPunct(u'-') || isPunct(QChar(0x2013)) || isPunct(QChar(0x2014)); }
    // Whether the word is in one of the lists `flags` names (WordLists::Flag values or'ed together).
    bool in(quint64 flags) const { return (words & flags) != 0; }
    // Whether the token is one of a few lower-case words (a rule's own short list).
    template<std::size_t N> bool isOneOf(const QStringView (&lowerWords)[N]) const
    {
        if (kind != TokenKind::Word)
            return false;
        // The first letter first: most words are compared with many that share their length.
        for (QStringView w : lowerWords) {
            if (w.size() == lower.size() && (w.isEmpty() || w.front() == lower.front()) && lower == w)
                return true;
        }
        return false;
    }
};
// A body's tokens are a large array that every rule walks: kept to a cache line each.
static_assert(sizeof(Token) == 64);

} // namespace lede
