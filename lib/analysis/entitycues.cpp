#include "analysis/entitycues.h"
#include "analysis/textends.h"

#include <algorithm>
#include <iterator>

namespace lede::EntityCues {
namespace {

// A few dozen short words per list: comparing lengths first rules out almost all of them, which
// is cheaper than a binary search's string comparisons (every token asks several lists).
template<std::size_t N> bool contains(const QStringView (&words)[N], QStringView lower)
{
    for (QStringView w : words) {
        if (w.size() == lower.size() && w == lower)
            return true;
    }
    return false;
}

constexpr QStringView platforms[] = {
    u"facebook", u"instagram", u"periscope", u"reddit", u"snapchat", u"tumblr", u"twitter", u"youtube",
};

constexpr QStringView programmes[] = {
    u"medicaid",
    u"medicare",
    u"obamacare",
    u"social security",
};

// Laws everyone names without "Act": by the words of their slogan or the names of their sponsors.
constexpr QStringView knownLaws[] = {
    u"no child left behind", u"every student succeeds", u"dodd-frank",   u"glass-steagall",
    u"sarbanes-oxley",       u"taft-hartley",           u"smoot-hawley", u"gramm-leach-bliley",
};

// Events and affairs known by one name: "Brexit", "Watergate", "the Arab Spring".
constexpr QStringView knownEvents[] = {
    u"brexit", u"grexit", u"watergate", u"iran-contra", u"arab spring", u"great recession", u"great depression",
};

// Last words of broadcast programmes named after their hosts: "The Kelly File", "The O'Reilly
// Factor", "The Rachel Maddow Show".
constexpr QStringView programmeEndings[] = {
    u"file", u"factor", u"report", u"show", u"hour", u"podcast", u"tonight",
};

constexpr QStringView legislatures[] = {
    u"assembly", u"congress", u"house", u"legislature", u"parliament", u"senate",
};

constexpr QStringView nonNameAbbreviations[] = {
    u"cdt", u"cst", u"edt", u"est", u"et", u"gmt", u"jr", u"jr.", u"mdt", u"mst", u"pdt", u"pst", u"sr", u"sr.", u"utc",
};

constexpr QStringView landmarks[] = {
    u"capitol",
};

constexpr QStringView siteWords[] = {
    u"arena",
    u"atoll",
    u"cemetery",
    u"circle",
    u"garden",
    u"gardens",
    u"hospital",
    u"hotel",
    u"mansion",
    u"monument",
    u"museum",
    u"prison",
    u"rim",
    u"side",
    u"stadium",
    // Rooms and towers one is in: "the Situation Room", "Trump Tower".
    u"room",
    u"tower",
};

// Names the dictionary writes with a capital that no editor follows as a person, body or place.
constexpr QStringView thingNames[] = {
    // Deities and scriptures: "thank God", "a passage from the Bible".
    u"allah",
    u"bible",
    u"god",
    u"koran",
    u"quran",
    u"torah",
    // Diseases named after a place or a doctor: "Zika funding", "a cure for Alzheimer's".
    u"alzheimer",
    u"ebola",
    u"zika",
    // Scales: "3.6 degrees Fahrenheit".
    u"celsius",
    u"fahrenheit",
};

constexpr QStringView regionAdjectives[] = {
    u"central",  u"east",  u"eastern",  u"latin", u"middle",  u"north",
    u"northern", u"south", u"southern", u"west",  u"western",
};

constexpr QStringView compoundTails[] = {
    u"affiliated", u"aligned",    u"allied", u"backed",     u"based",    u"born",    u"bred",
    u"centric",    u"controlled", u"era",    u"esque",      u"friendly", u"funded",  u"heavy",
    u"inspired",   u"leaning",    u"led",    u"like",       u"linked",   u"minded",  u"owned",
    u"run",        u"sponsored",  u"style",  u"supporting", u"type",     u"winning",
};

constexpr QStringView partyWords[] = {
    u"democrat", u"democratic", u"democrats", u"gop", u"libertarian", u"republican", u"republicans",
};

constexpr QStringView placePrepositions[] = {
    u"across", u"in", u"near", u"outside", u"throughout",
};

constexpr QStringView companyNouns[] = {
    u"board",   u"ceo",      u"clients",      u"customers", u"employees", u"executives", u"factories",
    u"factory", u"founders", u"headquarters", u"investors", u"magazine",  u"newspaper",  u"plant",
    u"plants",  u"products", u"shareholders", u"shares",    u"stock",     u"stores",     u"subsidiary",
};

constexpr QStringView placeNouns[] = {
    u"borough", u"capital", u"city",     u"county", u"island", u"province",
    u"region",  u"state",   u"township", u"town",   u"suburb", u"village",
};

constexpr QStringView placeNounPlurals[] = {
    u"counties",  u"parishes", u"provinces", u"states",    u"cities",  u"towns",
    u"townships", u"boroughs", u"villages",  u"countries", u"nations",
};

constexpr QStringView placePlurals[] = {
    u"emirates", u"islands", u"mountains", u"provinces", u"states", u"territories",
};

constexpr QStringView companyTitles[] = {
    u"ceo", u"cfo", u"chairman", u"chairwoman", u"co-founder", u"coo", u"founder",
};

constexpr QStringView doctrineEndings[] = {
    u"ism",
    u"isms",
    u"phobia",
    u"phobic",
};

constexpr QStringView holidays[] = {
    u"christmas",     u"christmas day",  u"christmas eve",  u"easter",         u"easter sunday",  u"eid",
    u"eid al-adha",   u"hanukkah",       u"halloween",      u"kwanzaa",        u"passover",       u"ramadan",
    u"rosh hashanah", u"thanksgiving",   u"yom kippur",     u"labor day",      u"memorial day",   u"independence day",
    u"veterans day",  u"presidents day", u"new year's eve", u"new year’s eve", u"new year's day", u"new year’s day",
    u"cinco de mayo",
};

constexpr QStringView companyEndings[] = {
    u"brands",          u"capital",  u"chemical",  u"communications", u"computer", u"electric", u"energy",
    u"financial",       u"foods",    u"insurance", u"mobile",         u"music",    u"oil",      u"petroleum",
    u"pharmaceuticals", u"pictures", u"power",     u"realty",         u"steel",    u"ventures",
};

constexpr QStringView addressedOffices[] = {
    u"ambassador", u"chairman",  u"chairwoman", u"governor", u"mayor",
    u"president",  u"secretary", u"senator",    u"speaker",
};

constexpr QStringView timeZoneWords[] = {
    u"daylight",
    u"standard",
    u"summer",
};

constexpr QStringView openingPrepositions[] = {
    u"about", u"against", u"amid",   u"among",   u"behind", u"between", u"beyond", u"despite", u"during",
    u"over",  u"through", u"toward", u"towards", u"unlike", u"upon",    u"versus", u"without",
};

constexpr QStringView titlePrefixes[] = {
    u"communications",
    u"deputy",
    u"press",
};

} // namespace

bool isPlatform(QStringView lower)
{
    return contains(platforms, lower);
}

bool isProgramme(QStringView lower)
{
    return contains(programmes, lower);
}

bool isKnownLaw(QStringView lower)
{
    return contains(knownLaws, lower);
}

bool isKnownEvent(QStringView lower)
{
    return contains(knownEvents, lower);
}

bool isProgrammeEnding(QStringView lower)
{
    return contains(programmeEndings, lower);
}

bool isLegislature(QStringView lower)
{
    return contains(legislatures, lower);
}

bool isNonNameAbbreviation(QStringView lower)
{
    return contains(nonNameAbbreviations, lower);
}

bool isLandmark(QStringView lower)
{
    return contains(landmarks, lower);
}

bool isSiteWord(QStringView lower)
{
    return contains(siteWords, lower);
}

bool isThingName(QStringView lower)
{
    return contains(thingNames, lower);
}

bool isRegionAdjective(QStringView lower)
{
    return contains(regionAdjectives, lower);
}

bool isCompoundTail(QStringView word)
{
    // As written: a capital-less tail of a name stays one ("Ki-moon", "Geun-hye"). Participles
    // make adjectives too: "GOP-dominated", "Cadillac-driving".
    if (word.size() > 4 && word.at(0).isLower() && (endsWithText(word, u"ed") || endsWithText(word, u"ing")))
        return true;
    return contains(compoundTails, word);
}

bool isPartyWord(QStringView lower)
{
    return contains(partyWords, lower);
}

bool isPlacePreposition(QStringView lower)
{
    return contains(placePrepositions, lower);
}

bool isCompanyNoun(QStringView lower)
{
    return contains(companyNouns, lower);
}

bool isPlaceNoun(QStringView lower)
{
    return contains(placeNouns, lower);
}

bool isPlaceNounPlural(QStringView lower)
{
    return contains(placeNounPlurals, lower);
}

bool isPlacePlural(QStringView lower)
{
    return contains(placePlurals, lower);
}

bool isTitlePrefix(QStringView lower)
{
    return contains(titlePrefixes, lower);
}

bool isCompanyTitle(QStringView lower)
{
    return contains(companyTitles, lower);
}

bool isDoctrine(QStringView lower)
{
    // Longer than the ending by a stem of four letters at least: "Nazism", not "prism" or "Ism".
    return std::any_of(std::begin(doctrineEndings), std::end(doctrineEndings),
                       [&](QStringView e) { return lower.size() >= e.size() + 3 && lower.endsWith(e); });
}

bool isHoliday(QStringView lower)
{
    return contains(holidays, lower);
}

bool isAddressedOffice(QStringView lower)
{
    return contains(addressedOffices, lower);
}

bool isTimeZoneWord(QStringView lower)
{
    return contains(timeZoneWords, lower);
}

bool isOpeningPreposition(QStringView lower)
{
    return contains(openingPrepositions, lower);
}

bool isCompanyEnding(QStringView lower)
{
    return contains(companyEndings, lower);
}

} // namespace lede::EntityCues
