#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/wordlists.h"

// The order in which quotations without a speech verb of their own get a speaker: a quotation
// carried on from the previous paragraph, the sentence before, a document, another quotation of
// the same sentence or paragraph, the subject of the quotation's own sentence, an introduction
// ending in a colon, the paragraph before for a paragraph that is only quotations, and at last
// the article's most recent speaker. Why: the nearer the evidence, the likelier it is right.
namespace lede {

using namespace cues;

namespace {

// The first rule that knows the speaker decides: `if (take(rule(i), &result[i])) continue;`.
bool take(const Speaker &found, Speaker *into)
{
    if (!found.isKnown())
        return false;
    *into = found;
    return true;
}

} // namespace

QList<Speaker> Attribution::attribute(const QList<bool> &speech, const QList<Speaker> &explicitSpeakers) const
{
    const int n = int(m_segments.size());
    QList<Speaker> result(n);
    for (int i = 0; i < n; ++i) {
        if (speech.at(i))
            result[i] = explicitSpeakers.at(i);
    }
    auto previousParagraph = [&](int p) {
        for (int q = p - 1; q >= 0; --q) {
            if (m_paragraphFirst.value(q, -1) >= 0)
                return q;
        }
        return -1;
    };
    auto nextParagraph = [&](int p) {
        for (int q = p + 1; q < m_paragraphFirst.size(); ++q) {
            if (m_paragraphFirst.value(q, -1) >= 0)
                return q;
        }
        return -1;
    };
    for (int i = 0; i < n; ++i) {
        if (!speech.at(i) || result.at(i).isKnown())
            continue;
        const QuotedSegment &seg = m_segments.at(i);
        // The same quotation carried on from the previous paragraph.
        if (seg.continuation && i > 0 && result.at(i - 1).isKnown()) {
            result[i] = result.at(i - 1);
            continue;
        }
        if (take(previousSentenceSpeaker(i), &result[i]))
            continue;
        // Another quotation of the same paragraph: the previous one first, then the next.
        int same = -1;
        for (int j = i - 1; j >= 0 && m_segments.at(j).paragraph == seg.paragraph; --j) {
            if (speech.at(j) && result.at(j).isKnown()) {
                same = j;
                break;
            }
        }
        for (int j = i + 1; same < 0 && j < n && m_segments.at(j).paragraph == seg.paragraph; ++j) {
            if (speech.at(j) && result.at(j).explicitCue) {
                same = j;
                break;
            }
        }
        if (take(documentSubject(i), &result[i]))
            continue;
        // A later quotation of the same sentence with a speech verb speaks for this one too:
        // `declaring it a "sanctuary city," the resolutions affirm "…," Negrete said.`
        int sameSentence = -1;
        for (int j = i + 1; j < n && m_segments.at(j).paragraph == seg.paragraph; ++j) {
            if (m_tokens.at(m_open.at(j)).sentence != m_tokens.at(m_open.at(i)).sentence)
                break;
            if (speech.at(j) && result.at(j).explicitCue) {
                sameSentence = j;
                break;
            }
        }
        // An earlier quotation of the same sentence with a speech verb, likewise: `McCaskill said
        // voters would find it "very hard to look past" his being a "democratic socialist."`
        for (int j = i - 1; sameSentence < 0 && j >= 0 && m_segments.at(j).paragraph == seg.paragraph; --j) {
            if (m_tokens.at(m_open.at(j)).sentence != m_tokens.at(m_open.at(i)).sentence)
                break;
            if (speech.at(j) && result.at(j).explicitCue)
                sameSentence = j;
        }
        if (sameSentence >= 0) {
            result[i] = result.at(sameSentence);
            continue;
        }
        // A quotation inside a sentence ("Bush referred to Rubio as "…"") is the words of the
        // sentence's subject rather than of the paragraph's other quotation.
        const int open = m_open.at(i);
        // `From Bush's Facebook post: "…"`: a colon after someone's post or statement.
        if (open > 0 && m_tokens.at(open - 1).paragraph == seg.paragraph && m_tokens.at(open - 1).isPunct(u':')) {
            if (take(possessorOfWords(i), &result[i]))
                continue;
        }
        // `He has coined a new phrase, "…"`: a comma after a word of the sentence leaves the
        // quotation inside it, as an apposition or an aside.
        const bool afterComma = open > 1 && m_tokens.at(open - 1).isPunct(u',')
            && m_tokens.at(open - 2).paragraph == seg.paragraph && m_tokens.at(open - 2).isWord()
            && m_tokens.at(open - 2).sentence == m_tokens.at(open).sentence;
        if (open > 0 && m_tokens.at(open - 1).paragraph == seg.paragraph
            && (m_tokens.at(open - 1).isWord() || m_tokens.at(open - 1).kind == TokenKind::Possessive || afterComma)) {
            if (take(participlePhraseSubject(i), &result[i]))
                continue;
            if (take(possessorOfWords(i), &result[i]))
                continue;
            if (take(clauseSubject(i), &result[i]))
                continue;
            if (take(joinedClauseSubject(i), &result[i]))
                continue;
            if (take(sentenceSubject(i), &result[i]))
                continue;
            // `…, he said. Good information can drive out bad, but only when "…"`: the speaker whose
            // attribution closes the sentence before goes on being reported.
            if (take(previousClosingAttribution(i), &result[i]))
                continue;
            // `The audience … followed him by softly echoing "too many."`: a noun phrase opening the
            // quotation's own sentence is likelier than the paragraph's other speaker.
            if (take(nounPhraseSubject(i), &result[i]))
                continue;
            if (take(causedSpeaker(i), &result[i]))
                continue;
        }
        if (same >= 0) {
            result[i] = result.at(same);
            continue;
        }
        if (take(sentenceSubject(i), &result[i]))
            continue;
        if (take(previousSentenceSubject(i), &result[i]))
            continue;
        if (m_open.at(i) == m_paragraphFirst.value(seg.paragraph, -1)) {
            if (take(colonIntroduction(seg.paragraph), &result[i]))
                continue;
        }
        if (paragraphIsOnlyQuotes(seg.paragraph)) {
            // A paragraph that is only a quotation continues the speaker of the one before.
            const int prev = previousParagraph(seg.paragraph);
            // A signature line under the quotation ("- Sanders.") names it before anything else does.
            const int next = nextParagraph(seg.paragraph);
            const int nextFirst = next >= 0 ? m_paragraphFirst.at(next) : -1;
            if (nextFirst >= 0 && m_tokens.at(nextFirst).kind == TokenKind::Punct
                && isLeadPunct(m_tokens.at(nextFirst))) {
                if (take(trailingSignature(next), &result[i]))
                    continue;
            }
            if (take(prev >= 0 ? closingSentenceSpeaker(prev) : Speaker(), &result[i]))
                continue;
            int from = -1;
            for (int j = i - 1; j >= 0 && prev >= 0 && m_segments.at(j).paragraph >= prev; --j) {
                if (speech.at(j) && result.at(j).isKnown()) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                result[i] = result.at(from);
                continue;
            }
            if (next >= 0) {
                if (take(trailingSignature(next), &result[i]))
                    continue;
            }
        }
        // `…, with Sen. John McCain calling it a "Chinese menu."`: a person named earlier in the
        // quotation's own sentence is likelier than a speaker carried over from elsewhere.
        // `His chief aide doubled down, saying she is "…"`: the noun phrase opening the sentence.
        const bool inSentence = open > 0 && m_tokens.at(open - 1).paragraph == seg.paragraph
            && (m_tokens.at(open - 1).isWord() || m_tokens.at(open - 1).kind == TokenKind::Possessive);
        if (take(inSentence ? nounPhraseSubject(i) : Speaker(), &result[i]))
            continue;
        if (take(personInSentence(i), &result[i]))
            continue;
        if (take(personAfterInSentence(i), &result[i]))
            continue;
        // Last resort: the most recent speaker of the article, else the person named last.
        for (int j = i - 1; j >= 0; --j) {
            if (speech.at(j) && result.at(j).isKnown()) {
                result[i] = result.at(j);
                break;
            }
        }
        if (!result.at(i).isKnown())
            result[i] = nearestPerson(i);
    }
    return result;
}

} // namespace lede
