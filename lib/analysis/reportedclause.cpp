#include "analysis/reportedclause.h"

#include "analysis/textends.h"
#include "analysis/wordlists.h"

#include <algorithm>

namespace lede::ReportedClause {
namespace {

constexpr int kMaxObjectWords =
    10; // "told reporters", "told a crowded hall at a hotel in downtown Baltimore" before "that"
constexpr int kMaxPlaceWords = 10; // "says at a campaign stop in Toledo, Ohio, that"
constexpr int kMaxSubjectWords = 8; // "said a curfew would …": the subject before its verb
constexpr int kMaxAsideWords = 8; // "said that, in addition to Scott, he would …"
constexpr int kMaxPhraseWords = 5; // "said after the convention he would …"
constexpr int kMaxNameWords = 4; // "told The Washington Post", "showed Donald J. Trump leading"

// Verbs that make a clause finite: "a curfew would continue", and never open a reported clause.
constexpr QStringView kAuxiliaries[] = {u"would", u"will", u"could", u"can",  u"should", u"may",
                                        u"might", u"must", u"is",    u"was",  u"are",    u"were",
                                        u"has",   u"had",  u"have",  u"does", u"did"};

// "said in a statement that …" reports the clause after "that"; "say about men", "think of them",
// "said to reporters" have no clause at all. Nor has "said so": it points back at one.
constexpr QStringView kPrepositions[] = {u"about", u"of",   u"for",    u"with",    u"by",    u"from", u"at",
                                         u"into",  u"to",   u"in",     u"as",      u"after", u"over", u"during",
                                         u"than",  u"like", u"before", u"through", u"so"};

// Verbs that also take a plain object ("announced a plan", "added a note of caution") report speech
// only with "that".
constexpr QStringView kNeedThat[] = {
    u"announced", u"revealed",     u"confirmed",  u"repeated",      u"reiterated", u"pointed",    u"disclosed",
    u"denied",    u"acknowledged", u"admitted",   u"predicted",     u"promised",   u"pledged",    u"reported",
    u"estimated", u"objected",     u"indicated",  u"recalled",      u"stressed",   u"emphasized", u"explained",
    u"explains",  u"explaining",   u"announcing", u"acknowledging", u"predicting"};

// Verbs whose plain object is common ("claimed responsibility", "maintained his lead", "charged
// the officer with murder", "declared war"): without "that" they report a clause only when it opens
// with a pronoun or a verb follows its first words ("claimed a new era had begun").
// So do the verbs of findings ("showed a close race", "found the wallet"; "found Trump would …").
constexpr QStringView kObjectVerbs[] = {u"claimed", u"claims",   u"declared", u"declares", u"maintained", u"maintains",
                                        u"charged", u"asserted", u"asserts",  u"show",     u"shows",      u"showed",
                                        u"found",   u"finds",    u"claiming", u"asserting"};

// Whether a finite verb follows within a subject's length of `first` ("a curfew would …"): "said a
// curfew would continue" reports a clause; "said a prayer" and "added a note of caution" have an
// object and no verb of its own.
bool auxiliaryAfter(const QList<Token> &tokens, int first, int last)
{
    for (int i = first + 1; i < last && i <= first + kMaxSubjectWords; ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == TokenKind::Punct)
            return false;
        if (t.isWord() && t.isOneOf(kAuxiliaries))
            return true;
    }
    return false;
}

// "told the AP his firm worked closely with …", "told CNN the campaign would …": a named object
// (a capitalised name, perhaps after "the"), then a clause whose subject opens with a possessive or
// an article and has a verb within a few words; the clause's first token, or -1.
int clauseAfterNamedObject(const QList<Token> &tokens, int from, int last)
{
    static const QStringView openers[] = {u"his", u"her", u"its", u"their", u"our", u"the"};
    int c = from;
    if (c < last && tokens.at(c).lower == u"the" && !tokens.at(c).isCapitalised())
        ++c;
    const int name = c;
    while (c < last && c - name < kMaxNameWords && tokens.at(c).isCapitalised())
        ++c;
    if (c == name || c >= last || !tokens.at(c).isOneOf(openers))
        return -1;
    for (int i = c + 1; i < last && i <= c + kMaxSubjectWords; ++i) {
        const Token &t = tokens.at(i);
        if (!t.isWord())
            return -1;
        if (t.isOneOf(kAuxiliaries) || looksFinite(t))
            return c;
    }
    return -1;
}

// "a poll shows Sanders leading Clinton", "the survey found Clinton with 48 percent": what a poll
// or a count shows is a name and where it stands, with no verb of its own.
bool standingAfterFinding(const QList<Token> &tokens, int verb, int c, int last)
{
    static const QStringView standings[] = {u"leading", u"trailing", u"ahead",   u"behind",  u"winning",    u"beating",
                                            u"with",    u"edging",   u"topping", u"holding", u"maintaining"};
    if (!tokens.at(verb).in(WordLists::FindingVerb))
        return false;
    int k = c;
    while (k < last && k - c < kMaxNameWords && tokens.at(k).isCapitalised())
        ++k;
    return k > c && k < last && tokens.at(k).isOneOf(standings);
}

// The verbs after a pronoun that make it a clause's subject rather than a relative clause's: "he
// would", "she was".
constexpr QStringView kClauseVerbs[] = {u"would", u"will", u"could", u"can", u"should", u"may", u"might",
                                        u"must",  u"is",   u"was",   u"are", u"were",   u"had", u"has"};

// Pronouns that are a clause's subject, never an object: "announced he will", "told CNN she …".
constexpr QStringView kSubjectPronouns[] = {u"he", u"she", u"it", u"they", u"we", u"i"};

// "he'll", "they're", "we've", "I'm", "she'd": a subject pronoun and its verb written as one word.
bool isPronounContraction(const Token &t)
{
    static const QStringView contractions[] = {u"ll", u"re", u"ve", u"d", u"m"};
    if (!t.isWord() || t.lower.size() < 3 || t.lower.size() > 7) // "i'm" to "they're"
        return false;
    qsizetype apostrophe = t.lower.indexOf(u'\'');
    if (apostrophe < 0)
        apostrophe = t.lower.indexOf(QChar(0x2019));
    if (apostrophe <= 0)
        return false;
    const QStringView pronoun = t.lower.first(apostrophe);
    const QStringView rest = t.lower.sliced(apostrophe + 1);
    return std::any_of(std::begin(kSubjectPronouns), std::end(kSubjectPronouns),
                       [&](QStringView p) { return p == pronoun; })
        && std::any_of(std::begin(contractions), std::end(contractions), [&](QStringView c) { return c == rest; });
}

// "told The Huffington Post he has …", "told CNN on Sunday she believed …": the object, then a
// clause opening with its subject pronoun, within `maxWords`. The object's last word is no
// preposition or conjunction ("told a story about how he …").
int pronounClauseAfterObject(const QList<Token> &tokens, int from, int last, int maxWords)
{
    for (int k = from + 1; k < last && k - from <= maxWords; ++k) {
        const Token &before = tokens.at(k - 1);
        if (before.kind == TokenKind::Punct || before.isOneOf(kSubjectPronouns))
            return -1;
        if (pronounClauseAt(tokens, k, last) && !before.in(WordLists::ClauseBoundary))
            return k;
    }
    return -1;
}

// "told reporters the plant would close", "told the council a vote had been set": an audience
// as the object, then a clause whose subject has a finite verb within a few words; the clause's
// first token, or -1.
int clauseAfterAudience(const QList<Token> &tokens, int from, int last)
{
    static const QStringView plurals[] = {u"reporters", u"journalists", u"supporters", u"voters",   u"lawmakers",
                                          u"students",  u"members",     u"listeners",  u"viewers",  u"donors",
                                          u"residents", u"officials",   u"investors",  u"employees"};
    static const QStringView bodies[] = {u"crowd", u"audience", u"committee", u"council", u"court",
                                         u"jury",  u"panel",    u"board",     u"house",   u"senate"};
    int c = -1;
    if (from < last && tokens.at(from).isOneOf(plurals))
        c = from + 1;
    else if (from + 1 < last && tokens.at(from).lower == u"the" && tokens.at(from + 1).isOneOf(bodies))
        c = from + 2;
    if (c < 0 || c >= last || !tokens.at(c).isWord() || tokens.at(c).in(WordLists::ClauseBoundary)
        || tokens.at(c).isOneOf(kPrepositions) || tokens.at(c).isOneOf(kAuxiliaries))
        return -1;
    return auxiliaryAfter(tokens, c, last) ? c : -1;
}

// "told reporters how surprised he was", "told CNN why she ran": the object, then a question
// word opening the clause (not after a preposition: "told a story about how …"); -1 when none.
int questionAfterObject(const QList<Token> &tokens, int from, int last, int maxWords)
{
    static const QStringView questionWords[] = {u"how", u"why", u"what", u"whether"};
    for (int k = from + 1; k + 1 < last && k - from <= maxWords; ++k) {
        const Token &before = tokens.at(k - 1);
        if (before.kind == TokenKind::Punct)
            return -1;
        if (tokens.at(k).isOneOf(questionWords))
            return before.in(WordLists::ClauseBoundary) ? -1 : k; // the prepositions among them
    }
    return -1;
}

// The clause after "that" at `that`: its next token, or the token after an aside set off by
// commas ("said that, if elected, he would …"); -1 when the comma closes nothing in reach.
int clauseAfterThat(const QList<Token> &tokens, int that, int last)
{
    const int next = that + 1;
    if (next >= last || !tokens.at(next).isPunct(u','))
        return next;
    for (int k = next + 1; k < last && k - next <= kMaxAsideWords; ++k) {
        // "suggested that, and not his candidacy, was the reason": "that" was the subject.
        if (tokens.at(k).isPunct(u','))
            return k + 1 < last && !tokens.at(k + 1).isOneOf(kAuxiliaries) ? k + 1 : -1;
        if (tokens.at(k).kind == TokenKind::Punct && !tokens.at(k).isPunct(u'.'))
            return -1;
    }
    return -1;
}

// The token after "that" within `maxWords` of `from`, or -1.
int afterThat(const QList<Token> &tokens, int from, int last, int maxWords)
{
    int k = from;
    while (k < last && k - from < maxWords && tokens.at(k).lower != u"that")
        ++k;
    return k < last && tokens.at(k).lower == u"that" ? clauseAfterThat(tokens, k, last) : -1;
}

// The words that open a question asked of someone: "asked Sanders how he was feeling".
constexpr QStringView kQuestionWords[] = {u"how", u"what", u"why", u"who", u"when", u"where", u"which"};

// The "whether" or "if" that opens the question the verb at `verb` asks, right after it or after
// whom it was asked ("asked Mook if …", "asked the court whether …"); -1 when none.
int questionAsked(const QList<Token> &tokens, int verb, int last)
{
    constexpr int kMaxAskedWords = 5; // "asked former Attorney General Eric Holder whether"
    const Token &v = tokens.at(verb);
    if (!v.isWord() || !v.in(WordLists::QuestionVerb) || v.isCapitalised())
        return -1;
    for (int k = verb + 1; k + 1 < last && k <= verb + 1 + kMaxAskedWords; ++k) {
        const Token &t = tokens.at(k);
        if (t.lower == u"whether" || t.lower == u"if" || (k > verb + 1 && t.isOneOf(kQuestionWords)))
            return k;
        // Whom it was asked: words and a name's full stops ("Gov."), not a clause or an aside.
        if (!(t.isWord() && !t.in(WordLists::ClauseBoundary)) && !t.isPunct(u'.'))
            return -1;
    }
    return -1;
}

} // namespace

