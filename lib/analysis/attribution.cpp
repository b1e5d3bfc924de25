#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/wordlists.h"

namespace lede {

using namespace cues;

namespace {

constexpr int kAfterReach = 12; // tokens after a quotation a speech verb may stand
constexpr int kBarrierWords = 4; // a quotation this long ends the search for a verb before the next
constexpr int kMaxJoinedDescription = 9; // "the independent Vermont senator and Democratic presidential candidate"
constexpr int kOuterReach = 10; // "said during a Friday evening rally in Michigan that"
constexpr int kMaxAppositionWords = 14; // ", who was not authorized to speak on the record,"

} // namespace

Attribution::Attribution(const QString &body, const QList<Token> &tokens, const QList<QuotedSegment> &segments,
                         const QList<EntityMention> &mentions, Coreference &coreference)
    : m_body(body)
    , m_tokens(tokens)
    , m_segments(segments)
    , m_mentions(mentions)
    , m_coreference(coreference)
    , m_phrases(tokens)
{
    int paragraphs = 0;
    for (const Token &t : tokens)
        paragraphs = qMax(paragraphs, t.paragraph + 1);
    for (const QuotedSegment &s : segments)
        paragraphs = qMax(paragraphs, s.paragraph + 1);
    m_paragraphFirst.fill(-1, paragraphs);
    m_paragraphEnd.fill(-1, paragraphs);
    for (int i = 0; i < tokens.size(); ++i) {
        const int p = tokens.at(i).paragraph;
        if (m_paragraphFirst.at(p) < 0)
            m_paragraphFirst[p] = i;
        m_paragraphEnd[p] = i + 1;
    }
    // Marks are tokens of their own; find them by position in one forward pass.
    int t = 0;
    for (const QuotedSegment &s : segments) {
        while (t < tokens.size() && tokens.at(t).start < s.openMark)
            ++t;
        m_open.append(t);
        int c = t;
        if (s.closeMark >= 0) {
            while (c < tokens.size() && tokens.at(c).start < s.closeMark)
                ++c;
        } else {
            c = m_paragraphEnd.value(s.paragraph, int(tokens.size()));
        }
        m_close.append(c);
    }
}

bool Attribution::endsSentence(int k) const
{
    if (!m_tokens.at(k).isSentenceEnd())
        return false;
    // "Sen. Ted Cruz (R-Tex.) said": a state's full stop inside brackets, and the sentence goes on.
    return !(k + 2 < m_tokens.size() && m_tokens.at(k + 1).isPunct(u')')
             && m_tokens.at(k + 1).start == m_tokens.at(k).end && m_tokens.at(k + 2).isWord()
             && !m_tokens.at(k + 2).isCapitalised());
}

int Attribution::windowEnd(int segment) const
{
    const int p = m_segments.at(segment).paragraph;
    int limit = m_paragraphEnd.value(p, int(m_tokens.size()));
    // As before the quotation, a quotation of a few words after it ("wearing "Ted Cruz" pins, said")
    // does not end the search for its speech verb; a longer one does.
    for (int next = segment + 1; next < m_segments.size() && m_segments.at(next).paragraph == p; ++next) {
        if (m_segments.at(next).words >= kBarrierWords) {
            limit = qMin(limit, m_open.at(next));
            break;
        }
    }
    int k = m_close.at(segment) + 1;
    while (k < limit && !endsSentence(k))
        ++k;
    return k;
}

int Attribution::windowStart(int segment) const
{
    const int p = m_segments.at(segment).paragraph;
    int floor = qMax(0, m_paragraphFirst.value(p, 0));
    // A quotation of a few words earlier in the sentence ("called it "new" and said we should "…"")
    // does not end the search for the speech verb; a longer one does.
    for (int prev = segment - 1; prev >= 0 && m_segments.at(prev).paragraph == p; --prev) {
        if (m_segments.at(prev).words >= kBarrierWords) {
            floor = qMax(floor, m_close.at(prev) + 1);
            break;
        }
    }
    return lowerBoundOf(m_tokens, m_open.at(segment), floor);
}

Speaker Attribution::descriptionSpeaker(int first, int last) const
{
    // The words [first, last) as the speaker: the entity the description stands for when the
    // article makes it clear ("the legal nonprofit" -> America First Legal), else the words.
    Speaker s;
    s.mentionStart = m_tokens.at(first).start;
    s.mentionEnd = m_tokens.at(last - 1).end;
    QList<int> words;
    for (int k = first; k < last; ++k)
        words.append(k);
    s.entity = m_coreference.resolveDescription(words, s.mentionStart);
    s.name = s.entity >= 0 ? m_coreference.entities().at(s.entity).name
                           : m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
    return s;
}

Speaker Attribution::fromPhrase(const SpeakerPhrase &phrase, int verb) const
{
    Speaker s;
    if (!m_phrases.plausible(phrase))
        return s;
    int best = -1;
    for (int i = phrase.first; i < phrase.last; ++i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m < 0)
            continue;
        if (best < 0 || m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(best).kind != EntityKind::Person)
            best = m;
    }
    if (best >= 0) {
        const EntityMention &m = m_mentions.at(best);
        s.mentionStart = m.start;
        s.mentionEnd = m.end;
        s.entity = m.entity;
    } else {
        int pronoun = -1;
        for (int i = phrase.first; i < phrase.last; ++i) {
            if (m_tokens.at(i).isWord() && WordLists::isPronoun(m_tokens.at(i).lower))
                pronoun = i;
        }
        if (pronoun >= 0) {
            s.mentionStart = m_tokens.at(pronoun).start;
            s.mentionEnd = m_tokens.at(pronoun).end;
            s.entity = m_coreference.resolvePronoun(m_tokens.at(pronoun).lower, s.mentionStart);
        } else {
            s.mentionStart = m_tokens.at(phrase.first).start;
            s.mentionEnd = m_tokens.at(phrase.last - 1).end;
            QList<int> words;
            for (int i = phrase.first; i < phrase.last; ++i)
                words.append(i);
            s.entity = m_coreference.resolveDescription(words, s.mentionStart);
        }
    }
    s.name = s.entity >= 0 ? m_coreference.entities().at(s.entity).name
                           : m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
    if (verb >= 0) {
        s.cue = m_tokens.at(verb).lower == u"according" ? QStringLiteral("according to")
                                                        : m_tokens.at(verb).lower.toString();
        s.explicitCue = true;
    }
    return s;
}

