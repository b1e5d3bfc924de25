#include "analysis/attribution.h"

#include "analysis/attributioncues.h"
#include "analysis/reportwords.h"
#include "analysis/wordlists.h"

// The attribution's frame: the paragraphs and quotation marks as token indices, how far around a
// quotation the search for its speech verb reaches, what a speaker phrase resolves to through
// coreference, and the explicit speaker a sentence names (which "according to" or a reporting
// outlet may override). The rules themselves live in the other attribution*.cpp files.
namespace lede {

using namespace cues;

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

int Attribution::appositionAfterRole(const SpeakerPhrase &phrase, int modifier) const
{
    const int comma = phrase.last;
    const Token &head = m_tokens.at(phrase.last - 1);
    if (comma + 1 >= m_tokens.size() || !m_tokens.at(comma).isPunct(u',') || !head.isWord()
        || !head.in(WordLists::RoleNoun | WordLists::PersonTitle))
        return -1;
    // The name before the role only says whose role it is: it ends before the role's word.
    if (modifier >= 0 && m_mentions.at(modifier).end >= head.end)
        return -1;
    const int m = m_coreference.mentionAtToken(comma + 1);
    if (m < 0 || m_mentions.at(m).kind != EntityKind::Person || m_mentions.at(m).start != m_tokens.at(comma + 1).start)
        return -1;
    return m;
}

bool Attribution::isRoleOf(const SpeakerPhrase &phrase, int owner) const
{
    if (owner + 1 >= phrase.last - 1 || m_tokens.at(owner + 1).kind != TokenKind::Possessive)
        return false;
    auto isRole = [&](int k) {
        return m_tokens.at(k).isWord() && m_tokens.at(k).in(WordLists::RoleNoun | WordLists::PersonTitle);
    };
    if (isRole(phrase.last - 1))
        return true;
    // "Chad's Ambassador to France": the role and the place it is posted to.
    int k = phrase.last - 1;
    while (k > owner + 2 && (m_tokens.at(k).isCapitalised() || m_tokens.at(k).lower == u"the"))
        --k;
    return k > owner + 2 && k < phrase.last - 1 && m_tokens.at(k).lower == u"to" && isRole(k - 1);
}

int Attribution::roleBeforePerson(const SpeakerPhrase &phrase, int person) const
{
    const EntityMention &m = m_mentions.at(person);
    // "China's ambassador to Britain said": a place after "to" is where the role is held, not who
    // holds it ("the mayor of Toledo" still stands for the city's officials).
    const bool postedTo = m.kind == EntityKind::Place && m.firstToken >= 2
        && (m_tokens.at(m.firstToken - 1).lower == u"to"
            || (m_tokens.at(m.firstToken - 1).lower == u"the" && m_tokens.at(m.firstToken - 2).lower == u"to"));
    if (m.kind != EntityKind::Person && !postedTo)
        return -1;
    int k = m.firstToken - 1;
    // The person's own title or role: "a spokeswoman for Mayor Ann Lee", "an aide to council member
    // Tom Reid" (not "secretary of state John Kerry": "state" is neither).
    constexpr int kMaxTitleWords = 3;
    for (int steps = 0; steps < kMaxTitleWords && k > phrase.first + 1; ++steps) {
        const Token &t = m_tokens.at(k);
        const bool title = t.in(WordLists::PersonTitle | WordLists::RoleNoun)
            || (t.in(WordLists::OrganisationWord) && m_tokens.at(k + 1).in(WordLists::RoleNoun));
        if (!t.isWord() || !title)
            break;
        --k;
    }
    if (k > phrase.first && m_tokens.at(k).lower == u"the")
        --k; // "a spokesman for the Trump campaign"
    static const QStringView prepositions[] = {u"for", u"of", u"to"};
    if (k - 1 < phrase.first || !m_tokens.at(k).isOneOf(prepositions) || (postedTo && m_tokens.at(k).lower != u"to"))
        return -1;
    // Lower case but for the sentence's first word ("Aides to Clinton say"): "President of Mexico
    // Enrique Peña Nieto" is a title. A post's title may have its capital ("Chad's Ambassador to
    // France said"): no holder's name follows the place.
    const Token &role = m_tokens.at(k - 1);
    const bool opensSentence = k - 1 == 0 || m_tokens.at(k - 2).sentence != role.sentence;
    const bool lowerCase = !role.isCapitalised() || opensSentence || postedTo;
    return role.isWord() && lowerCase && role.in(WordLists::RoleNoun | WordLists::PersonTitle) ? k - 1 : -1;
}

bool Attribution::qualifiesPerson(const SpeakerPhrase &phrase, int qualifier) const
{
    // "the Texas administration", "Cleveland police": a body of the place's own (an organisation's
    // head word, or the police), which the place stands for.
    const Token &head = m_tokens.at(phrase.last - 1);
    return m_mentions.at(qualifier).lastToken < phrase.last && head.isWord()
        && head.in(WordLists::RoleNoun | WordLists::PersonTitle) && !head.in(WordLists::OrganisationHead)
        && head.lower != u"police" && !head.lower.endsWith(u's');
}

bool Attribution::isGroupOf(const SpeakerPhrase &phrase, int place) const
{
    const int head = phrase.last - 1;
    const Token &t = m_tokens.at(head);
    if (m_mentions.at(place).lastToken > head || !t.isWord())
        return false;
    // "Police" is plural without an s; "the Iowa delegation" is a body, which the place stands for.
    return t.lower == u"police" || (t.lower.endsWith(u's') && reportwords::isSourceNoun(t));
}

int Attribution::personNamedWith(int entity, int before) const
{
    // "Florida Sen. Marco Rubio", "New York businessman Donald Trump": the place (or the body), a
    // title or a role, and the person's name.
    constexpr int kMaxWordsBetween = 3;
    for (qsizetype i = m_mentions.size() - 1; i >= 0; --i) {
        const EntityMention &person = m_mentions.at(i);
        if (person.start >= before || person.kind != EntityKind::Person || person.entity < 0)
            continue;
        for (qsizetype j = i - 1; j >= 0 && m_mentions.at(j).lastToken >= person.firstToken - kMaxWordsBetween; --j) {
            const EntityMention &named = m_mentions.at(j);
            // Only a title or a role between them ("in Florida Marco Rubio …" names no senator).
            bool titled = false;
            bool onePhrase = named.lastToken < person.firstToken;
            for (int k = named.lastToken; k < person.firstToken; ++k) {
                const Token &t = m_tokens.at(k);
                titled = titled || (t.isWord() && t.in(WordLists::PersonTitle | WordLists::RoleNoun));
                onePhrase = onePhrase && (t.in(WordLists::PersonTitle | WordLists::RoleNoun) || t.isPunct(u'.'));
            }
            if (named.entity == entity && onePhrase && titled)
                return person.entity;
        }
    }
    return -1;
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
    // "said Labour's spokesman, Tom Reid", "a Google spokesman, Tom Reid, said": a role named for a
    // body or a person, then the person holding it between commas. The role's holder speaks.
    const int holder = appositionAfterRole(phrase, best);
    if (holder >= 0)
        best = holder;
    // "Labour's leader said": no name of the leader's own; the phrase describes who speaks.
    else if (best >= 0 && isRoleOf(phrase, m_mentions.at(best).lastToken - 1))
        best = -1;
    // "a spokesman for Bernie Sanders said": another person, described by the words up to the role.
    int descriptionEnd = phrase.last;
    if (holder < 0 && best >= 0) {
        if (const int role = roleBeforePerson(phrase, best); role >= 0) {
            descriptionEnd = role + 1;
            best = -1;
        }
    }
    const EntityKind bestKind = best >= 0 ? m_mentions.at(best).kind : EntityKind::Other;
    // "the Senate minority leader said": a body's office (a title; not its spokesman, who speaks
    // for it) is held by a person, the one the article names with the body and the title ("Senate
    // Minority Leader Harry M. Reid"). When it names none, the body still stands for the speaker.
    int officeHolder = -1;
    QString groupName; // "the groups" that an unresolved "they" stands for
    if (bestKind == EntityKind::Organization && qualifiesPerson(phrase, best)) {
        const Token &head = m_tokens.at(phrase.last - 1);
        if (head.in(WordLists::PersonTitle) && !head.lower.startsWith(u"spokes"))
            officeHolder = personNamedWith(m_mentions.at(best).entity, m_tokens.at(phrase.first).start);
    }
    if (officeHolder >= 0) {
        s.mentionStart = m_tokens.at(phrase.first).start;
        s.mentionEnd = m_tokens.at(phrase.last - 1).end;
        s.entity = officeHolder;
    } else if (bestKind == EntityKind::Place && qualifiesPerson(phrase, best)) {
        // "the Wisconsin Republican said", "a Texas man said": the place only says where the
        // speaker is from. The speaker is a person the article names with that place ("Wisconsin
        // Rep. Paul Ryan"), or the only one it names with the office ("the Florida senator": "Sen.
        // Marco Rubio"), or the description itself: the person named last is too often someone else.
        s.mentionStart = m_tokens.at(phrase.first).start;
        s.mentionEnd = m_tokens.at(phrase.last - 1).end;
        s.entity = personNamedWith(m_mentions.at(best).entity, s.mentionStart);
        if (s.entity < 0)
            s.entity = m_coreference.soleHolderOf(m_tokens.at(phrase.last - 1).lower, m_mentions.at(best).lower,
                                                  s.mentionStart);
    } else if (bestKind == EntityKind::Place && isGroupOf(phrase, best)) {
        // "Cleveland police said", "four in 10 Iowa voters say": people of the place speak, not the
        // place, and no one of them is named.
        s.mentionStart = m_tokens.at(phrase.first).start;
        s.mentionEnd = m_tokens.at(phrase.last - 1).end;
    } else if (best >= 0) {
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
            // "Bujnowski wrote in the affidavit. It continued: "…"": the writing named since the
            // last organisation speaks, not that organisation.
            const SpeakerPhrase writing = writingBefore(pronoun);
            s.entity =
                writing.isValid() ? -1 : m_coreference.resolvePronoun(m_tokens.at(pronoun).lower, s.mentionStart);
            if (writing.isValid()) {
                const int from = m_tokens.at(writing.first).start;
                groupName = m_body.mid(from, m_tokens.at(writing.last - 1).end - from);
            } else if (s.entity < 0) {
                if (const SpeakerPhrase group = groupBefore(pronoun); group.isValid()) {
                    const int from = m_tokens.at(group.first).start;
                    groupName = m_body.mid(from, m_tokens.at(group.last - 1).end - from);
                }
            }
        } else {
            s.mentionStart = m_tokens.at(phrase.first).start;
            s.mentionEnd = m_tokens.at(phrase.last - 1).end;
            QList<int> words;
            for (int i = phrase.first; i < descriptionEnd; ++i)
                words.append(i);
            s.entity = m_coreference.resolveDescription(words, s.mentionStart);
        }
    }
    s.name = s.entity >= 0     ? m_coreference.entities().at(s.entity).name
        : !groupName.isEmpty() ? groupName
                               : m_body.mid(s.mentionStart, s.mentionEnd - s.mentionStart);
    if (verb >= 0) {
        s.cue = m_tokens.at(verb).lower == u"according" ? QStringLiteral("according to")
                                                        : m_tokens.at(verb).lower.toString();
        s.explicitCue = true;
    }
    return s;
}

