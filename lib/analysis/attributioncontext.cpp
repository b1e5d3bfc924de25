#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"

// The attribution rules that look past the quotation's own clause: descriptions around a name,
// the subject of a neighbouring sentence, a person or organisation named earlier in the sentence,
// and the speech verb a participle continues.
namespace lede {

using namespace cues;

namespace {

constexpr int kDescribedReach = 5; // "said master of ceremonies Asab Al-Tabchi"
constexpr int kMaxDateline = 9; // "PHILADELPHIA, July 25 (UPI) —"
constexpr int kMaxOpeningPhrase = 15; // "On the first day of the convention in Philadelphia,"
constexpr int kPossessorReach = 10; // "his warning that Britain would have to go to the "…""
constexpr int kMaxClauseOpening = 8; // "though at a news conference last week he"

// Nouns for what someone said: after a possessive they name whose words follow.
bool isSpeechNoun(const Token &t)
{
    static const QStringView words[] = {
        u"claim",      u"claims",   u"remark", u"remarks",    u"comment",     u"comments",   u"warning",
        u"statement",  u"response", u"reply",  u"view",       u"words",       u"dictum",     u"assertion",
        u"suggestion", u"promise",  u"pledge", u"accusation", u"argument",    u"prediction", u"complaint",
        u"quip",       u"boast",    u"vow",    u"insistence", u"description", u"post",       u"tweet",
        u"letter",     u"email",    u"memo",   u"assumption"};
    return t.isWord() && t.isOneOf(words);
}

bool isPossessivePronoun(const Token &t)
{
    return t.isWord() && (t.lower == u"his" || t.lower == u"her" || t.lower == u"their");
}

} // namespace

int Attribution::afterDateline(int start, int open) const
{
    // "Washington (AFP) – Democrat Hillary Clinton has …", "LA CROSSE, Wisc. — Gov. Mike Pence …":
    // a dateline opening a paragraph ends at its dash; the sentence starts after it.
    if (start >= open || m_paragraphFirst.value(m_tokens.at(start).paragraph, -1) != start)
        return start;
    for (int k = start; k < open && k <= start + kMaxDateline; ++k) {
        const Token &t = m_tokens.at(k);
        if (t.isDash())
            return k > start ? k + 1 : start;
        if (t.isWord() && !t.isCapitalised())
            return start;
    }
    return start;
}

Speaker Attribution::describedPersonAfter(int verb, int end) const
{
    // `said master of ceremonies Asab Al-Tabchi`, `said 9/11 widow Terry Strada`: the person named
    // right after a description that follows the inverted verb.
    for (int k = verb + 1; k < end && k <= verb + kDescribedReach; ++k) {
        const Token &t = m_tokens.at(k);
        const int m = m_coreference.mentionAtToken(k);
        if (m >= 0) {
            if (k == verb + 1 || m_mentions.at(m).firstToken != k || m_mentions.at(m).kind != EntityKind::Person)
                return {};
            return fromPhrase({k, m_mentions.at(m).lastToken}, verb);
        }
        if (t.quote >= 0 || t.kind == TokenKind::QuoteMark || t.isPunct(u',') || t.isSentenceEnd()
            || (t.in(WordLists::ClauseBoundary) && t.lower != u"of") || t.in(WordLists::TimeWord))
            return {};
    }
    return {};
}

bool Attribution::modifiesPerson(int first, int open) const
{
    // "Republican presidential nominee Donald Trump": lower-case words before a person's name
    // describe that person, unless one of them opens a phrase or clause ("Speaking to").
    for (int k = first; k < open && k <= first + 3; ++k) {
        const Token &t = m_tokens.at(k);
        const int m = m_coreference.mentionAtToken(k);
        if (m >= 0)
            return k > first && m_mentions.at(m).firstToken == k && m_mentions.at(m).kind == EntityKind::Person;
        if (!t.isWord() || t.isCapitalised() || t.in(WordLists::ClauseBoundary | WordLists::SpeechVerb)
            || endsWithText(t.lower, u"ing") || endsWithText(t.lower, u"ed"))
            return false;
    }
    return false;
}

Speaker Attribution::clausePronoun(int last, int start) const
{
    // A participle or a verb after "and" shares the subject of the clause it joins: the pronoun
    // that opens it after a subordinator, a conjunction or a comma, also after a phrase of time or
    // place ("though at a news conference he"). "noted that he taught" opens a reported clause
    // instead ("so that he" does not), and "they" stands for things as often.
    static const QStringView subjects[] = {u"he", u"she"};
    static const QStringView joiners[] = {u"and", u"but", u"as", u"so", u"then"};
    static const QStringView prepositions[] = {u"at", u"in", u"on", u"during", u"after", u"before", u"later"};
    auto opensClause = [&](int k) {
        const Token &t = m_tokens.at(k);
        return isSubordinator(t) || t.isOneOf(joiners) || t.isPunct(u',')
            || (t.lower == u"that" && k - 1 >= start && m_tokens.at(k - 1).lower == u"so");
    };
    for (int k = last; k >= start; --k) {
        const Token &t = m_tokens.at(k);
        if (t.quote >= 0 || !t.isOneOf(subjects))
            continue;
        bool opens = k == start || opensClause(k - 1);
        for (int p = k - 1; !opens && p > start && p >= k - kMaxClauseOpening && m_tokens.at(p).isWord(); --p)
            opens = m_tokens.at(p).isOneOf(prepositions) && opensClause(p - 1);
        return opens ? fromPhrase({k, k + 1}, -1) : Speaker();
    }
    return {};
}

Speaker Attribution::finiteCueSpeaker(int comma, int start) const
{
    for (int v = comma - 1; v >= start; --v) {
        if (m_tokens.at(v).quote >= 0)
            return {};
        if (!isCue(m_tokens, v) || endsWithText(m_tokens.at(v).lower, u"ing") || m_tokens.at(v).lower == u"according")
            continue;
        Speaker s = fromPhrase(m_phrases.before(v, start), v);
        if (!s.isKnown())
            s = fromPhrase(m_phrases.after(v, comma), v);
        return s;
    }
    return {};
}

Speaker Attribution::personInSentence(int segment) const
{
    const int open = m_open.at(segment);
    const int start = windowStart(segment);
    if (start >= open || m_tokens.at(open - 1).paragraph != m_segments.at(segment).paragraph)
        return {};
    for (int i = open - 1; i >= start; --i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_tokens.at(i).quote < 0 && m_mentions.at(m).kind == EntityKind::Person)
            return fromPhrase({m_mentions.at(m).firstToken, m_mentions.at(m).lastToken}, -1);
    }
    // "the NRA was going into overdrive, whipping lawmakers against "…"": else an organisation.
    for (int i = open - 1; i >= start; --i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_tokens.at(i).quote < 0 && m_mentions.at(m).kind == EntityKind::Organization)
            return fromPhrase({m_mentions.at(m).firstToken, m_mentions.at(m).lastToken}, -1);
    }
    return {};
}

