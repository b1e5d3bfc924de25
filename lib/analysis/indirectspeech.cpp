#include "analysis/indirectspeech.h"

#include "analysis/apostrophequotes.h"
#include "analysis/attributioncues.h"
#include "analysis/gazetteer.h"
#include "analysis/reportedclause.h"
#include "analysis/wordlists.h"

#include <algorithm>

namespace lede {
namespace {

constexpr int kMinClauseWords = 4;
constexpr int kMaxTrailingAttribution = 8; // ", Sen. Mitch McConnell said." at the end of a sentence
// "according to a Quinnipiac University poll released Tuesday", "according to early results of exit
// polls conducted for The Associated Press and television networks by Edison Research"
constexpr int kMaxSourceWords = 20;

int wordCount(const QList<Token> &tokens, int first, int last)
{
    int words = 0;
    for (int i = first; i < last; ++i)
        words += tokens.at(i).isWord() || tokens.at(i).kind == TokenKind::Number;
    return words;
}

// Whether the word at `i` follows an article or a possessive, which makes a verb's form a noun: "in
// a note to staff", "his claims", "the show".
bool followsDeterminer(const QList<Token> &tokens, int i)
{
    static const QStringView determiners[] = {u"the", u"a",  u"an",   u"his",   u"her",   u"its",    u"their",
                                              u"our", u"my", u"this", u"these", u"those", u"another"};
    return i > 0 && tokens.at(i - 1).isOneOf(determiners);
}

// The forms of "be" that make a progressive ("is telling") or a passive ("was told").
constexpr QStringView kBeForms[] = {u"is", u"are", u"was", u"were", u"be", u"been", u"being"};

// Whether token `i` is a reporting verb's -ing form after "be", perhaps with an adverb between:
// "Trump is telling veterans that …", "Democrats are now arguing that …". After a comma it is a
// participle going on from the subject (isReportingParticiple()); after a noun, a noun's modifier.
bool isProgressiveReport(const QList<Token> &tokens, int i)
{
    const QStringView lower = tokens.at(i).lower;
    if (i < 2 || lower.size() < 6 || !lower.endsWith(u"ing"))
        return false; // most tokens, cheaply
    static const QStringView progressives[] = {
        u"saying",     u"telling", u"arguing",    u"claiming",  u"insisting",  u"warning",    u"suggesting",
        u"predicting", u"noting",  u"explaining", u"asserting", u"contending", u"announcing", u"acknowledging"};
    if (!tokens.at(i).isOneOf(progressives) || tokens.at(i).isCapitalised())
        return false;
    const Token &before = tokens.at(i - 1);
    if (before.isOneOf(kBeForms))
        return true;
    static const QStringView adverbs[] = {u"now", u"also", u"still", u"already", u"again", u"not"};
    return before.isWord() && (before.isOneOf(adverbs) || before.lower.endsWith(u"ly"))
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
bool isReportingParticiple(const QList<Token> &tokens, int i, bool afterConjunction = false)
{
    static const QStringView participles[] = {u"saying",     u"adding",      u"noting",     u"arguing",
                                              u"insisting",  u"warning",     u"explaining", u"stressing",
                                              u"suggesting", u"asserting",   u"contending", u"acknowledging",
                                              u"predicting", u"emphasizing", u"maintaining"};
    return i > 0 && i < tokens.size()
        && (afterConjunction || tokens.at(i - 1).isPunct(u',') || tokens.at(i - 1).isDash())
        && !tokens.at(i).isCapitalised() && tokens.at(i).isOneOf(participles);
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

bool saysOnlyWhen(const Token &t); // with the subject rules below
bool isSourceNoun(const Token &t);

// The reporting verb of another speaker whose report goes on from `i`, ", and", ", but" or a
// contrast (", while", ", although") and a subject before the verb: "…, and Ms. Acosta said …",
// "…, but he said …", "…, but council member Tom Reid said …", "…, while officials said …"; -1
// when none.
int anotherSpeakerAt(const QList<Token> &tokens, int i, int last)
{
    static const QStringView conjunctions[] = {u"and", u"but", u"while", u"whereas", u"although", u"though"};
    static const QStringView pronouns[] = {u"he", u"she", u"they"}; // not the writer's "I think"
    constexpr int kMaxSubjectTokens = 6; // "and Rep. Paul D. Ryan said"
    // ", and that …" goes on with the same report.
    if (i + 3 >= last || !tokens.at(i).isPunct(u',') || !tokens.at(i + 1).isOneOf(conjunctions)
        || !tokens.at(i + 2).isWord() || tokens.at(i + 2).lower == u"that")
        return -1;
    bool named = tokens.at(i + 2).isOneOf(pronouns);
    for (int k = i + 2; k < last && k <= i + 2 + kMaxSubjectTokens; ++k) {
        const Token &t = tokens.at(k);
        if (k > i + 2 && isReportingVerb(tokens, k) && !t.lower.endsWith(u"ing"))
            return named || isSourceNoun(tokens.at(k - 1)) ? k : -1;
        // The subject's words and a title's full stop: a name, a role ("officials"), a time ("later").
        if (!t.isWord() && !t.isPunct(u'.'))
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
    static const QStringView determiners[] = {u"a", u"an", u"the"};
    static const QStringView relatives[] = {u"that", u"which"};
    static const QStringView participles[] = {u"compared", u"referring"};
    if (i + 2 >= last || !tokens.at(i).isPunct(u','))
        return false;
    if (tokens.at(i + 1).isOneOf(participles))
        return tokens.at(i + 2).lower == u"with" || tokens.at(i + 2).lower == u"to";
    int k = i + 1;
    if (tokens.at(k).isOneOf(determiners))
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
        static const QStringView pronouns[] = {u"he", u"she", u"they"};
        if (i + 2 >= last || !tokens.at(i).isPunct(u',') || !tokens.at(i + 1).isOneOf(contrasts))
            return false;
        const auto pastVerb = [&tokens](int k) {
            return ReportedClause::looksFinite(tokens.at(k)) && tokens.at(k).lower.endsWith(u"ed");
        };
        if (tokens.at(i + 1).lower == u"but" && pastVerb(i + 2))
            return true; // "…, but offered no proof"
        int k = i + 3;
        if (k + 1 < last && tokens.at(k).isWord() && saysOnlyWhen(tokens.at(k)))
            ++k;
        // Not after "but": "said she considered it, but she wanted to be realistic" goes on reporting.
        return k < last && tokens.at(i + 1).lower != u"but" && tokens.at(i + 2).isOneOf(pronouns) && pastVerb(k);
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
    // A people by its name: "The Russians", "Many Americans", "Texans".
    return t.isCapitalised() && t.lower.size() > 5 && t.lower.endsWith(u"ans");
}

// "people familiar with the talks", "sources close to the campaign": an adjective that takes a
// preposition, after the head of a subject that speaks whoever it is ("a person familiar with …").
constexpr QStringView kSourceAdjectives[] = {u"close", u"familiar", u"loyal", u"opposed", u"allied", u"sympathetic"};

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
        && (before.lower.endsWith(u"ly") || before.lower == u"first");
}

// A verb by which evidence shows a finding: "Polls show that …", "One study found Trump would
// raise taxes". Nothing spoke: only a poll, a study or a record as the subject (isEvidenceNoun) and
// a clause after it make it a report (ReportedClause::start() asks "that", a pronoun or a verb).
bool isFindingVerb(const QList<Token> &tokens, int i)
{
    static const QStringView verbs[] = {u"show", u"shows", u"showed", u"found", u"finds"};
    const Token &t = tokens.at(i);
    return t.isWord() && !t.isCapitalised() && t.isOneOf(verbs) && !followsDeterminer(tokens, i);
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
    return t.kind == TokenKind::Number || t.isPunct(u'%') || t.isOneOf(shares);
}

// Whether tokens up to `i` are a share out of a number: "Six in 10", "one in five".
bool endsShareOutOf(const QList<Token> &tokens, int i)
{
    return i >= 2 && isShare(tokens.at(i)) && tokens.at(i - 1).lower == u"in" && isShare(tokens.at(i - 2));
}

} // namespace

IndirectSpeechFinder::IndirectSpeechFinder(const QList<Token> &tokens, const QList<TokenRange> &sentences,
                                           const Attribution &attribution)
    : m_tokens(tokens)
    , m_sentences(sentences)
    , m_attribution(attribution)
    , m_phrases(tokens)
{ }

QList<IndirectSpeech> IndirectSpeechFinder::find() const
{
    QList<IndirectSpeech> found;
    for (const TokenRange &sentence : m_sentences) {
        IndirectSpeech speech;
        if (!findIn(sentence, &speech) || holdsApostropheQuotes(sentence, speech)) {
            if (afterQuotation(sentence, &speech))
                found.append(speech);
            continue;
        }
        found.append(speech);
        IndirectSpeech more;
        if (goesOn(sentence, speech, &more))
            found.append(more);
    }
    return found;
}

bool IndirectSpeechFinder::goesOn(const TokenRange &sentence, const IndirectSpeech &first, IndirectSpeech *out) const
{
    const int last = wordsEnd(m_tokens, sentence);
    int v = sentence.first;
    while (v < last && m_tokens.at(v).start < first.start)
        ++v;
    // "Barkley, who said he votes Democratic, said one candidate …": a report in a relative clause
    // after its speaker's name, then the main verb's.
    bool relative = false;
    for (int k = v - 1; k > sentence.first && k >= v - 4; --k)
        relative = relative || (m_tokens.at(k).lower == u"who" && m_tokens.at(k - 1).isPunct(u','));
    const auto mainVerb = [&](int i) {
        return relative && m_tokens.at(i - 1).isPunct(u',') && isReportingVerb(m_tokens, i)
            && !m_tokens.at(i).lower.endsWith(u"ing");
    };
    while (v < last && m_tokens.at(v).start < first.end)
        ++v;
    while (v < last && !isReportingParticiple(m_tokens, v) && !(v > 0 && joinsAnotherReport(m_tokens, v - 1))
           && anotherSpeakerAt(m_tokens, v, last) < 0 && !mainVerb(v))
        ++v;
    // Only right after the first report: "said the vote was rushed, adding that …", "… and said …",
    // "…, but said …", "…, said …".
    if (v >= last || v < 2)
        return false;
    // "…, and Ms. Acosta said …": another speaker's report, from the words after the conjunction.
    if (const int verb = anotherSpeakerAt(m_tokens, v, last); verb >= 0) {
        if (m_tokens.at(v - 1).end != first.end)
            return false;
        const TokenRange rest {v + 2, sentence.last};
        return reportAfter(rest, verb, last, firstQuoted(rest.first, rest.last), false, out) == Verdict::Report;
    }
    // The first report's last token, before the comma or dash reportEnd() left out of it.
    int joint = v - 2;
    while (joint > 0 && m_tokens.at(joint).kind == TokenKind::Punct && m_tokens.at(joint).start >= first.end)
        --joint;
    if (m_tokens.at(joint).end != first.end)
        return false;
    return participleReport(v, last, first.speaker, out);
}

bool IndirectSpeechFinder::participleReport(int participle, int last, const Speaker &speaker, IndirectSpeech *out) const
{
    const int c = ReportedClause::start(m_tokens, participle, last);
    if (c < 0 || c >= last || m_tokens.at(c).kind == TokenKind::Punct)
        return false;
    const int end = reportEnd(m_tokens, c, last);
    if (!holdsClause(m_tokens, c, end))
        return false;
    out->start = m_tokens.at(c).start;
    out->end = m_tokens.at(end - 1).end;
    out->speaker = speaker;
    out->speaker.cue = m_tokens.at(participle).lower.toString();
    return true;
}

bool IndirectSpeechFinder::joinedReportAfter(int verb, int last) const
{
    for (int i = verb + 1; i + 1 < last; ++i) {
        if (joinsAnotherReport(m_tokens, i))
            return true;
    }
    return false;
}

bool IndirectSpeechFinder::afterQuotation(const TokenRange &sentence, IndirectSpeech *out) const
{
    const int last = wordsEnd(m_tokens, sentence);
    const auto isQuoted = [this](int i) {
        return m_tokens.at(i).kind == TokenKind::QuoteMark || m_tokens.at(i).quote >= 0;
    };
    // The first participle after a quotation and an attribution of its own ("he said", "said Ann
    // Lee"), with no quotation between them.
    int quoteEnd = -1; // one past the last quoted token seen
    int verb = -1;
    int participle = -1;
    for (int i = sentence.first; i < last && participle < 0; ++i) {
        if (isQuoted(i)) {
            quoteEnd = i + 1;
            verb = -1;
        } else if (quoteEnd >= 0 && verb < 0 && isReportingVerb(m_tokens, i)) {
            verb = i;
        } else if (verb >= 0 && isReportingParticiple(m_tokens, i)) {
            participle = i;
        }
    }
    if (participle < 0)
        return false;
    const SpeakerPhrase phrase =
        verb > quoteEnd ? m_phrases.before(verb, quoteEnd) : m_phrases.after(verb, participle - 1);
    if (!phrase.isValid())
        return false;
    const Speaker s = m_attribution.fromPhrase(phrase, verb);
    if (!plausibleSpeaker(s, phrase))
        return false;
    return participleReport(participle, last, s, out);
}

bool IndirectSpeechFinder::holdsApostropheQuotes(const TokenRange &sentence, const IndirectSpeech &speech) const
{
    // Archive quotation marks (''We will win,'' he said) read as apostrophes when the option to read
    // them as marks is off: a sentence holding them quotes, as one holding real marks does
    // (firstQuoted()), unless the quoted words lie inside the report after a word of it ("said the
    // plan was ''dead on arrival''"). Its clause lies between the marks, so the whole sentence is asked.
    if (sentence.last <= sentence.first)
        return false;
    const Token &first = m_tokens.at(sentence.first);
    const QStringView text(first.text.data(), m_tokens.at(sentence.last - 1).end - first.start);
    const qsizetype marks = text.indexOf(u"''");
    if (marks < 0)
        return false;
    const qsizetype at = first.start + marks;
    if (marks >= 2 && at > speech.start && at < speech.end && text.at(marks - 1).isSpace()
        && text.at(marks - 2).isLetter())
        return false;
    return !ApostropheQuotes::asQuotationMarks(text.toString()).isNull();
}

int IndirectSpeechFinder::firstQuoted(int first, int last) const
{
    for (int i = first; i < last; ++i) {
        if (m_tokens.at(i).kind == TokenKind::QuoteMark || m_tokens.at(i).quote >= 0)
            return i;
    }
    return -1;
}

bool IndirectSpeechFinder::plausibleSpeaker(const Speaker &s, const SpeakerPhrase &phrase) const
{
    // A named person or organisation, or a pronoun standing for one: "it said" about a report is
    // too often not speech at all. Sources named by their role speak too: "Officials said …",
    // "Democratic aides say …", "The report says …" (WordLists' role nouns).
    if (!s.isKnown())
        return false;
    if (s.entity >= 0)
        return true;
    if (!phrase.isValid())
        return false;
    return isSourceHead(headOf(phrase), phrase);
}

bool IndirectSpeechFinder::isSourceHead(int head, const SpeakerPhrase &phrase) const
{
    // A poll's share alone: "Twenty-four percent said …", "24% say …", "Six in 10 say …", "Nearly
    // half said …".
    if (head + 1 == phrase.last && isShare(m_tokens.at(head))
        && shareAlone({phrase.first, phrase.last}, phrase.last).isValid())
        return true;
    if (head > phrase.first && (m_tokens.at(head).lower == u"percent" || m_tokens.at(head).isPunct(u'%')))
        return true;
    if (head >= phrase.first + 2 && endsShareOutOf(m_tokens, head))
        return true;
    return isSourceNounAt(m_tokens, head)
        || (head + 1 < m_tokens.size() && m_tokens.at(head + 1).isOneOf(kSourceAdjectives));
}

bool IndirectSpeechFinder::groupSays(const SpeakerPhrase &phrase, int verb) const
{
    // The plain "say" after its subject speaks for many: a share ("Some", "One in five") or a plural.
    if (!phrase.isValid() || m_tokens.at(verb).lower != u"say" || phrase.last != verb)
        return false;
    const Token &head = m_tokens.at(headOf(phrase));
    return head.isWord() && !head.in(WordLists::Pronoun)
        && (isShare(head) || (head.lower.size() > 3 && head.lower.endsWith(u's') && !head.lower.endsWith(u"ss")));
}

int IndirectSpeechFinder::headOf(const SpeakerPhrase &phrase) const
{
    // The head of "the interests of member states" is "interests", of "members of Congress" "members",
    // of "a spokeswoman for Hillary Clinton" "spokeswoman", of "the latest poll released Friday" "poll".
    for (int i = phrase.first + 1; i < phrase.last; ++i) {
        if (isPublishingParticiple(m_tokens.at(i)))
            return i - 1;
        if (m_tokens.at(i).lower == u"of")
            return isShare(m_tokens.at(i - 1)) ? phrase.last - 1 : i - 1;
        if ((m_tokens.at(i).lower == u"for" || m_tokens.at(i).lower == u"to")
            && m_tokens.at(i - 1).in(WordLists::RoleNoun) && i + 1 < phrase.last && m_tokens.at(i + 1).isCapitalised())
            return i - 1;
    }
    return phrase.last - 1;
}

Speaker IndirectSpeechFinder::findingSource(const SpeakerPhrase &phrase, int verb) const
{
    if (!phrase.isValid())
        return {};
    const int headAt = headOf(phrase);
    const Token &head = m_tokens.at(headAt);
    if (!isEvidenceNoun(head))
        return {};
    // "A report by the Center for Economic Research found …": the report is the Center's.
    if (phrase.last < verb && m_tokens.at(phrase.last).lower == u"by") {
        const SpeakerPhrase agent = m_phrases.after(phrase.last, verb);
        const Speaker byWhom = agent.isValid() ? m_attribution.fromPhrase(agent, verb) : Speaker {};
        // A name, not a pronoun ("by his campaign") or a description resolved to someone.
        for (int i = agent.first; byWhom.entity >= 0 && i < agent.last; ++i) {
            if (m_tokens.at(i).start == byWhom.mentionStart && m_tokens.at(i).isCapitalised())
                return byWhom;
        }
    }
    // "A Bloomberg poll" is Bloomberg's, "the Center for Economic and Policy Research" a name (a
    // capital inside the sentence makes the head part of one). "Polls", "The study" name no one: the
    // whole phrase resolved as a description would be whoever was named last.
    const bool named = head.isCapitalised() && headAt > 0 && m_tokens.at(headAt - 1).sentence == head.sentence;
    const int phraseStart = m_tokens.at(phrase.first).start;
    const int phraseEnd = m_tokens.at(phrase.last - 1).end;
    Speaker s = m_attribution.fromPhrase(phrase, verb);
    const bool description = s.mentionStart == phraseStart && s.mentionEnd == phraseEnd && !named;
    // "Exit polls taken in South Carolina": where they were taken, not whose they are.
    if (s.entity >= 0 && !description && !m_attribution.isOfKind(s, EntityKind::Place))
        return s;
    return phraseAsSpeaker(phrase, verb);
}

Speaker IndirectSpeechFinder::phraseAsSpeaker(const SpeakerPhrase &phrase, int verb) const
{
    Speaker s;
    // "The latest poll released Friday shows", "A news report published Tuesday said": the phrase
    // leaves the day out, and the participle left alone says nothing.
    int last = phrase.last;
    if (last - 1 > phrase.first && isPublishingParticiple(m_tokens.at(last - 1)))
        --last;
    s.mentionStart = m_tokens.at(phrase.first).start;
    s.mentionEnd = m_tokens.at(last - 1).end;
    // Token texts point into the body: the phrase is the body from its first word on.
    s.name = QStringView(m_tokens.at(phrase.first).text.data(), s.mentionEnd - s.mentionStart).toString();
    s.cue = m_tokens.at(verb).lower.toString();
    s.explicitCue = true;
    return s;
}

bool IndirectSpeechFinder::opensAdverbial(int first) const
{
    // "Even as Clinton clinched the nomination, …": "even" before an opener.
    static const QStringView conjunctions[] = {u"but", u"and", u"so", u"yet", u"still", u"even"};
    static const QStringView openers[] = {u"to",     u"when",    u"if",      u"after",    u"before", u"while",
                                          u"as",     u"since",   u"because", u"although", u"though", u"in",
                                          u"on",     u"at",      u"for",     u"with",     u"by",     u"from",
                                          u"during", u"despite", u"unlike",  u"unless",   u"once",   u"until"};
    int i = first;
    if (i < m_tokens.size() && m_tokens.at(i).isOneOf(conjunctions))
        ++i;
    if (i < m_tokens.size() && m_tokens.at(i).isOneOf(openers))
        return true;
    // "Writing for a panel that all agreed Pence won, Barabak noted …": a participle, a common
    // word, and a preposition after it (a name is seldom both: "Sterling said").
    static const QStringView prepositions[] = {u"for", u"to", u"at", u"in", u"on", u"with", u"about", u"after"};
    if (i + 1 >= m_tokens.size())
        return false;
    const Token &t = m_tokens.at(i);
    return t.isWord() && t.lower.size() > 5 && t.lower.endsWith(u"ing") && m_tokens.at(i + 1).isOneOf(prepositions)
        && Gazetteer::instance().isCommonWord(t.lower);
}

int IndirectSpeechFinder::afterScene(int first, int last) const
{
    return opensAdverbial(first) ? commaAfter(first, last) + 1 : first;
}

int IndirectSpeechFinder::commaAfter(int first, int last) const
{
    int i = first;
    while (i < last && !m_tokens.at(i).isPunct(u','))
        ++i;
    return i;
}

bool IndirectSpeechFinder::reportingVerbIn(int first, int last) const
{
    for (int i = first; i < last; ++i) {
        if (isReportingVerb(m_tokens, i))
            return true;
    }
    return false;
}

bool IndirectSpeechFinder::isHeadline(int first, int last) const
{
    // A paragraph of its own whose words nearly all start with a capital: a title-case headline.
    const int paragraph = m_tokens.at(first).paragraph;
    if ((first > 0 && m_tokens.at(first - 1).paragraph == paragraph)
        || (last < m_tokens.size() && m_tokens.at(last).paragraph == paragraph
            && m_tokens.at(last).kind != TokenKind::Punct))
        return false;
    int words = 0, capitalised = 0;
    for (int i = first; i < last; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord())
            continue;
        ++words;
        capitalised += t.isCapitalised();
    }
    return words >= kMinClauseWords + 2 && capitalised * 10 >= words * 9;
}

bool IndirectSpeechFinder::opensClause(int i) const
{
    // "…, Mr. McKinley said that he considered debt a last resort": the attribution does not close
    // the sentence when a clause of its own follows the verb.
    if (i >= m_tokens.size() || !m_tokens.at(i).isWord())
        return false;
    const Token &t = m_tokens.at(i);
    return t.lower == u"that" || t.in(WordLists::Pronoun) || t.in(WordLists::Determiner);
}

int IndirectSpeechFinder::subjectEnd(int verb, int first) const
{
    // A progressive's "be" and its adverb belong to the verb: "Trump is now telling …".
    const bool progressive = isProgressiveReport(m_tokens, verb);
    int k = verb;
    while (k - 1 > first) {
        const Token &t = m_tokens.at(k - 1);
        if (!t.isWord() || (t.isCapitalised() && !t.in(WordLists::TimeWord))
            || !(saysOnlyWhen(t) || (progressive && (t.isOneOf(kBeForms) || k == verb))))
            break;
        --k;
    }
    return k;
}

Speaker IndirectSpeechFinder::sourceAfter(int according, int end) const
{
    const int first = according + 2;
    if (first >= end || end - first > kMaxSourceWords)
        return {};
    const SpeakerPhrase phrase = m_phrases.after(according + 1, end);
    if (phrase.isValid()) {
        // "according to the poll": a poll or a record is no one named before it, only a name in or
        // after it is (findingSource()); otherwise the words below describe it in full.
        const bool evidence = isEvidenceNoun(m_tokens.at(headOf(phrase)));
        Speaker s = evidence ? findingSource(phrase, according) : m_attribution.fromPhrase(phrase, according);
        if (s.isKnown() && (!evidence || s.entity >= 0)) {
            s.cue = QStringLiteral("according to");
            return s;
        }
    }
    // Whatever it names is the source the writer gives: "exit polls", "a report by the Census Bureau".
    for (int i = first; i < end; ++i) {
        if (!m_tokens.at(i).isWord() && m_tokens.at(i).kind != TokenKind::Number
            && m_tokens.at(i).kind != TokenKind::Possessive && !m_tokens.at(i).isPunct(u'.'))
            return {};
    }
    Speaker s;
    s.mentionStart = m_tokens.at(first).start;
    s.mentionEnd = m_tokens.at(end - 1).end;
    // Token texts point into the body: the phrase is the body from its first word on.
    s.name = QStringView(m_tokens.at(first).text.data(), s.mentionEnd - s.mentionStart).toString();
    s.cue = QStringLiteral("according to");
    s.explicitCue = true;
    return s;
}

bool IndirectSpeechFinder::accordingTo(const TokenRange &sentence, int last, IndirectSpeech *out) const
{
    const auto isAccordingTo = [this](int i) {
        return m_tokens.at(i).lower == u"according" && i + 1 < m_tokens.size() && m_tokens.at(i + 1).lower == u"to";
    };
    // "According to City officials, Santa Monica was not among the cities …"
    if (isAccordingTo(sentence.first)) {
        const int comma = commaAfter(sentence.first + 2, last);
        if (comma >= last || wordCount(m_tokens, comma + 1, last) < kMinClauseWords)
            return false;
        const Speaker s = sourceAfter(sentence.first, comma);
        if (!s.isKnown())
            return false;
        out->start = m_tokens.at(comma + 1).start;
        out->end = m_tokens.at(last - 1).end;
        out->speaker = s;
        return true;
    }
    // "Romney led among them by ten points, according to exit polls."
    for (int i = sentence.first + 2; i + 2 < last; ++i) {
        if (!isAccordingTo(i) || !m_tokens.at(i - 1).isPunct(u','))
            continue;
        const int end = commaAfter(i + 2, last);
        // "most Americans - 63 percent, according to the report - still believe …": an aside
        // between dashes, inside the reported sentence, not after it.
        for (int k = i + 2; k < end; ++k) {
            if (m_tokens.at(k).isDash())
                return false;
        }
        // "At the heart of the trouble, according to the mayor, is a shortage of money.": when the
        // sentence's verb comes after the aside, what was reported is all of it, the aside inside.
        // (Words after it are more often about the source: ", a former aide, …".) So when the words
        // before it only set the scene or name the subject: "But, according to the poll, 46 percent
        // remain undecided", "Fundraising, according to the campaign, has surged".
        static const QStringView verbs[] = {u"is", u"are", u"was", u"were", u"has", u"have", u"had", u"will", u"would"};
        const bool shortBefore = wordCount(m_tokens, sentence.first, i - 1) < kMinClauseWords;
        const bool goesOn = end + 1 < last
            && (m_tokens.at(end + 1).isOneOf(verbs)
                || (shortBefore && m_tokens.at(end).isPunct(u',')
                    && wordCount(m_tokens, end + 1, last) >= kMinClauseWords));
        if (shortBefore && !goesOn)
            return false;
        const Speaker s = sourceAfter(i, end);
        if (!s.isKnown())
            return false;
        out->start = m_tokens.at(sentence.first).start;
        out->end = m_tokens.at(goesOn ? last - 1 : i - 2).end;
        out->speaker = s;
        return true;
    }
    return false;
}

bool IndirectSpeechFinder::parenthetical(const TokenRange &sentence, int last, IndirectSpeech *out) const
{
    // "But to prevent problems, he said, local officials should be vigilant.": the attribution
    // between commas inside the reported sentence. The report is the whole sentence, the
    // attribution within it, as PolNeAR's annotators mark it; "The museum, Mr. Obama said, would
    // make visitors …" has no clause on either side alone.
    for (int v = sentence.first + 1; v + 1 < last; ++v) {
        if (!isReportingVerb(m_tokens, v))
            continue;
        int after = v + 1;
        while (after < last && m_tokens.at(after).in(WordLists::TimeWord) && m_tokens.at(after).lower != u"in")
            ++after;
        int before = v - 1;
        while (before > sentence.first && v - before <= kMaxTrailingAttribution && !m_tokens.at(before).isPunct(u','))
            --before;
        if (!m_tokens.at(before).isPunct(u','))
            continue;
        const bool inverted = before + 1 == v; // ", said Sen. Mitch McConnell,"
        int closing = after;
        if (inverted) {
            while (closing < last && closing - v <= kMaxTrailingAttribution && !m_tokens.at(closing).isPunct(u','))
                ++closing;
        }
        if (closing >= last || !m_tokens.at(closing).isPunct(u','))
            continue;
        // The sentence's start when it is a clause of its own ("Ms. Malik had two interviews, officials
        // said, the first …"); what follows when the start only sets the scene ("But to prevent
        // problems, he said, …").
        const bool left = wordCount(m_tokens, sentence.first, before) >= kMinClauseWords
            && !(opensAdverbial(sentence.first) && commaAfter(sentence.first, before) == before);
        const bool right = wordCount(m_tokens, closing + 1, last) >= kMinClauseWords;
        if (!left && !right)
            continue;
        const SpeakerPhrase phrase = inverted ? m_phrases.after(v, closing) : m_phrases.before(v, before + 1);
        const Speaker s = m_attribution.fromPhrase(phrase, v);
        if (!plausibleSpeaker(s, phrase))
            return false;
        // Only the side that is a clause: after an inverted attribution the words describe the
        // speaker (", said Ann Lee, a professor of economics"), a participle tells what the speaker
        // did (", he said, wiping his brow"), and a reporting verb before the commas has a report
        // of its own.
        const bool whole = !inverted && closing + 1 < last && !reportingVerbIn(sentence.first, before)
            && !(left && m_tokens.at(closing + 1).lower.endsWith(u"ing"));
        out->start = m_tokens.at(whole || left ? sentence.first : closing + 1).start;
        out->end = m_tokens.at(whole || !left ? last - 1 : before - 1).end;
        out->speaker = s;
        return true;
    }
    return false;
}

SpeakerPhrase IndirectSpeechFinder::distantSubject(const TokenRange &sentence, int subjectEnd, int clause,
                                                   int *clauseEnd) const
{
    const int first = sentence.first;
    if (subjectEnd - 1 <= first)
        return {};
    const Token &joint = m_tokens.at(subjectEnd - 1);
    if (!joint.isWord() && !joint.isPunct(u',') && !joint.isDash())
        return {};
    // "Mayor Lana Negrete, who said she would run again, left early": the name before the comma,
    // the clause up to the next comma.
    if (joint.lower == u"who" && subjectEnd - 2 > first && m_tokens.at(subjectEnd - 2).isPunct(u',')) {
        // "…, angering Mary Jones, who said the vote was rushed.": the clause ends the sentence.
        *clauseEnd = commaAfter(clause, *clauseEnd);
        return m_phrases.before(subjectEnd - 2, first);
    }
    // "Negrete visited the pier and said the city would rebuild it", "… but says …": a name or a
    // pronoun opening the sentence, its own verb, and no comma up to "and" (not a list, not an
    // aside). So with a participle after a comma: "Negrete criticized the plan, saying the city could
    // not afford it".
    const bool participle = isReportingParticiple(m_tokens, subjectEnd);
    if (joint.lower != u"and" && joint.lower != u"but" && !participle)
        return {};
    // The verb after "and" needs a clause with a verb of its own, or a promise's infinitive ("and
    // vowed to …"): "… and wrote his dissertation on …", "… and say the wrong thing or make bad
    // decisions" report nothing.
    if (!participle && m_tokens.at(clause - 1).lower != u"that" && m_tokens.at(clause).lower != u"to"
        && !finiteVerbIn(m_tokens, clause, *clauseEnd))
        return {};
    // "… and believe me, you will never see …": one word and a comma open no reported clause.
    if (clause + 1 < *clauseEnd && m_tokens.at(clause + 1).isPunct(u','))
        return {};
    // The name's words, and a title's full stop ("Wisconsin Rep. Paul Ryan").
    const auto inName = [this, first](int k) {
        const Token &t = m_tokens.at(k);
        if (t.isPunct(u'.'))
            return k > first && m_tokens.at(k - 1).in(WordLists::Abbreviation) && m_tokens.at(k - 1).end == t.start;
        return t.isWord() && (t.isCapitalised() || k == first);
    };
    int end = first;
    while (end < subjectEnd - 1 && end - first < 8 && inName(end))
        ++end;
    if (end == first || end + 1 >= subjectEnd - 1 || !m_tokens.at(end).isWord() || m_tokens.at(end).isCapitalised())
        return firstVerbSubject(first, subjectEnd - 1, *clauseEnd);
    // "The New York businessman praised Putin, saying …", "A New York judge rejected …, saying …":
    // a capitalised run that a noun goes on is not the whole subject; the first verb's is.
    int verb = end;
    while (verb + 1 < subjectEnd - 1 && !ReportedClause::looksFinite(m_tokens.at(verb))
           && (saysOnlyWhen(m_tokens.at(verb)) || m_tokens.at(verb).lower.endsWith(u"ly")))
        ++verb;
    if (participle && !ReportedClause::looksFinite(m_tokens.at(verb)))
        return firstVerbSubject(first, subjectEnd - 1, *clauseEnd);
    // Before "and", a reporting verb has its own clause; before the participle it may be the one
    // the participle goes on with ("Negrete criticized the plan, saying …").
    // A comma may set off the second verb: "Negrete visited the pier, and said …".
    const int words = participle || !m_tokens.at(subjectEnd - 2).isPunct(u',') ? subjectEnd - 1 : subjectEnd - 2;
    for (int k = end; k < words; ++k) {
        const bool quoteMark = m_tokens.at(k).kind == TokenKind::QuoteMark;
        if ((!m_tokens.at(k).isWord() && !quoteMark) || (!participle && isReportingVerb(m_tokens, k)))
            return firstVerbSubject(first, subjectEnd - 1, *clauseEnd);
    }
    const SpeakerPhrase phrase {first, end};
    if (m_phrases.plausible(phrase))
        return phrase;
    return firstVerbSubject(first, subjectEnd - 1, *clauseEnd);
}

SpeakerPhrase IndirectSpeechFinder::shareAlone(const TokenRange &sentence, int subjectEnd) const
{
    static const QStringView hedges[] = {u"nearly", u"almost", u"about", u"roughly", u"only", u"just", u"over"};
    const int first = afterScene(sentence.first, subjectEnd);
    if (first >= subjectEnd || !isShare(m_tokens.at(subjectEnd - 1)) || subjectEnd - first > 3)
        return {};
    // "A third", "a majority"; not "A 2014 study" or "the four" of a list.
    for (int k = first; k < subjectEnd - 1; ++k) {
        const bool article = k == first && (m_tokens.at(k).lower == u"a" || m_tokens.at(k).lower == u"another")
            && m_tokens.at(subjectEnd - 1).isWord();
        if (!article && !m_tokens.at(k).isOneOf(hedges))
            return {};
    }
    return {first, subjectEnd};
}

SpeakerPhrase IndirectSpeechFinder::beforeRelative(const TokenRange &sentence, const SpeakerPhrase &phrase) const
{
    if (!phrase.isValid())
        return {};
    const int first = afterScene(sentence.first, phrase.first);
    for (int k = phrase.first - 1; k > first; --k) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord() && !t.isPunct(u'.'))
            return {}; // an aside or a list: not one subject
        if (t.lower == u"who" && m_tokens.at(k - 1).isWord()) {
            const SpeakerPhrase subject = m_phrases.before(k, first);
            return subject.isValid() && subject.first == first && m_phrases.plausible(subject) ? subject
                                                                                               : SpeakerPhrase {};
        }
    }
    return {};
}

