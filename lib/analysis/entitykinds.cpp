#include "analysis/entitykinds.h"

#include "analysis/entitycues.h"
#include "analysis/gazetteer.h"
#include "analysis/textends.h"
#include "analysis/wordlists.h"
#include "domain/wordkey.h"

#include <QSet>

#include <algorithm>

namespace lede::EntityKinds {
namespace {

// "fla.", "d.c.", "calif.": a state or district written short, with its full stop.
bool isStateAbbreviation(const EntityMention &m)
{
    return m.lastToken - m.firstToken == 1 && m.lower.endsWith(u'.') && WordLists::isKnownPlace(m.lower);
}

bool isSurePerson(const EntityMention &m)
{
    return m.kind == EntityKind::Person && !m.fallback && !m.titleOnly;
}

// "the SVP launched", "against the Yankees", "the Bible,": English writes no article before a
// person's name, so a name only guessed to be a person is a body when "the" comes before it. Not
// where the name qualifies a noun ("the Obama administration", "the Khan family"): that noun is
// what "the" is for.
bool guessedPersonAfterThe(const QList<Token> &tokens, const EntityMention &m)
{
    if (m.kind != EntityKind::Person || !m.fallback || m.titleStart >= 0 || m.firstToken == 0
        || m.start != tokens.at(m.firstToken).start)
        return false;
    for (int k = m.firstToken; k < m.lastToken; ++k) {
        if (WordLists::genderOfFirstName(tokens.at(k).lower) != Gender::Unknown)
            return false;
    }
    const Token &prev = tokens.at(m.firstToken - 1);
    if (!prev.isWord() || prev.text != u"the")
        return false;
    if (m.lastToken >= tokens.size())
        return true;
    const Token &next = tokens.at(m.lastToken);
    if (!next.isWord() || next.isCapitalised())
        return next.kind != TokenKind::Word;
    constexpr quint64 notNouns = WordLists::ClauseBoundary | WordLists::AttributionFiller | WordLists::SpeechVerb
        | WordLists::ReportingVerb | WordLists::Pronoun | WordLists::Determiner;
    return next.in(notNouns) || endsWithText(next.lower, u"ed");
}

// Whether two mentions stand next to each other in a list: only ",", "and" or "or" between them.
// `conjunction` is set when "and" or "or" joins them: a list has one, "Alexandria, Va., Lazar" none.
bool listedTogether(const QList<Token> &tokens, const EntityMention &a, const EntityMention &b, bool &conjunction)
{
    const int gap = b.firstToken - a.lastToken;
    if (gap < 1 || gap > 2 || tokens.at(a.lastToken).sentence != tokens.at(b.firstToken).sentence)
        return false;
    bool joined = false;
    for (int k = a.lastToken; k < b.firstToken; ++k) {
        const Token &t = tokens.at(k);
        joined = joined || t.lower == u"and" || t.lower == u"or";
        if (!t.isPunct(u',') && t.lower != u"and" && t.lower != u"or")
            return false;
    }
    conjunction = conjunction || joined;
    return true;
}

// "in Pittsburgh, Cleveland, Miami and Jacksonville", "the Astros, the Phillies and the Mets":
// a name the rules could only guess at takes the kind of the list it stands in, when at least two
// of its other names are sure of theirs and agree.
EntityKind kindOfList(const QList<Token> &tokens, const QList<EntityMention> &mentions, qsizetype i)
{
    EntityKind kind = EntityKind::Other;
    int sure = 0;
    bool conjunction = false;
    const auto look = [&](qsizetype j) {
        const EntityMention &other = mentions.at(j);
        if (other.fallback || other.titleOnly)
            return true;
        if (sure > 0 && other.kind != kind)
            return false;
        kind = other.kind;
        ++sure;
        return true;
    };
    for (qsizetype j = i - 1; j >= 0 && listedTogether(tokens, mentions.at(j), mentions.at(j + 1), conjunction); --j) {
        if (!look(j))
            return EntityKind::Other;
    }
    for (qsizetype j = i + 1;
         j < mentions.size() && listedTogether(tokens, mentions.at(j - 1), mentions.at(j), conjunction); ++j) {
        if (!look(j))
            return EntityKind::Other;
    }
    return sure >= 2 && conjunction ? kind : EntityKind::Other;
}

// "Hamilton, Lake and Stark counties", "the counties of Macomb and Oakland", "the Baltic countries":
// a plural of a place's noun, written small, says the names listed next to it are places.
bool isPlaceNounPlural(const Token &t)
{
    return t.isWord() && !t.isCapitalised() && EntityCues::isPlaceNounPlural(t.lower);
}

// The mentions listed with the i-th, in order, the i-th among them (see listedTogether()).
std::pair<qsizetype, qsizetype> listAround(const QList<Token> &tokens, const QList<EntityMention> &mentions,
                                           qsizetype i)
{
    bool conjunction = false;
    qsizetype first = i;
    while (first > 0 && listedTogether(tokens, mentions.at(first - 1), mentions.at(first), conjunction))
        --first;
    qsizetype last = i;
    while (last + 1 < mentions.size() && listedTogether(tokens, mentions.at(last), mentions.at(last + 1), conjunction))
        ++last;
    return {first, last};
}

// Whether a plural place noun stands right after the list the i-th mention is in, or "of" and one
// right before it.
bool listedAsPlaces(const QList<Token> &tokens, const QList<EntityMention> &mentions, qsizetype i)
{
    // Most names stand in no list and next to no such noun: the words right around tell.
    const auto listWord = [&](int k) {
        return k >= 0 && k < tokens.size()
            && (isPlaceNounPlural(tokens.at(k)) || tokens.at(k).isPunct(u',') || tokens.at(k).lower == u"and"
                || tokens.at(k).lower == u"or" || tokens.at(k).lower == u"of");
    };
    if (!listWord(mentions.at(i).lastToken) && !listWord(mentions.at(i).firstToken - 1))
        return false;
    const auto [first, last] = listAround(tokens, mentions, i);
    const int after = mentions.at(last).lastToken;
    const int before = mentions.at(first).firstToken;
    return (after < tokens.size() && isPlaceNounPlural(tokens.at(after)))
        || (before >= 2 && tokens.at(before - 1).lower == u"of" && isPlaceNounPlural(tokens.at(before - 2)));
}

} // namespace

void joinDistrictAndStateLabels(const QString &body, const QList<Token> &tokens, QList<EntityMention> &mentions)
{
    for (qsizetype i = 1; i < mentions.size(); ++i) {
        const EntityMention &state = mentions.at(i);
        if (!isStateAbbreviation(state) || state.firstToken < 2)
            continue;
        EntityMention &before = mentions[i - 1];
        const Token &gap = tokens.at(state.firstToken - 1);
        if (state.lower == u"d.c." && gap.isPunct(u',') && before.lastToken == state.firstToken - 1
            && !isSurePerson(before) && before.titleStart < 0) {
            before.lastToken = state.lastToken;
            before.end = state.end;
            before.surface = body.mid(before.start, before.end - before.start);
            before.lower = QStringView(before.lower.data(), before.end - before.start);
            before.kind = EntityKind::Place;
            before.fallback = before.regionName = false;
            before.gender = Gender::Unknown;
            mentions.removeAt(i--);
            continue;
        }
        const bool bracketed = gap.isPunct(u'(') && state.lastToken < tokens.size()
            && tokens.at(state.lastToken).isPunct(u')') && before.lastToken == state.firstToken - 1;
        if (bracketed && before.kind == EntityKind::Person)
            mentions.removeAt(i--);
    }
}

void joinSlashedNames(const QString &body, const QList<Token> &tokens, QList<EntityMention> &mentions)
{
    for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
        EntityMention &first = mentions[i];
        const EntityMention &second = mentions.at(i + 1);
        if (second.firstToken != first.lastToken + 1 || first.kind == EntityKind::Person
            || second.kind == EntityKind::Person || first.titleOnly || second.titleOnly)
            continue;
        const Token &slash = tokens.at(first.lastToken);
        if (!slash.isPunct(u'/') || slash.start != first.end || slash.end != second.start)
            continue;
        first.lastToken = second.lastToken;
        first.end = second.end;
        first.surface = body.mid(first.start, first.end - first.start);
        first.lower = QStringView(first.lower.data(), first.end - first.start);
        first.kind = EntityKind::Organization;
        first.fallback = first.guessed = first.regionName = false;
        mentions.removeAt(i + 1);
    }
}

