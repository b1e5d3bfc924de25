#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The attribution rules that find the subject of the quotation's own sentence when no speech verb
// attributes it: a pronoun or "who" opening the nearest clause, the name or pronoun opening the
// sentence (also after a dateline, an opening phrase or a subordinate clause), a description
// opening it ("The Florida senator"), and a document that speaks for whoever issued it ("The
// letter … noted", "an order signed by Trump").
namespace lede {

using namespace cues;

namespace {

// A lower-case word that is neither a determiner, a pronoun, a title or role, nor opens a clause:
// "book", "board", "accuses".
bool isPlainWord(const Token &t)
{
    return t.isWord() && !t.isCapitalised()
        && !t.in(WordLists::Determiner | WordLists::Pronoun | WordLists::RoleNoun | WordLists::PersonTitle
                 | WordLists::ClauseBoundary);
}

// A plain word with a verb's ending: "accuses", "described" (not "press").
bool isPlainVerb(const Token &t)
{
    return isPlainWord(t) && t.lower.size() > 3
        && ((t.lower.endsWith(u's') && !endsWithText(t.lower, u"ss")) || endsWithText(t.lower, u"ed"));
}

} // namespace

Speaker Attribution::clauseSubject(int segment) const
{
    // `Clinton endorsed the deal, although she made it clear that she has "serious concerns"`:
    // the subject pronoun or relative "who" nearest before a quotation inside a sentence is whose
    // words they are, when no other person is named between them.
    const int open = m_open.at(segment);
    const int start = windowStart(segment);
    for (int i = open - 1; i >= start; --i) {
        const Token &t = m_tokens.at(i);
        if (t.quote >= 0)
            return {};
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person)
            return {};
        if (!t.isWord())
            continue;
        // `Clinton who is looking to bring "…"`: also right after a person's name, without a comma;
        // `Donald Trump - who said he would "…"`: or after a dash.
        const bool setOff = i > start && (m_tokens.at(i - 1).isPunct(u',') || m_tokens.at(i - 1).isDash());
        // `the sign - which read "…"`, `the Daily Beast, which ran an article naming him the "…"`:
        // a relative "which" set off after a name or description stands for it.
        if (t.lower == u"which" && setOff) {
            // "which" never stands for a person.
            auto isPerson = [&](const Speaker &s) {
                return s.entity >= 0 && m_coreference.entities().at(s.entity).kind == EntityKind::Person;
            };
            const SpeakerPhrase phrase = m_phrases.before(i - 1, start);
            Speaker s = fromPhrase(phrase, -1);
            if (!s.isKnown() || isPerson(s)) {
                // The noun phrase right before: "a sign", up to its article.
                int first = i - 2;
                while (first > start && i - 2 - first < kMaxDescriptionWords && m_tokens.at(first).isWord()
                       && !m_tokens.at(first).in(WordLists::Determiner) && m_tokens.at(first - 1).isWord())
                    --first;
                s = first <= i - 2 && m_tokens.at(first).in(WordLists::Determiner) ? descriptionSpeaker(first, i - 1)
                                                                                   : Speaker();
            }
            if (isPerson(s))
                return {};
            if (s.isKnown()) {
                s.mentionStart = t.start;
                s.mentionEnd = t.end;
            }
            return s;
        }
        if (t.lower == u"who" && i > start && (setOff || endsPersonName(i - 1))) {
            Speaker s = fromPhrase(m_phrases.before(setOff ? i - 1 : i, start), -1);
            if (s.isKnown()) {
                s.mentionStart = t.start;
                s.mentionEnd = t.end;
            }
            return s;
        }
        // "portraying Sanders as hypocritical because he had accepted "…"", "said that he": the
        // subject of a reported or causal clause is talked about, not quoted; after "as", "when" or
        // "although" ("as he keeps talking about the "…"") it is the one who speaks.
        static const QStringView reported[] = {u"that", u"because", u"if", u"whether", u"what", u"how", u"why"};
        const bool subordinate = i > start && m_tokens.at(i - 1).isWord()
            && (m_tokens.at(i - 1).in(WordLists::SpeechVerb) || m_tokens.at(i - 1).isOneOf(reported));
        if (t.in(WordLists::Pronoun) && t.lower != u"it" && t.lower != u"you" && !subordinate)
            return fromPhrase({i, i + 1}, -1);
    }
    return {};
}