SpeakerPhrase IndirectSpeechFinder::firstVerbSubject(int first, int conjunction, int last) const
{
    first = afterScene(first, conjunction);
    if (first >= conjunction)
        return {};
    int verb = first + 1;
    while (verb < conjunction && !ReportedClause::looksFinite(m_tokens.at(verb)) && !isReportingVerb(m_tokens, verb))
        ++verb;
    if (verb >= conjunction)
        return {};
    // After the first verb, its object and no clause of its own: "tweeted a photograph", not "said
    // the vote was rushed and said …" (goesOn() reports that second verb), nor "booed, and when
    // Rubio thanked Miami and said …", whose subject is another.
    static const QStringView clauseWords[] = {u"when",  u"while",    u"because", u"if",  u"after", u"before",
                                              u"since", u"although", u"though",  u"who", u"which", u"where",
                                              u"he",    u"she",      u"they",    u"we",  u"i"};
    // Before it, no clause within the sentence ("Clinton, though she praised Garland and said …") and
    // no list, which is not one speaker ("The mayor, Ann Lee and Tom Reid met and said …").
    static const QStringView openers[] = {u"though", u"although", u"when", u"while", u"as",
                                          u"if",     u"because",  u"and",  u"or"};
    for (int k = first; k < conjunction; ++k) {
        const Token &t = m_tokens.at(k);
        if (t.kind == TokenKind::QuoteMark || (k < verb && t.isOneOf(openers))
            || (k >= verb
                && (t.isOneOf(clauseWords)
                    || (isReportingVerb(m_tokens, k) && ReportedClause::start(m_tokens, k, last) >= 0))))
            return {};
    }
    // "One operative inside Trump Tower tried …": the head of a longer subject, not the name in it.
    if (const SpeakerPhrase head = subjectHead({first, verb}, verb, false); head.isValid())
        return head;
    const SpeakerPhrase phrase = m_phrases.before(verb, first);
    // A group the quotation rules take for no speaker: "Some candidates have called for …, saying …".
    const bool group = phrase.isValid() && phrase.first == first && isSourceHead(headOf(phrase), phrase);
    return m_phrases.plausible(phrase) || group ? phrase : SpeakerPhrase {};
}