SpeakerPhrase Attribution::groupBefore(int pronoun) const
{
    static const QStringView kJoiners[] = {u"and", u"or"};
    if (!WordLists::isPluralPronoun(m_tokens.at(pronoun).lower))
        return {};
    const int sentence = m_tokens.at(pronoun).sentence;
    for (int v = pronoun - 1; v >= 0 && m_tokens.at(v).sentence >= sentence - 1; --v) {
        // "…, according to sources. They said": what comes before "according to" is not its subject.
        // A verb of belief names a group as well as one of speech ("Tenants believe …. They say").
        if (m_tokens.at(v).quote >= 0 || !(isCue(m_tokens, v) || reportwords::isReportingVerb(m_tokens, v))
            || m_tokens.at(v).lower == u"according")
            continue;
        int start = v;
        while (start > 0 && m_tokens.at(start - 1).sentence == m_tokens.at(v).sentence)
            --start;
        const SpeakerPhrase phrase = m_phrases.before(v, start);
        // Not the end of a longer subject ("Cutting your expenses and daily spending takes …").
        if (!phrase.isValid() || phrase.last - 1 == pronoun
            || (phrase.first > start && m_tokens.at(phrase.first - 1).isOneOf(kJoiners)))
            continue;
        // "the groups", "She and her defenders": a plural common noun heads it.
        const Token &head = m_tokens.at(phrase.last - 1);
        if (head.isWord() && !head.isCapitalised() && !head.in(WordLists::Pronoun) && head.lower.size() > 3
            && head.lower.endsWith(u's') && !head.lower.endsWith(u"ss") && !head.lower.endsWith(u"us")
            && m_coreference.mentionAtToken(phrase.last - 1) < 0)
            return phrase;
    }
    return {};
}