Speaker Attribution::describedBy(const SpeakerPhrase &phrase, int verb) const
{
    Speaker s;
    s.mentionStart = m_tokens.at(phrase.first).start;
    s.mentionEnd = m_tokens.at(phrase.last - 1).end;
    s.name = m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
    s.cue =
        m_tokens.at(verb).lower == u"according" ? QStringLiteral("according to") : m_tokens.at(verb).lower.toString();
    s.explicitCue = true;
    return s;
}

Speaker Attribution::explicitSpeaker(int segment) const
{
    Speaker s = verbSpeaker(segment);
    if (s.isKnown() && s.cue != u"according to") {
        const Speaker outer = outerSource(segment, s.mentionStart > m_segments.at(segment).end);
        if (outer.isKnown())
            return outer;
        const Speaker reporter = reportingSource(segment);
        if (reporter.isKnown())
            return reporter;
    }
    return s;
}

Speaker Attribution::verbSpeaker(int segment) const
{
    // A transcript line: `"WALLACE: Let's start…`.
    {
        const int open = m_open.at(segment);
        const int inside = open + 1;
        int k = inside;
        while (k < m_close.at(segment) && k < inside + 4 && m_tokens.at(k).isWord() && isAllUpper(m_tokens.at(k).text)
               && m_tokens.at(k).text.size() > 1)
            ++k;
        if (k > inside && k < m_close.at(segment) && m_tokens.at(k).isPunct(u':')) {
            Speaker s;
            s.mentionStart = m_tokens.at(inside).start;
            s.mentionEnd = m_tokens.at(k - 1).end;
            s.name = m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
            s.explicitCue = true;
            return s;
        }
    }
    // `- Philip Bump: "…"`: a name and a colon right before the quotation.
    {
        const int open = m_open.at(segment);
        if (open >= 2 && m_tokens.at(open - 1).isPunct(u':')) {
            const int m = m_coreference.mentionAtToken(open - 2);
            if (m >= 0 && m_mentions.at(m).lastToken == open - 1 && !isAddressee(m_mentions.at(m).firstToken)
                && !isTalkedAbout(m_mentions.at(m).firstToken)
                && (m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(m).kind == EntityKind::Organization))
                return fromPhrase({m_mentions.at(m).firstToken, m_mentions.at(m).lastToken}, -1);
        }
    }
    // `he demurred: "…"`: a subject and any verb before a colon that opens the quotation.
    {
        const int open = m_open.at(segment);
        if (open >= 3 && m_tokens.at(open - 1).isPunct(u':') && m_tokens.at(open - 2).isWord()
            && !m_tokens.at(open - 2).isCapitalised()
            && (m_tokens.at(open - 2).lower.endsWith(u"ed") || m_tokens.at(open - 2).lower.endsWith(u's'))) {
            const Token &subject = m_tokens.at(open - 3);
            const int m = m_coreference.mentionAtToken(open - 3);
            if (subject.in(WordLists::Pronoun) && subject.lower != u"it" && subject.lower != u"you")
                return fromPhrase({open - 3, open - 2}, -1);
            if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).lastToken == open - 2)
                return fromPhrase({m_mentions.at(m).firstToken, open - 2}, -1);
        }
    }
    {
        const Speaker closing = closingAttribution(segment);
        if (closing.isKnown())
            return closing;
    }
    // `he replied, "…" He added, "…"`: a verb right before the quotation wins over one after it.
    {
        int k = m_open.at(segment) - 1;
        if (k >= 0 && (m_tokens.at(k).isPunct(u',') || m_tokens.at(k).isPunct(u':')))
            --k;
        if (k >= 0 && m_tokens.at(k).paragraph == m_segments.at(segment).paragraph && isCue(m_tokens, k)) {
            const Speaker s = speakerBefore(segment);
            if (s.isKnown())
                return s;
        }
    }
    // After the quotation: `"…," Negrete said`, `"…," said Negrete`, `"…" according to Negrete`,
    // `"…" Negrete, who …, said`, and a signature `"…" ― Pamela Padilla`.
    int end = windowEnd(segment);
    int a = m_close.at(segment) + 1;
    // `… to be "closely coordinated." She added that …`: a quotation that ends its sentence is not
    // attributed by the next one's verb.
    if (a < end && m_close.at(segment) > m_open.at(segment) + 1 && m_tokens.at(m_close.at(segment) - 1).isPunct(u'.')
        && m_tokens.at(a).isCapitalised() && !m_tokens.at(a).in(WordLists::SpeechVerb))
        end = a;
    bool dash = false;
    while (a < end && isLeadPunct(m_tokens.at(a))) {
        dash = dash || !m_tokens.at(a).isPunct(u',');
        ++a;
    }
    // `"…," as a Homeland Security memo put it.`
    if (a + 2 < end && m_tokens.at(a).lower == u"as") {
        for (int v = a + 2; v < end && v <= a + kAsPutItReach; ++v) {
            if (m_tokens.at(v).lower != u"put" || !isCue(m_tokens, v))
                continue;
            const SpeakerPhrase phrase = m_phrases.before(v, a + 1);
            if (phrase.isValid() && phrase.first == a + 1) {
                Speaker s = fromPhrase(phrase, v);
                if (!s.isKnown())
                    s = describedBy(phrase, v);
                return s;
            }
        }
    }
    if (dash && a < end && m_tokens.at(a).paragraph == m_segments.at(segment).paragraph) {
        const int m = m_coreference.mentionAtToken(a);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).firstToken == a)
            return fromPhrase({a, m_mentions.at(m).lastToken}, -1);
    }
    // `"This is fantastic!" beamed Donald Hartley`: a verb in the past tense right after the
    // quotation and then a person, whatever the verb.
    if (a + 1 < end && a == m_close.at(segment) + 1 && m_tokens.at(a).isWord() && !m_tokens.at(a).isCapitalised()
        && m_tokens.at(a).lower.endsWith(u"ed") && !m_tokens.at(a).in(WordLists::ClauseBoundary)) {
        const int m = m_coreference.mentionAtToken(a + 1);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).firstToken == a + 1)
            return fromPhrase({a + 1, m_mentions.at(m).lastToken}, -1);
    }
    // The name opening the attribution, also after its title: `"…" House Speaker Paul Ryan, …, told`,
    // or after a place and a role: `"…" Texas delegate Bill Eastland, …, said`.
    int opening = -1;
    for (int k = a; k < end && k < a + 4 && opening < 0; ++k) {
        const int m = m_coreference.mentionAtToken(k);
        if (m >= 0 && m_mentions.at(m).firstToken == k
            && (k == a || m_mentions.at(m).titleStart == m_tokens.at(a).start
                || (m_mentions.at(m).kind == EntityKind::Person && m_tokens.at(k - 1).in(WordLists::RoleNoun)))) {
            opening = m;
            // A place or body naming where the title or role is held is not the opening name: the
            // person after it is ("Texas delegate Bill Eastland", "House Speaker Paul Ryan").
            const int next = m_mentions.at(m).lastToken;
            if (m_mentions.at(m).kind != EntityKind::Person && next + 1 < end) {
                for (int p = next + 1; p < end && p <= next + 3; ++p) {
                    const int person = m_coreference.mentionAtToken(p);
                    if (person >= 0 && m_mentions.at(person).kind == EntityKind::Person
                        && m_mentions.at(person).firstToken == p
                        && (m_mentions.at(person).titleStart == m_tokens.at(next).start
                            || (p == next + 1 && m_tokens.at(next).in(WordLists::RoleNoun)))) {
                        opening = person;
                        break;
                    }
                }
            }
        } else if (m >= 0 || !m_tokens.at(k).isCapitalised()) {
            break;
        }
    }
    // `"…" nuclear experts David Albright and … wrote`: a description before the name opens it too.
    // Only after a quotation closed by a comma or a question: `"Orange is the New Black" star Selenis
    // Leyva` is a title before a role.
    const Token &lastInside = m_tokens.at(qMax(m_open.at(segment), m_close.at(segment) - 1));
    if (opening < 0 && a < end && !m_tokens.at(a).isCapitalised()
        && (lastInside.isPunct(u',') || lastInside.isPunct(u'?') || lastInside.isPunct(u'!'))
        && modifiesPerson(a, end)) {
        for (int k = a + 1; k < end && opening < 0; ++k)
            opening = m_coreference.mentionAtToken(k);
    }
    const bool personOpens = opening >= 0 && m_mentions.at(opening).kind == EntityKind::Person;
    // `"…," an intelligence source, who was not authorized to speak, told`: words set off by commas
    // after the phrase opening the attribution do not count towards the verb's reach.
    const auto [appositionOpen, appositionClose] = appositionAfter(a, end);
    const int reach = kAfterReach + (appositionOpen >= 0 ? appositionClose - appositionOpen + 1 : 0);
    for (int v = a; v < end && (v < a + reach || personOpens); ++v) {
        if (v > appositionOpen && v < appositionClose) // "who asked not to be named" is not the attribution
            continue;
        if (!isCue(m_tokens, v)) {
            // `"…" Trump barked.`: a person right after the quotation and then a verb in the past
            // tense is the speaker, whatever the verb.
            if (personOpens && v == m_mentions.at(opening).lastToken && m_tokens.at(v).isWord()
                && !m_tokens.at(v).isCapitalised() && m_tokens.at(v).lower.endsWith(u"ed")
                && (v + 1 >= end || m_tokens.at(v + 1).kind == TokenKind::Punct
                    || m_tokens.at(v + 1).in(WordLists::ClauseBoundary)))
                return fromPhrase({m_mentions.at(opening).firstToken, v}, -1);
            continue;
        }
        // `"…" for the EU, said Geert Wilders`: inverted after a comma.
        if (!personOpens && v > a && m_tokens.at(v - 1).isPunct(u',') && m_tokens.at(v).lower != u"according"
            && !isTellVerb(m_tokens.at(v))) {
            const Speaker s = fromPhrase(m_phrases.after(v, end), v);
            if (s.isKnown())
                return s;
        }
        bool adjacent = true;
        for (int k = a; k < v; ++k)
            adjacent = adjacent && m_tokens.at(k).isWord() && WordLists::isAttributionFiller(m_tokens.at(k).lower)
                && !(k == a && m_tokens.at(k).isCapitalised()); // "Will wrote": a capital after the quotation is a name
        if (adjacent || m_tokens.at(v).lower == u"according") {
            const SpeakerPhrase inverted = m_phrases.after(v, end);
            Speaker s = fromPhrase(inverted, v);
            // `"…" said the 46-year-old.`: any phrase with an article names the speaker here.
            if (!s.isKnown() && inverted.isValid() && m_tokens.at(inverted.first).in(WordLists::Determiner))
                s = describedBy(inverted, v);
            if (!s.isKnown())
                s = describedPersonAfter(v, end);
            if (s.isKnown())
                return s;
            break;
        }
        // `"…" - as described by FBI Director James Comey`: a passive speech verb's agent.
        if (v + 2 < end && m_tokens.at(v + 1).lower == u"by" && isNamedAgent(v + 2)) {
            const Speaker agent = fromPhrase(m_phrases.after(v + 1, end), v);
            if (agent.isKnown())
                return agent;
        }
        // The phrase opening the window is the subject, whatever stands between it and the verb.
        if (opening >= 0)
            return fromPhrase({m_mentions.at(opening).firstToken, m_mentions.at(opening).lastToken}, v);
        const SpeakerPhrase before = m_phrases.before(v, a);
        // `"…," as Cruz said on the radio`: "as" and the speaker.
        const bool asSaid = m_tokens.at(a).lower == u"as" && before.isValid() && before.first == a + 1;
        if (asSaid) {
            const Speaker s = fromPhrase(before, v);
            if (s.isKnown())
                return s;
        }
        if (before.isValid() && before.first == a) {
            Speaker s = fromPhrase(before, v);
            // Any short phrase right before the verb names the speaker: "the moderator said", "a
            // welcome message on the website reads".
            // "an intelligence source, who was not authorized to speak, told": a short description
            // before an apposition the phrase finder skipped.
            const bool opener = isDescriptionOpener(m_tokens.at(before.first));
            if (!s.isKnown()
                && (v - a <= 4 || (opener && (v - a <= 8 || before.last - before.first <= kMaxDescriptionWords))))
                s = describedBy(before, v);
            if (s.isKnown())
                return s;
        } else if (const Speaker named = appositiveName(a, v); named.isKnown()) {
            return named;
        } else if (isDescriptionOpener(m_tokens.at(a)) && v - a <= kMaxJoinedDescription && wordsOnly(a, v, true)) {
            // `"…," the Florida senator and presidential candidate said`: a description joined by
            // "and" runs from the article to the verb.
            QList<int> words;
            for (int k = a; k < v; ++k)
                words.append(k);
            Speaker s = describedBy({a, v}, v);
            s.entity = m_coreference.resolveDescription(words, s.mentionStart);
            if (s.entity >= 0)
                s.name = m_coreference.entities().at(s.entity).name;
            return s;
        } else if (before.isValid() && m_tokens.at(before.first - 1).isPunct(u',') && isNamedSpeaker(before)
                   && (v + 1 >= end || m_tokens.at(v + 1).kind == TokenKind::Punct)
                   && !(m_tokens.at(m_close.at(segment) - 1).isPunct(u',')
                        && m_tokens.at(a).in(WordLists::Determiner))) {
            // `"…" to drive up the stock price, she said.`: the quotation goes on in the writer's
            // words and the attribution closes the sentence after a comma; so after a comma closing
            // the quotation and an aside (`"…," just as Clinton did in 2008, Rendell added.`), but
            // not after a new clause's subject: `a "sanctuary town," the resolutions stand, she said`.
            const Speaker s = fromPhrase(before, v);
            if (s.isKnown())
                return s;
        }
        break;
    }
    const Speaker before = speakerBefore(segment);
    return before.isKnown() ? before : transcriptLine(segment);
}

