#include "analysis/quoteclassifier.h"

#include "analysis/attributioncues.h"
#include "analysis/wordlists.h"

namespace lede {
namespace {

constexpr int kMaxTitleWords = 14;
constexpr int kMaxAttributionTail = 8; // "," she said, clapping."

} // namespace

QuoteClassifier::QuoteClassifier(const QList<Token> &tokens)
    : m_tokens(tokens)
{ }

bool QuoteClassifier::isTitleCase(int open, int close) const
{
    int words = 0;
    bool firstSeen = false;
    for (int i = open + 1; i < close && i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == TokenKind::Punct && (t.isPunct(u'!') || t.isPunct(u'?')))
            return false;
        if (t.kind != TokenKind::Word)
            continue;
        ++words;
        if (!firstSeen) {
            firstSeen = true;
            if (!t.isCapitalised())
                return false;
            // "I" or "We" opening a capitalised run is a sentence, not a title.
            if (t.lower == u"i" || t.lower == u"we" || t.lower == u"you")
                return false;
            continue;
        }
        if (!t.isCapitalised() && !WordLists::isTitleSmallWord(t.lower))
            return false;
    }
    return words >= 2 && words <= kMaxTitleWords;
}

bool QuoteClassifier::capitalisesSmallWords(int open, int close) const
{
    if (!isTitleCase(open, close))
        return false;
    bool smallWord = false;
    bool lowerLetters = false;
    for (int i = open + 2; i < close && i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        // "Like Oakland. Or Ferguson": two sentences are somebody's words.
        if (t.isSentenceEnd() && i + 1 < close && m_tokens.at(i + 1).isWord())
            return false;
        if (!t.isWord())
            continue;
        smallWord = smallWord || (t.isCapitalised() && WordLists::isTitleSmallWord(t.lower));
        lowerLetters = lowerLetters || t.text != t.text.toString().toUpper();
    }
    // "THIS IS NOT OK.": capitals throughout are shouting, not a title.
    return smallWord && lowerLetters;
}

bool QuoteClassifier::inListOfTitles(int open, int close) const
{
    // The mark of the quoted run next to the one ending (step -1) or starting (step +1) at `from`,
    // with only commas and "and" or "or" between them; -1 when there is none.
    auto neighbourMark = [&](int from, int step) {
        int i = from + step;
        while (i >= 0 && i < m_tokens.size()
               && (m_tokens.at(i).isPunct(u',') || m_tokens.at(i).lower == u"and" || m_tokens.at(i).lower == u"or"))
            i += step;
        return i >= 0 && i < m_tokens.size() && m_tokens.at(i).kind == TokenKind::QuoteMark ? i : -1;
    };
    // The other mark of the run whose mark is at `mark`, looking in the direction of `step`.
    constexpr int kMaxTokensInside = kMaxTitleWords + 4;
    auto otherMark = [&](int mark, int step) {
        for (int i = mark + step; i >= 0 && i < m_tokens.size() && qAbs(i - mark) <= kMaxTokensInside; i += step) {
            if (m_tokens.at(i).kind == TokenKind::QuoteMark)
                return i;
        }
        return -1;
    };
    constexpr int kMaxListed = 10;
    for (const int step : {-1, 1}) {
        int mark = neighbourMark(step < 0 ? open : close, step);
        for (int n = 0; mark >= 0 && n < kMaxListed; ++n) {
            const int other = otherMark(mark, step);
            if (other < 0 || !isTitleCase(qMin(mark, other), qMax(mark, other)))
                break;
            if (capitalisesSmallWords(qMin(mark, other), qMax(mark, other)))
                return true;
            mark = neighbourMark(other, step);
        }
    }
    return false;
}

bool QuoteClassifier::termCueBefore(int open) const
{
    for (int i = open - 1; i >= 0 && i >= open - 2; --i) {
        const Token &t = m_tokens.at(i);
        if (t.isWord() && WordLists::isTermCue(t.lower))
            return true;
        if (t.kind == TokenKind::Punct && !t.isPunct(u','))
            return false;
    }
    return false;
}

