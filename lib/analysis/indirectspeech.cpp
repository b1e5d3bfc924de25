#include "analysis/indirectspeech.h"

#include "analysis/apostrophequotes.h"
#include "analysis/attributioncues.h"
#include "analysis/gazetteer.h"
#include "analysis/reportedclause.h"
#include "analysis/reportwords.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

#include <algorithm>

namespace lede {
namespace {

constexpr int kMaxTrailingAttribution = 8; // ", Sen. Mitch McConnell said." at the end of a sentence

} // namespace

using namespace reportwords;

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
            && !endsWithText(m_tokens.at(i).lower, u"ing");
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
    return t.isWord() && t.lower.size() > 5 && endsWithText(t.lower, u"ing") && m_tokens.at(i + 1).isOneOf(prepositions)
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

int IndirectSpeechFinder::subordinatorOpening(int first) const
{
    static const QStringView joins[] = {u"but", u"and", u"yet"}; // "But while he said …"
    static const QStringView adverbs[] = {u"however", u"still", u"meanwhile"}; // "However, while …"
    int k = first;
    if (k + 2 < m_tokens.size() && m_tokens.at(k).isOneOf(adverbs) && m_tokens.at(k + 1).isPunct(u','))
        k += 2;
    else if (k + 1 < m_tokens.size() && m_tokens.at(k).isOneOf(joins))
        ++k;
    return k < m_tokens.size() && cues::isSubordinator(m_tokens.at(k)) ? k : -1;
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
        // "Mr. Regalado, 69, said he had been inundated with email, some of it …": a pronoun and its
        // verb after "said" are the report, not a speaker named after the verb.
        if (inverted && ReportedClause::pronounClauseAt(m_tokens, v + 1, last))
            continue;
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
            && !(left && endsWithText(m_tokens.at(closing + 1).lower, u"ing"));
        out->start = m_tokens.at(whole || left ? sentence.first : closing + 1).start;
        out->end = m_tokens.at(whole || !left ? last - 1 : before - 1).end;
        out->speaker = s;
        return true;
    }
    return false;
}