void settle(const QList<Token> &tokens, const Gazetteer &gazetteer, QList<EntityMention> &mentions)
{
    QSet<WordView> surnames;
    for (const EntityMention &m : std::as_const(mentions)) {
        if (isSurePerson(m) && m.lastToken - m.firstToken >= 2)
            surnames.insert(tokens.at(m.lastToken - 1).lower);
    }
    QSet<WordView> places;
    // "invested in Valeant": a preposition of place is weaker evidence than what only a company has
    // ("Valeant shares"), which outweighs it.
    QSet<WordView> placesAfterPreposition;
    QSet<WordView> companies;
    const int n = int(tokens.size());
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        EntityMention &m = mentions[i];
        // "Vicente Fox" … "Fox", "John Bolton" … "Bolton": the surname of a person the article
        // names in full is that person, whatever else the word may name.
        if (m.lastToken - m.firstToken == 1 && m.kind != EntityKind::Person && !m.confirmed && !m.titleOnly
            && surnames.contains(m.lower)) {
            m.kind = EntityKind::Person;
            m.regionName = m.fallback = m.guessed = false;
            continue;
        }
        // "MACAU (Reuters) –" … "Macau": a place written in capitals (a dateline's) gives its kind to
        // the mentions of the name the rules could only guess at.
        if (m.kind == EntityKind::Place && !m.fallback && !m.regionName && m.surface.size() >= 4
            && std::none_of(m.surface.cbegin(), m.surface.cend(), [](QChar c) { return c.isLower(); }))
            places.insert(m.lower);
        // "Loudoun County" … "win Loudoun": the county's own name alone is the county.
        if (m.kind == EntityKind::Place && m.lastToken - m.firstToken >= 2
            && (tokens.at(m.lastToken - 1).lower == u"county" || tokens.at(m.lastToken - 1).lower == u"parish"))
            places.insert(QStringView(m.lower.data(), tokens.at(m.lastToken - 2).end - m.start));
        // Names listed with a plural place noun (listedAsPlaces()), and "the Darfur region", "Sirnak
        // province": a place's noun, written small, right after a name the rules could only guess
        // at ("a CNN town hall" is the network's). Not a surname of someone named in full. The
        // cheap tests first: every mention passes here.
        if (!isSurePerson(m) && !m.confirmed && !m.titleOnly && m.kind != EntityKind::Place) {
            const bool beforePlaceNoun = m.fallback && m.lastToken < n && tokens.at(m.lastToken).isWord()
                && !tokens.at(m.lastToken).isCapitalised() && EntityCues::isPlaceNoun(tokens.at(m.lastToken).lower);
            if ((beforePlaceNoun || listedAsPlaces(tokens, mentions, i))
                && !(m.lastToken - m.firstToken == 1 && surnames.contains(m.lower))) {
                m.kind = EntityKind::Place;
                m.gender = Gender::Unknown;
                m.fallback = m.guessed = false;
                places.insert(m.lower);
                continue;
            }
        }
        const Token *prev = m.firstToken > 0 ? &tokens.at(m.firstToken - 1) : nullptr;
        const Token *next = m.lastToken < n ? &tokens.at(m.lastToken) : nullptr;
        const bool possessive = next && next->kind == TokenKind::Possessive;
        if (prev && prev->isWord() && !prev->isCapitalised() && EntityCues::isPlacePreposition(prev->lower)
            && !possessive && !qualifiesNoun(tokens, m, gazetteer))
            placesAfterPreposition.insert(m.lower);
        // "Clarkston, Georgia": a name followed by the state or country it lies in, and nothing more
        // ("Zoe Saldana, America Ferrera" is a list of names).
        if (next && next->isPunct(u',') && m.lastToken + 1 < n) {
            const Token &after = tokens.at(m.lastToken + 1);
            // The next paragraph's first word does not go on with it ("Henderson, Nev." signing a letter).
            const bool nameGoesOn = m.lastToken + 2 < n && tokens.at(m.lastToken + 2).isCapitalised()
                && tokens.at(m.lastToken + 2).paragraph == after.paragraph;
            if (after.isCapitalised() && !nameGoesOn
                && (WordLists::isKnownPlace(after.lower) || gazetteer.isPlace(after.lower))) {
                places.insert(m.lower);
                // "Douglas, Ariz.", "Warren, Michigan": a town before its state, though a first name
                // or a surname elsewhere; only this mention, the others keep their evidence.
                if (m.lastToken - m.firstToken == 1 && m.titleStart < 0 && !m.confirmed && !m.titleOnly
                    && m.kind == EntityKind::Person) {
                    m.kind = EntityKind::Place;
                    m.gender = Gender::Unknown;
                    m.regionName = true;
                }
            }
        }
        if (m.fallback && m.kind == EntityKind::Person) {
            const EntityKind listed = kindOfList(tokens, mentions, i);
            if (listed == EntityKind::Place)
                places.insert(m.lower);
            else if (listed == EntityKind::Organization)
                companies.insert(m.lower);
        }
        if (guessedPersonAfterThe(tokens, m) && !surnames.contains(tokens.at(m.lastToken - 1).lower))
            companies.insert(m.lower);
        const int owned = possessive ? m.lastToken + 1 : m.lastToken;
        // "Allergan's shares", "Zentrix CEO Tom Reed": what only a company has.
        if (owned < n && tokens.at(owned).isWord()
            && (!tokens.at(owned).isCapitalised() || tokens.at(owned).text == u"CEO")
            && EntityCues::isCompanyNoun(tokens.at(owned).lower))
            companies.insert(m.lower);
        if (m.firstToken >= 2 && prev->lower == u"of" && EntityCues::isCompanyNoun(tokens.at(m.firstToken - 2).lower))
            companies.insert(m.lower);
    }
    if (places.isEmpty() && placesAfterPreposition.isEmpty() && companies.isEmpty())
        return;
    for (EntityMention &m : mentions) {
        if (!m.fallback || surnames.contains(m.lastToken - m.firstToken == 1 ? m.lower : QStringView()))
            continue;
        if (places.contains(m.lower))
            m.kind = EntityKind::Place;
        else if (companies.contains(m.lower))
            m.kind = EntityKind::Organization;
        else if (placesAfterPreposition.contains(m.lower))
            m.kind = EntityKind::Place;
        else
            continue;
        m.gender = Gender::Unknown;
        m.guessed = false;
    }
}