SpeakerPhrase Attribution::writingBefore(int pronoun) const
{
    if (m_tokens.at(pronoun).lower != u"it")
        return {};
    int oldest = m_tokens.at(pronoun).sentence - kWritingReach;
    int body = -1; // the first token of the organisation named nearest before "it"
    for (int i = pronoun - 1; i >= 0 && m_tokens.at(i).sentence >= oldest; --i) {
        const Token &t = m_tokens.at(i);
        if (t.quote >= 0 || !t.isWord())
            continue;
        const int m = m_coreference.mentionAtToken(i);
        if (m >= 0) {
            // A body that speaks is what "it" stands for ("In a blog post, Twitter said …. It
            // added"). Another may be what a writing named before it in its sentence is about:
            // "The email, released by Judicial Watch, was sent … at a CIA Annex".
            if (m_mentions.at(m).kind == EntityKind::Organization) {
                if (isCue(m_tokens, m_mentions.at(m).lastToken))
                    return {};
                oldest = t.sentence;
                body = m_mentions.at(m).firstToken;
            }
            continue;
        }
        // One writing, not "his tweets" (those are "they"), and not the body's own name ("the
        // website GunBroker.com").
        if (!t.in(WordLists::DocumentNoun) || (t.lower.endsWith(u's') && !t.lower.endsWith(u"ss")) || i + 1 == body)
            continue;
        const int first = writingStart(i);
        if (first < 0)
            continue;
        // "the company wrote in its statement. It added": "it" is whoever "its" is.
        if (m_tokens.at(first).lower == u"its" || writtenByBody(first))
            return {};
        return {first, i + 1};
    }
    return {};
}