Speaker Attribution::causedSpeaker(int segment) const
{
    static const QStringView causing[] = {u"led",   u"prompted", u"caused",    u"forced",     u"pushed",
                                          u"drove", u"inspired", u"compelled", u"encouraged", u"spurred"};
    const int open = m_open.at(segment);
    const int sentence = m_tokens.at(open).sentence;
    for (int to = open - 1; to > 1 && m_tokens.at(to).sentence == sentence; --to) {
        if (m_tokens.at(to).lower != u"to" || m_tokens.at(to).quote >= 0)
            continue;
        const int m = m_coreference.mentionAtToken(to - 1);
        if (m < 0 || m_mentions.at(m).kind != EntityKind::Person || m_mentions.at(m).lastToken != to)
            continue;
        // The verb, then at most a short description of the person ("the Latvian journalist").
        for (int k = m_mentions.at(m).firstToken - 1;
             k >= 0 && k >= m_mentions.at(m).firstToken - 1 - kMaxDescriptionWords && m_tokens.at(k).isWord()
             && m_tokens.at(k).sentence == sentence;
             --k) {
            if (m_tokens.at(k).isOneOf(causing))
                return fromPhrase({m_mentions.at(m).firstToken, m_mentions.at(m).lastToken}, -1);
        }
    }
    return {};
}

Speaker Attribution::personAfterInSentence(int segment) const
{
    // `"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.`:
    // when no rule finds the attribution, the first person named after the quotation in the rest
    // of its sentence, not spoken to or talked about, is likelier than a speaker from elsewhere.
    const int end = windowEnd(segment);
    for (int i = m_close.at(segment) + 1; i < end; ++i) {
        if (m_tokens.at(i).quote >= 0)
            continue;
        const int m = m_coreference.mentionAtToken(i);
        if (m < 0 || m_mentions.at(m).firstToken != i || m_mentions.at(m).kind != EntityKind::Person)
            continue;
        if (isAddressee(i) || isTalkedAbout(i))
            return {};
        return fromPhrase({i, m_mentions.at(m).lastToken}, -1);
    }
    return {};
}