bool qualifiesNoun(const QList<Token> &tokens, const EntityMention &m, const Gazetteer &gazetteer)
{
    if (m.lastToken >= tokens.size())
        return false;
    const Token &next = tokens.at(m.lastToken);
    constexpr quint64 notNouns = WordLists::ClauseBoundary | WordLists::AttributionFiller | WordLists::TimeWord
        | WordLists::SpeechVerb | WordLists::ReportingVerb | WordLists::Pronoun | WordLists::Determiner
        | WordLists::TitleSmallWord;
    // Verbs in the past that end in no "-ed": "the attacks in Lower Manhattan came".
    static const QStringView pastVerbs[] = {u"came", u"went",  u"made", u"took", u"gave",  u"got",
                                            u"saw",  u"began", u"fell", u"rose", u"grew",  u"held",
                                            u"won",  u"lost",  u"left", u"ran",  u"stood", u"became"};
    const QStringView w = next.lower;
    return next.isWord() && !next.isCapitalised() && next.start == m.end + 1 && w.size() > 2 && !next.in(notNouns)
        && !endsWithText(w, u"ed") && !endsWithText(w, u"ly") && !endsWithText(w, u"ing") && !next.isOneOf(pastVerbs)
        && !EntityCues::isPlaceNoun(w) && gazetteer.isCommonWord(w); // "in Sirnak province" is a place
}

} // namespace lede::EntityKinds