// A promise or a threat reports the act it commits to: "vowed to form a task force". PolNeAR
// annotates the infinitive as the content.
bool promisesAct(const QList<Token> &tokens, int verb, int last)
{
    const Token &v = tokens.at(verb);
    if (!v.isWord() || !v.in(WordLists::PromiseVerb) || v.isCapitalised())
        return false;
    int to = verb + 1;
    if (to < last && tokens.at(to).lower == u"not")
        ++to;
    return to + 1 < last && tokens.at(to).lower == u"to" && tokens.at(to + 1).isWord();
}

bool asksQuestion(const QList<Token> &tokens, int verb, int last)
{
    return questionAsked(tokens, verb, last) >= 0;
}

bool pronounClauseAt(const QList<Token> &tokens, int i, int last)
{
    if (i + 1 >= last)
        return false;
    // "told POLITICO he'll work full-time": the verb is in the pronoun's word, a verb follows.
    if (isPronounContraction(tokens.at(i)))
        return tokens.at(i + 1).isWord() && !tokens.at(i + 1).isCapitalised()
            && !tokens.at(i + 1).in(WordLists::ClauseBoundary | WordLists::Pronoun);
    if (!tokens.at(i).isOneOf(kSubjectPronouns))
        return false;
    const Token &verb = tokens.at(i + 1);
    // "she's already received …": the tokenizer splits the "'s" of "is" or "has" off as of a possessive.
    if (verb.kind == TokenKind::Possessive)
        return i + 2 < last && tokens.at(i + 2).isWord();
    return verb.isWord() && !verb.isCapitalised()
        && (verb.isOneOf(kAuxiliaries) || !verb.in(WordLists::ClauseBoundary | WordLists::Pronoun));
}