SpeakerPhrase IndirectSpeechFinder::subjectHead(const TokenRange &sentence, int subjectEnd, bool finding) const
{
    static const QStringView prepositions[] = {u"of",     u"on",     u"in", u"from",   u"for", u"at",    u"with",
                                               u"across", u"around", u"by", u"within", u"to",  u"inside"};
    // Words that make the subject a clause, not a noun phrase: "Critics who …", "The bill that …".
    static const QStringView clauseWords[] = {u"who", u"which", u"that", u"whose", u"when", u"while", u"because",
                                              u"if",  u"but",   u"or",   u"as",    u"than", u"where"};
    constexpr int kMaxSubjectWords = 10;
    // "Although Scott lacks a record, elected officials from both parties say …"
    const int first = afterScene(sentence.first, subjectEnd);
    if (first >= subjectEnd)
        return {};
    if (subjectEnd - first > kMaxSubjectWords)
        return {};
    int head = -1;
    bool share = false; // "half of GOP primary voters": the group after a share's "of" speaks
    bool familiar = false; // "a person familiar with the talks", "those close to him": whoever it is
    for (int i = first; i < subjectEnd; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord() && t.kind != TokenKind::Number && t.kind != TokenKind::Possessive && !t.isPunct(u'%'))
            return {}; // an aside, a quotation, a list
        if (t.isOneOf(clauseWords) || isReportingVerb(m_tokens, i)
            || (ReportedClause::looksFinite(t) && !t.lower.endsWith(u"ed")))
            return {};
        // "and" joins the nouns after the preposition ("on North Korea and nuclear
        // nonproliferation"), or two subjects before it ("RT and its defenders"), which this leaves.
        if (head < 0 && t.lower == u"and")
            return {};
        if (head >= 0 || i == first || t.isCapitalised() || !t.isOneOf(prepositions))
            continue;
        head = i - 1;
        // "eight of 10 voters": a share's "of" goes on to the group that speaks. "Six in 10" speaks
        // as it stands, as "21 percent" does.
        if (i + 2 == subjectEnd && endsShareOutOf(m_tokens, i + 1))
            return {first, subjectEnd};
        if (t.lower == u"of" && isShare(m_tokens.at(head))) {
            head = -1;
            share = true;
        } else if (head > first && m_tokens.at(head).isOneOf(kSourceAdjectives)) {
            --head;
            familiar = true;
        }
    }
    // Of people, not of documents: "Most of the reports say …" is no one speaking.
    if (head < 0 && share && !isEvidenceNoun(m_tokens.at(subjectEnd - 1)))
        head = subjectEnd - 1;
    // Only a subject that a preposition goes on from: the phrase before the verb finds the rest.
    if (head < 0 || !(finding ? isEvidenceNoun(m_tokens.at(head)) : familiar || isSourceNounAt(m_tokens, head)))
        return {};
    return {first, head + 1};
}