Speaker Attribution::joinedClauseSubject(int segment) const
{
    // `Cruz pledged to visit every county and he has long used that fact … for not campaigning
    // "the Iowa way."`: a clause joined inside the sentence has its own subject, and the nearest
    // such subject before the quotation is whose words they are.
    static const QStringView joiners[] = {u"and", u"but", u"while", u"as", u"when", u"though", u"although"};
    static const QStringView copulas[] = {u"is", u"was", u"are", u"were"};
    const int open = m_open.at(segment);
    const int start = windowStart(segment);
    for (int c = open - 2; c > start; --c) {
        if (m_tokens.at(c).quote >= 0 || !m_tokens.at(c).isOneOf(joiners))
            continue;
        // "Cruz and Trump have used": "and" after a name joins names, not clauses.
        if (m_tokens.at(c - 1).isCapitalised() || m_coreference.mentionAtToken(c - 1) >= 0)
            continue;
        const int first = c + 1;
        const Token &t = m_tokens.at(first);
        int after = -1;
        const int m = m_coreference.mentionAtToken(first);
        if (t.in(WordLists::Pronoun) && t.lower != u"it" && t.lower != u"you" && t.lower != u"her" && t.lower != u"him"
            && t.lower != u"them")
            after = first + 1;
        else if (m >= 0 && m_mentions.at(m).firstToken == first
                 && (m_mentions.at(m).kind == EntityKind::Person || m_mentions.at(m).kind == EntityKind::Organization))
            after = m_mentions.at(m).lastToken;
        // The subject is followed by its verb: a lower-case word that opens no phrase of its own.
        if (after < 0 || after >= open - 1 || !m_tokens.at(after).isWord() || m_tokens.at(after).isCapitalised()
            || (m_tokens.at(after).in(WordLists::ClauseBoundary) && !m_tokens.at(after).isOneOf(copulas)))
            continue;
        return fromPhrase({first, after}, -1);
    }
    return {};
}

Speaker Attribution::previousSentenceSubject(int segment) const
{
    // `Clinton touted her credentials. "We need to find ways …"`: a quotation opening a sentence
    // after one whose subject is a person continues that person, whatever the verb.
    const int open = m_open.at(segment);
    const int paragraph = m_segments.at(segment).paragraph;
    if (windowStart(segment) != open || open == 0)
        return {};
    const Token &before = m_tokens.at(open - 1);
    if (before.paragraph != paragraph || before.quote >= 0 || !before.isSentenceEnd())
        return {};
    int floor = qMax(0, m_paragraphFirst.value(paragraph, 0));
    if (segment > 0 && m_segments.at(segment - 1).paragraph == paragraph)
        floor = qMax(floor, m_close.at(segment - 1) + 1);
    const int start = lowerBoundOf(m_tokens, open - 1, floor);
    const Speaker person = personOpening(start, open - 1, true);
    if (person.isKnown() || !m_tokens.at(start).in(WordLists::Determiner))
        return person;
    // `The Christian leader further related that … "…"`: else a description of a person opening
    // it, its head a word for a role, before a lower-case verb.
    for (int i = start + 1; i + 1 < open - 1 && i <= start + kMaxDescriptionWords; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord())
            return {};
        const Token &verb = m_tokens.at(i + 1);
        if (t.in(WordLists::RoleNoun | WordLists::PersonTitle) && !t.lower.endsWith(u's')
            && !t.in(WordLists::TitleModifier) && !verb.in(WordLists::RoleNoun | WordLists::PersonTitle)) {
            if (verb.isWord() && !verb.isCapitalised() && !verb.in(WordLists::ClauseBoundary))
                return descriptionSpeaker(start, i + 1);
            return {};
        }
    }
    return {};
}

Speaker Attribution::personOpening(int start, int end, bool loose) const
{
    for (int i = start; i < end && i < start + kMaxDescriptionWords; ++i) {
        const Token &t = m_tokens.at(i);
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0) {
            if (m_mentions.at(m).kind != EntityKind::Person || m_mentions.at(m).firstToken != i)
                return {};
            return fromPhrase({i, m_mentions.at(m).lastToken}, -1);
        }
        if (i == start && t.in(WordLists::Pronoun) && t.lower != u"it" && t.lower != u"you")
            return fromPhrase({i, i + 1}, -1);
        const bool skipped = t.in(WordLists::Determiner | WordLists::PersonTitle | WordLists::TitleModifier)
            || (loose && ((t.isCapitalised() && i == start) || modifiesPerson(i, end)));
        if (!t.isWord() || !skipped)
            return {};
    }
    return {};
}

