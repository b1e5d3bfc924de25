#include "analysis/attributioncues.h"

#include "analysis/textends.h"
#include "analysis/wordlists.h"

namespace lede::cues {
namespace {

bool asBefore(const QList<Token> &tokens, int put)
{
    for (int k = put - 1; k >= 0 && k >= put - kAsPutItReach; --k) {
        if (!tokens.at(k).isWord() && tokens.at(k).kind != TokenKind::Possessive)
            return false;
        if (tokens.at(k).lower == u"as")
            return k < put - 1;
    }
    return false;
}

// Words that make the next word a noun; "another said", "the two said" stand for a speaker.
bool isNounDeterminer(const Token &t)
{
    static const QStringView words[] = {u"the", u"a", u"an", u"his", u"her", u"its", u"their", u"our", u"my", u"your"};
    return t.isOneOf(words);
}

} // namespace

bool isLeadPunct(const Token &t)
{
    return t.kind == TokenKind::Punct
        && (t.isPunct(u',') || t.isDash() || t.isPunct(QChar(0x2015)) || t.isPunct(u'(') || t.isPunct(u')'));
}

bool isSubordinator(const Token &t)
{
    static const QStringView words[] = {u"when",  u"after",  u"while", u"if",     u"although", u"though",
                                        u"since", u"before", u"once",  u"unless", u"whereas",  u"because"};
    return t.isOneOf(words);
}

// "according" is only a cue before "to"; "called" and "read" need care too, but a wrong
// cue next to a quotation still points at the right speaker far more often than not.
bool isCue(const QList<Token> &tokens, int i)
{
    const Token &t = tokens.at(i);
    // "as a Homeland Security memo put it": the idiom reports words like a speech verb.
    if (t.isWord() && t.lower == u"put")
        return i + 1 < tokens.size() && tokens.at(i + 1).lower == u"it" && asBefore(tokens, i);
    if (!t.isWord() || !WordLists::isSpeechVerb(t.lower))
        return false;
    // "the United States has": a capital inside a sentence is a name, not a verb ("Said Trump" starts one).
    if (t.isCapitalised() && i > 0 && tokens.at(i - 1).sentence == t.sentence
        && tokens.at(i - 1).kind == TokenKind::Word)
        return false;
    // "Read said": a capital before a speech verb is the name of its subject.
    if (t.isCapitalised() && i + 1 < tokens.size() && tokens.at(i + 1).isWord() && !tokens.at(i + 1).isCapitalised()
        && tokens.at(i + 1).in(WordLists::SpeechVerb))
        return false;
    if (t.lower == u"according")
        return i + 1 < tokens.size() && tokens.at(i + 1).lower == u"to";
    // "his remarks", "Obama's claims", "the statement": after a determiner or a possessive the
    // word is a noun.
    if (i > 0 && tokens.at(i - 1).sentence == t.sentence
        && (tokens.at(i - 1).kind == TokenKind::Possessive || isNounDeterminer(tokens.at(i - 1))))
        return false;
    // "a hastily called meeting", "the widely reported remarks": after an article or possessive
    // and an adverb the word describes a noun.
    if (i > 1 && tokens.at(i - 2).sentence == t.sentence && tokens.at(i - 1).isWord()
        && tokens.at(i - 1).lower.size() > 3 && endsWithText(tokens.at(i - 1).lower, u"ly")
        && (tokens.at(i - 2).kind == TokenKind::Possessive || isNounDeterminer(tokens.at(i - 2))))
        return false;
    // "32% of Republican claims", "in reports": after a preposition, or a preposition and a
    // capitalised modifier, a word ending in -s is a plural noun.
    if (t.lower.endsWith(u's') && i > 1 && tokens.at(i - 2).sentence == t.sentence) {
        static const QStringView prepositions[] = {u"of", u"in", u"for", u"about", u"with", u"from", u"against"};
        const Token &before = tokens.at(i - 1);
        if (before.isOneOf(prepositions)
            || (before.isWord() && before.isCapitalised() && tokens.at(i - 2).isOneOf(prepositions)))
            return false;
    }
    // "giving states more power", "making claims": right after a present participle the word is
    // its object, a noun.
    if (i > 0 && tokens.at(i - 1).sentence == t.sentence && tokens.at(i - 1).isWord()
        && !tokens.at(i - 1).isCapitalised() && tokens.at(i - 1).lower.size() > 4
        && endsWithText(tokens.at(i - 1).lower, u"ing") && t.lower.endsWith(u's'))
        return false;
    // "he went, "…"", ""…," she went on.", "went on to say:", "went on about "…"": "went" and
    // "goes" report speech only before the quotation or "on" and what continues speaking; "Reagan
    // went with a willingness "…"", "once the Senate goes on recess, "…"" do not.
    if (t.lower == u"went" || t.lower == u"goes") {
        int k = i + 1;
        if (k < tokens.size() && tokens.at(k).lower == u"on") {
            ++k;
            static const QStringView goingOn[] = {u"to", u"about"};
            if (k >= tokens.size() || tokens.at(k).kind != TokenKind::Word || tokens.at(k).isOneOf(goingOn))
                return true;
        }
        const bool introduces = k < tokens.size() && (tokens.at(k).isPunct(u',') || tokens.at(k).isPunct(u':'));
        if (introduces)
            ++k;
        // With no comma the quotation opens a sentence of its own ("he goes "What now?""); lower
        // case, it goes on with the writer's ("the agreement goes "nowhere near far enough."").
        if (k >= tokens.size() || tokens.at(k).kind != TokenKind::QuoteMark)
            return false;
        return introduces || k + 1 >= tokens.size() || !tokens.at(k + 1).isWord() || tokens.at(k + 1).isCapitalised();
    }
    // "the same campaign points": "points" reports speech only in "points out" and "points to".
    if (t.lower == u"points")
        return i + 1 < tokens.size() && (tokens.at(i + 1).lower == u"out" || tokens.at(i + 1).lower == u"to");
    return true;
}

bool isAllUpper(QStringView text)
{
    for (QChar c : text) {
        if (c.isLower())
            return false;
    }
    return true;
}

bool isArticle(const Token &t)
{
    return t.isWord() && (t.lower == u"the" || t.lower == u"a" || t.lower == u"an");
}

bool isPeopleNoun(const Token &t)
{
    // Plurals whose singular is an adjective too ("a Republican senator", "the conservative site").
    static const QStringView groups[] = {u"authorities", u"democrats", u"republicans", u"conservatives", u"liberals"};
    // Plurals whose singular is one of them: "a witness", "a neighbour", "the resident".
    static const QStringView people[] = {
        u"investigators", u"prosecutors", u"scientists",  u"observers",  u"residents",  u"activists",     u"advocates",
        u"diplomats",     u"doctors",     u"economists",  u"organizers", u"protesters", u"demonstrators", u"witnesses",
        u"officers",      u"members",     u"parents",     u"teachers",   u"students",   u"workers",       u"executives",
        u"allies",        u"opponents",   u"strategists", u"advisers",   u"supporters", u"critics",       u"sources",
        u"neighbors",     u"neighbours",  u"relatives",   u"colleagues", u"employees",  u"respondents"};
    if (!t.isWord())
        return false;
    if (t.isOneOf(groups))
        return true;
    for (QStringView plural : people) {
        if (plural == t.lower
            || (plural.size() == t.lower.size() + 1 && plural.endsWith(u's') && plural.startsWith(t.lower))
            || (plural.size() == t.lower.size() + 2 && endsWithText(plural, u"es") && plural.startsWith(t.lower)))
            return true;
    }
    return false;
}

int lowerBoundOf(const QList<Token> &tokens, int from, int floor)
{
    // "Sen. Ted Cruz (Tex.) has said", "Ted Cruz (R-Tex.), a candidate,": a state's full stop
    // inside brackets, followed by a word in lower case or a comma, ends no sentence.
    auto endsSentence = [&](int k) {
        return tokens.at(k).isSentenceEnd()
            && !(k + 2 < tokens.size() && tokens.at(k + 1).isPunct(u')') && tokens.at(k + 1).start == tokens.at(k).end
                 && ((tokens.at(k + 2).isWord() && !tokens.at(k + 2).isCapitalised())
                     || tokens.at(k + 2).isPunct(u',')));
    };
    int k = from;
    while (k - 1 >= floor && !endsSentence(k - 1))
        --k;
    return k;
}

} // namespace lede::cues