Speaker Attribution::participlePhraseSubject(int segment) const
{
    // `After saying her foot was "so swollen," she was …`: a participle phrase has no subject of its
    // own; the words quoted in it are those of the main clause's subject after its comma.
    const int open = m_open.at(segment);
    const int start = afterDateline(windowStart(segment), open);
    static const QStringView openers[] = {u"in", u"after", u"before", u"while", u"by", u"since", u"upon", u"on"};
    int k = start;
    if (k < open && m_tokens.at(k).isOneOf(openers))
        ++k;
    if (k >= open || !m_tokens.at(k).isWord() || m_tokens.at(k).isCapitalised()
        || !endsWithText(m_tokens.at(k).lower, u"ing"))
        return {};
    for (int i = k; i < open; ++i) {
        if (m_tokens.at(i).kind == TokenKind::Punct)
            return {};
    }
    // The phrase's comma closes the quotation ("not Christian,") or follows it.
    const int close = m_close.at(segment);
    int after = -1;
    if (close > open + 1 && m_tokens.at(close - 1).isPunct(u','))
        after = close + 1;
    else if (close + 1 < m_tokens.size() && m_tokens.at(close + 1).isPunct(u','))
        after = close + 2;
    const int end = windowEnd(segment);
    if (after < 0 || after >= end)
        return {};
    const Speaker person = personOpening(after, end, false);
    return person.isKnown() ? person : describedSubject(after, end);
}

Speaker Attribution::sentenceSubject(int segment) const
{
    const Speaker s = sentenceSubjectFrom(segment, windowStart(segment));
    if (s.isKnown())
        return s;
    // `He rails against its "Great Wall of Protectionism" and pledges … its "financial blackmail."`:
    // the subject opens the sentence, before an earlier quotation of it that ends the verb search.
    const int paragraphStart = qMax(0, m_paragraphFirst.value(m_segments.at(segment).paragraph, 0));
    const int sentenceStart = lowerBoundOf(m_tokens, m_open.at(segment), paragraphStart);
    return sentenceStart < windowStart(segment) ? sentenceSubjectFrom(segment, sentenceStart) : Speaker();
}