IndirectSpeechFinder::Verdict IndirectSpeechFinder::reportAfter(const TokenRange &sentence, int v, int last, int quoted,
                                                                bool finding, IndirectSpeech *out) const
{
    const int c = ReportedClause::start(m_tokens, v, last);
    const int fewestWords =
        c >= 0 && ReportedClause::pronounClauseAt(m_tokens, c, last) ? kMinPronounClauseWords : kMinClauseWords;
    if (c < 0 || c >= last || wordCount(m_tokens, c, last) < fewestWords || (quoted >= 0 && c >= quoted)
        || m_tokens.at(c).kind == TokenKind::Punct)
        return Verdict::NoReport;
    // "Back when he wrote his book, Mr. McKinley said that …": the verb of an opening clause,
    // whose few words end at a comma, with the sentence's own attribution after it. Not after
    // "that": "said that in 1998, the council allowed staff to think …" reports from "in". A
    // pronoun's short clause is one ("Voters said they were worried, and Lee said …").
    if (const int comma = commaAfter(c, last); comma < last && m_tokens.at(c - 1).lower != u"that"
        && wordCount(m_tokens, c, comma) < fewestWords && reportingVerbIn(comma, last))
        return Verdict::NextVerb;
    const int subjectAt = subjectEnd(v, sentence.first);
    int end = reportEnd(m_tokens, c, last);
    // "Although Ramos said journalists cannot take sides, he appears uneasy …": a report in the
    // sentence's opening subordinate clause ends at its comma, where the main clause begins.
    if (const int opening = subordinatorOpening(sentence.first); opening >= 0 && commaAfter(opening, v) == v)
        end = commaAfter(c, end);
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
    if (!phrase.isValid() || wordCount(m_tokens, c, end) < fewestWords)
        return Verdict::NoReport;
    // "the debate over what Trump says his tax plan would do": "what" stands for the object of the
    // words after the verb, which then say nothing of their own.
    if (phrase.first > 0 && m_tokens.at(phrase.first - 1).lower == u"what")
        return Verdict::NextVerb;
    Speaker s = subjectSpeaker(phrase, v, finding);
    // "The researchers found that …", "He found that …": after "that", the finding of someone who
    // can speak, not only of evidence.
    if (finding && !s.isKnown() && m_tokens.at(c - 1).lower == u"that") {
        // Not where it was found: "exit polling in New Hampshire found that …".
        const Speaker who = m_attribution.fromPhrase(phrase, v);
        if (plausibleSpeaker(who, phrase) && !m_attribution.isOfKind(who, EntityKind::Place))
            s = who;
        else if (isSourceHead(headOf(phrase), phrase))
            s = phraseAsSpeaker(phrase, v);
    }
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

bool IndirectSpeechFinder::namedBeforeColon(const TokenRange &sentence, int last, IndirectSpeech *out) const
{
    constexpr int kMaxNameTokens = 4; // "Rush Limbaugh:", "Sen. Ann Lee:"
    const Token &opening = m_tokens.at(sentence.first);
    const bool ownLine = (sentence.first == 0 || m_tokens.at(sentence.first - 1).paragraph != opening.paragraph)
        && (sentence.last >= m_tokens.size() || m_tokens.at(sentence.last).paragraph != opening.paragraph);
    if (!ownLine || opening.quote >= 0) // "WALLACE: …" inside a quoted transcript is the quotation's
        return false;
    int colon = -1;
    for (int i = sentence.first + 1; i < last && i <= sentence.first + kMaxNameTokens && colon < 0; ++i) {
        if (m_tokens.at(i).isPunct(u':'))
            colon = i;
    }
    // What follows in quotation marks is the quotation rules' ("Lynch: 'Be the voice …'").
    if (colon < 0 || m_tokens.at(colon + 1).kind == TokenKind::QuoteMark
        || wordCount(m_tokens, colon + 1, last) < kMinClauseWords)
        return false;
    const SpeakerPhrase phrase {sentence.first, colon};
    Speaker s;
    if (colon == sentence.first + 1 && isEvidenceNoun(opening)) {
        s = phraseAsSpeaker(phrase, colon); // "Poll:"
    } else {
        // A name, the whole of what comes before the colon: not "Elizabeth Warren Hammers Wells Fargo CEO".
        // A title may come first ("Mayor Ann Lee:").
        s = m_attribution.fromPhrase(phrase, colon);
        int nameStart = sentence.first;
        while (nameStart < colon && m_tokens.at(nameStart).start < s.mentionStart
               && (m_tokens.at(nameStart).in(WordLists::PersonTitle) || m_tokens.at(nameStart).isPunct(u'.')))
            ++nameStart;
        const bool wholeName = s.entity >= 0 && s.mentionStart == m_tokens.at(nameStart).start
            && s.mentionEnd == m_tokens.at(colon - 1).end && !m_attribution.isOfKind(s, EntityKind::Place);
        if (!wholeName)
            return false;
    }
    out->start = m_tokens.at(colon + 1).start;
    out->end = m_tokens.at(last - 1).end;
    out->speaker = s;
    return true;
}

bool IndirectSpeechFinder::findIn(const TokenRange &sentence, IndirectSpeech *out) const
{
    const int last = wordsEnd(m_tokens, sentence);
    if (last - sentence.first < kMinPronounClauseWords + 2) // "She said she supported it."
        return false;
    // Quoted words within the reported clause ("said that Trump did not represent the "party of
    // Reagan"") leave it a report; a sentence that opens with a quotation or quotes after a colon
    // or a comma is the quotation rules' (PolNeAR training articles: 2,366 -> 2,920 suggestions
    // inside an annotated content, 2,652 -> 3,252 in all).
    const int quoted = firstQuoted(sentence.first, sentence.last);
    if (quoted >= 0 && !(quoted > sentence.first && m_tokens.at(quoted - 1).isWord()))
        return false;
    if (namedBeforeColon(sentence, last, out))
        return true;
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
        // Right after the comma, "told" or a pronoun's clause too: "One delegate not on the slate,
        // Kelly Schmidt, told POLITICO she was leaning toward Cruz", "Bennett, a Reagan education
        // secretary, said he could not …" name the speaker in an apposition and report after the
        // verb (", said one GOP source in the room." is the inverted attribution).
        const bool reportsAfterComma = v == comma + 1
            && (m_tokens.at(v).isOneOf(tellVerbs) || ReportedClause::pronounClauseAt(m_tokens, v + 1, last));
        if (v + 1 < last && (v > comma + 1 || reportsAfterComma) && (clauseAfter || m_tokens.at(v + 1).isPunct(u',')))
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
        Speaker s = subjectSpeaker(phrase, v, finding);
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