std::pair<int, int> Attribution::appositionAfter(int first, int end) const
{
    int comma = first;
    while (comma < end && comma < first + kAfterReach && !m_tokens.at(comma).isPunct(u','))
        ++comma;
    if (comma == first || comma >= end || comma >= first + kAfterReach)
        return {-1, -1};
    for (int k = comma + 1; k < end && k <= comma + kMaxAppositionWords; ++k) {
        const Token &t = m_tokens.at(k);
        // Only words the attribution's verb follows right away: ", the GOP leaners seem …, according
        // to" is a clause of its own.
        if (t.isPunct(u','))
            return k > comma + 1 && k + 1 < end && isCue(m_tokens, k + 1) && m_tokens.at(k + 1).lower != u"according"
                ? std::pair<int, int>(comma, k)
                : std::pair<int, int>(-1, -1);
        if (t.isSentenceEnd() || t.kind == TokenKind::QuoteMark || t.quote >= 0)
            return {-1, -1};
    }
    return {-1, -1};
}

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
        if (k >= start && m_tokens.at(v).lower.endsWith(u"ing")
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
            int outer = phrase.first - 1;
            if (outer > start && m_tokens.at(outer).lower == u"that")
                --outer;
            if (outer >= start && isCue(m_tokens, outer) && m_tokens.at(outer).lower != u"according") {
                const Speaker reporter = fromPhrase(m_phrases.before(outer, start), outer);
                if (reporter.isKnown())
                    return reporter;
            }
            // `Trump said during a rally in Michigan that Clinton described it as "…"`, `she pointed
            // to reports that Trump called her "…"`: a few words may part the outer verb from "that".
            if (phrase.first - 1 >= start && m_tokens.at(phrase.first - 1).lower == u"that") {
                for (int o = phrase.first - 2; o >= start && o >= phrase.first - kOuterReach; --o) {
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
        const Speaker previousSentence = previousSentenceSpeaker(i);
        if (previousSentence.isKnown()) {
            result[i] = previousSentence;
            continue;
        }
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
        const Speaker document = documentSubject(i);
        if (document.isKnown()) {
            result[i] = document;
            continue;
        }
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
            const Speaker possessor = possessorOfWords(i);
            if (possessor.isKnown()) {
                result[i] = possessor;
                continue;
            }
        }
        if (open > 0 && m_tokens.at(open - 1).paragraph == seg.paragraph
            && (m_tokens.at(open - 1).isWord() || m_tokens.at(open - 1).kind == TokenKind::Possessive)) {
            const Speaker possessor = possessorOfWords(i);
            if (possessor.isKnown()) {
                result[i] = possessor;
                continue;
            }
            const Speaker clause = clauseSubject(i);
            if (clause.isKnown()) {
                result[i] = clause;
                continue;
            }
            const Speaker joined = joinedClauseSubject(i);
            if (joined.isKnown()) {
                result[i] = joined;
                continue;
            }
            const Speaker subject = sentenceSubject(i);
            if (subject.isKnown()) {
                result[i] = subject;
                continue;
            }
            // `…, he said. Good information can drive out bad, but only when "…"`: the speaker whose
            // attribution closes the sentence before goes on being reported.
            const Speaker reported = previousClosingAttribution(i);
            if (reported.isKnown()) {
                result[i] = reported;
                continue;
            }
            // `The audience … followed him by softly echoing "too many."`: a noun phrase opening the
            // quotation's own sentence is likelier than the paragraph's other speaker.
            const Speaker nounPhrase = nounPhraseSubject(i);
            if (nounPhrase.isKnown()) {
                result[i] = nounPhrase;
                continue;
            }
        }
        if (same >= 0) {
            result[i] = result.at(same);
            continue;
        }
        const Speaker subject = sentenceSubject(i);
        if (subject.isKnown()) {
            result[i] = subject;
            continue;
        }
        const Speaker introducer = previousSentenceSubject(i);
        if (introducer.isKnown()) {
            result[i] = introducer;
            continue;
        }
        if (m_open.at(i) == m_paragraphFirst.value(seg.paragraph, -1)) {
            const Speaker introduced = colonIntroduction(seg.paragraph);
            if (introduced.isKnown()) {
                result[i] = introduced;
                continue;
            }
        }
        if (paragraphIsOnlyQuotes(seg.paragraph)) {
            // A paragraph that is only a quotation continues the speaker of the one before.
            const int prev = previousParagraph(seg.paragraph);
            // A signature line under the quotation ("- Sanders.") names it before anything else does.
            const int next = nextParagraph(seg.paragraph);
            const int nextFirst = next >= 0 ? m_paragraphFirst.at(next) : -1;
            if (nextFirst >= 0 && m_tokens.at(nextFirst).kind == TokenKind::Punct
                && isLeadPunct(m_tokens.at(nextFirst))) {
                const Speaker signature = trailingSignature(next);
                if (signature.isKnown()) {
                    result[i] = signature;
                    continue;
                }
            }
            const Speaker closing = prev >= 0 ? closingSentenceSpeaker(prev) : Speaker();
            if (closing.isKnown()) {
                result[i] = closing;
                continue;
            }
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
                const Speaker signature = trailingSignature(next);
                if (signature.isKnown()) {
                    result[i] = signature;
                    continue;
                }
            }
        }
        // `…, with Sen. John McCain calling it a "Chinese menu."`: a person named earlier in the
        // quotation's own sentence is likelier than a speaker carried over from elsewhere.
        // `His chief aide doubled down, saying she is "…"`: the noun phrase opening the sentence.
        const bool inSentence = open > 0 && m_tokens.at(open - 1).paragraph == seg.paragraph
            && (m_tokens.at(open - 1).isWord() || m_tokens.at(open - 1).kind == TokenKind::Possessive);
        const Speaker nounPhrase = inSentence ? nounPhraseSubject(i) : Speaker();
        if (nounPhrase.isKnown()) {
            result[i] = nounPhrase;
            continue;
        }
        const Speaker named = personInSentence(i);
        if (named.isKnown()) {
            result[i] = named;
            continue;
        }
        const Speaker after = personAfterInSentence(i);
        if (after.isKnown()) {
            result[i] = after;
            continue;
        }
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
