#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The attribution rules that find who reports a quotation besides its speech verb: "according to"
// sources, attributions that close a sentence, polls, and addressees that are not speakers.
namespace lede {

using namespace cues;

namespace {

constexpr int kMaxReporter = 6; // ", reports The Wall Street Journal."
constexpr int kMaxClosingAttribution = 10; // ", the Republican senator from Ohio said in a statement."
constexpr int kMaxClosingReach = 24; // ", said the bureau's director, James B. Comey, on Monday."
constexpr int kMaxClosingCommas = 3;
constexpr int kMaxAppositive = 12; // "another longtime friend of the family, Mariam Emara,"

} // namespace

Speaker Attribution::outerSource(int segment, bool attributionAfter) const
{
    // `"…," he told Flake, according to officials who were there`: the writer has the words from
    // the source that "according to" names, which reports the whole sentence, speech included.
    const int open = m_open.at(segment);
    const int first =
        lowerBoundOf(m_tokens, open, qMax(0, m_paragraphFirst.value(m_segments.at(segment).paragraph, 0)));
    int end = windowEnd(segment);
    // A quotation that ends its sentence leaves the next sentence's "according to" alone.
    const int close = m_close.at(segment);
    if (close > open + 1 && close + 1 < end && m_tokens.at(close - 1).isSentenceEnd() && !attributionAfter)
        end = close + 1;
    for (int v = first; v < end; ++v) {
        if (v >= open && v <= m_close.at(segment))
            continue;
        if (m_tokens.at(v).quote >= 0 || m_tokens.at(v).lower != u"according" || !isCue(m_tokens, v))
            continue;
        int upper = end;
        if (v < open)
            upper = open;
        const SpeakerPhrase phrase = m_phrases.after(v, upper);
        // "according to audio provided by Wyoming Public Radio": the name after "by" is the source.
        if (phrase.isValid() && phrase.last + 1 < upper
            && (m_tokens.at(phrase.last).lower == u"by" || m_tokens.at(phrase.last).lower == u"from")) {
            const int m = m_coreference.mentionAtToken(phrase.last + 1);
            if (m >= 0 && m_mentions.at(m).firstToken == phrase.last + 1)
                return fromPhrase({phrase.last + 1, m_mentions.at(m).lastToken}, v);
        }
        // `"…," Clinton asked, according to a transcript of the interview`: a record of the words
        // tells where the writer read them, not who said them; the verb's speaker stays.
        if (phrase.isValid() && recordOfWords(phrase))
            return {};
        Speaker s = fromPhrase(phrase, v);
        if (!s.isKnown() && phrase.isValid())
            s = describedBy(phrase, v);
        return s;
    }
    return {};
}

bool Attribution::recordOfWords(const SpeakerPhrase &phrase) const
{
    static const QStringView records[] = {u"transcript", u"transcripts", u"statement", u"recording", u"video",
                                          u"audio",      u"footage",     u"release",   u"readout"};
    int head = phrase.first;
    while (head < phrase.last && m_tokens.at(head).in(WordLists::Determiner))
        ++head;
    return head < phrase.last && m_tokens.at(head).isOneOf(records);
}

Speaker Attribution::reportingSource(int segment) const
{
    // The quotation's own attribution comes first; a clause after the last comma of the sentence
    // names who reported all of it: `, The Miami Herald reported.` or `, reports USA Today.`
    const int close = m_close.at(segment);
    const int end = windowEnd(segment);
    if (end >= m_tokens.size() || !m_tokens.at(end).isSentenceEnd() || end - close < 4)
        return {};
    int comma = -1;
    for (int k = end - 1; k > close + 1 && k >= end - kMaxReporter; --k) {
        if (m_tokens.at(k).quote >= 0 || m_tokens.at(k).kind == TokenKind::QuoteMark)
            return {};
        if (m_tokens.at(k).isPunct(u',')) {
            comma = k;
            break;
        }
    }
    // `Trump said: "There will always be exceptions," the Times reported.`: the comma closing the
    // quotation parts it from the reporter as well.
    if (comma < 0 && close > m_open.at(segment) + 1 && m_tokens.at(close - 1).isPunct(u','))
        comma = close;
    if (comma < 0 || comma + 2 >= end)
        return {};
    auto isReport = [&](int k) {
        return m_tokens.at(k).lower == u"reported" || m_tokens.at(k).lower == u"reports";
    };
    SpeakerPhrase phrase;
    int verb = -1;
    if (isReport(end - 1)) {
        verb = end - 1;
        phrase = {comma + 1, end - 1};
    } else if (isReport(comma + 1)) {
        verb = comma + 1;
        phrase = {comma + 2, end};
    } else {
        return {};
    }
    // Only a name stands there: "The Miami Herald", "CNN", "the Times".
    for (int k = phrase.first; k < phrase.last; ++k) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord() || !(t.isCapitalised() || (k == phrase.first && t.lower == u"the")))
            return {};
    }
    return fromPhrase(phrase, verb);
}

