#include "analysis/indirectspeech.h"

#include "analysis/wordlists.h"

#include <algorithm>

namespace lede {
namespace {

constexpr int kMinClauseWords = 4;
constexpr int kMaxObjectWords = 7;
constexpr int kMaxPlaceWords = 10; // "says at a campaign stop in Toledo, Ohio, that" // "told reporters", "told a crowd
                                   // in Miami Tuesday" before "that"
constexpr int kMaxTrailingAttribution = 8; // ", Sen. Mitch McConnell said." at the end of a sentence
constexpr int kMaxSourceWords = 10; // "according to a Quinnipiac University poll released Tuesday"

int wordCount(const QList<Token> &tokens, int first, int last)
{
    int words = 0;
    for (int i = first; i < last; ++i)
        words += tokens.at(i).isWord() || tokens.at(i).kind == TokenKind::Number;
    return words;
}

// Verbs that make a clause finite: "a curfew would continue", and never open a reported clause.
constexpr QStringView kAuxiliaries[] = {u"would", u"will", u"could", u"can",  u"should", u"may",
                                        u"might", u"must", u"is",    u"was",  u"are",    u"were",
                                        u"has",   u"had",  u"have",  u"does", u"did"};

bool isReportingVerb(const Token &t)
{
    return t.isWord() && !t.isCapitalised() && t.in(WordLists::ReportingVerb);
}

// A noun for people or documents that report: the role nouns ("officials", "the report"), their
// plurals ("analysts", "economists") and groups that speak as one ("authorities", "residents").
bool isSourceNoun(const Token &t)
{
    static const QStringView groups[] = {
        u"authorities", u"investigators", u"prosecutors", u"scientists", u"observers",     u"residents",
        u"activists",   u"advocates",     u"diplomats",   u"doctors",    u"economists",    u"organizers",
        u"protesters",  u"demonstrators", u"witnesses",   u"officers",   u"members",       u"parents",
        u"teachers",    u"students",      u"workers",     u"executives", u"conservatives", u"liberals"};
    if (t.in(WordLists::RoleNoun) || t.isOneOf(groups))
        return true;
    // "analysts", "pollsters": a role noun's plural.
    return t.lower.size() > 3 && t.lower.endsWith(u's') && WordLists::isRoleNoun(t.lower.chopped(1));
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
        if (findIn(sentence, &speech))
            found.append(speech);
    }
    return found;
}

bool IndirectSpeechFinder::hasQuotation(int first, int last) const
{
    for (int i = first; i < last; ++i) {
        if (m_tokens.at(i).kind == TokenKind::QuoteMark || m_tokens.at(i).quote >= 0)
            return true;
    }
    return false;
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
    // The head of "the interests of member states" is "interests", of "members of Congress" "members".
    int head = phrase.last - 1;
    for (int i = phrase.first + 1; i < phrase.last; ++i) {
        if (m_tokens.at(i).lower == u"of") {
            head = i - 1;
            break;
        }
    }
    return isSourceNoun(m_tokens.at(head));
}

bool IndirectSpeechFinder::opensAdverbial(int first) const
{
    static const QStringView conjunctions[] = {u"but", u"and", u"so", u"yet", u"still"};
    static const QStringView openers[] = {u"to",     u"when",    u"if",      u"after",    u"before", u"while",
                                          u"as",     u"since",   u"because", u"although", u"though", u"in",
                                          u"on",     u"at",      u"for",     u"with",     u"by",     u"from",
                                          u"during", u"despite", u"unlike",  u"unless",   u"once",   u"until"};
    int i = first;
    if (i < m_tokens.size() && m_tokens.at(i).isOneOf(conjunctions))
        ++i;
    return i < m_tokens.size() && m_tokens.at(i).isOneOf(openers);
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
        if (isReportingVerb(m_tokens.at(i)))
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
    // "Sanders on Tuesday said", "Ann Lee has also said", "officials last week said": the words
    // between a subject and its verb that only say when or how often.
    static const QStringView adverbs[] = {u"has",     u"have",       u"had",     u"also",     u"again",
                                          u"long",    u"repeatedly", u"often",   u"publicly", u"privately",
                                          u"already", u"then",       u"earlier", u"later",    u"previously"};
    int k = verb;
    while (k - 1 > first) {
        const Token &t = m_tokens.at(k - 1);
        if (!t.isWord() || (t.isCapitalised() && !t.in(WordLists::TimeWord)))
            break;
        if (!t.isOneOf(adverbs) && !t.in(WordLists::TimeWord))
            break;
        --k;
    }
    return k;
}

bool IndirectSpeechFinder::auxiliaryAfter(int first, int last) const
{
    // "said a curfew would continue" reports a clause; "said a prayer" and "added a note of
    // caution" have an object and no verb of its own.
    constexpr int kMaxSubjectWords = 8;
    for (int i = first + 1; i < last && i <= first + kMaxSubjectWords; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == TokenKind::Punct)
            return false;
        if (t.isWord() && t.isOneOf(kAuxiliaries))
            return true;
    }
    return false;
}