bool QuoteClassifier::nameNounBefore(int open) const
{
    // Not "nickname": "yoking him with the nickname "Lyin' Ted"" is the giver's insult, and speech.
    static const QStringView names[] = {u"name", u"handle", u"hashtag", u"username"};
    return open >= 2 && m_tokens.at(open - 1).isWord() && m_tokens.at(open - 1).isOneOf(names)
        && (m_tokens.at(open - 2).in(WordLists::Determiner) || m_tokens.at(open - 2).kind == TokenKind::Possessive
            || m_tokens.at(open - 2).isCapitalised()); // "its Twitter handle"
}

bool QuoteClassifier::usedAsAWord(int open, int close) const
{
    // A button's label after "click" is a term; so are words whose meaning the text discusses.
    static const QStringView pressed[] = {u"click", u"clicking", u"tap", u"press"};
    static const QStringView meaning[] = {u"means", u"meant", u"mean"};
    static const QStringView hedges[] = {u"actually", u"really", u"even"};
    if (open > 0 && m_tokens.at(open - 1).isWord() && m_tokens.at(open - 1).isOneOf(pressed))
        return true;
    int k = close + 1;
    if (k < m_tokens.size() && m_tokens.at(k).isWord() && m_tokens.at(k).isOneOf(hedges))
        ++k;
    return k < m_tokens.size() && m_tokens.at(k).isWord() && m_tokens.at(k).isOneOf(meaning);
}

bool QuoteClassifier::titleCueBefore(int open) const
{
    for (int i = open - 1; i >= 0 && i >= open - 3; --i) {
        const Token &t = m_tokens.at(i);
        if (t.isWord() && WordLists::isTitleCue(t.lower))
            return true;
    }
    return open > 0 && m_tokens.at(open - 1).isPunct(u'(');
}

bool QuoteClassifier::workNamedBefore(int open, int close) const
{
    if (open < 2 || close < 1 || !m_tokens.at(open - 1).isPunct(u',') || !m_tokens.at(close - 1).isPunct(u','))
        return false;
    for (int i = open - 2; i >= 0 && i >= open - 6; --i) {
        const Token &t = m_tokens.at(i);
        if (t.isWord() && WordLists::isTitleCue(t.lower))
            return true;
        if (t.kind == TokenKind::QuoteMark || (t.kind == TokenKind::Punct && !t.isPunct(u'.')))
            return false;
    }
    return false;
}

bool QuoteClassifier::continuesSpeaker(int open) const
{
    if (open < 2 || !m_tokens.at(open - 1).isPunct(u'.'))
        return false;
    bool verb = false;
    for (int k = open - 2; k >= 0 && k >= open - kMaxAttributionTail; --k) {
        const Token &t = m_tokens.at(k);
        if (t.paragraph != m_tokens.at(open).paragraph || t.isSentenceEnd())
            return false;
        if (t.kind == TokenKind::QuoteMark)
            return verb;
        verb = verb || (t.isWord() && t.in(WordLists::SpeechVerb));
    }
    return false;
}

bool QuoteClassifier::verbAfterApposition(int close) const
{
    // After "…," a pronoun, a name or "the union" is the quotation's own speaker ("he argues"); any
    // other lower-case word is the verb of the work the commas set the words beside ("is thoughtful").
    if (close + 1 >= m_tokens.size())
        return false;
    const Token &next = m_tokens.at(close + 1);
    return next.isWord() && !next.isCapitalised()
        && !next.in(WordLists::Pronoun | WordLists::Determiner | WordLists::SpeechVerb);
}

bool QuoteClassifier::workNounAfter(int close) const
{
    return close + 1 < m_tokens.size() && m_tokens.at(close + 1).isWord()
        && WordLists::isWorkNoun(m_tokens.at(close + 1).lower);
}