Speaker Attribution::closingAttribution(int segment) const
{
    // `… branded "in homage to" Lazar, Song wrote.`, `… "particularly burdensome" on voters, the
    // lawsuit alleges.`: an attribution after a comma that closes the sentence reports all of it.
    const int close = m_close.at(segment);
    const int paragraphEnd = m_paragraphEnd.value(m_segments.at(segment).paragraph, int(m_tokens.size()));
    // A quotation that ends its sentence has nothing after it in that sentence.
    if (close >= paragraphEnd || close <= m_open.at(segment) + 1 || m_tokens.at(close - 1).isSentenceEnd())
        return {};
    int end = close + 1;
    while (end < paragraphEnd && !m_tokens.at(end).isSentenceEnd())
        ++end;
    if (end >= paragraphEnd || end - close < 4)
        return {};
    // `…, said Alan Abramowitz, a demographer at Emory University.`: an apposition or a time
    // after the attribution takes a comma of its own, so the commas before the last one count too.
    QList<int> commas;
    for (int k = end - 1; k > close && k >= end - kMaxClosingReach && commas.size() < kMaxClosingCommas; --k) {
        if (m_tokens.at(k).kind == TokenKind::QuoteMark || m_tokens.at(k).quote >= 0)
            break;
        if (m_tokens.at(k).isPunct(u','))
            commas.append(k);
    }
    if (commas.isEmpty() || commas.constFirst() < end - kMaxClosingAttribution)
        return {};
    // The attribution follows the latest comma that a speech verb comes after.
    int comma = commas.constFirst();
    for (int c = 0; c < commas.size(); ++c) {
        const int next = c == 0 ? end : commas.at(c - 1);
        bool cue = false;
        for (int v = commas.at(c) + 1; v < next && !cue; ++v)
            cue = isCue(m_tokens, v) && !endsWithText(m_tokens.at(v).lower, u"ing");
        if (cue) {
            comma = commas.at(c);
            break;
        }
    }
    // A comma right before or after the closing mark hands over to the quotation's own
    // attribution (`"…," Weaver, Sanders' manager, told CNN.`).
    if (comma <= close + 1 || m_tokens.at(close - 1).isPunct(u','))
        return {};
    // `"…?" he said, paraphrasing her remarks.`: the quotation's own verb comes first.
    for (int k = close + 1; k < comma; ++k) {
        if (isCue(m_tokens, k))
            return {};
    }
    for (int v = comma + 1; v < end; ++v) {
        if (!isCue(m_tokens, v) || endsWithText(m_tokens.at(v).lower, u"ing"))
            continue;
        Speaker s;
        if (v == comma + 1) {
            if (m_tokens.at(v).lower.startsWith(u"tel") || m_tokens.at(v).lower == u"told")
                return {};
            s = fromPhrase(m_phrases.after(v, end), v);
        } else {
            const SpeakerPhrase before = m_phrases.before(v, comma + 1);
            if (!before.isValid() || before.first != comma + 1)
                return {};
            s = fromPhrase(before, v);
            if (!s.isKnown() && m_tokens.at(before.first).in(WordLists::Determiner))
                s = describedBy(before, v);
        }
        return s;
    }
    return {};
}