bool Attribution::writtenByBody(int writing) const
{
    // "The Washington Post published an editorial", "the Electoral Commission, which …, issued a
    // statement", "they've put out another statement": a body (or "they") before the writing in
    // its sentence wrote it, and speaks through it. Not one in an aside that closed before it ("A
    // coalition - including the American Academy of Pediatrics - sent a letter").
    for (int j = writing - 1; j >= 0 && m_tokens.at(j).sentence == m_tokens.at(writing).sentence; --j) {
        const Token &t = m_tokens.at(j);
        if (t.isDash() || t.isPunct(u')'))
            return false;
        if (t.quote >= 0)
            continue;
        const int m = m_coreference.mentionAtToken(j);
        const bool they =
            t.isWord() && (t.lower == u"they" || t.lower.startsWith(u"they'") || t.lower.startsWith(u"they\u2019"));
        if (they || (m >= 0 && m_mentions.at(m).kind == EntityKind::Organization))
            return true;
    }
    return false;
}

int Attribution::writingStart(int head) const
{
    // "the email", "his website", "Trump's new ad": a determiner or an owner a few words before.
    const int sentence = m_tokens.at(head).sentence;
    for (int d = head - 1; d >= 0 && d >= head - 3 && m_tokens.at(d).sentence == sentence; --d) {
        const Token &w = m_tokens.at(d);
        if (w.kind == TokenKind::Possessive) { // "Trump's", "the paper's": the owner opens it
            const int owner = m_coreference.mentionAtToken(d - 1);
            if (owner >= 0)
                return m_mentions.at(owner).firstToken;
            return d > 1 && m_tokens.at(d - 2).in(WordLists::Determiner) ? d - 2 : d - 1;
        }
        if (w.in(WordLists::Determiner))
            return d;
        if (!w.isWord() || w.in(WordLists::ClauseBoundary))
            break;
    }
    return -1;
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

} // namespace lede
