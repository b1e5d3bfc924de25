#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The speech verb before a quotation in its sentence: `Negrete wrote: "…"`, `In her statement,
// Negrete noted the City is "…"`, "according to" naming the source, a relative "who", a reporter
// of the verb's clause ("told ABC that he …"), polls, descriptions with an article, inverted
// subjects ("said Sen. Warren: "…""), and subjects joined by "and" ("and later said").
namespace lede {

using namespace cues;

namespace {

constexpr int kOuterReach = 10; // "said during a Friday evening rally in Michigan that"

} // namespace

bool Attribution::isInShortQuotation(int k) const
{
    int q = m_tokens.at(k).quote;
    if (q < 0 && m_tokens.at(k).kind == TokenKind::QuoteMark) {
        if (k + 1 < m_tokens.size() && m_tokens.at(k + 1).quote >= 0)
            q = m_tokens.at(k + 1).quote;
        else if (k > 0)
            q = m_tokens.at(k - 1).quote;
    }
    return q >= 0 && q < m_segments.size() && m_segments.at(q).words < kBarrierWords;
}

int Attribution::reportedClauseOpening(int subject, int start) const
{
    // "Pompeo said that after studying the matter, Washington had concluded …": a subordinate clause
    // or a preposition's phrase may stand between "that" and the reported clause's subject.
    const int comma = subject - 1;
    if (comma <= start || !m_tokens.at(comma).isPunct(u','))
        return comma;
    for (int k = comma - 1; k > start && k >= comma - kOuterReach; --k) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord() || t.quote >= 0)
            return comma;
        if (t.lower == u"that")
            return k + 1 < comma && isSubordinator(m_tokens.at(k + 1)) ? k : comma;
    }
    return comma;
}

