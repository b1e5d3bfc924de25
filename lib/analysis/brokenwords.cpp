#include "analysis/brokenwords.h"

#include <algorithm>

namespace lede::BrokenWords {
namespace {

// UTF-8's lead bytes for Latin letters, read as Latin-1: "Ã" (0xC3) and "Â" (0xC2).
bool isLeadChar(QChar c)
{
    return c.unicode() == 0xC3 || c.unicode() == 0xC2;
}

// The same leads after a normaliser decomposed them: "A" and a combining tilde or circumflex.
bool isDecomposedLead(QStringView text, qsizetype at)
{
    const char16_t mark = text.at(at).unicode();
    return (mark == 0x0303 || mark == 0x0302) && at > 0 && text.at(at - 1) == u'A';
}

bool hasLead(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isLeadChar(text.at(i)) || isDecomposedLead(text, i))
            return true;
    }
    return false;
}

bool endsInLead(QStringView text)
{
    return !text.isEmpty() && (isLeadChar(text.back()) || isDecomposedLead(text, text.size() - 1));
}

// A continuation byte read as Latin-1 ("±", "©", "¡", the control U+0083) or what a normaliser made
// of one ("¼" becomes "1⁄4"), or cp1252's "€": never a piece of a clean English word.
bool isBrokenSign(const Token &t)
{
    if (t.kind != TokenKind::Punct || t.text.size() != 1)
        return false;
    const char16_t c = t.text.at(0).unicode();
    return (c >= 0x80 && c <= 0xBF) || c == 0x2044 || c == 0x20AC;
}

// One past the last token of the broken word that starts at `first`, or first + 1 when the word
// there is whole. Pieces touch each other; a word piece follows a sign or a lead.
int brokenWordEnd(const QList<Token> &tokens, int first)
{
    const int n = int(tokens.size());
    int end = first + 1;
    if (end >= n || tokens.at(end).start != tokens.at(first).end)
        return end; // most words: nothing touches them
    bool lead = hasLead(tokens.at(first).text);
    while (end < n && tokens.at(end).start == tokens.at(end - 1).end) {
        const Token &t = tokens.at(end);
        const Token &before = tokens.at(end - 1);
        const bool piece = (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            && (isBrokenSign(before) || endsInLead(before.text));
        if (!piece && !isBrokenSign(t))
            break;
        lead = lead || hasLead(t.text);
        ++end;
    }
    return lead ? end : first + 1;
}

} // namespace

bool any(const QList<Token> &tokens)
{
    // A word can only be in pieces where such a sign stands between them; looking at the tokens is
    // cheaper than searching the body for the leads.
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &t) {
        return t.kind == TokenKind::Punct && t.text.size() == 1 && t.text.at(0).unicode() >= 0x80 && isBrokenSign(t);
    });
}

bool isBroken(QStringView word)
{
    return hasLead(word);
}

QList<Token> join(const QList<Token> &tokens, QList<int> &origin)
{
    QList<Token> joined;
    joined.reserve(tokens.size());
    origin.clear();
    origin.reserve(tokens.size() + 1);
    const int n = int(tokens.size());
    for (int i = 0; i < n;) {
        const Token &t = tokens.at(i);
        const int end = t.kind == TokenKind::Word || t.kind == TokenKind::Number ? brokenWordEnd(tokens, i) : i + 1;
        origin.append(i);
        Token &word = joined.emplaceBack(t);
        if (end > i + 1) {
            word.kind = TokenKind::Word;
            word.end = tokens.at(end - 1).end;
            word.text = QStringView(t.text.data(), word.end - word.start);
            word.lower = QStringView(t.lower.data(), word.end - word.start);
            word.words = 0;
        }
        i = end;
    }
    origin.append(n);
    return joined;
}

} // namespace lede::BrokenWords