bool QuoteClassifier::prepositionBefore(int open) const
{
    if (open <= 0)
        return false;
    const Token &t = m_tokens.at(open - 1);
    if (!t.isWord())
        return false;
    for (QStringView w : {u"on", u"to", u"told", u"of", u"in", u"from", u"at", u"watch", u"with"}) {
        if (t.lower == w)
            return true;
    }
    return false;
}

bool QuoteClassifier::namingCueBefore(int open) const
{
    static const QStringView cues[] = {u"called", u"named",    u"dubbed",  u"slogan",  u"chant",
                                       u"chants", u"chanting", u"chanted", u"reading", u"read"};
    // A crowd's words: "chants of "Lock Her Up"", "calls of "Feel the Bern"".
    static const QStringView crowdCues[] = {u"chant", u"chants", u"call",   u"calls", u"cry",
                                            u"cries", u"shout",  u"shouts", u"chorus"};
    // A name somebody gives with "as": "an event billed as "Hard Hats for Hillary"", "hailed Trump
    // as "The Comeback Kid"". Not "known as", which introduces the titles of laws as often.
    static const QStringView asCues[] = {u"billed", u"hailed", u"branded", u"touted"};
    int k = open - 1;
    if (k >= 0 && (m_tokens.at(k).isPunct(u',') || m_tokens.at(k).isPunct(u':')))
        --k;
    // "called the "Crossroads of America"", "dubbed the "Defeat Crooked Hillary PAC"": a name given
    // to somebody or something is still the giver's words with an article before it.
    if (k >= 1 && cues::isArticle(m_tokens.at(k)))
        --k;
    if (k < 0 || !m_tokens.at(k).isWord())
        return false;
    if (m_tokens.at(k).isOneOf(cues))
        return true;
    if (m_tokens.at(k).lower == u"as") {
        for (int i = k - 1; i >= 0 && i >= k - 3; --i) {
            if (m_tokens.at(i).isWord() && m_tokens.at(i).isOneOf(asCues))
                return true;
        }
        return false;
    }
    return k >= 1 && m_tokens.at(k).lower == u"of" && m_tokens.at(k - 1).isOneOf(crowdCues);
}

bool QuoteClassifier::bylineAfter(int close) const
{
    if (close < 1 || close + 2 >= m_tokens.size() || !m_tokens.at(close - 1).isPunct(u','))
        return false;
    const Token &by = m_tokens.at(close + 1);
    int name = close + 2;
    if (m_tokens.at(name).isWord() && m_tokens.at(name).lower == u"the" && name + 1 < m_tokens.size())
        ++name;
    if (!by.isWord() || by.lower != u"by" || !m_tokens.at(name).isCapitalised())
        return false;
    // "by Variety's Gordon Cox", "by the New York Post's Amy Spencer": the outlet's possessive.
    for (int i = name; i < m_tokens.size() && i <= name + 5; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == TokenKind::Possessive)
            return true;
        if (t.kind == TokenKind::Punct || t.kind == TokenKind::QuoteMark)
            return false;
    }
    return false;
}

bool QuoteClassifier::indefiniteArticleBefore(int open) const
{
    if (open <= 0)
        return false;
    const Token &t = m_tokens.at(open - 1);
    return t.isWord() && (t.lower == u"a" || t.lower == u"an");
}

bool QuoteClassifier::statusVerbBefore(int open) const
{
    for (int i = open - 2; i >= 0 && i >= open - 6; --i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == TokenKind::Punct)
            return false;
        if (t.isWord()
            && (t.lower.startsWith(u"declar") || t.lower.startsWith(u"designat") || t.lower.startsWith(u"becom")
                || t.lower == u"became"))
            return true;
    }
    return false;
}

bool QuoteClassifier::possessiveBefore(int open) const
{
    return open > 0 && m_tokens.at(open - 1).kind == TokenKind::Possessive;
}

