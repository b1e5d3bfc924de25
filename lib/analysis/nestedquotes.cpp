#include "analysis/nestedquotes.h"

#include "analysis/wordlists.h"

#include <algorithm>

namespace lede {
namespace {

constexpr char16_t kLeftSingle = 0x2018;
constexpr char16_t kRightSingle = 0x2019;
constexpr int kMaxNestedWords = 2; // longer nested runs are quotations, unless they are titles
constexpr int kMaxTitleWords = 8;

} // namespace

NestedQuoteFinder::NestedQuoteFinder(const QString &body, const QList<Token> &tokens)
    : m_body(body)
    , m_tokens(tokens)
{ }

bool NestedQuoteFinder::opensAt(int i, const QuotedSegment &outer) const
{
    const QChar c = m_body.at(i);
    if (c != u'\'' && c != kLeftSingle)
        return false;
    // After a space or at the start of the quotation, before a letter: not an apostrophe ("'90s").
    const bool before = i == outer.start || m_body.at(i - 1).isSpace() || m_body.at(i - 1) == u'(';
    return before && i + 1 < outer.end && m_body.at(i + 1).isLetter();
}

int NestedQuoteFinder::closeAfter(int open, const QuotedSegment &outer) const
{
    for (int i = open + 2; i < outer.end; ++i) {
        const QChar c = m_body.at(i);
        if (c == u'\n')
            return -1;
        if (c != u'\'' && c != kRightSingle)
            continue;
        // "don’t" inside the nested words is an apostrophe: a closing mark has no letter after it.
        const bool letterAfter = i + 1 < outer.end && m_body.at(i + 1).isLetterOrNumber();
        if (!letterAfter && !m_body.at(i - 1).isSpace())
            return i;
    }
    return -1;
}

QuoteKind NestedQuoteFinder::kindOf(int open, int close, int words) const
{
    // The words before the opening mark: "the phrase ‘Islamic terrorism’" names a term.
    const auto at = std::lower_bound(m_tokens.begin(), m_tokens.end(), open,
                                     [](const Token &t, int position) { return t.start < position; });
    const int index = int(at - m_tokens.begin());
    for (int k = index - 1; k >= 0 && k >= index - 2; --k) {
        const Token &t = m_tokens.at(k);
        if (t.isWord() && t.in(WordLists::TermCue))
            return QuoteKind::Term;
        if (t.kind == TokenKind::Punct)
            break;
    }
    if (words <= kMaxNestedWords)
        return QuoteKind::Scare;
    // Every word capitalised but small ones: a title ("‘Face the Nation’").
    bool titleCase = true;
    for (auto t = at + 1; t != m_tokens.end() && t->start < close && titleCase; ++t) {
        if (t->isWord() && !t->isCapitalised() && !t->in(WordLists::TitleSmallWord))
            titleCase = false;
        // "Death to Israel. Death to …": sentences are chanted, not titles.
        if (t->isSentenceEnd() && t->end < close - 1)
            titleCase = false;
    }
    return titleCase ? QuoteKind::Title : QuoteKind::Direct;
}

QList<NestedQuote> NestedQuoteFinder::find(const QuotedSegment &outer) const
{
    QList<NestedQuote> found;
    for (int i = outer.start; i + 2 < outer.end; ++i) {
        if (!opensAt(i, outer))
            continue;
        const int close = closeAfter(i, outer);
        if (close < 0)
            break;
        int words = 0;
        bool inWord = false;
        for (int k = i + 1; k < close; ++k) {
            const bool space = m_body.at(k).isSpace();
            words += !space && !inWord;
            inWord = !space;
        }
        const QuoteKind kind = words <= kMaxTitleWords ? kindOf(i, close, words) : QuoteKind::Direct;
        if (kind != QuoteKind::Direct)
            found.append({i + 1, close, kind});
        i = close;
    }
    return found;
}

} // namespace lede
