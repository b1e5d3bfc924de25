#include "analysis/entitykinds.h"

#include "analysis/entitycues.h"
#include "analysis/gazetteer.h"
#include "analysis/wordlists.h"

#include <QSet>

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
    constexpr quint32 notNouns = WordLists::ClauseBoundary | WordLists::AttributionFiller | WordLists::SpeechVerb
        | WordLists::ReportingVerb | WordLists::Pronoun | WordLists::Determiner;
    return next.in(notNouns) || next.lower.endsWith(u"ed");
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

void settle(const QList<Token> &tokens, const Gazetteer &gazetteer, QList<EntityMention> &mentions)
{
    QSet<QStringView> surnames;
    for (const EntityMention &m : std::as_const(mentions)) {
        if (isSurePerson(m) && m.lastToken - m.firstToken >= 2)
            surnames.insert(tokens.at(m.lastToken - 1).lower);
    }
    QSet<QStringView> places;
    QSet<QStringView> companies;
    const int n = int(tokens.size());
    for (EntityMention &m : mentions) {
        // "Vicente Fox" … "Fox", "John Bolton" … "Bolton": the surname of a person the article
        // names in full is that person, whatever else the word may name.
        if (m.lastToken - m.firstToken == 1 && m.kind != EntityKind::Person && !m.confirmed && !m.titleOnly
            && surnames.contains(m.lower)) {
            m.kind = EntityKind::Person;
            m.regionName = m.fallback = m.guessed = false;
            continue;
        }
        const Token *prev = m.firstToken > 0 ? &tokens.at(m.firstToken - 1) : nullptr;
        const Token *next = m.lastToken < n ? &tokens.at(m.lastToken) : nullptr;
        const bool possessive = next && next->kind == TokenKind::Possessive;
        if (prev && prev->isWord() && !prev->isCapitalised() && EntityCues::isPlacePreposition(prev->lower)
            && !possessive)
            places.insert(m.lower);
        // "Clarkston, Georgia": a name followed by the state or country it lies in, and nothing more
        // ("Zoe Saldana, America Ferrera" is a list of names).
        if (next && next->isPunct(u',') && m.lastToken + 1 < n) {
            const Token &after = tokens.at(m.lastToken + 1);
            const bool nameGoesOn = m.lastToken + 2 < n && tokens.at(m.lastToken + 2).isCapitalised();
            if (after.isCapitalised() && !nameGoesOn
                && (WordLists::isKnownPlace(after.lower) || gazetteer.isPlace(after.lower)))
                places.insert(m.lower);
        }
        if (guessedPersonAfterThe(tokens, m) && !surnames.contains(tokens.at(m.lastToken - 1).lower))
            companies.insert(m.lower);
        const int owned = possessive ? m.lastToken + 1 : m.lastToken;
        if (owned < n && tokens.at(owned).isWord() && !tokens.at(owned).isCapitalised()
            && EntityCues::isCompanyNoun(tokens.at(owned).lower))
            companies.insert(m.lower);
        if (m.firstToken >= 2 && prev->lower == u"of" && EntityCues::isCompanyNoun(tokens.at(m.firstToken - 2).lower))
            companies.insert(m.lower);
    }
    if (places.isEmpty() && companies.isEmpty())
        return;
    for (EntityMention &m : mentions) {
        if (!m.fallback || surnames.contains(m.lastToken - m.firstToken == 1 ? m.lower : QStringView()))
            continue;
        if (places.contains(m.lower))
            m.kind = EntityKind::Place;
        else if (companies.contains(m.lower))
            m.kind = EntityKind::Organization;
        else
            continue;
        m.gender = Gender::Unknown;
        m.guessed = false;
    }
}

} // namespace lede::EntityKinds