Speaker Attribution::pollSource(const SpeakerPhrase &phrase, int start, int verb) const
{
    // `In a CNN/ORC poll, 31% of Republicans said they were "extremely enthusiastic"`: a share of
    // a group answers a poll, and the poll the sentence names reports the answer.
    auto isShareOf = [&](int of) {
        if (of - 1 < start || m_tokens.at(of).lower != u"of")
            return false;
        const Token &share = m_tokens.at(of - 1);
        return share.lower == u"percent" || share.isPunct(u'%') || share.kind == TokenKind::Number;
    };
    int k = phrase.first - 1;
    while (k < phrase.last && !isShareOf(k))
        ++k;
    if (k >= phrase.last || k < start)
        return {};
    for (int i = start; i < k; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord() || !(t.lower == u"poll" || t.lower == u"survey" || t.lower == u"polls"))
            continue;
        int first = i;
        while (first > start && i - first < kMaxDescriptionWords + 2
               && (m_tokens.at(first - 1).isWord() || m_tokens.at(first - 1).kind == TokenKind::Possessive)
               && !m_tokens.at(first - 1).in(WordLists::ClauseBoundary))
            --first;
        return describedBy({first, i + 1}, verb);
    }
    return {};
}

bool Attribution::wordsOnly(int first, int last, bool commas) const
{
    // Words of one noun phrase: "and" may join two, other clause words start a clause; commas may
    // part adjectives when `commas` ("the bespectacled, 71-year-old diplomat").
    for (int k = first; k < last; ++k) {
        const Token &t = m_tokens.at(k);
        // Between adjectives only: a capital after the comma opens a name or a clause.
        if (commas && k > first && k + 1 < last && t.isPunct(u',') && !m_tokens.at(k + 1).isCapitalised())
            continue;
        if (!t.isWord() || t.quote >= 0 || (k > first && t.in(WordLists::ClauseBoundary) && t.lower != u"and"))
            return false;
    }
    return true;
}

bool Attribution::isDescriptionOpener(const Token &t)
{
    static const QStringView words[] = {u"the", u"a", u"an", u"one", u"another", u"his", u"her", u"their", u"its"};
    return t.isOneOf(words);
}

Speaker Attribution::appositiveName(int first, int verb) const
{
    // `"…," another friend, Mariam Emara, told CNN`: a description, a comma and the person's name
    // right before the verb.
    if (!isDescriptionOpener(m_tokens.at(first)) || verb - first > kMaxAppositive)
        return {};
    int end = verb;
    if (end - 1 > first && m_tokens.at(end - 1).isPunct(u','))
        --end;
    for (int k = first + 1; k < end; ++k) {
        if (!m_tokens.at(k).isPunct(u','))
            continue;
        const int m = m_coreference.mentionAtToken(k + 1);
        // The description ends in a word for a person ("friend", "spokesman"), not in a clause's
        // verb ("the resolutions stand, Delgado said").
        static const QStringView relations[] = {u"friend",    u"wife",   u"husband", u"son",      u"daughter",
                                                u"mother",    u"father", u"brother", u"sister",   u"neighbor",
                                                u"colleague", u"aide",   u"source",  u"official", u"lawyer"};
        const Token &head = m_tokens.at(k - 1);
        const bool person = head.isOneOf(relations) || head.in(WordLists::RoleNoun | WordLists::PersonTitle);
        if (m >= 0 && m_mentions.at(m).firstToken == k + 1 && m_mentions.at(m).lastToken == end
            && m_mentions.at(m).kind == EntityKind::Person && person && wordsOnly(first, k))
            return fromPhrase({k + 1, end}, verb);
        return {};
    }
    return {};
}

bool Attribution::isTalkedAbout(int first) const
{
    // `Axelrod said of Sanders: "…"`, `Williams added about Carson:`, `later on CNN: "…"`: a name
    // after a preposition is what the words are about or where they were said.
    static const QStringView words[] = {u"of", u"about", u"on", u"at", u"with", u"against", u"for", u"in"};
    return first > 0 && m_tokens.at(first - 1).isOneOf(words);
}

bool Attribution::isAddressee(int first) const
{
    // `Priebus told Fox News: "…"`, `a blunt message to Trump: "…"`: the name after "told" or "to"
    // (past a few words such as "the Dutch newspaper") is who was spoken to.
    for (int k = first - 1; k >= 0 && k >= first - 4; --k) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord() || t.sentence != m_tokens.at(first).sentence)
            return false;
        if (t.lower == u"to" || t.lower == u"told" || t.lower == u"tells" || t.lower == u"telling")
            return true;
        // "told Mayor Dan Ruiz": a title before the name is part of it.
        if (t.isCapitalised() && !t.in(WordLists::Determiner | WordLists::PersonTitle))
            return false;
    }
    return false;
}

} // namespace lede