bool QuoteClassifier::inSentence(const QuotedSegment &segment, int open) const
{
    if (open <= 0)
        return false;
    const Token &prev = m_tokens.at(open - 1);
    if (prev.paragraph != segment.paragraph)
        return false;
    return prev.kind == TokenKind::Word || prev.kind == TokenKind::Possessive || prev.kind == TokenKind::Number;
}

bool QuoteClassifier::citationAround(int open, int close) const
{
    return open >= 1 && m_tokens.at(open - 1).isPunct(u'(') && close >= 1 && m_tokens.at(close - 1).isPunct(u',')
        && close + 1 < m_tokens.size() && m_tokens.at(close + 1).isCapitalised();
}

bool QuoteClassifier::yearAfter(int close) const
{
    if (close + 1 >= m_tokens.size() || !m_tokens.at(close + 1).isPunct(u'('))
        return false;
    for (int i = close + 2; i < m_tokens.size() && i <= close + 8; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isPunct(u')'))
            continue;
        const Token &last = m_tokens.at(i - 1);
        if (last.kind != TokenKind::Number || last.text.size() != 4)
            return false;
        const int year = last.text.toInt();
        return year >= 1800 && year <= 2099;
    }
    return false;
}

QuoteKind QuoteClassifier::classify(const QuotedSegment &segment, int open, int close, bool attributed) const
{
    // One quoted word is a scare quote or a term. Longer runs are somebody's words far more often
    // than not, even after an article or "so-called" ("calling him a "nice guy""): in the PolNeAR
    // training articles three in four such runs lie inside an annotated attribution.
    if (segment.words < 2)
        return termCueBefore(open) ? QuoteKind::Term : QuoteKind::Scare;
    // A two-word status a place or body is declared to have is a label the writer keeps at a
    // distance ("declaring Santa Monica a "sanctuary city""); after "calling him a", the same
    // shape is somebody's insult, and speech.
    if (segment.words == 2 && !attributed && indefiniteArticleBefore(open) && statusVerbBefore(open))
        return QuoteKind::Scare;
    // "click "sign up"", "what "go after them" actually means": words used as words.
    if (!attributed && usedAsAWord(open, close))
        return QuoteKind::Term;
    // "reverted to the name "CCHQ Press"", "its handle "Fact Check UK"": a name given as a name.
    if (!attributed && nameNounBefore(open))
        return QuoteKind::Term;
    // A headline with its byline, a cited headline or a dated work is a title, in any case.
    if (bylineAfter(close) || citationAround(open, close) || yearAfter(close))
        return QuoteKind::Title;
    // "Davis' commentary, "Melania, tell your immigrant story," is thoughtful": a work named in
    // apposition, whatever its case, when nobody is said to speak the words or the work's own verb
    // follows them.
    if ((!attributed || verbAfterApposition(close)) && workNamedBefore(open, close))
        return QuoteKind::Title;
    // Capitalised words that somebody calls, chants or has printed on a sign ("chanting "Lock Her
    // Up"", "a sign reading "Hispanics 4 Trump"") are their words, a slogan or a name they give, not
    // a title: in the PolNeAR training articles every such run lies inside an annotated attribution.
    // Titles: capitalised words after a preposition, a possessive or a title word ("appeared on
    // "Face the Nation"", "told ABC's "Good Morning America""), before a noun saying what work they
    // name ("the "Off Message" podcast"), or longer capitalised runs nobody is said to have spoken.
    // Words right after a quotation's attribution ("…," she said. "The Donald. Big Daddy.") go on
    // with that speaker's words.
    if (!segment.continuation && isTitleCase(open, close) && !namingCueBefore(open) && !continuesSpeaker(open)
        && (capitalisesSmallWords(open, close) || inListOfTitles(open, close) || titleCueBefore(open)
            || workNounAfter(close) || prepositionBefore(open) || possessiveBefore(open)
            || (segment.words >= 3 && !attributed)))
        return QuoteKind::Title;
    return inSentence(segment, open) ? QuoteKind::Partial : QuoteKind::Direct;
}

} // namespace lede
