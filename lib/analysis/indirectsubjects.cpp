#include "analysis/indirectspeech.h"

#include "analysis/reportedclause.h"
#include "analysis/reportwords.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// IndirectSpeechFinder's rules for who reports: the subject before a reporting verb, its head, a
// share of a group, evidence and its source, a source after "according to".
namespace lede {

using namespace reportwords;

namespace {

// "according to a Quinnipiac University poll released Tuesday", "according to early results of exit
// polls conducted for The Associated Press and television networks by Edison Research"
constexpr int kMaxSourceWords = 20;

} // namespace

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
    // "They argue that …": people speak, whether or not the article says which ("the groups").
    // "It said that …" speaks when "it" is a writing named before ("The report … It said").
    const Token &head = m_tokens.at(headOf(phrase));
    if (phrase.last - phrase.first == 1 && head.isWord()
        && (head.lower == u"they" || (head.lower == u"it" && s.name != head.text)))
        return true;
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
        && (isShare(head) || (head.lower.size() > 3 && head.lower.endsWith(u's') && !endsWithText(head.lower, u"ss")));
}

int IndirectSpeechFinder::headOf(const SpeakerPhrase &phrase) const
{
    // The head of "the interests of member states" is "interests", of "members of Congress" "members",
    // of "a spokeswoman for Hillary Clinton" "spokeswoman", of "the latest poll released Friday" "poll".
    for (int i = phrase.first + 1; i < phrase.last; ++i) {
        if (isPublishingParticiple(m_tokens.at(i)))
            return i - 1;
        if (m_tokens.at(i).lower == u"of") {
            if (!isShare(m_tokens.at(i - 1)))
                return i - 1;
            // "56 percent of Cuban-Americans polled": after a share's "of", the group, not the word
            // saying how it was asked.
            static const QStringView asked[] = {u"polled", u"surveyed", u"questioned", u"interviewed", u"sampled"};
            return phrase.last - 1 > i + 1 && m_tokens.at(phrase.last - 1).isOneOf(asked) ? phrase.last - 2
                                                                                          : phrase.last - 1;
        }
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

Speaker IndirectSpeechFinder::subjectSpeaker(const SpeakerPhrase &phrase, int verb, bool finding) const
{
    if (finding)
        return findingSource(phrase, verb);
    // "The poll showed a majority of registered Ohio voters say": the subject after the finding.
    SpeakerPhrase subject = phrase;
    for (int k = phrase.first; phrase.isValid() && k + 1 < phrase.last; ++k) {
        if (isFindingVerb(m_tokens, k))
            subject.first = k + 1;
    }
    return m_attribution.fromPhrase(subject, verb);
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
    // "Republicans who say the law is a money pit", "voters who said Wall Street helps": a relative
    // clause with no comma, whose antecedent speaks; the clause ends at the next comma too.
    if (joint.lower == u"who" && subjectEnd - 2 > first && m_tokens.at(subjectEnd - 2).isWord()) {
        *clauseEnd = commaAfter(clause, *clauseEnd);
        // Not the words that lead to it: "won among the voters who said", "echoing experts who say".
        static const QStringView leading[] = {u"among", u"only", u"to", u"with", u"by", u"from", u"like", u"for"};
        SpeakerPhrase antecedent = m_phrases.before(subjectEnd - 1, first);
        for (int k = antecedent.last - 2; antecedent.isValid() && k >= antecedent.first; --k) {
            const Token &t = m_tokens.at(k);
            if (!t.isCapitalised()
                && (t.isOneOf(leading) || endsWithText(t.lower, u"ing") || ReportedClause::looksFinite(t))) {
                antecedent.first = k + 1;
                break;
            }
        }
        return antecedent;
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
           && (saysOnlyWhen(m_tokens.at(verb)) || endsWithText(m_tokens.at(verb).lower, u"ly")))
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
            || (ReportedClause::looksFinite(t) && !endsWithText(t.lower, u"ed")))
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

} // namespace lede