Speaker Attribution::speakerBefore(int segment) const
{
    // Before it: `Negrete wrote: "…"`, `In her statement, Negrete noted the City is "…"`.
    const int start = windowStart(segment);
    const int open = m_open.at(segment);
    for (int v = open - 1; v >= start; --v) {
        if (!isCue(m_tokens, v))
            continue;
        if (m_tokens.at(v).lower == u"according") {
            // "According to his longtime physician, …": whatever words follow name the source when
            // they open the sentence; "said that according to its analysis" is inside a report.
            const SpeakerPhrase source = m_phrases.after(v, open);
            const Speaker s = fromPhrase(source, v);
            const bool opens = v == start || m_tokens.at(v - 1).isPunct(u',');
            return s.isKnown() || !source.isValid() || !opens ? s : describedBy(source, v);
        }
        int k = v - 1;
        while (k >= start && m_tokens.at(k).isWord() && WordLists::isAttributionFiller(m_tokens.at(k).lower))
            --k;
        // `Thiel wrote in a statement to Wired explaining why …, "…"`: a name spoken to is no subject.
        const int nameBefore = k >= start ? m_coreference.mentionAtToken(k) : -1;
        if (k >= start && endsWithText(m_tokens.at(v).lower, u"ing")
            && (m_tokens.at(k).isPunct(u',') || nameBefore < 0 || isAddressee(m_mentions.at(nameBefore).firstToken))) {
            // "Kerpen needled the reporter, saying, "…"": the participle's subject is the sentence's,
            // or that of the speech verb before it: "Ryan and Trump will meet, Spicer said, adding, "…"".
            Speaker s = m_tokens.at(k).isPunct(u',') ? finiteCueSpeaker(k, start) : Speaker();
            if (!s.isKnown())
                s = clausePronoun(k, start);
            if (!s.isKnown())
                s = sentenceSubject(segment);
            // "Her campaign quickly blasted out an email to supporters stating, "…"": else the noun
            // phrase opening the sentence.
            if (!s.isKnown())
                s = nounPhraseSubject(segment);
            if (s.isKnown()) {
                s.cue = m_tokens.at(v).lower.toString();
                s.explicitCue = true;
                return s;
            }
        }
        // `Sanders was asked by host Bill Maher, "…"`: a passive speech verb's agent is the speaker.
        if (v + 2 < open && m_tokens.at(v + 1).lower == u"by") {
            const Speaker agent = fromPhrase(m_phrases.after(v + 1, open), v);
            if (agent.isKnown() && isNamedAgent(v + 2))
                return agent;
        }
        SpeakerPhrase phrase;
        int who = relativeWho(v, start);
        // `Rubio, who he dubbed "…"`: a subject between "who" and the verb makes "who" the object.
        if (who >= 0) {
            const Speaker subject = relativeSubject(who, v);
            if (subject.isKnown())
                return subject;
        }
        if (who >= 0)
            phrase = m_phrases.before(m_tokens.at(who - 1).isPunct(u',') ? who - 1 : who, start);
        else
            phrase = m_phrases.before(v, start);
        // `She said she recalls the colleague being "confused"`: a report inside a report is the
        // outer speaker's.
        if (who < 0 && phrase.isValid()) {
            const int that = reportedClauseOpening(phrase.first, start);
            int outer = that;
            if (outer > start && m_tokens.at(outer).lower == u"that")
                --outer;
            if (outer >= start && isCue(m_tokens, outer) && m_tokens.at(outer).lower != u"according") {
                const Speaker reporter = fromPhrase(m_phrases.before(outer, start), outer);
                if (reporter.isKnown())
                    return reporter;
            }
            // `Trump said during a rally in Michigan that Clinton described it as "…"`, `she pointed
            // to reports that Trump called her "…"`: a few words may part the outer verb from "that".
            if (that >= start && m_tokens.at(that).lower == u"that") {
                for (int o = that - 1; o >= start && o >= that + 1 - kOuterReach; --o) {
                    // `told ABC's "Good Morning America" that he agrees …`: a title of a few words
                    // between the outer verb and "that" is passed over.
                    if (isInShortQuotation(o))
                        continue;
                    if (m_tokens.at(o).quote >= 0 || m_tokens.at(o).kind == TokenKind::QuoteMark
                        || m_tokens.at(o).lower == u"that")
                        break;
                    if (!isCue(m_tokens, o) || m_tokens.at(o).lower == u"according")
                        continue;
                    const Speaker reporter = fromPhrase(m_phrases.before(o, start), o);
                    if (reporter.isKnown())
                        return reporter;
                    // "pointed to reports that": a speech noun names no reporter; the verb before it may.
                }
            }
        }
        if (who < 0 && phrase.isValid()) {
            const Speaker poll = pollSource(phrase, start, v);
            if (poll.isKnown())
                return poll;
        }
        Speaker s = fromPhrase(phrase, v);
        // "which" stands for a named body or its report; "the caption which reads" leaves the
        // sentence's own subject.
        if (who >= 0 && m_tokens.at(who).lower == u"which" && s.entity < 0) {
            who = -1;
            phrase = m_phrases.before(v, start);
            s = fromPhrase(phrase, v);
        }
        // `Obama, who called him "…"`: the attribution rests on the relative pronoun, which stands
        // for the name before it.
        if (who >= 0 && s.isKnown()) {
            s.mentionStart = m_tokens.at(who).start;
            s.mentionEnd = m_tokens.at(who).end;
        }
        // `the lawyers said, "…"`: a phrase with an article and a verb that opens the quotation.
        // Also a share: `14 percent said "…"`.
        if (!s.isKnown() && phrase.isValid() && phrase.last == v
            && (m_tokens.at(phrase.first).in(WordLists::Determiner)
                || m_tokens.at(phrase.first).kind == TokenKind::Number)
            && (v + 1 == open || (v + 2 == open && m_tokens.at(v + 1).kind == TokenKind::Punct)))
            s = describedBy(phrase, v);
        // `The clip says Kaine "…"`: a short description opening the sentence right before the verb
        // speaks; the name after the verb is talked about.
        // "A warm-up band called Sophistafunk" names the band.
        static const QStringView naming[] = {u"called", u"named", u"dubbed", u"titled", u"labeled", u"labelled"};
        // `As one employee told Palo Alto Weekly, "…"`: also after "as" opening the sentence.
        const int opening = afterDateline(start, v);
        const bool opens =
            phrase.first == opening || (phrase.first == opening + 1 && m_tokens.at(opening).lower == u"as");
        // `One attendee, who spoke on the condition of anonymity, said …`: also before a relative
        // clause set off by commas.
        const bool relative = phrase.isValid() && phrase.last + 1 < v && m_tokens.at(phrase.last).isPunct(u',')
            && m_tokens.at(phrase.last + 1).lower == u"who" && m_tokens.at(v - 1).isPunct(u',');
        if (!s.isKnown() && phrase.isValid() && (phrase.last == v || relative) && opens
            && (m_tokens.at(phrase.first).in(WordLists::Determiner)
                || (relative && isDescriptionOpener(m_tokens.at(phrase.first))))
            && phrase.last - phrase.first <= kMaxDescriptionWords && !m_tokens.at(v).isOneOf(naming))
            s = describedBy(phrase, v);
        if (s.entity < 0 || m_coreference.entities().at(s.entity).kind != EntityKind::Person) {
            Speaker document = documentSubject(segment);
            if (document.isKnown()) {
                document.cue = m_tokens.at(v).lower.toString();
                document.explicitCue = true;
                return document;
            }
        }
        // `but told his supporters, "…"`: who is told something is spoken to, not speaking.
        // `called National Nurses United "…"`: the phrase after a naming verb is who is named.
        if (!s.isKnown() && v + 1 < open && m_tokens.at(v + 1).lower != u"that" && !isTellVerb(m_tokens.at(v))
            && !m_tokens.at(v).isOneOf(naming)) {
            // Inverted only when the phrase runs up to the quotation or a comma or colon before it
            // ("said Sen. Warren: "…""); "said presumptive nominee Trump is "…"" names who is talked about.
            const SpeakerPhrase inverted = m_phrases.after(v, open);
            // Up to the quotation itself only when the phrase ends in a name: "said the judge had "…"" is a clause.
            const int named = inverted.isValid() ? m_coreference.mentionAtToken(inverted.last - 1) : -1;
            if (inverted.isValid()
                && ((inverted.last >= open && named >= 0 && m_mentions.at(named).lastToken == inverted.last)
                    || m_tokens.at(inverted.last).isPunct(u',') || m_tokens.at(inverted.last).isPunct(u':')))
                s = fromPhrase(inverted, v);
        }
        if (!s.isKnown() && k >= start && (m_tokens.at(k).lower == u"and" || m_tokens.at(k).lower == u"but")) {
            // "… and said that …": the subject of the sentence, or of the clause that "and" joins
            // on to ("Wilkerson started the rant when he brought it up and later said").
            s = clausePronoun(k, start);
            if (!s.isKnown())
                s = sentenceSubject(segment);
            if (s.isKnown()) {
                s.cue = m_tokens.at(v).lower.toString();
                s.explicitCue = true;
            }
        }
        if (s.isKnown())
            return s;
    }
    return {};
}

} // namespace lede
