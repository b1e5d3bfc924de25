#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The attribution rules for clauses around the speech verb: relative "who" and "which", passive
// agents, those who are told something, and transcript lines that name their speaker.
namespace lede {

using namespace cues;

namespace {

constexpr int kRelativeReach = 6; // words between "who" and the speech verb of its clause

} // namespace

Speaker Attribution::transcriptLine(int segment) const
{
    // `"Chris Matthews: Seriously, …"`: a paragraph opening with a quotation that starts with a
    // person's name and a colon is a transcript line, when nothing else attributes it.
    const int open = m_open.at(segment);
    const int inside = open + 1;
    if (open != m_paragraphFirst.value(m_segments.at(segment).paragraph, -1) || inside >= m_close.at(segment))
        return {};
    const int m = m_coreference.mentionAtToken(inside);
    if (m < 0 || m_mentions.at(m).firstToken != inside || m_mentions.at(m).kind != EntityKind::Person
        || m_mentions.at(m).lastToken >= m_close.at(segment) || !m_tokens.at(m_mentions.at(m).lastToken).isPunct(u':'))
        return {};
    Speaker s = fromPhrase({inside, m_mentions.at(m).lastToken}, -1);
    s.explicitCue = s.isKnown();
    return s;
}

bool Attribution::isNamedSpeaker(const SpeakerPhrase &phrase) const
{
    if (phrase.last - phrase.first == 1 && m_tokens.at(phrase.first).in(WordLists::Pronoun)
        && m_tokens.at(phrase.first).lower != u"it" && m_tokens.at(phrase.first).lower != u"you")
        return true;
    const int m = m_coreference.mentionAtToken(phrase.first);
    return m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).lastToken == phrase.last;
}

int Attribution::relativeWho(int verb, int start) const
{
    // ", who has in the past described": a relative clause of a few words without a boundary in it.
    for (int k = verb - 1; k - 1 >= start && k >= verb - kRelativeReach; --k) {
        const Token &t = m_tokens.at(k);
        // "the report, which notes", "the police department which reported": a relative "which"
        // right before the verb ("that" is as often a clause the sentence's subject reports).
        if (k == verb - 1 && t.lower == u"which" && m_tokens.at(k - 1).kind != TokenKind::QuoteMark
            && !m_tokens.at(k - 1).in(WordLists::SpeechVerb | WordLists::ClauseBoundary))
            return k;
        if (t.lower == u"who" && (m_tokens.at(k - 1).isPunct(u',') || endsPersonName(k - 1)))
            return k;
        if (!t.isWord() || t.lower == u"that" || t.lower == u"and" || t.lower == u"but" || t.lower == u"which")
            return -1;
    }
    return -1;
}

bool Attribution::endsPersonName(int k) const
{
    const int m = m_coreference.mentionAtToken(k);
    return m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).lastToken == k + 1;
}

bool Attribution::isTellVerb(const Token &t)
{
    return t.lower == u"told" || t.lower == u"tells" || t.lower == u"tell" || t.lower == u"telling";
}

bool Attribution::isNamedAgent(int first) const
{
    // The agent must be a person or an organisation: "by phone", "by the way" are no speakers.
    for (int k = first; k < first + kMaxDescriptionWords + 1 && k < m_tokens.size(); ++k) {
        const int n = m_coreference.mentionAtToken(k);
        if (n >= 0)
            return m_mentions.at(n).kind == EntityKind::Person || m_mentions.at(n).kind == EntityKind::Organization;
        // "by hitting Trump", "by attempting": a clause, not an agent.
        if (!m_tokens.at(k).isWord() || endsWithText(m_tokens.at(k).lower, u"ing")
            || endsWithText(m_tokens.at(k).lower, u"ed"))
            return false;
    }
    return false;
}

Speaker Attribution::relativeSubject(int who, int verb) const
{
    const Token &next = m_tokens.at(who + 1);
    if (who + 2 == verb && next.in(WordLists::Pronoun) && next.lower != u"it" && next.lower != u"you") {
        Speaker s = fromPhrase({who + 1, who + 2}, verb);
        // The pronoun is not the person "who" stands for: resolve it as if it stood before that name.
        const int antecedent =
            m_coreference.mentionAtToken(qMax(0, m_tokens.at(who - 1).isPunct(u',') ? who - 2 : who - 1));
        if (s.isKnown() && antecedent >= 0) {
            s.entity = m_coreference.resolvePronoun(next.lower, m_mentions.at(antecedent).start);
            s.name = s.entity >= 0 ? m_coreference.entities().at(s.entity).name : next.text.toString();
        }
        return s;
    }
    const int m = m_coreference.mentionAtToken(who + 1);
    if (m >= 0 && m_mentions.at(m).firstToken == who + 1 && m_mentions.at(m).kind == EntityKind::Person
        && m_mentions.at(m).lastToken <= verb)
        return fromPhrase({who + 1, m_mentions.at(m).lastToken}, verb);
    return {};
}

} // namespace lede