Speaker Attribution::sentenceSubjectFrom(int segment, int first) const
{
    int start = afterDateline(first, m_open.at(segment));
    const int sentenceStart = start;
    const int open = m_open.at(segment);
    // "After losing New Hampshire, Bush referred to Rubio as "…"": past an opening phrase.
    bool subjectAtStart = true;
    // "When she appeared late Monday, she declined …": a subordinate clause opening the sentence
    // has its own subject; the main clause's comes after its comma.
    bool subordinateOpening = false;
    // "In an AP interview Monday, Sanders said", "Like Corker, Menendez rejected": so does a
    // phrase opened by a preposition.
    static const QStringView prepositions[] = {u"in",      u"on",   u"at",  u"like", u"unlike", u"during",
                                               u"despite", u"with", u"for", u"from", u"under",  u"amid"};
    if (start < open && (isSubordinator(m_tokens.at(start)) || m_tokens.at(start).isOneOf(prepositions))) {
        for (int i = start + 1; i + 1 < open && !subordinateOpening; ++i)
            subordinateOpening = m_tokens.at(i).isPunct(u',');
    }
    for (int i = start; i < open && i < start + 4 && !subordinateOpening; ++i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 || WordLists::isPronoun(m_tokens.at(i).lower)) {
            subjectAtStart = true;
            break;
        }
        subjectAtStart = false;
        // "Speaking to MSNBC": a name after a lower-case word opens a phrase, not the subject.
        if (i > start && m_tokens.at(i).isWord() && !m_tokens.at(i).isCapitalised()
            && !m_tokens.at(i).in(WordLists::Determiner | WordLists::RoleNoun | WordLists::PersonTitle)
            && !modifiesPerson(i, open))
            break;
    }
    if (subordinateOpening)
        subjectAtStart = false;
    if (!subjectAtStart) {
        // "Speaking to MSNBC's Morning Joe in New Hampshire, which …, Bush referred to …": the
        // subject is the name or pronoun after the last comma that is followed by one and a verb.
        int subject = -1;
        for (int i = start; i + 2 < open; ++i) {
            if (!m_tokens.at(i).isPunct(u','))
                continue;
            // ", the Security Council issued": an article may open the name.
            const int named = i + 2 < open && m_tokens.at(i + 1).lower == u"the" ? i + 2 : i + 1;
            const int m = m_coreference.mentionAtToken(named);
            int after = -1;
            if (m >= 0 && m_mentions.at(m).firstToken == named
                && (m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(m).kind == EntityKind::Organization))
                after = m_mentions.at(m).lastToken;
            else if (m_tokens.at(i + 1).in(WordLists::Pronoun) && m_tokens.at(i + 1).lower != u"it")
                after = i + 2;
            if (after >= 0 && after < open && m_tokens.at(after).isWord() && !m_tokens.at(after).isCapitalised()
                && !m_tokens.at(after).in(WordLists::ClauseBoundary))
                subject = i + 1;
        }
        if (subject >= 0) {
            start = subject;
        } else {
            for (int i = start; i < open && i < start + 12; ++i) {
                if (m_tokens.at(i).isPunct(u',')) {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    // "The Florida senator took a heckler in stride, saying …": a description opening the sentence.
    if (start < open && m_tokens.at(start).lower == u"the") {
        for (int i = start + 1; i < open && i <= start + 4; ++i) {
            if (m_tokens.at(i).in(WordLists::RoleNoun | WordLists::PersonTitle) && !m_tokens.at(i).isCapitalised()
                && !m_tokens.at(i).lower.endsWith(u's')) {
                const Speaker s = descriptionSpeaker(start, i + 1);
                if (s.entity >= 0)
                    return s;
                break;
            }
            if (!m_tokens.at(i).isWord())
                break;
        }
    }
    for (int i = start; i < open && i < start + 4; ++i) {
        const Token &t = m_tokens.at(i);
        // `… and said that Rubio is "…"`: a name after a speech verb is talked about, not the subject.
        if (isCue(m_tokens, i))
            break;
        // `The book accuses Bob of …`: after an article, a noun and a verb in -s or -ed, a name is
        // the verb's object, not the subject.
        if (i == start + 2 && isArticle(m_tokens.at(start)) && isPlainWord(m_tokens.at(start + 1)) && isPlainVerb(t))
            break;
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0
            && (m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(m).kind == EntityKind::Organization)) {
            // "Labour's housing spokesman, Tom Reid, called …", "A Google spokesman, Tom Reid, …": the
            // name says whose role it is; the phrase runs to the role, so that its holder between
            // commas is found.
            const int role = roleAfterName(m_mentions.at(m).lastToken, open);
            return fromPhrase({i, role >= 0 ? role + 1 : m_mentions.at(m).lastToken}, -1);
        }
        if (t.isWord() && WordLists::isPronoun(t.lower) && t.lower != u"it" && t.lower != u"you")
            return fromPhrase({i, i + 1}, -1);
        // "Meanwhile, it attacked Trump, saying …": "it" before a verb of its own (not "it is")
        // stands for the body or document that speaks.
        if (t.isWord() && t.lower == u"it" && i + 1 < open
            && (isCue(m_tokens, i + 1) || isPlainVerb(m_tokens.at(i + 1))))
            return fromPhrase({i, i + 1}, -1);
    }
    const Speaker described = describedSubject(start, open);
    return described.isKnown() || start == sentenceStart ? described : describedSubject(sentenceStart, open);
}

int Attribution::roleAfterName(int after, int open) const
{
    if (after >= open)
        return -1;
    // "Labour's housing spokesman, Tom Reid", "A Google spokesman, Tom Reid".
    const int first = m_tokens.at(after).kind == TokenKind::Possessive ? after + 1 : after;
    for (int j = first; j + 1 < open && j <= first + 2; ++j) {
        const Token &t = m_tokens.at(j);
        if (!t.isWord() || t.isCapitalised())
            return -1;
        if (t.in(WordLists::RoleNoun | WordLists::PersonTitle) && m_tokens.at(j + 1).isPunct(u','))
            return j;
    }
    return -1;
}

Speaker Attribution::describedSubject(int start, int open) const
{
    // "The conservative publication has been outspoken, arguing he is "…"", "A friend referred to
    // him as "…"": a description opening the sentence, when nothing names the speaker.
    if (start >= open || !m_tokens.at(start).isWord()
        || !(m_tokens.at(start).lower == u"the" || m_tokens.at(start).lower == u"a"))
        return {};
    int last = start + 1;
    while (last < open && last <= start + kMaxDescriptionWords) {
        const Token &t = m_tokens.at(last);
        if (!t.isWord() || t.in(WordLists::ClauseBoundary | WordLists::AttributionFiller | WordLists::SpeechVerb)
            || (last > start + 1 && endsWithText(t.lower, u"ed")))
            break;
        // "The book accuses Miller": a verb before a name ends the description.
        if (last > start + 1 && isPlainVerb(t) && last + 1 < open && m_tokens.at(last + 1).isCapitalised())
            break;
        ++last;
    }
    if (last == start + 1 || last >= open)
        return {};
    return descriptionSpeaker(start, last);
}

Speaker Attribution::documentSubject(int segment) const
{
    // "The letter sent on December 23 … noted that "…"": a document opening the sentence speaks
    // for whoever issued it. "an executive order signed by Trump … "…"": for its signer.
    const int start = windowStart(segment);
    const int open = m_open.at(segment);
    for (int i = start; i < open; ++i) {
        if (!m_tokens.at(i).in(WordLists::DocumentNoun))
            continue;
        for (int k = i + 1; k + 1 < open && k <= i + 3; ++k) {
            if (m_tokens.at(k).lower == u"by" && endsWithText(m_tokens.at(k - 1).lower, u"ed")) {
                const int m = m_coreference.mentionAtToken(k + 1);
                if (m >= 0 && m_mentions.at(m).firstToken == k + 1)
                    return fromPhrase({k + 1, m_mentions.at(m).lastToken}, -1);
            }
        }
        int first = i;
        while (first > start && first > i - 3 && m_tokens.at(first - 1).isWord()
               && !m_tokens.at(first - 1).in(WordLists::ClauseBoundary))
            --first;
        if (first == start && m_tokens.at(first).in(WordLists::Determiner)) {
            return descriptionSpeaker(first, i + 1);
        }
    }
    return {};
}

} // namespace lede
