#include "analysis/entityrecognizer.h"

#include "analysis/brokenwords.h"
#include "analysis/entitycues.h"
#include "analysis/entitykinds.h"
#include "analysis/gazetteer.h"
#include "analysis/headwordnames.h"
#include "analysis/namecontext.h"
#include "analysis/textends.h"

#include <algorithm>

// How the recognizer types a name it found (entityrecognizer.cpp finds the names): the lists and
// the words around it, and the edges of a name that the typing depends on.
namespace lede {

using NameContext::hasInnerCapital;
using NameContext::isAcronym;

bool EntityRecognizer::endsNameAfterAll(const QList<Token> &tokens, int a, int b) const
{
    const Token &last = tokens.at(b - 1);
    if (b - a < 2 || !last.isCapitalised())
        return false;
    // "Islamic State": a list knows the name as a whole, its small last word included.
    const QStringView whole(tokens.at(a).lower.data(), last.end - tokens.at(a).start);
    if (WordLists::flags(whole) & (WordLists::KnownOrganisation | WordLists::KnownPlace))
        return true;
    // "the Granite State", "the Sunshine State": a dictionary word before "State" is a state's
    // nickname ("Ohio State" is the state's university, "Islamic State" a list's).
    if (b - a == 2 && last.lower == u"state" && tokens.at(b - 2).isCapitalised()
        && m_gazetteer.isCommonWord(tokens.at(b - 2).lower) && !m_gazetteer.isProperNoun(tokens.at(b - 2).lower)
        && !tokens.at(b - 2).in(WordLists::NonEntityCapital | WordLists::NameConnector | WordLists::NameAdjective))
        return true;
    // "Theresa May", "Brian May", "Lou June": a month after a first name is the surname, unless a
    // day's number follows ("Ann May 5" is no one's name, but the run stops before the number).
    static const QStringView surnameMonths[] = {u"may", u"june", u"april", u"august"};
    if (b - a == 2 && last.isOneOf(surnameMonths) && WordLists::genderOfFirstName(tokens.at(a).lower) != Gender::Unknown
        && (b >= tokens.size() || tokens.at(b).kind != TokenKind::Number))
        return true;
    // "Judicial Watch", "Human Rights Watch": a word that heads organisations ends one after a
    // word of the name, though alone it is a small word ("Watch: the debate").
    const Token &before = tokens.at(b - 2);
    return last.in(WordLists::OrganisationWord) && before.isCapitalised()
        && !before.in(WordLists::NonEntityCapital | WordLists::NameConnector);
}

EntityKind EntityRecognizer::guessOfSeveralWords(const QList<Token> &tokens, const EntityMention &m, bool speaks) const
{
    // "Eurosceptic SVP", "NBC South Florida": no person's name has a word in capitals, save in a
    // heading written all in capitals.
    // "Van Hollen", "Bashar al-Assad": a name particle is a person's name's. "La Raza", "Le Monde":
    // a Romance article opens any name.
    static constexpr QStringView articles[] = {u"el", u"la", u"le"};
    const Token &opening = tokens.at(m.firstToken);
    if ((NameContext::isNameParticle(opening) && !opening.isOneOf(articles))
        || std::any_of(tokens.begin() + m.firstToken + 1, tokens.begin() + m.lastToken,
                       [](const Token &t) { return NameContext::isArticleParticle(t); })
        // "Marine Le Pen", "Chris Van Hollen": a particle between a first word and the surname.
        || std::any_of(tokens.begin() + m.firstToken + 1, tokens.begin() + m.lastToken - 1,
                       [](const Token &t) { return NameContext::isNameParticle(t); }))
        return EntityKind::Person;
    // "Marla Maples", "Charlie Sheen": a first word the dictionary knows only as a name, and no
    // place, opens a person's name, whatever dictionary words the surname is.
    const QStringView given = tokens.at(m.firstToken).lower;
    const Token &closing = tokens.at(m.lastToken - 1);
    if (!speaks && m.lastToken - m.firstToken == 2 && m_gazetteer.isProperNoun(given)
        && !m_gazetteer.isCommonWord(given) && !m_gazetteer.isPlace(given) && !m_gazetteer.isCity(given)
        && !WordLists::isKnownPlace(given)
        && !tokens.at(m.firstToken).in(WordLists::KnownOrganisation | WordLists::Demonym) && !isAcronym(closing.text)
        && !isAcronym(tokens.at(m.firstToken).text) && !closing.lower.endsWith(u's')
        && !EntityCues::isCompanyEnding(closing.lower))
        return EntityKind::Person;
    bool capitals = false;
    bool lower = false;
    for (int k = m.firstToken; k < m.lastToken; ++k) {
        // Initials ("J.J. Goldberg") and titles ("AG Mukasey") are a person's.
        const Token &t = tokens.at(k);
        if (t.in(WordLists::PersonTitle) || t.text.contains(u'.'))
            continue;
        (isAcronym(t.text) ? capitals : lower) = true;
    }
    if (capitals && lower)
        return EntityKind::Organization;
    const int last = speaks ? m.firstToken + 1 : m.lastToken;
    for (int k = m.firstToken; k < last; ++k) {
        if (m_gazetteer.isCommonWord(tokens.at(k).lower) && !m_gazetteer.isProperNoun(tokens.at(k).lower))
            return EntityKind::Organization;
    }
    return EntityKind::Person;
}

EntityKind EntityRecognizer::classify(const QString &body, const QList<Token> &tokens, EntityMention &m) const
{
    const QStringView lowerFull = m.lower;
    const int count = m.lastToken - m.firstToken;
    const QStringView first = tokens.at(m.firstToken).lower;
    const QStringView last = tokens.at(m.lastToken - 1).lower;
    const auto known = m_known.constFind(QString::fromRawData(lowerFull.data(), lowerFull.size()));
    if (known != m_known.constEnd()) {
        m.confirmed = true;
        return *known;
    }
    // "Citizens United v. FEC": a court case, which the law cites as it cites statutes.
    if (EntityCues::isKnownLaw(lowerFull)
        || std::any_of(tokens.begin() + m.firstToken + 1, tokens.begin() + m.lastToken,
                       [](const Token &t) { return t.text == u"v."; }))
        return EntityKind::Law;
    if (EntityCues::isKnownEvent(lowerFull))
        return EntityKind::Event;
    // "Ban Ki-moon", "Moon Jae-in": a family name and a Korean given name.
    if (count == 2 && NameContext::isKoreanGivenName(tokens.at(m.firstToken + 1).text))
        return EntityKind::Person;
    // "The Kelly File", "The O'Reilly Factor": a programme named after its host is a broadcaster's
    // outlet, as a paper is, not the host.
    if (count >= 2 && m.firstToken > 0 && tokens.at(m.firstToken - 1).lower == u"the"
        && EntityCues::isProgrammeEnding(last))
        return EntityKind::Organization;
    // "Mr. Chesky", "Ms. Gil": an honorific, which the name's edges leave out, still makes a person,
    // whatever else the word may be ("Ms. White", "Mr. King"). "Mr. President" addresses an office.
    if (m.titleStart < 0 && m.firstToken > 0 && !(count == 1 && EntityCues::isAddressedOffice(first))) {
        const Token &honorific = tokens.at(m.firstToken - 1);
        if (honorific.in(WordLists::PersonTitle) && honorific.in(WordLists::NonEntityCapital)
            && honorific.isCapitalised() && m.start - honorific.end <= 1) {
            const Gender g = WordLists::genderOfTitle(honorific.lower);
            m.gender = g != Gender::Unknown ? g : WordLists::genderOfFirstName(first);
            return EntityKind::Person;
        }
    }
    // "Polish American": peoples only, however many.
    // "South Korean", "Latin American": a region's word before a people is part of the adjective.
    const int peopleFirst = count >= 2 && EntityCues::isRegionAdjective(first) ? m.firstToken + 1 : m.firstToken;
    // "Liberal Democrats" is a party's name, though both its words describe people.
    const bool peoplesOnly = !WordLists::isKnownOrganisation(lowerFull)
        && std::all_of(tokens.begin() + peopleFirst, tokens.begin() + m.lastToken,
                       [](const Token &t) { return t.in(WordLists::Demonym); });
    // "Sunnis", "Turks": the plural of a people's word the list has in the singular names a group too.
    const bool peoplePlural = count == 1 && lowerFull.size() > 3 && lowerFull.endsWith(u's')
        && WordLists::isDemonym(lowerFull.chopped(1)) && !m_gazetteer.isPlace(lowerFull)
        && !WordLists::isKnownPlace(lowerFull); // "the Philippines" is a country
    if (peoplesOnly || peoplePlural || WordLists::isDemonym(lowerFull) || isAdjectiveOfPlace(tokens, m)) {
        m.surface.clear(); // an adjective or a group, not an entity
        return EntityKind::Other;
    }
    // "the GOP debate", "GOP leaders": a party's short name before a noun is an adjective, like
    // "Republican"; "the GOP" on its own names the party.
    if (count == 1 && WordLists::flags(lowerFull) & WordLists::PartyName && m.lastToken < tokens.size()
        && tokens.at(m.lastToken).isWord() && !tokens.at(m.lastToken).isCapitalised()
        && tokens.at(m.lastToken).start - m.end <= 1 && !endsWithText(tokens.at(m.lastToken).lower, u"ed")
        && !tokens.at(m.lastToken)
                .in(WordLists::ClauseBoundary | WordLists::AttributionFiller | WordLists::SpeechVerb)) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Got Us Thinking": in title case "Us" is the pronoun; the country is written "US".
    if (lowerFull == u"us" && m.surface != u"US") {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Brooklyn-based", "Cruz-friendly", "Obama-era": a name joined by a hyphen to a word that
    // makes adjectives is an adjective that describes something else ("Ban Ki-moon" is a name).
    const qsizetype hyphen = m.surface.lastIndexOf(u'-');
    if (hyphen > 0 && EntityCues::isCompoundTail(QStringView(m.surface).mid(hyphen + 1))) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "EDT", "Jr." or an initial alone ("X."): parts of a date or a name, never an entity themselves.
    if (count == 1
        && (EntityCues::isNonNameAbbreviation(lowerFull)
            || (lowerFull.size() == 2 && lowerFull.at(0).isLetter() && lowerFull.at(1) == u'.'))) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Eastern Standard Time", "Pacific Daylight Time": a time zone written out, as "EDT" above.
    if (count >= 2 && last == u"time" && EntityCues::isTimeZoneWord(tokens.at(m.lastToken - 2).lower)) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "EB-5", "H-1B", "F-35": a name with a digit in it is a code for a visa, a form or a model.
    // Not "GÃ1⁄4len", whose digits are what mojibake made of "ü".
    if (count == 1 && std::any_of(m.surface.cbegin(), m.surface.cend(), [](QChar c) { return c.isDigit(); })
        && !BrokenWords::isBroken(m.surface))
        return EntityKind::Other;
    // "Communism", "Islamophobia": a doctrine or an attitude, not an entity; nor is "God" or "Zika".
    if (count == 1 && (EntityCues::isDoctrine(lowerFull) || EntityCues::isThingName(lowerFull))) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Christmas", "Christmas Eve": a holiday is a date, not a person.
    if (EntityCues::isHoliday(lowerFull))
        return EntityKind::Event;
    // "on Twitter", "Facebook posts": the medium, not an organisation the article is about. The
    // company where it acts or speaks: "Twitter has suspended …", "Twitter said".
    if (count == 1 && EntityCues::isPlatform(lowerFull)) {
        if (!NameContext::namesAMedium(tokens, m))
            return EntityKind::Organization;
        m.surface.clear();
        return EntityKind::Other;
    }
    // "the 19th District", "Indiana's 4th Congressional District": a district named by its number is
    // a constituency, neither a body nor a place with a name of its own.
    if (last == u"district" && m.firstToken > 0) {
        const QStringView ordinal = tokens.at(m.firstToken - 1).lower;
        if (ordinal.size() >= 3 && ordinal.front().isDigit()
            && (endsWithText(ordinal, u"th") || endsWithText(ordinal, u"st") || endsWithText(ordinal, u"nd")
                || endsWithText(ordinal, u"rd")))
            return EntityKind::Other;
    }
    // "Medicare", "Social Security": a programme, neither the agency that runs it nor a place.
    if (EntityCues::isProgramme(lowerFull))
        return EntityKind::Other;
    if (count == 1 && m.surface.size() >= 4 && isAcronym(m.surface) && m_gazetteer.isCommonWord(lowerFull)
        && !WordLists::isKnownOrganisation(lowerFull) && !WordLists::isKnownPlace(lowerFull)) {
        m.surface.clear(); // "FULL TEXT", "BREAKING": capitals for emphasis
        return EntityKind::Other;
    }
    // "PACs", "CEOs": the plural of an abbreviated common noun names a group, not one entity.
    if (count == 1 && m.surface.size() >= 3 && m.surface.endsWith(u's') && isAcronym(m.surface.chopped(1))) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "four Pinocchios", "three Emmys": a count before a plural counts things (awards, ratings),
    // not one entity. Not where the name qualifies the noun after it ("many Sanders supporters").
    static constexpr QStringView counts[] = {u"two",  u"three", u"four",    u"five", u"six",   u"seven", u"eight",
                                             u"nine", u"ten",   u"several", u"many", u"dozen", u"few",   u"multiple"};
    if (count == 1 && m.firstToken > 0 && lowerFull.size() > 3 && lowerFull.endsWith(u's')
        && (tokens.at(m.firstToken - 1).kind == TokenKind::Number || tokens.at(m.firstToken - 1).isOneOf(counts))
        && !m_gazetteer.isPlace(lowerFull) && !WordLists::isKnownPlace(lowerFull)
        && (m.lastToken >= tokens.size() || !tokens.at(m.lastToken).isWord()
            || tokens.at(m.lastToken).in(WordLists::TitleSmallWord))) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "while Secretary of State", "the President of the United States": a title with the body it
    // is of names the office, not whoever holds it.
    if (count == 1 && tokens.at(m.firstToken).in(WordLists::PersonTitle) && m.titleStart < 0
        && m.lastToken < tokens.size() && tokens.at(m.lastToken).lower == u"of") {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Ambassador to France Jane Hartley", "Chad's Ambassador to France said": a title and the
    // place or body it is posted to name the post; the holder, if any, is named after it.
    if (count == 1 && tokens.at(m.firstToken).in(WordLists::PersonTitle) && m.titleStart < 0
        && m.lastToken + 1 < tokens.size() && tokens.at(m.lastToken).lower == u"to") {
        const int after = tokens.at(m.lastToken + 1).lower == u"the" ? m.lastToken + 2 : m.lastToken + 1;
        if (after < tokens.size() && tokens.at(after).isCapitalised() && tokens.at(after).isWord()) {
            m.surface.clear();
            return EntityKind::Other;
        }
    }
    // "the Speaker of the House": the office, as above.
    if (count == 4 && tokens.at(m.firstToken).in(WordLists::PersonTitle) && tokens.at(m.firstToken + 1).lower == u"of"
        && tokens.at(m.firstToken + 2).lower == u"the" && EntityCues::isLegislature(last)) {
        m.surface.clear();
        return EntityKind::Other;
    }
    // "Dover, Del.": a state's short form that also abbreviates a title is the state.
    if (count == 1 && tokens.at(m.firstToken).in(WordLists::PersonTitle) && m.titleStart < 0
        && !tokens.at(m.firstToken).in(WordLists::KnownPlace)) {
        m.titleOnly = true; // "the President": coreference finds who, or drops it
        return EntityKind::Person;
    }
    // "Miss Universe": after a title, a plain dictionary word is a title's object, not a surname.
    if (m.titleStart >= 0 && count == 1 && m_gazetteer.isCommonWord(first) && !m_gazetteer.isProperNoun(first)
        && WordLists::genderOfFirstName(first) == Gender::Unknown) {
        m.surface.clear();
        return EntityKind::Other;
    }
    if (m.titleStart >= 0) {
        m.gender = Gender::Unknown;
        for (int k = m.firstToken - 1; k >= 0 && tokens.at(k).start >= m.titleStart; --k) {
            const Gender g = WordLists::genderOfTitle(tokens.at(k).lower);
            if (g != Gender::Unknown)
                m.gender = g;
        }
        if (m.gender == Gender::Unknown)
            m.gender = WordLists::genderOfFirstName(first);
        return EntityKind::Person;
    }
    // "N. Korea", "S. Sudan": a compass point's initial before a place.
    if (count == 2 && m.titleStart < 0) {
        const QStringView initial = tokens.at(m.firstToken).text;
        const QStringView rest = tokens.at(m.firstToken + 1).lower;
        if (initial.size() == 2 && initial.at(1) == u'.' && QStringView(u"NSEW").contains(initial.at(0))
            && (WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest)))
            return EntityKind::Place;
    }
    // "Eastern Europe", "Pacific Ocean": a direction or region before a place is still a place.
    if (count >= 2 && tokens.at(m.firstToken).in(WordLists::NameAdjective)) {
        const int second = m.firstToken + 1;
        const QStringView rest(tokens.at(second).lower.data(), m.end - tokens.at(second).start);
        if (WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest) || (count == 2 && WordLists::isPlaceWord(last)))
            return EntityKind::Place;
    }
    if (const std::optional<EntityKind> kind = HeadWordNames::exception(tokens, m, m_gazetteer))
        return *kind;
    if (count >= 2) {
        // "Islamic State": a list that knows the whole name outweighs its last word.
        if (WordLists::isKnownOrganisation(lowerFull))
            return EntityKind::Organization;
        // "Laurence H. Tribe", "Mary K. Church": a middle initial right before the last word makes
        // that word a surname, whatever else it names ("John F. Kennedy Center" ends later).
        const Token &beforeLast = tokens.at(m.lastToken - 2);
        if (count >= 3 && beforeLast.text.size() == 2 && beforeLast.text.at(0).isUpper()
            && beforeLast.text.at(1) == u'.' && tokens.at(m.firstToken).text.size() > 2)
            return EntityKind::Person;
        // "Cushman & Wakefield": partners joined by an ampersand are a firm.
        if (std::any_of(tokens.begin() + m.firstToken + 1, tokens.begin() + m.lastToken - 1,
                        [](const Token &t) { return t.isPunct(u'&') || t.text == u"&"; }))
            return EntityKind::Organization;
        if (WordLists::isLawWord(last))
            return EntityKind::Law;
        // "Bill of Rights", "Treaty of Versailles", "Code of Conduct": a law's word and "of" open a
        // law, though "Bill" is a first name too.
        if (count >= 3 && tokens.at(m.firstToken).in(WordLists::LawWord) && tokens.at(m.firstToken + 1).text == u"of")
            return EntityKind::Law;
        if (WordLists::isKnownPlace(lowerFull) || m_gazetteer.isPlace(lowerFull))
            return EntityKind::Place;
        if (EntityCues::isSiteWord(last))
            return EntityKind::Place;
        if (WordLists::isOrganisationWord(last) || last == u"enforcement" || last == u"security")
            return EntityKind::Organization;
        // "Commission on Presidential Debates", "Council on Foreign Relations": a name that opens with
        // an organisation word and a connector is that organisation, whatever it ends in.
        if (tokens.at(m.firstToken).in(WordLists::OrganisationWord)
            && tokens.at(m.firstToken + 1).in(WordLists::NameConnector) && !tokens.at(m.firstToken + 1).isCapitalised())
            return EntityKind::Organization;
        if (WordLists::isPlaceWord(last))
            return EntityKind::Place;
        if (WordLists::isEventWord(last))
            return EntityKind::Event;
        // "War on Terror", "March for Our Lives": an event's word and a connector open an event.
        if (tokens.at(m.firstToken).in(WordLists::EventWord) && tokens.at(m.firstToken + 1).in(WordLists::WeakConnector)
            && !tokens.at(m.firstToken + 1).isCapitalised())
            return EntityKind::Event;
        // "Horn of Africa", "Gulf of Mexico": a plain word of a place's name and "of" before a place.
        if (count >= 3 && tokens.at(m.firstToken + 1).text == u"of"
            && !tokens.at(m.firstToken)
                    .in(WordLists::OrganisationWord | WordLists::PersonTitle | WordLists::HeadWord | WordLists::LawWord
                        | WordLists::KnownOrganisation)) {
            const int third = m.firstToken + 2;
            const QStringView rest(tokens.at(third).lower.data(), m.end - tokens.at(third).start);
            if (WordLists::isKnownPlace(rest) || m_gazetteer.isPlace(rest))
                return EntityKind::Place;
        }
        // "Houston Astros", "New York Jets", "Los Angeles Times": a place's name before a plural
        // names a team or a paper of that place.
        const int lastStart = tokens.at(m.lastToken - 1).start;
        const QStringView before = lowerFull.left(lastStart - m.start).trimmed();
        // "Gulf States", "Baltic States": a plural of places after one word that is no first name is
        // those places.
        if (count == 2 && EntityCues::isPlacePlural(last) && WordLists::genderOfFirstName(first) == Gender::Unknown)
            return EntityKind::Place;
        if (last.size() > 3 && last.endsWith(u's') && !endsWithText(last, u"ss")
            && !tokens.at(m.lastToken - 1).in(WordLists::Demonym) && !EntityCues::isRegionAdjective(before)
            && WordLists::genderOfFirstName(first) == Gender::Unknown
            && (WordLists::isKnownPlace(before) || m_gazetteer.isPlace(before) || m_gazetteer.isCity(before)))
            return EntityKind::Organization;
    }
    // "the VA", "VA's hotline": a state's postal code takes neither "the" nor a possessive; the
    // capitals are a body's. Countries do ("the US", "the UK").
    if (count == 1 && m.surface.size() == 2 && isAcronym(m.surface) && WordLists::isKnownPlace(lowerFull)
        && lowerFull != u"us" && lowerFull != u"uk"
        && ((m.firstToken > 0 && tokens.at(m.firstToken - 1).text == u"the")
            || (m.lastToken < tokens.size() && tokens.at(m.lastToken).kind == TokenKind::Possessive)))
        return EntityKind::Organization;
    // "the Capitol": a building everyone names so.
    if (EntityCues::isLandmark(lowerFull))
        return EntityKind::Place;
    // "the Constitution": a law's head word standing alone names the law (but see
    // EntityRecognizer::dropLoneLawWords()).
    if (count == 1 && WordLists::isLawWord(lowerFull))
        return EntityKind::Law;
    if (WordLists::isKnownPlace(lowerFull) || m_gazetteer.isPlace(lowerFull)) {
        m.regionName = count == 1 && !WordLists::isKnownPlace(lowerFull) && !m_gazetteer.isCountry(lowerFull);
        // "I like Paul", "Mary said": a first name that only a far-off subdivision shares (Cape
        // Verde's Paul, Turkmenistan's Mary) names a person; what the article says around it may
        // still make it the place (EntityKinds::settle).
        if (m.regionName && WordLists::genderOfFirstName(lowerFull) != Gender::Unknown) {
            m.regionName = false;
            m.fallback = true;
            m.gender = WordLists::genderOfFirstName(lowerFull);
            return EntityKind::Person;
        }
        // "said Bolton", "Kerry wrote": a region does not speak; a person with its name does.
        if (m.regionName && NameContext::nextToSpeechVerb(tokens, m)) {
            m.regionName = false;
            m.fallback = true;
            return EntityKind::Person;
        }
        return EntityKind::Place;
    }
    if (WordLists::isKnownOrganisation(lowerFull))
        return EntityKind::Organization;
    // "Asia-Pacific", "Syria-Iraq": places joined by a hyphen name the region they make together.
    if (count == 1 && hyphen > 0) {
        const QStringView head = lowerFull.left(hyphen);
        const QStringView tail = lowerFull.mid(hyphen + 1);
        const auto placeOrRegion = [&](QStringView part, bool adjective) {
            return WordLists::isKnownPlace(part) || m_gazetteer.isPlace(part)
                || (adjective
                    && (EntityCues::isRegionAdjective(part) || WordLists::flags(part) & WordLists::NameAdjective));
        };
        if ((placeOrRegion(head, false) && placeOrRegion(tail, true))
            || (placeOrRegion(head, true) && placeOrRegion(tail, false)))
            return EntityKind::Place;
    }
    for (int k = m.firstToken; k < m.lastToken; ++k) {
        if (WordLists::isOrganisationWord(tokens.at(k).lower))
            return EntityKind::Organization;
    }
    // "MACAU (Reuters) –": a dateline names the place the story was filed from.
    if (m.surface.size() >= 4 && (!m_gazetteer.isCommonWord(first) || m_gazetteer.isProperNoun(first))
        && NameContext::opensDateline(body, m))
        return EntityKind::Place;
    // "WALLACE: Governor, I don't want to interrupt": capitals that label a transcript's turn are
    // the speaker's surname, not a body's initials.
    if (NameContext::opensTranscriptTurn(tokens, m)) {
        m.fallback = true;
        return EntityKind::Person;
    }
    if (isAcronym(m.surface))
        return EntityKind::Organization;
    // "New Year", "Super Tuesday": a name ending in a word of time is a date or an event, not a place.
    if (count >= 2 && tokens.at(m.lastToken - 1).in(WordLists::TimeWord))
        return EntityKind::Event;
    if (count >= 2 && tokens.at(m.firstToken).in(WordLists::PlacePrefix))
        return EntityKind::Place;
    const Gender g = WordLists::genderOfFirstName(first);
    // "the city of Cologne", "the island of Bornholm": a place's common noun and "of" name a place,
    // unless a first name opens a person's name ("the state of Hillary Clinton's campaign").
    if (m.firstToken >= 2 && tokens.at(m.firstToken - 1).text == u"of" && (count == 1 || g == Gender::Unknown)
        && !tokens.at(m.firstToken - 2).isCapitalised() && EntityCues::isPlaceNoun(tokens.at(m.firstToken - 2).lower))
        return EntityKind::Place;
    // "Dublin-based Shire", "the Alabama-based Phil Waldrep Ministries": a body is based somewhere.
    // A first name and a surname alone stay a person ("Texas-based Matt Mackowiak", a consultant).
    if (m.firstToken > 0 && m.titleStart < 0 && endsWithText(tokens.at(m.firstToken - 1).lower, u"-based")
        && tokens.at(m.firstToken - 1).end + 1 == m.start && (g == Gender::Unknown || count > 2))
        return EntityKind::Organization;
    if (g != Gender::Unknown) {
        m.gender = g;
        return EntityKind::Person;
    }
    // "Goldman Sachs", "Exxon Mobil": a company's short name opening a longer one, whatever the
    // verb after it ("Exxon Mobil contended").
    if (count >= 2 && tokens.at(m.firstToken).in(WordLists::KnownOrganisation))
        return EntityKind::Organization;
    // "Pyongyang", "Little Rock": a city the time zone table knows, unless the article shows a
    // person by that name (see EntityKinds::settle). "Pyongyang said" is its government speaking.
    if (m_gazetteer.isCity(lowerFull)) {
        m.regionName = true;
        return EntityKind::Place;
    }
    // "said Whit Ayres, who was Rubio's pollster": English asks "who" of people, "which" of the
    // rest; a dictionary word opening the name ("whit") says nothing then. Not after "the" ("the
    // Clintons, who"): a family or a group.
    if (NameContext::followedByWho(tokens, m) && (m.firstToken == 0 || tokens.at(m.firstToken - 1).lower != u"the"))
        return EntityKind::Person;
    // Context: a role noun before ("campaign manager Jeff Weaver"), a speech verb after.
    if (m.firstToken > 0) {
        const Token &prev = tokens.at(m.firstToken - 1);
        // "the nonprofit America First Legal", "the company Acme": an organisation noun before.
        if (prev.isWord() && !prev.isCapitalised() && prev.in(WordLists::OrganisationHead))
            return EntityKind::Organization;
        if (prev.isWord() && !prev.isCapitalised() && WordLists::isRoleNoun(prev.lower))
            return EntityKind::Person;
        // "told BuzzFeed": a capital inside a word is a brand's, not a person's.
        // A speech verb says someone speaks, a person or a company: the rest of the article may say which.
        if (prev.isWord() && !prev.isCapitalised() && WordLists::isSpeechVerb(prev.lower)) {
            m.fallback = true;
            if (count >= 2)
                return guessOfSeveralWords(tokens, m, true); // "Morning Consult said"
            return hasInnerCapital(m.surface) ? EntityKind::Organization : EntityKind::Person;
        }
        // "in Kenansville": a place. Not "in Adelson money", where the name qualifies the noun after
        // it and says nothing of what it names itself.
        if (prev.isWord() && (prev.lower == u"in" || prev.lower == u"from") && count == 1
            && !m_gazetteer.isCommonWord(first) && !EntityKinds::qualifiesNoun(tokens, m, m_gazetteer))
            return EntityKind::Place;
    }
    if (m.lastToken < tokens.size()) {
        const Token &next = tokens.at(m.lastToken);
        if (next.isWord() && WordLists::isSpeechVerb(next.lower)) {
            m.fallback = true;
            if (count >= 2)
                return guessOfSeveralWords(tokens, m, true); // "Morning Consult said"
            return hasInnerCapital(m.surface) ? EntityKind::Organization : EntityKind::Person;
        }
    }
    // "Beaumont, Tex.": a state's short form whose full stop the sentence took.
    if (count == 1 && m.lastToken < tokens.size() && tokens.at(m.lastToken).isPunct(u'.')
        && tokens.at(m.lastToken).start == m.end && WordLists::isKnownPlace(QString(lowerFull.toString() + u'.')))
        return EntityKind::Place;
    // "Nazi Germany", "Weimar Germany": words before a country name a time or a side of it.
    if (count >= 2 && m_gazetteer.isCountry(last))
        return EntityKind::Place;
    m.fallback = true;
    // "La Raza", "Le Pen": a Romance article opens bodies and people alike; a person only when the
    // article names one in full (coreference), else a body.
    static constexpr QStringView romanceArticles[] = {u"el", u"la", u"le"};
    if (count >= 2 && NameContext::isNameParticle(tokens.at(m.firstToken))
        && tokens.at(m.firstToken).isOneOf(romanceArticles))
        m.guessed = true;
    // "Jemal Countess via Getty Images.": the words that open a paragraph crediting a photo name
    // the photographer, whatever dictionary words they are ("Orlando Sentinel via …" is a paper's
    // credit: a place opens it).
    if (count >= 2 && NameContext::creditsPhotographer(tokens, m) && !m_gazetteer.isCity(first)
        && !m_gazetteer.isPlace(first) && !WordLists::isKnownPlace(first))
        return EntityKind::Person;
    if (count >= 2)
        return guessOfSeveralWords(tokens, m);
    // "the Gulf countries", "on the Hill": a place's word alone, with a capital inside a sentence,
    // is the place everyone knows by it. "the City", "the County" stand for the government the
    // article is about, no place of their own.
    if (count == 1 && WordLists::isPlaceWord(first) && !EntityCues::isPlaceNoun(first) && m.firstToken > 0
        && tokens.at(m.firstToken - 1).text == u"the" && m.titleStart < 0)
        return EntityKind::Place;
    if (m_gazetteer.isCommonWord(first) && !m_gazetteer.isProperNoun(first)) {
        m.surface.clear(); // a common word written with a capital
        return EntityKind::Other;
    }
    // "LinkedIn", "BuzzFeed", "EgyptAir": a capital inside a word is a brand's, not a person's.
    if (count == 1 && hasInnerCapital(m.surface)) {
        m.fallback = false;
        return EntityKind::Organization;
    }
    // One word nothing else tells about: a person if the dictionary knows it as a name; else, more
    // often than not, a company ("Allergan", "Centerview"). Coreference keeps it a person when the
    // article also names someone with it in full.
    if (count == 1 && !m_gazetteer.isProperNoun(first))
        m.guessed = true;
    return EntityKind::Person;
}

} // namespace lede
