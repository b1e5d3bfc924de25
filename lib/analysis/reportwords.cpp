#include "analysis/reportwords.h"

#include "analysis/attributioncues.h"
#include "analysis/reportedclause.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

namespace lede::reportwords {
namespace {

// The pronouns a speaker goes on as after a report; not the writer's "I think".
constexpr QStringView kSpeakerPronouns[] = {u"he", u"she", u"they"};

} // namespace

int wordCount(const QList<Token> &tokens, int first, int last)
{
    int words = 0;
    for (int i = first; i < last; ++i)
        words += tokens.at(i).isWord() || tokens.at(i).kind == TokenKind::Number;
    return words;
}

// Whether the word at `i` follows an article or a possessive, which makes a verb's form a noun or
// an adjective: "in a note to staff", "his claims", "the show", "Epstein's alleged ring". After a
// pronoun "'s" is "has": "she's said it before".
bool followsDeterminer(const QList<Token> &tokens, int i)
{
    static const QStringView determiners[] = {u"the", u"a",  u"an",   u"his",   u"her",   u"its",    u"their",
                                              u"our", u"my", u"this", u"these", u"those", u"another"};
    if (i < 1)
        return false;
    if (tokens.at(i - 1).kind == TokenKind::Possessive)
        return i < 2 || !tokens.at(i - 2).in(WordLists::Pronoun);
    return tokens.at(i - 1).isOneOf(determiners);
}

// Whether token `i` is a reporting verb's -ing form after "be", perhaps with an adverb between:
// "Trump is telling veterans that …", "Democrats are now arguing that …". After a comma it is a
// participle going on from the subject (isReportingParticiple()); after a noun, a noun's modifier.
bool isProgressiveReport(const QList<Token> &tokens, int i)
{
    if (i < 2 || !tokens.at(i).isWord() || !tokens.at(i).in(WordLists::ProgressiveReport)
        || tokens.at(i).isCapitalised())
        return false;
    const Token &before = tokens.at(i - 1);
    if (before.isOneOf(kBeForms))
        return true;
    static const QStringView adverbs[] = {u"now", u"also", u"still", u"already", u"again", u"not"};
    return before.isWord() && (before.isOneOf(adverbs) || endsWithText(before.lower, u"ly"))
        && tokens.at(i - 2).isOneOf(kBeForms);
}

// Whether token `i` is a reporting verb. "states" is far more often the noun ("won six states",
// "swing states that …") and reports only with "that" after it ("The ruling states that …").
bool isReportingVerb(const QList<Token> &tokens, int i)
{
    const Token &t = tokens.at(i);
    if (isProgressiveReport(tokens, i))
        return true;
    if (!t.isWord() || t.isCapitalised() || !t.in(WordLists::ReportingVerb) || followsDeterminer(tokens, i))
        return false;
    return t.lower != u"states" || (i + 1 < tokens.size() && tokens.at(i + 1).lower == u"that");
}

// A reporting verb's participle after a comma or a dash, going on from the sentence's subject:
// "Negrete criticized the plan, saying the city could not afford it", "…, adding that …"; or, when
// `afterConjunction`, after "and" or "but" ("… but suggesting that …").
bool isReportingParticiple(const QList<Token> &tokens, int i, bool afterConjunction)
{
    return i > 0 && i < tokens.size()
        && (afterConjunction || tokens.at(i - 1).isPunct(u',') || tokens.at(i - 1).isDash()) && tokens.at(i).isWord()
        && !tokens.at(i).isCapitalised() && tokens.at(i).in(WordLists::ReportParticiple);
}

// A second reporting verb joined to the first report: "said the vote was rushed and said …",
// "…, but said …" at `i` (the conjunction).
bool joinsAnotherReport(const QList<Token> &tokens, int i)
{
    static const QStringView conjunctions[] = {u"and", u"but"};
    if (i + 2 >= tokens.size() || !tokens.at(i).isOneOf(conjunctions) || !isReportingVerb(tokens, i + 1))
        return false;
    // A plain form ("warn", "fear") is as often a noun ("all my anger and fear"): it needs "that".
    const QStringView verb = tokens.at(i + 1).lower;
    return verb.endsWith(u's') || ReportedClause::looksFinite(tokens.at(i + 1)) || tokens.at(i + 2).lower == u"that";
}

// The reporting verb of another speaker whose report goes on from `i`, ", and", ", but" or a
// contrast (", while", ", although") and a subject before the verb: "…, and Ms. Acosta said …",
// "…, but he said …", "…, but council member Tom Reid said …", "…, while officials said …"; -1
// when none.
int anotherSpeakerAt(const QList<Token> &tokens, int i, int last)
{
    static const QStringView conjunctions[] = {u"and", u"but", u"while", u"whereas", u"although", u"though"};
    constexpr int kMaxSubjectTokens = 6; // "and Rep. Paul D. Ryan said"
    // ", and that …" goes on with the same report.
    if (i + 3 >= last || !tokens.at(i).isPunct(u',') || !tokens.at(i + 1).isOneOf(conjunctions)
        || !tokens.at(i + 2).isWord() || tokens.at(i + 2).lower == u"that")
        return -1;
    bool named = tokens.at(i + 2).isOneOf(kSpeakerPronouns);
    for (int k = i + 2; k < last && k <= i + 2 + kMaxSubjectTokens; ++k) {
        const Token &t = tokens.at(k);
        if (k > i + 2 && isReportingVerb(tokens, k) && !endsWithText(t.lower, u"ing"))
            return named || isSourceNoun(tokens.at(k - 1)) || isShare(tokens.at(k - 1)) ? k : -1;
        // The subject's words and a title's full stop: a name, a role ("officials"), a time
        // ("later"), a poll's share ("and more than 4 in 10 said").
        if (!t.isWord() && !t.isPunct(u'.') && t.kind != TokenKind::Number && !t.isPunct(u'%'))
            return -1;
        named = named || t.isCapitalised();
    }
    return -1;
}

// Whether the writer's words about the report open at the comma `i`: an apposition naming it ("…,
// a charge that Colorado Republicans denied", "…, remarks that were featured on state news"), a
// comparison or a reference (", compared with 41 percent", ", referring to the convention").
bool writerCommentsAt(const QList<Token> &tokens, int i, int last)
{
    static const QStringView summaries[] = {
        u"charge",   u"charges",   u"claim",     u"claims",     u"remark",     u"remarks",        u"comment",
        u"comments", u"statement", u"assertion", u"allegation", u"accusation", u"acknowledgment", u"admission",
        u"point",    u"view",      u"position",  u"argument",   u"prediction", u"promise",        u"move"};
    static const QStringView relatives[] = {u"that", u"which"};
    static const QStringView participles[] = {u"compared", u"referring"};
    if (i + 2 >= last || !tokens.at(i).isPunct(u','))
        return false;
    if (tokens.at(i + 1).isOneOf(participles))
        return tokens.at(i + 2).lower == u"with" || tokens.at(i + 2).lower == u"to";
    int k = i + 1;
    if (cues::isArticle(tokens.at(k)))
        ++k;
    // One word may describe it: "a charge that", "an early acknowledgment that".
    for (int n = 0; n < 2 && k + 1 < last; ++n, ++k) {
        if (tokens.at(k).isOneOf(summaries) && tokens.at(k + 1).isOneOf(relatives))
            return true;
    }
    return false;
}

// Where a report from `c` ends, at most `last`: at a semicolon ("…, 61 percent say they are paying
// attention; 26 percent of Democrats say …"), or before a participle or a reporting verb that goes on
// with another report (", adding that …", "and said …", "but suggesting …", ", and Ann Lee said …"),
// its comma or dash left out.
int reportEnd(const QList<Token> &tokens, int c, int last)
{
    static const QStringView conjunctions[] = {u"and", u"but", u"while"}; // "…, while saying …"
    const auto participleJoined = [&tokens, last](int i) {
        return i + 1 < last && tokens.at(i).isOneOf(conjunctions) && isReportingParticiple(tokens, i + 1, true);
    };
    // "…, but offered no proof": a verb the subject goes on with, not the report's.
    // "…, although he again refused to …": the writer goes on about the speaker, a pronoun and
    // a past verb (with an adverb between) after a contrast.
    const auto subjectGoesOn = [&tokens, last](int i) {
        static const QStringView contrasts[] = {u"but", u"although", u"though", u"while"};
        if (i + 2 >= last || !tokens.at(i).isPunct(u','))
            return false;
        const auto pastVerb = [&tokens](int k) {
            return ReportedClause::looksFinite(tokens.at(k)) && endsWithText(tokens.at(k).lower, u"ed");
        };
        // "…, and has expressed support for …", "…, and has since asked …": a perfect with no
        // subject of its own goes on with the sentence's.
        static const QStringView perfect[] = {u"has", u"have"};
        if (tokens.at(i + 1).lower == u"and" && tokens.at(i + 2).isOneOf(perfect)) {
            int verb = i + 3;
            if (verb + 1 < last && tokens.at(verb).isWord() && saysOnlyWhen(tokens.at(verb)))
                ++verb;
            return verb < last && pastVerb(verb);
        }
        if (!tokens.at(i + 1).isOneOf(contrasts))
            return false;
        if (tokens.at(i + 1).lower == u"but" && pastVerb(i + 2))
            return true; // "…, but offered no proof"
        int k = i + 3;
        if (k + 1 < last && tokens.at(k).isWord() && saysOnlyWhen(tokens.at(k)))
            ++k;
        // Not after "but": "said she considered it, but she wanted to be realistic" goes on reporting.
        return k < last && tokens.at(i + 1).lower != u"but" && tokens.at(i + 2).isOneOf(kSpeakerPronouns)
            && pastVerb(k);
    };
    int end = c;
    while (end < last && !tokens.at(end).isPunct(u';') && !isReportingParticiple(tokens, end + 1)
           && !joinsAnotherReport(tokens, end) && !participleJoined(end) && anotherSpeakerAt(tokens, end, last) < 0
           && !subjectGoesOn(end) && !writerCommentsAt(tokens, end, last))
        ++end;
    while (end > c + 1 && tokens.at(end - 1).kind == TokenKind::Punct && !tokens.at(end - 1).isPunct(u')'))
        --end;
    return end;
}

// Whether a verb that makes a clause comes within the first words of [first, last): "the courts
// have …", "it would cost …"; "saying nothing at all" reports no clause.
bool finiteVerbIn(const QList<Token> &tokens, int first, int last)
{
    constexpr int kMaxWordsBeforeVerb = 8;
    // A subject pronoun and the word after it are a clause whatever the verb's form: "she
    // understood", "they feel".
    if (ReportedClause::pronounClauseAt(tokens, first, last))
        return true;
    for (int i = first; i < last && i < first + kMaxWordsBeforeVerb; ++i) {
        if (ReportedClause::looksFinite(tokens.at(i)))
            return true;
    }
    return false;
}

// One past the sentence's last token that is no punctuation mark.
int wordsEnd(const QList<Token> &tokens, const TokenRange &sentence)
{
    int last = sentence.last;
    while (last > sentence.first && tokens.at(last - 1).kind == TokenKind::Punct)
        --last;
    return last;
}

// Whether [c, end) is a reported clause on its own: after "that" whatever its verb ("and
// suggested that Trump needs to …"), otherwise with a verb that makes it one.
bool holdsClause(const QList<Token> &tokens, int c, int end)
{
    return wordCount(tokens, c, end) >= kMinClauseWords
        && (tokens.at(c - 1).lower == u"that" || finiteVerbIn(tokens, c, end));
}

// "Sanders on Tuesday said", "Ann Lee has also said", "officials last week said", "Ann Lee later
// criticized": the words between a subject and its verb that only say when or how often.
bool saysOnlyWhen(const Token &t)
{
    static const QStringView adverbs[] = {u"has",        u"have",  u"had",        u"also",      u"again",   u"long",
                                          u"repeatedly", u"often", u"publicly",   u"privately", u"already", u"then",
                                          u"earlier",    u"later", u"previously", u"still",     u"first"};
    return t.isOneOf(adverbs) || t.in(WordLists::TimeWord);
}

// A noun for people or documents that report: the role nouns ("officials", "the report"), their
// plurals ("analysts", "economists") and groups that speak as one ("authorities", "residents").
bool isSourceNoun(const Token &t)
{
    if (t.in(WordLists::RoleNoun) || cues::isPeopleNoun(t))
        return true;
    // "analysts", "pollsters": a role noun's plural.
    if (t.lower.size() > 3 && t.lower.endsWith(u's') && WordLists::isRoleNoun(t.lower.chopped(1)))
        return true;
    // "caucus-goers", "churchgoers": those who go somewhere.
    if (endsWithText(t.lower, u"goers"))
        return true;
    // A people by its name: "The Russians", "Many Americans", "Texans".
    return t.isCapitalised() && t.lower.size() > 5 && endsWithText(t.lower, u"ans");
}

// A source noun at `i`, or the head of a body that speaks for it: "the deputy head of the delegation".
bool isSourceNounAt(const QList<Token> &tokens, int i)
{
    return isSourceNoun(tokens.at(i))
        || (tokens.at(i).lower == u"head" && i + 1 < tokens.size() && tokens.at(i + 1).lower == u"of");
}

// A headline's verbs that take a clause ("Ann Lee Says Harbor Will Close"), after a subject, not
// after a preposition or an article ("Defends Himself Against Claims He …", "The Claims").
bool isHeadlineVerb(const QList<Token> &tokens, int v)
{
    static const QStringView verbs[] = {u"says",   u"said",     u"tells",  u"told",     u"warns",
                                        u"argues", u"insists",  u"claims", u"believes", u"thinks",
                                        u"admits", u"predicts", u"fears",  u"suggests"};
    static const QStringView notSubjects[] = {u"against", u"about", u"of",  u"to",    u"with", u"for",
                                              u"on",      u"new",   u"the", u"these", u"those"};
    const Token &t = tokens.at(v);
    if (!t.isWord() || !t.isCapitalised() || !t.isOneOf(verbs))
        return false;
    const Token &before = tokens.at(v - 1);
    return !before.isOneOf(notSubjects) && !before.in(WordLists::Determiner);
}

// Whether a title-case headline is click-bait that teases a count instead of reporting a clause:
// "Ann Lee Said The 7 Words Every Parent Was Thinking", "5 Things She Thinks The Council Will Do".
bool isTeaser(const QList<Token> &tokens, int first, int last)
{
    for (int i = first; i < last; ++i) {
        if (tokens.at(i).kind == TokenKind::Number && (i == first || tokens.at(i - 1).in(WordLists::Determiner))
            && i + 1 < last && tokens.at(i + 1).isCapitalised())
            return true;
    }
    return false;
}

// Whether the reporting verb at `v` says nothing about its subject speaking: a noun after a
// possessive ("Trump's claims …", "Trump's promises to deport …"; "he's said" is "he has said"), or
// a passive with no "that" after it ("was declared the winner", "was first noted when …"; "it was
// revealed that …" reports a clause).
bool notSpokenBySubject(const QList<Token> &tokens, int v, int first)
{
    if (v - 2 < first)
        return false;
    const Token &before = tokens.at(v - 1);
    if (before.kind == TokenKind::Possessive)
        return !tokens.at(v - 2).in(WordLists::Pronoun);
    if ((v + 1 < tokens.size() && tokens.at(v + 1).lower == u"that") || isProgressiveReport(tokens, v))
        return false;
    if (before.isOneOf(kBeForms))
        return true;
    // "was first noted", "is widely believed": one adverb between.
    return tokens.at(v - 2).isOneOf(kBeForms) && before.isWord()
        && (endsWithText(before.lower, u"ly") || before.lower == u"first");
}

// A verb by which evidence shows a finding: "Polls show that …", "One study found Trump would
// raise taxes". Nothing spoke: only a poll, a study or a record as the subject (isEvidenceNoun) and
// a clause after it make it a report (ReportedClause::start() asks "that", a pronoun or a verb).
bool isFindingVerb(const QList<Token> &tokens, int i)
{
    const Token &t = tokens.at(i);
    return t.isWord() && t.in(WordLists::FindingVerb) && !t.isCapitalised() && !followsDeterminer(tokens, i);
}

// A participle that says when or by whom evidence came out: "a poll released Friday", "a study
// conducted by …".
bool isPublishingParticiple(const Token &t)
{
    static const QStringView participles[] = {u"released", u"published", u"conducted",   u"taken",
                                              u"filed",    u"issued",    u"commissioned"};
    return t.isOneOf(participles);
}

bool isEvidenceNoun(const Token &t)
{
    static const QStringView nouns[] = {
        u"poll",      u"polls",    u"polling",  u"survey",  u"surveys",    u"study",   u"studies",  u"report",
        u"reports",   u"analysis", u"analyses", u"data",    u"research",   u"review",  u"audit",    u"investigation",
        u"inquiry",   u"video",    u"videos",   u"footage", u"transcript", u"records", u"document", u"documents",
        u"figures",   u"numbers",  u"results",  u"census",  u"statistics", u"tests",   u"evidence", u"averages",
        u"estimates", u"court",    u"panel",    u"jury",    u"autopsy"};
    return t.isOneOf(nouns);
}

// A share of a group, which speaks for it: "55 percent of voters", "a majority of Republicans",
// "eight of 10 voters", "24% of them".
bool isShare(const Token &t)
{
    static const QStringView shares[] = {u"percent", u"majority", u"most", u"half",      u"third",    u"quarter",
                                         u"many",    u"some",     u"few",  u"plurality", u"minority", u"two-thirds",
                                         u"two",     u"three",    u"four", u"five",      u"six",      u"seven",
                                         u"eight",   u"nine",     u"ten",  u"dozens",    u"hundreds", u"thousands"};
    // "three-quarters", "one-third", "four-fifths": a fraction written out.
    static const QStringView fractions[] = {u"-half",   u"-third",   u"-thirds", u"-quarter", u"-quarters",
                                            u"-fourth", u"-fourths", u"-fifth",  u"-fifths"};
    return t.kind == TokenKind::Number || t.isPunct(u'%') || t.isOneOf(shares)
        || (t.isWord() && std::any_of(std::begin(fractions), std::end(fractions), [&](QStringView f) {
                return t.lower.endsWith(f);
            }));
}

// Whether tokens up to `i` are a share out of a number: "Six in 10", "one in five".
bool endsShareOutOf(const QList<Token> &tokens, int i)
{
    return i >= 2 && isShare(tokens.at(i)) && tokens.at(i - 1).lower == u"in" && isShare(tokens.at(i - 2));
}

} // namespace lede::reportwords