int IndirectSpeechFinder::clauseStart(int verb, int last) const
{
    int c = verb + 1;
    // "told reporters that", "told the AP on Monday that": an object before the clause.
    if (m_tokens.at(verb).lower == u"told" || m_tokens.at(verb).lower == u"tells") {
        int k = c;
        while (k < last && k - c < kMaxObjectWords && m_tokens.at(k).lower != u"that")
            ++k;
        if (k >= last || m_tokens.at(k).lower != u"that")
            return -1;
        return k + 1;
    }
    // "said Tuesday that", "said on Monday", "pointed out that".
    while (c < last && m_tokens.at(c).isWord()
           && ((m_tokens.at(c).in(WordLists::TimeWord) && m_tokens.at(c).lower != u"in")
               || m_tokens.at(c).lower == u"out"))
        ++c;
    if (c < last && m_tokens.at(c).lower == u"that")
        return c + 1;
    // "said in a statement that …" reports the clause after "that"; "say about men", "think of
    // them" have no clause at all. Nor has "say will build": a clause needs its subject.
    static const QStringView prepositions[] = {u"about", u"of",     u"for",  u"with", u"by",     u"from",
                                               u"at",    u"into",   u"to",   u"in",   u"as",     u"after",
                                               u"over",  u"during", u"than", u"like", u"before", u"through"};
    if (c < last && m_tokens.at(c).isOneOf(prepositions)) {
        int k = c + 1;
        while (k < last && k - c < kMaxPlaceWords && m_tokens.at(k).lower != u"that")
            ++k;
        return k < last && m_tokens.at(k).lower == u"that" ? k + 1 : -1;
    }
    if (c < last && m_tokens.at(c).isOneOf(kAuxiliaries))
        return -1;
    // Verbs that also take a plain object ("announced a plan", "added a note of caution") report
    // speech only with "that"; so does any verb whose next words are "a …".
    static const QStringView needThat[] = {u"announced", u"revealed",  u"confirmed", u"repeated",     u"reiterated",
                                           u"pointed",   u"disclosed", u"denied",    u"acknowledged", u"admitted",
                                           u"predicted", u"promised",  u"pledged",   u"reported",     u"estimated",
                                           u"objected",  u"indicated", u"recalled",  u"stressed",     u"emphasized",
                                           u"explained", u"explains"};
    for (QStringView w : needThat) {
        if (m_tokens.at(verb).lower == w)
            return -1;
    }
    if (c < last && (m_tokens.at(c).lower == u"a" || m_tokens.at(c).lower == u"an") && !auxiliaryAfter(c, last))
        return -1;
    return c;
}

