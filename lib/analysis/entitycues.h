#pragma once

#include <QStringView>

namespace lede {

// Small word lists that only the entity rules use, kept apart from the shared WordLists so that
// each list stays next to the rule it serves. All look-ups take lower-case text.
namespace EntityCues {

// Where things are said, not who says them: "Twitter", "Facebook". Not entities of an article.
bool isPlatform(QStringView lower);
// Public programmes known by a name ("Medicare", "Social Security"): neither a body nor a place.
bool isProgramme(QStringView lower);
// Laws known by a name with no law's word in it: "No Child Left Behind", "Dodd-Frank".
bool isKnownLaw(QStringView lower);
// Events and affairs known by a name of their own: "Brexit", "Watergate", "Arab Spring".
bool isKnownEvent(QStringView lower);
// Last words of programmes named after their hosts: "The Kelly File", "The O'Reilly Factor".
bool isProgrammeEnding(QStringView lower);
// Elected bodies a party can hold: "Democratic Senate" is the Senate, "Senate Republicans" its members.
bool isLegislature(QStringView lower);
// Capitalised short forms that never name an entity alone: time zones ("EDT") and name suffixes ("Jr.").
bool isNonNameAbbreviation(QStringView lower);
// Buildings and sites named without a head word: "the Capitol".
bool isLandmark(QStringView lower);
// Last words of the names of sites one goes to: "Washington Monument", "Bethesda Naval Hospital".
bool isSiteWord(QStringView lower);
// Deities, scriptures, diseases and scales ("God", "Bible", "Zika", "Fahrenheit"): capitalised,
// yet no person, body or place of the news.
bool isThingName(QStringView lower);
// Words of a region or direction that open a people's adjective: "South Korean", "Latin American".
bool isRegionAdjective(QStringView lower);
// Words that make an adjective of a name joined to them by a hyphen: "Brooklyn-based", "Obama-era".
bool isCompoundTail(QStringView word);
// Parties, whose names are adjectives before an elected body ("a Republican Senate").
bool isPartyWord(QStringView lower);
// Words before a place rather than a person: "in Clarkston", "near Hialeah" ("from" is not one:
// "a letter from Blackwell").
bool isPlacePreposition(QStringView lower);
// What a company has and a person does not: "Allergan's shares", "Valeant shares", "shares of Compaq".
bool isCompanyNoun(QStringView lower);
// Common nouns of places that name one after "of": "the city of Cologne", "the island of Bornholm".
bool isPlaceNoun(QStringView lower);
// "counties", "countries", "nations": the plural of a place's noun; names listed next to one are
// places ("Brown and Racine counties", "the Baltic countries").
bool isPlaceNounPlural(QStringView lower);
// Plurals that end the name of a group of places: "Gulf States", "Channel Islands".
bool isPlacePlural(QStringView lower);
// Words that make a compound title with the title after them: "Press Secretary", "Deputy Director".
bool isTitlePrefix(QStringView lower);
// Offices only a company has: "Wells Fargo CEO John Stumpf" (a spokesman speaks for people too).
bool isCompanyTitle(QStringView lower);
// Doctrines and attitudes named by their ending: "Communism", "Islamophobia", "Islamophobic".
bool isDoctrine(QStringView lower);
// Holidays, which are dates: "Christmas", "Thanksgiving", "Christmas Eve".
bool isHoliday(QStringView lower);
// Offices addressed with an honorific, no surname: "Mr. President", "Madam Speaker".
bool isAddressedOffice(QStringView lower);
// Words before "Time" that make a time zone's name: "Eastern Standard Time", "British Summer Time".
bool isTimeZoneWord(QStringView lower);
// Prepositions that title case writes with a capital and that open no name: "Division Over Iran",
// "Without Scalia, …" ("Under Armour", "Inside Edition" and "Near East" do open one).
bool isOpeningPreposition(QStringView lower);
// Last words of companies' names that are dictionary words: "Peabody Energy", "Warner Music".
bool isCompanyEnding(QStringView lower);

} // namespace EntityCues
} // namespace lede