bool looksFinite(const Token &t)
{
    static const QStringView irregular[] = {
        u"do",   u"says",  u"drew",  u"hit",    u"took",  u"made",   u"gave", u"won",    u"lost",   u"went",
        u"came", u"spoke", u"broke", u"held",   u"kept",  u"left",   u"met",  u"ran",    u"saw",    u"stood",
        u"told", u"wrote", u"said",  u"sent",   u"put",   u"set",    u"cut",  u"struck", u"fought", u"led",
        u"read", u"got",   u"began", u"became", u"threw", u"sought", u"found"};
    return t.isWord() && !t.isCapitalised()
        && (endsWithText(t.lower, u"ed") || t.isOneOf(kAuxiliaries) || t.isOneOf(irregular));
}

int start(const QList<Token> &tokens, int verb, int last)
{
    const Token &v = tokens.at(verb);
    if (promisesAct(tokens, verb, last))
        return verb + 1;
    if (const int question = questionAsked(tokens, verb, last); question >= 0)
        return question;
    // "told reporters that", "told the AP on Monday that": an object before the clause.
    if (v.lower == u"told" || v.lower == u"tells" || v.lower == u"telling") {
        const int pronoun = pronounClauseAfterObject(tokens, verb + 1, last, kMaxObjectWords);
        const int that = afterThat(tokens, verb + 1, last, kMaxObjectWords);
        const int question = questionAfterObject(tokens, verb + 1, last, kMaxObjectWords);
        int c = -1;
        for (int candidate : {pronoun, that, question}) {
            if (candidate >= 0 && (c < 0 || candidate < c))
                c = candidate;
        }
        if (c >= 0)
            return c;
        const int audience = clauseAfterAudience(tokens, verb + 1, last);
        return audience >= 0 ? audience : clauseAfterNamedObject(tokens, verb + 1, last);
    }
    // "said, however, that …", "says, win or lose, he is staying": an aside between commas, then
    // "that" or a pronoun and its verb.
    if (verb + 1 < last && tokens.at(verb + 1).isPunct(u',')) {
        const int after = clauseAfterThat(tokens, verb, last);
        if (after > 0 && after < last && tokens.at(after).lower == u"that")
            return clauseAfterThat(tokens, after, last);
        return after > 0 && pronounClauseAt(tokens, after, last) ? after : -1;
    }
    // "said Tuesday that", "said on Monday", "pointed out that".
    int c = verb + 1;
    while (c < last && tokens.at(c).isWord()
           && ((tokens.at(c).in(WordLists::TimeWord) && tokens.at(c).lower != u"in") || tokens.at(c).lower == u"out")
           // "said this is a rough patch": before a verb, "this" is the clause's subject, not "this week".
           && !(tokens.at(c).lower == u"this" && c + 1 < last && tokens.at(c + 1).isOneOf(kAuxiliaries)))
        ++c;
    if (c < last && tokens.at(c).lower == u"that")
        return clauseAfterThat(tokens, c, last);
    if (c < last && tokens.at(c).isOneOf(kPrepositions)) {
        const int that = afterThat(tokens, c + 1, last, kMaxPlaceWords - 1);
        // "said after the convention he would not accept it", "said in an interview she was": a
        // short phrase of time or place, then a clause with its subject pronoun and a modal or a
        // form of "be". Not after "of", "about", "for" or "with", whose noun a relative clause
        // goes on ("said of the encounter he had", "complained of the imbalance he sees"), nor
        // after "so", "as", "than", "like", which open clauses of their own.
        static const QStringView places[] = {u"after", u"before", u"during", u"in", u"at", u"over", u"to"};
        if (that >= 0 || !tokens.at(c).isOneOf(places))
            return that;
        const int pronoun = pronounClauseAfterObject(tokens, c + 1, last, kMaxPhraseWords);
        return pronoun >= 0 && tokens.at(pronoun + 1).isOneOf(kClauseVerbs) ? pronoun : -1;
    }
    // "say will build": a clause needs its subject.
    if (c < last && tokens.at(c).isOneOf(kAuxiliaries))
        return -1;
    // "announced he will step down", "revealed it had": a pronoun and its verb are a clause too.
    if (v.isOneOf(kNeedThat))
        return pronounClauseAt(tokens, c, last) ? c : -1;
    // So does any verb whose next words are "a …" without a verb of their own.
    if (c < last && (tokens.at(c).lower == u"a" || tokens.at(c).lower == u"an") && !auxiliaryAfter(tokens, c, last))
        return -1;
    if (c < last && v.isOneOf(kObjectVerbs) && !tokens.at(c).in(WordLists::Pronoun) && !auxiliaryAfter(tokens, c, last))
        return standingAfterFinding(tokens, verb, c, last) ? c : -1;
    return c;
}

} // namespace lede::ReportedClause
