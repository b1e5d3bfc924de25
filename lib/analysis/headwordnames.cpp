#include "analysis/headwordnames.h"

#include "analysis/gazetteer.h"
#include "analysis/wordlists.h"

#include <algorithm>

namespace lede::HeadWordNames {
namespace {

// The words before "Convention" that make it a party's gathering ("Democratic National
// Convention", "State GOP Convention", "the Constitutional Convention" of 1787 too), where a
// treaty's convention is named for a place or a subject ("Geneva Convention", "Refugee Convention").
constexpr QStringView kGatherings[] = {u"national", u"democratic", u"republican",  u"gop",           u"dnc",
                                       u"rnc",      u"party",      u"libertarian", u"constitutional"};

// Words of a church that make a convention its body: "Southern Baptist Convention", "National
// Baptist Convention".
constexpr QStringView kChurches[] = {u"baptist",   u"baptists",     u"methodist",   u"lutheran",
                                     u"episcopal", u"presbyterian", u"evangelical", u"pentecostal"};

// The words before "Forum" that make it a gathering of candidates ("Commander-in-Chief Forum",
// "Presidential Forum"), where a forum named otherwise is the body that holds them ("American
// Action Forum", "Eagle Forum").
constexpr QStringView kForumsOfCandidates[] = {u"commander-in-chief", u"candidates", u"candidate", u"presidential"};

// Place words that are also common surnames: "Michael Bay", "Benny Hill", "Ricki Lake".
constexpr QStringView kSurnamePlaceWords[] = {u"bay", u"beach", u"hill", u"lake", u"park"};

bool isFirstNameOnly(const Token &t, const Gazetteer &gazetteer)
{
    // "Paris Agreement", "Geneva Convention": a place that is also a first name is the place.
    // "Rose Bowl": nor is a first name that is also a dictionary word.
    return WordLists::genderOfFirstName(t.lower) != Gender::Unknown && !gazetteer.isPlace(t.lower)
        && !gazetteer.isCity(t.lower) && !WordLists::isKnownPlace(t.lower) && !gazetteer.isCommonWord(t.lower);
}

} // namespace

std::optional<EntityKind> exception(const QList<Token> &tokens, EntityMention &m, const Gazetteer &gazetteer)
{
    const Token &last = tokens.at(m.lastToken - 1);
    if (m.lastToken - m.firstToken == 1) {
        const bool determined = m.firstToken > 0 && tokens.at(m.firstToken - 1).in(WordLists::Determiner);
        if (last.lower == u"bill" && !determined) {
            m.gender = Gender::Male;
            return EntityKind::Person;
        }
        // "Valentine's Day", "on Day 1", "from Day One": a day named by what comes before or after
        // it is no entity by itself (and no person called Day).
        if (last.in(WordLists::EventWord)) {
            const bool possessed = m.firstToken > 0 && tokens.at(m.firstToken - 1).kind == TokenKind::Possessive;
            const Token *next = m.lastToken < tokens.size() ? &tokens.at(m.lastToken) : nullptr;
            const bool numbered =
                next && next->start == last.end + 1 && (next->kind == TokenKind::Number || next->lower == u"one");
            if (possessed || numbered) {
                m.surface.clear();
                return EntityKind::Other;
            }
        }
        return std::nullopt;
    }
    if (last.lower == u"forum" && tokens.at(m.lastToken - 2).isOneOf(kForumsOfCandidates))
        return EntityKind::Event;
    const bool initiative = last.lower == u"initiative";
    // "Michael Bay": a first name and a place word that is also a surname, nothing more, is a person.
    if (m.lastToken - m.firstToken == 2 && last.isOneOf(kSurnamePlaceWords)
        && isFirstNameOnly(tokens.at(m.firstToken), gazetteer)) {
        m.gender = WordLists::genderOfFirstName(tokens.at(m.firstToken).lower);
        return EntityKind::Person;
    }
    if (!last.in(WordLists::LawWord | WordLists::EventWord) && !initiative)
        return std::nullopt;
    if (last.lower == u"convention" && tokens.at(m.lastToken - 2).isOneOf(kGatherings))
        return EntityKind::Event;
    if (last.lower == u"convention"
        && std::any_of(tokens.begin() + m.firstToken, tokens.begin() + m.lastToken - 1,
                       [](const Token &t) { return t.isOneOf(kChurches); }))
        return EntityKind::Organization;
    // "New York University School of Law", "Illinois Board of Elections": a body named for its
    // subject is that body.
    for (int k = m.firstToken; k + 1 < m.lastToken - 1; ++k) {
        if (tokens.at(k).in(WordLists::OrganisationWord) && tokens.at(k + 1).lower == u"of")
            return EntityKind::Organization;
    }
    // "Clinton Global Initiative", "Strategic Defense Initiative": a named initiative is the body
    // or the programme that runs it; a ballot initiative is not written with a capital.
    if (initiative)
        return EntityKind::Organization;
    // "Steven Law", "Gov. Nathan Deal": a first name (after any title) and one more word is a person
    // whose surname happens to be a law's or an event's word.
    int name = m.firstToken;
    while (name < m.lastToken - 1 && tokens.at(name).in(WordLists::PersonTitle))
        ++name;
    if (m.lastToken - name == 2 && isFirstNameOnly(tokens.at(name), gazetteer)) {
        m.gender = WordLists::genderOfFirstName(tokens.at(name).lower);
        return EntityKind::Person;
    }
    return std::nullopt;
}

} // namespace lede::HeadWordNames