Speaker Attribution::closingSentenceSpeaker(int paragraph) const
{
    // `Valastro praised Christie's leadership. | "We need someone …"`: a paragraph that is only a
    // quotation continues the person whom the previous paragraph's last sentence is about, when that
    // sentence quotes nobody: its speech verb's subject, else the person or pronoun opening it.
    const int first = m_paragraphFirst.value(paragraph, -1);
    if (first < 0)
        return {};
    const int last = m_paragraphEnd.at(paragraph) - 1;
    if (!m_tokens.at(last).isSentenceEnd() || m_tokens.at(last).quote >= 0)
        return {};
    const int start = lowerBoundOf(m_tokens, last, first);
    for (int i = start; i <= last; ++i) {
        if (m_tokens.at(i).quote >= 0 || m_tokens.at(i).kind == TokenKind::QuoteMark)
            return {};
    }
    for (int v = start; v < last; ++v) {
        if (!isCue(m_tokens, v) || m_tokens.at(v).lower == u"according" || endsWithText(m_tokens.at(v).lower, u"ing"))
            continue;
        Speaker s = fromPhrase(m_phrases.before(v, start), v);
        if (!s.isKnown())
            s = fromPhrase(m_phrases.after(v, last), v);
        if (s.isKnown())
            return s;
        break;
    }
    return personOpening(start, last, false);
}

Speaker Attribution::possessorOfWords(int segment) const
{
    // `Politifact seized on Trump's claim that there have been "…"`, `her remark that "…"`, `in
    // Bolton's view`: words that a possessive marks as someone's claim, remark or view are theirs.
    const int open = m_open.at(segment);
    const int start = windowStart(segment);
    for (int i = open - 1; i >= start && i >= open - kPossessorReach; --i) {
        const Token &t = m_tokens.at(i);
        if (t.quote >= 0 || t.kind == TokenKind::QuoteMark)
            return {};
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person
            && (m_mentions.at(m).lastToken >= open
                || m_tokens.at(m_mentions.at(m).lastToken).kind != TokenKind::Possessive))
            return {};
        if (!isSpeechNoun(t))
            continue;
        // "his claim that", "her response was:"; not "Trump's remarks as "…"" or "statement about "…"",
        // where the writer or someone else describes the words.
        const Token &after = m_tokens.at(i + 1);
        static const QStringView openers[] = {u"that", u"was", u"is", u"were"};
        if (i + 1 != open && !after.isPunct(u',') && !after.isPunct(u':') && !after.isOneOf(openers))
            return {};
        // "her March comment": a word or two may stand between the possessive and the noun.
        for (int p = i - 1; p >= start && p >= i - 3; --p) {
            const Token &q = m_tokens.at(p);
            if (q.kind == TokenKind::Possessive) {
                const int owner = p > 0 ? m_coreference.mentionAtToken(p - 1) : -1;
                if (owner >= 0 && m_mentions.at(owner).lastToken == p
                    && (m_mentions.at(owner).kind == EntityKind::Person
                        || m_mentions.at(owner).kind == EntityKind::Organization))
                    return fromPhrase({m_mentions.at(owner).firstToken, p}, -1);
                return {};
            }
            if (isPossessivePronoun(q)) {
                // A possessive pronoun is no subject phrase, so it is resolved here directly.
                Speaker s;
                s.mentionStart = q.start;
                s.mentionEnd = q.end;
                s.entity = m_coreference.resolvePronoun(q.lower, q.start);
                s.name = s.entity >= 0 ? m_coreference.entities().at(s.entity).name : q.text.toString();
                return s;
            }
            if (!q.isWord() || q.in(WordLists::ClauseBoundary))
                break;
        }
        return {};
    }
    return {};
}