Speaker IndirectSpeechFinder::sourceAfter(int according, int end) const
{
    const int first = according + 2;
    if (first >= end || end - first > kMaxSourceWords)
        return {};
    const SpeakerPhrase phrase = m_phrases.after(according + 1, end);
    if (phrase.isValid()) {
        Speaker s = m_attribution.fromPhrase(phrase, according);
        if (s.isKnown())
            return s;
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
    for (int i = sentence.first + kMinClauseWords; i + 2 < last; ++i) {
        if (!isAccordingTo(i) || !m_tokens.at(i - 1).isPunct(u','))
            continue;
        const int end = commaAfter(i + 2, last);
        if (wordCount(m_tokens, sentence.first, i - 1) < kMinClauseWords)
            return false;
        const Speaker s = sourceAfter(i, end);
        if (!s.isKnown())
            return false;
        out->start = m_tokens.at(sentence.first).start;
        out->end = m_tokens.at(i - 2).end;
        out->speaker = s;
        return true;
    }
    return false;
}

bool IndirectSpeechFinder::parenthetical(const TokenRange &sentence, int last, IndirectSpeech *out) const
{
    // "But to prevent problems, he said, local officials should be vigilant.": the attribution
    // between commas inside the reported sentence. The span is the side of it that is a clause.
    for (int v = sentence.first + 1; v + 1 < last; ++v) {
        if (!isReportingVerb(m_tokens.at(v)))
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
        const bool left =
            wordCount(m_tokens, sentence.first, before) >= kMinClauseWords && !opensAdverbial(sentence.first);
        const bool right = wordCount(m_tokens, closing + 1, last) >= kMinClauseWords;
        if (!left && !right)
            continue;
        const SpeakerPhrase phrase = inverted ? m_phrases.after(v, closing) : m_phrases.before(v, before + 1);
        const Speaker s = m_attribution.fromPhrase(phrase, v);
        if (!plausibleSpeaker(s, phrase))
            return false;
        if (left) {
            out->start = m_tokens.at(sentence.first).start;
            out->end = m_tokens.at(before - 1).end;
        } else {
            out->start = m_tokens.at(closing + 1).start;
            out->end = m_tokens.at(last - 1).end;
        }
        out->speaker = s;
        return true;
    }
    return false;
}

bool IndirectSpeechFinder::findIn(const TokenRange &sentence, IndirectSpeech *out) const
{
    int last = sentence.last;
    while (last > sentence.first && m_tokens.at(last - 1).kind == TokenKind::Punct)
        --last;
    if (last - sentence.first < kMinClauseWords + 2 || hasQuotation(sentence.first, sentence.last))
        return false;
    if (accordingTo(sentence, last, out))
        return true;

    // A clause and then the attribution: "The city will not help, Negrete said."
    for (int v = last - 1; v > sentence.first && v >= last - kMaxTrailingAttribution; --v) {
        if (!isReportingVerb(m_tokens.at(v)))
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
        // Words after the verb: a clause of its own, or the rest of the reported sentence after
        // ", he said," (parenthetical()).
        if (v > comma + 1 && v + 1 < last && (opensClause(v + 1) || m_tokens.at(v + 1).isPunct(u',')))
            break;
        const SpeakerPhrase phrase = v > comma + 1 ? m_phrases.before(v, comma + 1) : m_phrases.after(v, last);
        const Speaker s = m_attribution.fromPhrase(phrase, v);
        if (!plausibleSpeaker(s, phrase))
            break;
        out->start = m_tokens.at(sentence.first).start;
        out->end = m_tokens.at(comma - 1).end;
        out->speaker = s;
        return true;
    }

    if (parenthetical(sentence, last, out))
        return true;

    // The attribution and then the clause: "Negrete said the city would not help." A headline
    // capitalises its verb too: "Negrete Says City Will Not Help".
    const bool headline = isHeadline(sentence.first, last);
    for (int v = sentence.first + 1; v < last; ++v) {
        const Token &verb = m_tokens.at(v);
        if (!isReportingVerb(verb) && !(headline && isHeadlineVerb(m_tokens, v)))
            continue;
        const int c = clauseStart(v, last);
        if (c < 0 || c >= last || wordCount(m_tokens, c, last) < kMinClauseWords)
            return false;
        if (m_tokens.at(c).kind == TokenKind::Punct)
            return false;
        // "Back when he wrote his book, Mr. McKinley said that …": the verb of an opening clause,
        // whose few words end at a comma, with the sentence's own attribution after it.
        if (const int comma = commaAfter(c, last);
            comma < last && wordCount(m_tokens, c, comma) < kMinClauseWords && reportingVerbIn(comma, last))
            continue;
        const SpeakerPhrase phrase = m_phrases.before(subjectEnd(v, sentence.first), sentence.first);
        if (!phrase.isValid())
            return false;
        const Speaker s = m_attribution.fromPhrase(phrase, v);
        if (!plausibleSpeaker(s, phrase))
            return false;
        out->start = m_tokens.at(c).start;
        out->end = m_tokens.at(last - 1).end;
        out->speaker = s;
        return true;
    }
    return false;
}

} // namespace lede