IndirectSpeechFinder::Verdict IndirectSpeechFinder::reportAfter(const TokenRange &sentence, int v, int last, int quoted,
                                                                bool finding, IndirectSpeech *out) const
{
    const int c = ReportedClause::start(m_tokens, v, last);
    if (c < 0 || c >= last || wordCount(m_tokens, c, last) < kMinClauseWords || (quoted >= 0 && c >= quoted)
        || m_tokens.at(c).kind == TokenKind::Punct)
        return Verdict::NoReport;
    // "Back when he wrote his book, Mr. McKinley said that …": the verb of an opening clause,
    // whose few words end at a comma, with the sentence's own attribution after it. Not after
    // "that": "said that in 1998, the council allowed staff to think …" reports from "in".
    if (const int comma = commaAfter(c, last); comma < last && m_tokens.at(c - 1).lower != u"that"
        && wordCount(m_tokens, c, comma) < kMinClauseWords && reportingVerbIn(comma, last))
        return Verdict::NextVerb;
    const int subjectAt = subjectEnd(v, sentence.first);
    int end = reportEnd(m_tokens, c, last);
    const bool participle = isReportingParticiple(m_tokens, v);
    if (participle && !finiteVerbIn(m_tokens, c, end))
        return Verdict::NextVerb;
    SpeakerPhrase phrase = distantSubject(sentence, subjectAt, c, &end);
    // A participle's speaker is the sentence's subject or nobody: the words before its comma
    // are what the subject did ("… defended the head of FIFA, saying …").
    if (!phrase.isValid() && !participle) {
        phrase = m_phrases.before(subjectAt, sentence.first);
        // The words right before the verb may end a longer subject whose head speaks: not
        // "North Korea" but "Experts" in "Experts on North Korea said"; not "both parties" in
        // "Elected officials from both parties say".
        const SpeakerPhrase head = subjectHead(sentence, subjectAt, finding);
        if (head.isValid()
            && (!phrase.isValid() || head.last <= phrase.first
                || !plausibleSpeaker(m_attribution.fromPhrase(phrase, v), phrase)))
            phrase = head;
        // "A woman who had studied in Montana asked …": the subject before its relative clause,
        // not a name in it.
        if (const SpeakerPhrase relative = beforeRelative(sentence, phrase); relative.isValid())
            phrase = relative;
        // "Nearly half said …", "A third said …": a poll's share, the whole subject.
        if (!phrase.isValid())
            phrase = shareAlone(sentence, subjectAt);
    }
    if (!phrase.isValid() || wordCount(m_tokens, c, end) < kMinClauseWords)
        return Verdict::NoReport;
    Speaker s = finding ? findingSource(phrase, v) : m_attribution.fromPhrase(phrase, v);
    // "21 percent said", "both candidates said": sources the quotation rules do not take for
    // speakers, which a report can name as they stand. So does any group before the plain "say"
    // ("Some say …", "Associates say …", "three-fourths say …").
    if (!finding && !s.isKnown() && (isSourceHead(headOf(phrase), phrase) || groupSays(phrase, v)))
        s = phraseAsSpeaker(phrase, v);
    // Sources by what they are close to are named with it, unless a name resolves them: "Those close
    // to him", "Sources close to Hillary Clinton".
    if (!finding && s.entity < 0 && phrase.last < subjectAt && m_tokens.at(phrase.last).isOneOf(kSourceAdjectives))
        s = phraseAsSpeaker({phrase.first, subjectAt}, v);
    if (finding ? !s.isKnown() : (!plausibleSpeaker(s, phrase) && !groupSays(phrase, v)))
        return Verdict::NoReport;
    // A promised act ends where the sentence goes on to something else: "vowed to repeal the
    // rule, a provision that …", "pledged to act, reversing …".
    if (ReportedClause::promisesAct(m_tokens, v, last))
        end = commaAfter(c, end);
    out->start = m_tokens.at(c).start;
    out->end = m_tokens.at(end - 1).end;
    out->speaker = s;
    return Verdict::Report;
}

