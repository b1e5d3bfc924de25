#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The attribution rules for a quotation that opens its own sentence or paragraph, which look at the
// lines around it: a speech verb in the sentence right before it, a signature line under it ("-
// Hillary Clinton."), a line ending in a colon that introduces it, whether a paragraph is only
// quotations, and the person named last before it as the final fallback.
namespace lede {

using namespace cues;

namespace {

constexpr int kMaxClosingPhrase = 8; // ", said Robert Mason." / ", the Florida senator said."

} // namespace

Speaker Attribution::previousSentenceSpeaker(int segment) const
{
    // `Iowa State University's Dianne Bystrom agreed. "…"` or `Sanders said in an interview: "…"`.
    const int open = m_open.at(segment);
    if (windowStart(segment) != open || open == 0)
        return {};
    const Token &before = m_tokens.at(open - 1);
    if (before.paragraph != m_segments.at(segment).paragraph || before.quote >= 0
        || !(before.isSentenceEnd() || before.isPunct(u':')))
        return {};
    int floor = qMax(0, m_paragraphFirst.value(m_segments.at(segment).paragraph, 0));
    if (segment > 0 && m_segments.at(segment - 1).paragraph == m_segments.at(segment).paragraph)
        floor = qMax(floor, m_close.at(segment - 1) + 1);
    const int start = lowerBoundOf(m_tokens, open - 1, floor);
    // `Sanders said, according to CNN. "…"`: the source that reported the sentence before.
    for (int v = start; v <= open - 2; ++v) {
        if (m_tokens.at(v).lower == u"according" && isCue(m_tokens, v))
            return fromPhrase(m_phrases.after(v, open - 1), v);
    }
    // The first speech verb of the sentence is its attribution; later ones are inside what it
    // reports or describes: `"…," Clinton said, referencing a super PAC called Future45. "…"`.
    for (int v = start; v <= open - 2; ++v) {
        // `"…," she said, adding that … . "…"`: the participle's subject is the main verb's.
        if (!isCue(m_tokens, v)
            || (endsWithText(m_tokens.at(v).lower, u"ing") && v > start && m_tokens.at(v - 1).isPunct(u',')))
            continue;
        // `"…," said Nicky Driscoll, who said Sanders is best suited. "…"`: the verb of a relative
        // clause describes the speaker; the sentence's own verb attributes.
        if (relativeWho(v, start) >= 0)
            continue;
        Speaker s = fromPhrase(m_phrases.before(v, start), v);
        // `the gambling tycoon told Reuters`: who is told something is not the speaker.
        if (!s.isKnown() && !isTellVerb(m_tokens.at(v)))
            s = fromPhrase(m_phrases.after(v, open - 1), v);
        return s;
    }
    return {};
}

Speaker Attribution::previousClosingAttribution(int segment) const
{
    const int floor = qMax(0, m_paragraphFirst.value(m_segments.at(segment).paragraph, 0));
    const int first = lowerBoundOf(m_tokens, m_open.at(segment), floor);
    // The sentence before ends `, he said.` or `, said Robert Mason.`: a cue right after a comma,
    // or a short phrase and a cue.
    const int end = first - 1;
    if (end - 3 < floor || !m_tokens.at(end).isSentenceEnd())
        return {};
    for (int v = end - 1; v >= floor && v >= end - kMaxClosingPhrase; --v) {
        if (m_tokens.at(v).quote >= 0 || m_tokens.at(v).kind == TokenKind::QuoteMark)
            return {};
        if (!m_tokens.at(v).isPunct(u','))
            continue;
        const int cue = v + 1 < end && isCue(m_tokens, v + 1) ? v + 1 : end - 1;
        if (!isCue(m_tokens, cue) || endsWithText(m_tokens.at(cue).lower, u"ing")
            || m_tokens.at(cue).lower == u"according")
            return {};
        const SpeakerPhrase phrase = cue == v + 1 ? m_phrases.after(cue, end) : m_phrases.before(cue, v + 1);
        if (!phrase.isValid() || (cue != v + 1 && phrase.first != v + 1))
            return {};
        return fromPhrase(phrase, cue);
    }
    return {};
}

Speaker Attribution::trailingSignature(int paragraph) const
{
    // A signature line under a quotation: "- Hillary Clinton." or "Josh Bivens, Economic Policy Institute."
    const int first = m_paragraphFirst.value(paragraph, -1);
    if (first < 0)
        return {};
    const int end = m_paragraphEnd.at(paragraph);
    int i = first;
    if (m_tokens.at(i).kind == TokenKind::Punct && !m_tokens.at(i).isSentenceEnd())
        ++i;
    if (end - i > 10 || i >= end)
        return {};
    const int m = m_coreference.mentionAtToken(i);
    if (m < 0 || m_mentions.at(m).kind != EntityKind::Person)
        return {};
    return fromPhrase({i, m_mentions.at(m).lastToken}, -1);
}

Speaker Attribution::colonIntroduction(int paragraph) const
{
    // `He told his audience:` / `Stated Stone:` / `Transcript as follows:` on the line before.
    int prev = paragraph - 1;
    while (prev >= 0 && m_paragraphFirst.value(prev, -1) < 0)
        --prev;
    if (prev < 0)
        return {};
    const int end = m_paragraphEnd.at(prev);
    if (!m_tokens.at(end - 1).isPunct(u':') || m_tokens.at(end - 1).quote >= 0)
        return {};
    const int first = lowerBoundOf(m_tokens, end - 1, m_paragraphFirst.at(prev));
    for (int v = end - 2; v >= first; --v) {
        if (!isCue(m_tokens, v))
            continue;
        Speaker s = fromPhrase(m_phrases.before(v, first), v);
        if (!s.isKnown())
            s = fromPhrase(m_phrases.after(v, end - 1), v);
        if (s.isKnown())
            return s;
    }
    // `When Wallace died in 1998, President Clinton released the following statement:`: the names in
    // a clause that opens the line with a subordinator are not its subject.
    int from = first;
    if (isSubordinator(m_tokens.at(first))) {
        for (int c = first + 1; c < end - 1; ++c) {
            if (m_tokens.at(c).isPunct(u',')) {
                from = c + 1;
                break;
            }
        }
    }
    for (int i = from; i < end - 1; ++i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0
            && (m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(m).kind == EntityKind::Organization))
            return fromPhrase({i, m_mentions.at(m).lastToken}, -1);
        // `He then listed the qualities:`: a personal pronoun opening the line is its subject.
        if (i == from && m_tokens.at(i).in(WordLists::Pronoun) && m_tokens.at(i).lower != u"it"
            && m_tokens.at(i).lower != u"you")
            return fromPhrase({i, i + 1}, -1);
        if (m_tokens.at(i).in(WordLists::DocumentNoun) || m_tokens.at(i).lower == u"transcript") {
            Speaker s;
            s.mentionStart = m_tokens.at(i).start;
            s.mentionEnd = m_tokens.at(i).end;
            s.name = m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
            return s;
        }
    }
    return {};
}

Speaker Attribution::nearestPerson(int segment) const
{
    const int open = m_open.at(segment);
    for (int i = open - 1; i >= 0; --i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_tokens.at(i).quote < 0)
            return fromPhrase({m_mentions.at(m).firstToken, m_mentions.at(m).lastToken}, -1);
    }
    return {};
}

bool Attribution::paragraphIsOnlyQuotes(int paragraph) const
{
    const int first = m_paragraphFirst.value(paragraph, -1);
    if (first < 0)
        return false;
    for (int i = first; i < m_paragraphEnd.at(paragraph); ++i) {
        const Token &t = m_tokens.at(i);
        if (t.quote < 0 && (t.kind == TokenKind::Word || t.kind == TokenKind::Number))
            return false;
    }
    return true;
}

} // namespace lede