Speaker Attribution::nounPhraseSubject(int segment) const
{
    // `Corporate lobbyists describe such work as "…"`, `On Social Security, both oppose the "…"`,
    // `His chief aide doubled down, saying she is "…"`: a short noun phrase opening the sentence
    // before its verb speaks, when no name or pronoun does.
    const int open = m_open.at(segment);
    const int paragraphFirst = qMax(0, m_paragraphFirst.value(m_segments.at(segment).paragraph, 0));
    int start = afterDateline(lowerBoundOf(m_tokens, open, paragraphFirst), open);
    static const QStringView conjunctions[] = {u"but", u"and", u"so", u"yet", u"still"};
    static const QStringView openers[] = {u"on",       u"in",     u"at",  u"outside", u"under", u"after", u"before",
                                          u"during",   u"with",   u"for", u"from",    u"since", u"while", u"when",
                                          u"although", u"though", u"if",  u"because", u"as",    u"like"};
    if (start < open && m_tokens.at(start).isOneOf(conjunctions))
        ++start;
    if (start < open && m_tokens.at(start).isOneOf(openers)) {
        int comma = start + 1;
        while (comma < open && comma < start + kMaxOpeningPhrase && !m_tokens.at(comma).isPunct(u','))
            ++comma;
        if (comma >= open || !m_tokens.at(comma).isPunct(u','))
            return {};
        start = comma + 1;
    }
    static const QStringView quantifiers[] = {u"the",       u"a",       u"an",   u"his",     u"her",      u"their",
                                              u"its",       u"our",     u"one",  u"another", u"many",     u"most",
                                              u"some",      u"several", u"both", u"all",     u"hundreds", u"dozens",
                                              u"thousands", u"other",   u"few",  u"those",   u"these"};
    // "Perhaps there are grounds for hope, since the "new Gannett" …": sentence adverbs name no one.
    static const QStringView nonSubjects[] = {u"this", u"that",    u"it",    u"there",  u"you",       u"what",
                                              u"here", u"perhaps", u"maybe", u"indeed", u"meanwhile", u"instead"};
    if (start >= open || !m_tokens.at(start).isWord() || m_tokens.at(start).isOneOf(nonSubjects))
        return {};
    int k = start;
    if (m_tokens.at(k).isOneOf(quantifiers))
        ++k;
    // "All this has led the journalist to fear a "…"": what "all" counts is no one either.
    if (k > start && k < open && m_tokens.at(k).isOneOf(nonSubjects))
        return {};
    const int headFirst = k;
    static const QStringView auxiliaries[] = {u"can",   u"could", u"would", u"will", u"should", u"may",
                                              u"might", u"must",  u"is",    u"are",  u"was",    u"were",
                                              u"has",   u"have",  u"had",   u"do",   u"does",   u"did"};
    // "On Social Security, both oppose": a quantifier alone before a lower-case verb names the speakers.
    static const QStringView alone[] = {u"both", u"most", u"many", u"some", u"several", u"all", u"others"};
    const bool quantifierAlone = m_tokens.at(start).isOneOf(alone) && k < open && m_tokens.at(k).isWord()
        && !m_tokens.at(k).isCapitalised() && !m_tokens.at(k).in(WordLists::ClauseBoundary)
        && !m_tokens.at(k).lower.endsWith(u's');
    while (!quantifierAlone && k < open && k < headFirst + kMaxDescriptionWords && m_tokens.at(k).isWord()
           && !m_tokens.at(k).in(WordLists::ClauseBoundary | WordLists::SpeechVerb | WordLists::AttributionFiller
                                 | WordLists::Pronoun)
           && !(k > start && endsWithText(m_tokens.at(k).lower, u"ed")) && !m_tokens.at(k).isOneOf(openers)
           && !m_tokens.at(k).isOneOf(auxiliaries)) {
        ++k;
        // "Corporate lobbyists describe": a lower-case word after a plural noun is its verb.
        const Token &last = m_tokens.at(k - 1);
        if (k < open && last.lower.size() > 3 && last.lower.endsWith(u's') && !endsWithText(last.lower, u"ss")
            && m_tokens.at(k).isWord() && !m_tokens.at(k).isCapitalised()
            && !m_tokens.at(k).in(WordLists::ClauseBoundary))
            break;
    }
    if ((k == headFirst && !quantifierAlone) || k >= open)
        return {};
    // "His standing improved after …": a gerund names an action, not who speaks.
    if (k > headFirst && m_tokens.at(k - 1).lower.size() > 5 && endsWithText(m_tokens.at(k - 1).lower, u"ing"))
        return {};
    // A verb must follow: a lower-case word that opens no phrase of its own.
    const Token &verb = m_tokens.at(k);
    if (!verb.isWord() || verb.isCapitalised() || verb.in(WordLists::ClauseBoundary) || verb.isOneOf(openers))
        return {};
    for (int i = start; i < k; ++i) {
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0 && m_mentions.at(m).kind == EntityKind::Person)
            return {};
    }
    const Speaker s = fromPhrase({start, k}, -1);
    return s.isKnown() ? s : descriptionSpeaker(start, k);
}

} // namespace lede
