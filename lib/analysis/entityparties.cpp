#include "analysis/entityrecognizer.h"

#include "analysis/entitycues.h"
#include "analysis/gazetteer.h"
#include "analysis/textends.h"

// Parties and peoples around a name: "Senate Republicans", "Missouri Republican Roy Blunt",
// "Californians", "Spanish-language". The recognizer trims them from a name's edges and the
// classifier types a name made only of them as no entity (entityclassifier.cpp).
namespace lede {

void EntityRecognizer::trimPartyWords(const QList<Token> &tokens, int &a, int &b) const
{
    // "Senate Republicans", "Iowa Republican", "Cuban Americans": a name does not end in a party or
    // a people; the words before it name the body or the place.
    // A singular people's name may be a surname ("Mark Cuban"), a party's never is.
    // A party's own name ending in the word ("Liberal Democrats") keeps it.
    if (b - a >= 2
        && WordLists::isKnownOrganisation(
            QStringView(tokens.at(a).lower.data(), tokens.at(b - 1).end - tokens.at(a).start)))
        return;
    // "Center for American Progress and Americans": the "and" that joined a dropped people goes too.
    const int end = b;
    while (b - a >= 2
           && (EntityCues::isPartyWord(tokens.at(b - 1).lower)
               || (tokens.at(b - 1).in(WordLists::Demonym) && tokens.at(b - 1).lower.endsWith(u's'))
               || (b < end && tokens.at(b - 1).in(WordLists::NameConnector) && !tokens.at(b - 1).isCapitalised())))
        --b;
    // "Florida Latino voters": after a place's name a people's word describes, it names no one.
    if (b - a >= 2 && tokens.at(b - 1).in(WordLists::Demonym)) {
        const QStringView rest(tokens.at(a).lower.data(), tokens.at(b - 2).end - tokens.at(a).start);
        if (!EntityCues::isRegionAdjective(rest) && (WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest)))
            --b; // "South Korean" stays one adjective
    }
    // "a Democratic Senate", "Democrat U.S. senators": before an elected body or a place, a party is
    // an adjective. Before other words it opens a name ("Democratic Party", "Republican Study Committee").
    // "Senator Joe Donnelly, Democrat of Indiana": the party and "of" label the place after them.
    if (b - a >= 3 && EntityCues::isPartyWord(tokens.at(a).lower) && tokens.at(a + 1).lower == u"of")
        a += 2;
    if (b - a >= 2 && EntityCues::isPartyWord(tokens.at(a).lower)) {
        const QStringView rest(tokens.at(a + 1).lower.data(), tokens.at(b - 1).end - tokens.at(a + 1).start);
        // "Republican Jeb Bush", "Republican Rep. Bill Posey": before a person, a party is a label.
        const Token &next = tokens.at(a + 1);
        if ((b - a == 2 && EntityCues::isLegislature(rest)) || WordLists::isKnownPlace(rest)
            || m_gazetteer.isPlace(rest) || next.in(WordLists::PersonTitle)
            || (b - a >= 3 && WordLists::genderOfFirstName(next.lower) != Gender::Unknown))
            ++a;
    }
}

int EntityRecognizer::partyAfterPlace(const QList<Token> &tokens, int a, int b) const
{
    // "Missouri Republican Roy Blunt", "Texas Democrat Sen. Ted Cruz": a place, then a member of a
    // party, then a first name or a title: the place and the party label the person after them.
    for (int p = a + 1; p + 1 < b; ++p) {
        const QStringView party = tokens.at(p).lower;
        if (!EntityCues::isPartyWord(party) || party.endsWith(u's'))
            continue;
        const QStringView place(tokens.at(a).lower.data(), tokens.at(p - 1).end - tokens.at(a).start);
        const Token &next = tokens.at(p + 1);
        // "Texas Democrat Beto O'Rourke": two words after the party, neither a body's, are a name too.
        const bool twoWordName = b - p == 3 && !next.in(WordLists::HeadWord | WordLists::OrganisationWord)
            && !tokens.at(p + 2).in(WordLists::HeadWord | WordLists::OrganisationWord);
        if ((WordLists::isKnownPlace(place) || m_gazetteer.isPlace(place))
            && (next.in(WordLists::PersonTitle) || WordLists::genderOfFirstName(next.lower) != Gender::Unknown
                || twoWordName))
            return p;
    }
    return -1;
}

bool EntityRecognizer::isAdjectiveOfPlace(const QList<Token> &tokens, const EntityMention &m) const
{
    // "Santa Monicans", "New Yorkers", "Californians": the people of a place.
    // "Ohioans", "Floridians": the place's name with "-ans", its final "a" sometimes dropped.
    for (QStringView suffix : {u"ns", u"ers", u"s", u"ans", u"ians"}) {
        if (m.lower.size() > suffix.size() + 3 && endsWithText(m.lower, suffix)) {
            const QStringView place = m.lower.chopped(suffix.size());
            if (WordLists::isKnownPlace(place) || m_gazetteer.isPlace(place)
                || (suffix.size() > 2 && m_gazetteer.isPlace(QString(place + u'a'))))
                return true;
        }
    }
    if (m.lastToken - m.firstToken != 1)
        return false;
    const QStringView lower = tokens.at(m.firstToken).lower;
    // "Spanish-language", "Mexican-American", "R-Texas" (a party label).
    const qsizetype hyphen = lower.lastIndexOf(u'-');
    if (hyphen > 0) {
        if (lower.mid(hyphen + 1) == u"language" || WordLists::isDemonym(lower.mid(hyphen + 1))
            || WordLists::isDemonym(lower.left(hyphen)))
            return true;
        if (hyphen == 1 && (lower.at(0) == u'r' || lower.at(0) == u'd' || lower.at(0) == u'i'))
            return true;
        // "So-called", "Well-known" opening a sentence: common words joined by a hyphen.
        const QStringView head = lower.left(hyphen);
        const QStringView tail = lower.mid(hyphen + 1);
        if (m_gazetteer.isCommonWord(head) && m_gazetteer.isCommonWord(tail) && !m_gazetteer.isProperNoun(lower))
            return true;
    }
    // "Azerbaijani", "Pakistani": a country's name and "i" is its people's adjective.
    if (lower.size() > 5 && lower.endsWith(u'i') && m_gazetteer.isCountry(lower.chopped(1)))
        return true;
    // "Ethiopian", "Soviet", "Islamist": the word list has them capitalised; names it lacks.
    if (WordLists::genderOfFirstName(lower) != Gender::Unknown || !m_gazetteer.isProperNoun(lower))
        return false;
    for (QStringView suffix : {u"ian", u"ean", u"ese", u"ist", u"ists", u"ians", u"eans", u"ish", u"iet"}) {
        if (endsWithText(lower, suffix) && lower.size() > suffix.size() + 2)
            return true;
    }
    return false;
}

} // namespace lede
