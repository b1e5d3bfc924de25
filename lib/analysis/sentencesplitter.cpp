#include "analysis/sentencesplitter.h"

#include "analysis/wordlists.h"

namespace lede {
namespace {

bool isClosing(const Token &t)
{
    return t.kind == TokenKind::QuoteMark || t.isPunct(u')') || t.isPunct(u']') || t.isPunct(QChar(0x2019));
}

// An opening quotation written with straight apostrophes, two as news archives write them or one:
// `said. ''It's all`, `said. 'We will`.
bool opensApostropheQuote(const QList<Token> &tokens, int i)
{
    int word = i + 1;
    if (word < tokens.size() && tokens.at(word).isPunct(u'\'') && tokens.at(word).start == tokens.at(i).end)
        ++word;
    return word < tokens.size() && tokens.at(word).start == tokens.at(word - 1).end && tokens.at(word).isCapitalised();
}

bool startsSentence(const QList<Token> &tokens, int i)
{
    const Token &t = tokens.at(i);
    if (t.kind == TokenKind::QuoteMark || t.isPunct(u'(') || t.isPunct(u'[') || t.isPunct(QChar(0x2018)))
        return true;
    if (t.isPunct(u'\''))
        return opensApostropheQuote(tokens, i);
    if (t.kind == TokenKind::Number)
        return true;
    return !t.text.isEmpty() && t.text.at(0).isUpper();
}

// "the U.S.", "Donald Trump Jr.", "Apple Inc.": a word that keeps its period and may end a sentence.
bool endsWithItsPeriod(const Token &t)
{
    static constexpr QStringView suffixes[] = {u"jr.", u"sr.", u"inc.", u"co.", u"corp.", u"ltd.", u"bros."};
    if (!t.isWord() || t.text.size() < 3 || !t.text.endsWith(u'.'))
        return false;
    return t.text.first(t.text.size() - 1).contains(u'.') || t.isOneOf(suffixes);
}

// "… entering the U.S. While Clinton has …": after such a word, a capitalised pronoun, article or
// conjunction opens the next sentence, in prose: a title-case headline capitalises those words
// ("Why the U.S. Is Losing"), so a small word among the words before says the text is prose.
bool opensSentenceAfterPeriodWord(const QList<Token> &tokens, int i)
{
    static constexpr QStringView openers[] = {u"while", u"but",    u"when", u"if",   u"although", u"though", u"since",
                                              u"after", u"before", u"as",   u"so",   u"yet",      u"then",   u"because",
                                              u"in",    u"on",     u"at",   u"once", u"still",    u"and",    u"there"};
    const int next = i + 1;
    if (next >= tokens.size() || tokens.at(next).paragraph != tokens.at(i).paragraph || !tokens.at(next).isCapitalised()
        || !(tokens.at(next).in(WordLists::Pronoun | WordLists::Determiner) || tokens.at(next).isOneOf(openers)))
        return false;
    for (int k = i - 1, words = 0; k >= 0 && words < 4 && tokens.at(k).paragraph == tokens.at(i).paragraph; --k) {
        const Token &t = tokens.at(k);
        if (!t.isWord())
            continue;
        ++words;
        if (!t.isCapitalised() && t.text.front().isLetter() && !t.in(WordLists::TitleSmallWord))
            return true;
    }
    return false;
}

} // namespace

QList<TokenRange> SentenceSplitter::split(QList<Token> &tokens) const
{
    QList<TokenRange> sentences;
    const int n = int(tokens.size());
    int first = 0;
    auto close = [&](int end) {
        if (end > first) {
            for (int k = first; k < end; ++k)
                tokens[k].sentence = int(sentences.size());
            sentences.append({first, end});
        }
        first = end;
    };
    for (int i = 0; i < n; ++i) {
        if (i > first && tokens.at(i).paragraph != tokens.at(i - 1).paragraph) {
            close(i);
        }
        if (tokens.at(i).kind == TokenKind::Word && tokens.at(i).text.back() == u'.' && endsWithItsPeriod(tokens.at(i))
            && opensSentenceAfterPeriodWord(tokens, i)) {
            close(i + 1);
            continue;
        }
        if (!tokens.at(i).isSentenceEnd())
            continue;
        int j = i + 1;
        while (j < n && tokens.at(j).paragraph == tokens.at(i).paragraph && isClosing(tokens.at(j))
               && tokens.at(j).start == tokens.at(j - 1).end)
            ++j;
        if (j >= n) {
            close(n);
            break;
        }
        if (tokens.at(j).paragraph != tokens.at(i).paragraph) {
            close(j);
            i = j - 1;
            continue;
        }
        // A closing mark glued to the period and then an opening one: `said. "Next` — the second
        // mark belongs to the next sentence.
        if (startsSentence(tokens, j)) {
            close(j);
            i = j - 1;
        }
    }
    close(n);
    return sentences;
}

} // namespace lede