bool IndirectSpeechFinder::findIn(const TokenRange &sentence, IndirectSpeech *out) const
{
    const int last = wordsEnd(m_tokens, sentence);
    if (last - sentence.first < kMinClauseWords + 2)
        return false;
    // Quoted words within the reported clause ("said that Trump did not represent the "party of
    // Reagan"") leave it a report; a sentence that opens with a quotation or quotes after a colon
    // or a comma is the quotation rules' (PolNeAR training articles: 2,366 -> 2,920 suggestions
    // inside an annotated content, 2,652 -> 3,252 in all).
    const int quoted = firstQuoted(sentence.first, sentence.last);
    if (quoted >= 0 && !(quoted > sentence.first && m_tokens.at(quoted - 1).isWord()))
        return false;
    if (quoted < 0 && accordingTo(sentence, last, out))
        return true;

    // A clause and then the attribution: "The city will not help, Negrete said."
    for (int v = last - 1; quoted < 0 && v > sentence.first && v >= last - kMaxTrailingAttribution; --v) {
        const bool finding = isFindingVerb(m_tokens, v);
        if (!isReportingVerb(m_tokens, v) && !finding)
            continue;
        int comma = -1;
        for (int k = v - 1; k > sentence.first && k >= v - kMaxTrailingAttribution; --k) {
            if (m_tokens.at(k).isPunct(u',')) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || wordCount(m_tokens, sentence.first, comma) < kMinClauseWords)
            break;
        // "In a 1963 speech, he declared:": words that only set the scene are no clause.
        if (opensAdverbial(sentence.first) && commaAfter(sentence.first, comma) == comma)
            break;
        // Words after the verb: a clause of its own, or the rest of the reported sentence after
        // ", he said," (parenthetical()). After "told" they may name whom it was told to and when:
        // "…, Ann Lee told The Harbor Times on Thursday."
        static const QStringView tellVerbs[] = {u"told", u"tells"};
        const bool clauseAfter = m_tokens.at(v).isOneOf(tellVerbs) ? ReportedClause::start(m_tokens, v, last) >= 0
                                                                   : v + 1 < last && opensClause(v + 1);
        if (v > comma + 1 && v + 1 < last && (clauseAfter || m_tokens.at(v + 1).isPunct(u',')))
            break;
        // "…, friends say: free-market policy", "…, after half said so": what follows a colon is
        // what they say, and "so" points back at what they said.
        if (v + 1 < sentence.last && (m_tokens.at(v + 1).isPunct(u':') || m_tokens.at(v + 1).lower == u"so"))
            break;
        const SpeakerPhrase phrase = v > comma + 1 ? m_phrases.before(v, comma + 1) : m_phrases.after(v, last);
        // "Kasich, a Republican who …, said the family deserved better": a subject and its apposition
        // before "said", and what was said after it.
        if (v == comma + 1) {
            const SpeakerPhrase subject = m_phrases.before(v, sentence.first);
            if (subject.isValid() && subject.first == sentence.first)
                break;
        }
        // "Lee said the videos do not show …, the footage showed.": the report is Lee's.
        if (finding && reportingVerbIn(sentence.first, comma))
            continue;
        Speaker s = finding ? findingSource(phrase, v) : m_attribution.fromPhrase(phrase, v);
        if (finding && !s.isKnown())
            continue; // "…, an analysis of the reports shows.": the reporting verb before it may still be one
        // "…, analysts say.", "…, 21 percent said.": a source as it stands.
        if (!finding && !s.isKnown() && phrase.isValid() && isSourceHead(headOf(phrase), phrase))
            s = phraseAsSpeaker(phrase, v);
        if (!finding && !plausibleSpeaker(s, phrase))
            break;
        out->start = m_tokens.at(sentence.first).start;
        out->end = m_tokens.at(comma - 1).end;
        out->speaker = s;
        return true;
    }

    if (quoted < 0 && parenthetical(sentence, last, out))
        return true;

    // The attribution and then the clause: "Negrete said the city would not help." A headline
    // capitalises its verb too: "Negrete Says City Will Not Help".
    const bool headline = isHeadline(sentence.first, last);
    if (headline && isTeaser(m_tokens, sentence.first, last))
        return false;
    for (int v = sentence.first + 1; v < last; ++v) {
        // After quoted words only a verb joined to the subject's first, with no quotation after it:
        // "Graham called Trump "crazy" and said the party is bound to lose."
        int quotedAfter = quoted;
        if (quoted >= 0 && v >= quoted) {
            if (!joinsAnotherReport(m_tokens, v - 1) || firstQuoted(v, sentence.last) >= 0)
                continue;
            quotedAfter = -1;
        }
        const bool finding = isFindingVerb(m_tokens, v);
        if (!isReportingVerb(m_tokens, v) && !isReportingParticiple(m_tokens, v)
            && !(headline && isHeadlineVerb(m_tokens, v)) && !ReportedClause::promisesAct(m_tokens, v, last)
            && !ReportedClause::asksQuestion(m_tokens, v, last) && !finding)
            continue;
        if (notSpokenBySubject(m_tokens, v, sentence.first))
            continue;
        const Verdict verdict = reportAfter(sentence, v, last, quotedAfter, finding, out);
        if (verdict == Verdict::Report)
            return true;
        // A finding that is none ("The man who found the wallet said …") leaves the verbs after it;
        // so does a verb whose object is no clause when a second verb goes on from the subject
        // ("Lee tweeted a photograph and said she had been pushed"), one in an opening phrase
        // ("In a subsequent note to staff, Zucker said …") and a question no one is named asking
        // ("Cruz, when asked what was wrong, responded that …").
        if (verdict == Verdict::NoReport && !finding && !joinedReportAfter(v, last)
            && !(opensAdverbial(sentence.first) && v < commaAfter(sentence.first, last))
            && !ReportedClause::asksQuestion(m_tokens, v, last))
            return false;
    }
    return false;
}

} // namespace lede
