#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The speech verb of a quotation's own sentence, tried in order: a speaker line or a name before a
// colon that opens the quotation, an attribution closing the sentence, a verb right before the
// quotation, then the attribution after it ("…," Negrete said / said Negrete / the mayor, who …,
// said) with the name, title or description that opens it; the verb before it comes last.
// Why this order: the words touching the quotation say most reliably who speaks.
namespace lede {

using namespace cues;

namespace {

constexpr int kAfterReach = 12; // tokens after a quotation a speech verb may stand
constexpr int kChainVerbReach = 3; // tokens after a body's phrase its verb may stand ("also said")
constexpr int kMaxJoinedDescription = 9; // "the independent Vermont senator and Democratic presidential candidate"
constexpr int kMaxAppositionWords = 14; // ", who was not authorized to speak on the record,"

// Whether the tokens from `first` up to the name at `person` are a role ("delegate"), or a word in
// lower case and the role it says which ("press secretary").
bool roleBetween(const QList<Token> &tokens, int first, int person)
{
    const Token &role = tokens.at(person - 1);
    return (person == first + 1
            || (person == first + 2 && tokens.at(first).isWord() && !tokens.at(first).isCapitalised()))
        && role.isWord() && role.in(WordLists::RoleNoun | WordLists::PersonTitle);
}

// A verb that gives a name: "dubbed the "Hanoi Hilton"", "as Reed dubbed the combination".
bool isNamingVerb(const Token &t)
{
    static const QStringView naming[] = {u"dubbed",  u"dubs",     u"called",  u"calls",  u"named",  u"nicknamed",
                                         u"labeled", u"labelled", u"branded", u"billed", u"termed", u"terms"};
    return t.isWord() && t.isOneOf(naming);
}

} // namespace

Speaker Attribution::namingAgent(int segment) const
{
    // A name given in the passive: the thing named is no speaker, and whoever is near is not the
    // one who gave the name; the agent after "by" is.
    const int open = m_open.at(segment);
    const int by = m_close.at(segment) + 1;
    int k = open - 1;
    if (k >= 1 && cues::isArticle(m_tokens.at(k)))
        --k;
    if (k < 0 || !isNamingVerb(m_tokens.at(k)) || by + 1 >= m_tokens.size() || m_tokens.at(by).lower != u"by"
        || m_tokens.at(by).paragraph != m_segments.at(segment).paragraph)
        return {};
    SpeakerPhrase phrase = m_phrases.after(by, windowEnd(segment));
    // "by American servicemen held there": a participle after the agent describes it.
    static const QStringView irregular[] = {u"held", u"kept", u"known", u"led", u"left", u"made", u"seen", u"sent"};
    for (int i = phrase.first + 1; i < phrase.last; ++i) {
        const Token &t = m_tokens.at(i);
        if (t.isWord() && !t.isCapitalised() && (endsWithText(t.lower, u"ed") || t.isOneOf(irregular))) {
            phrase.last = i;
            break;
        }
    }
    if (!phrase.isValid() || !m_phrases.plausible(phrase))
        return {};
    const Speaker s = fromPhrase(phrase, k);
    return s.isKnown() ? s : describedBy(phrase, k);
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
            && (endsWithText(m_tokens.at(open - 2).lower, u"ed") || m_tokens.at(open - 2).lower.endsWith(u's'))) {
            const Token &subject = m_tokens.at(open - 3);
            const int m = m_coreference.mentionAtToken(open - 3);
            if (subject.in(WordLists::Pronoun) && subject.lower != u"it" && subject.lower != u"you")
                return fromPhrase({open - 3, open - 2}, -1);
            if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).lastToken == open - 2)
                return fromPhrase({m_mentions.at(m).firstToken, open - 2}, -1);
        }
    }
    {
        const Speaker agent = namingAgent(segment);
        if (agent.isKnown())
            return agent;
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
    // `"…," as a Homeland Security memo put it.`, `the "new Gannett," as Reed dubbed the combination`.
    if (a + 2 < end && m_tokens.at(a).lower == u"as") {
        for (int v = a + 2; v < end && v <= a + kAsPutItReach; ++v) {
            const bool putIt = m_tokens.at(v).lower == u"put" && isCue(m_tokens, v);
            if (!putIt && !isNamingVerb(m_tokens.at(v)))
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
        && endsWithText(m_tokens.at(a).lower, u"ed") && !m_tokens.at(a).in(WordLists::ClauseBoundary)) {
        const int m = m_coreference.mentionAtToken(a + 1);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person && m_mentions.at(m).firstToken == a + 1)
            return fromPhrase({a + 1, m_mentions.at(m).lastToken}, -1);
    }
    // The name opening the attribution, also after its title: `"…" House Speaker Paul Ryan, …, told`,
    // or after a place and a role: `"…" Texas delegate Bill Eastland, …, said`.
    int opening = -1;
    // "the U.S. Attorney's Office for …": a body's name after the article opens it too, when the
    // names of what it is for or of follow ("the Labour Party's Ann Lee" is Ann Lee's).
    static const QStringView links[] = {u"for", u"of", u"in", u"at"};
    const auto isBodyLink = [&](int k, int limit) {
        return k + 1 < limit && m_tokens.at(k).isWord() && m_tokens.at(k).isOneOf(links);
    };
    const bool article = a + 1 < end && m_tokens.at(a).isWord() && m_tokens.at(a).lower == u"the";
    for (int k = a; k < end && k < a + 4 && opening < 0; ++k) {
        const int m = m_coreference.mentionAtToken(k);
        if (m >= 0 && m_mentions.at(m).firstToken == k
            && (k == a || m_mentions.at(m).titleStart == m_tokens.at(a).start
                || (article && k == a + 1 && m_mentions.at(m).kind == EntityKind::Organization
                    && isBodyLink(m_mentions.at(m).lastToken, end))
                || (m_mentions.at(m).kind == EntityKind::Person && m_tokens.at(k - 1).in(WordLists::RoleNoun)))) {
            opening = m;
            // A place or body naming where the title or role is held is not the opening name: the
            // person after it is ("Texas delegate Bill Eastland", "House Speaker Paul Ryan", "White
            // House press secretary Josh Earnest", a word before the title saying which).
            const int next = m_mentions.at(m).lastToken;
            if (m_mentions.at(m).kind != EntityKind::Person && next + 1 < end) {
                for (int p = next + 1; p < end && p <= next + 3; ++p) {
                    const int person = m_coreference.mentionAtToken(p);
                    if (person >= 0 && m_mentions.at(person).kind == EntityKind::Person
                        && m_mentions.at(person).firstToken == p
                        && (m_mentions.at(person).titleStart == m_tokens.at(next).start
                            || roleBetween(m_tokens, next, p))) {
                        opening = person;
                        break;
                    }
                }
            }
        } else if (m >= 0 || (!m_tokens.at(k).isCapitalised() && !(article && k == a))) {
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
    int reach = kAfterReach + (appositionOpen >= 0 ? appositionClose - appositionOpen + 1 : 0);
    // "the U.S. Attorney's Office for the Western District of New York said": the names of the
    // places or bodies a body is for or of belong to its phrase, however long.
    if (opening >= 0 && !personOpens) {
        int k = m_mentions.at(opening).lastToken;
        while (isBodyLink(k, end)) {
            int next = k + 1;
            if (m_tokens.at(next).isWord() && m_tokens.at(next).lower == u"the")
                ++next;
            const int m = next < end ? m_coreference.mentionAtToken(next) : -1;
            if (m < 0 || m_mentions.at(m).firstToken != next)
                break;
            k = m_mentions.at(m).lastToken;
        }
        reach = qMax(reach, k - a + kChainVerbReach);
    }
    for (int v = a; v < end && (v < a + reach || personOpens); ++v) {
        if (v > appositionOpen && v < appositionClose) // "who asked not to be named" is not the attribution
            continue;
        if (!isCue(m_tokens, v)) {
            // `"…" Trump barked.`: a person right after the quotation and then a verb in the past
            // tense is the speaker, whatever the verb.
            if (personOpens && v == m_mentions.at(opening).lastToken && m_tokens.at(v).isWord()
                && !m_tokens.at(v).isCapitalised() && endsWithText(m_tokens.at(v).lower, u"ed")
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
        // `"…," saying the city embodied …`: a participle is never inverted; what follows it is
        // what was said, and its subject is the sentence's.
        if (adjacent && endsWithText(m_tokens.at(v).lower, u"ing") && m_tokens.at(v).lower != u"according")
            break;
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
        const SpeakerPhrase before = m_phrases.before(v, a);
        if (opening >= 0) {
            // `"…," Labour's leader said`: the name opening it says only whose role speaks.
            if (before.isValid() && before.first == m_mentions.at(opening).firstToken && before.last == v
                && isRoleOf(before, m_mentions.at(opening).lastToken - 1))
                return fromPhrase(before, v);
            return fromPhrase({m_mentions.at(opening).firstToken, m_mentions.at(opening).lastToken}, v);
        }
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

} // namespace lede
