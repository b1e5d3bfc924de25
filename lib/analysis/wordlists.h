#pragma once

#include <QSet>
#include <QString>

namespace lede {

enum class Gender { Unknown, Female, Male };

// The curated word lists the rules are built from, all lower case. Kept as tables in
// wordlists.cpp so that a rule change is a data change.
class WordLists
{
public:
    static bool isAbbreviation(const QString &lower);      // "sen", "calif", "inc" (period follows)
    static bool isSpeechVerb(const QString &lower);        // "said", "told", "wrote"
    static bool isSpeechNoun(const QString &lower);        // "statement", "interview", "tweet"
    static bool isPersonTitle(const QString &lower);       // "mayor", "sen.", "president"
    static bool isRoleNoun(const QString &lower);          // "spokesman", "official", "senator"
    static bool isOrganisationWord(const QString &lower);  // "council", "department", "inc."
    static bool isOrganisationHead(const QString &lower);  // "nonprofit", "campaign", "group"
    static bool isPlaceWord(const QString &lower);         // "county", "river", "street"
    static bool isLawWord(const QString &lower);           // "act", "amendment"
    static bool isEventWord(const QString &lower);         // "war", "convention", "election"
    static bool isPronoun(const QString &lower);           // subject pronouns
    static bool isDeterminer(const QString &lower);        // "the", "a", "his"
    static bool isClauseBoundary(const QString &lower);    // "that", "and", "because"
    static bool isAttributionFiller(const QString &lower); // "also", "later", "has", "then"
    static bool isTitleSmallWord(const QString &lower);    // "of", "the", "and" inside titles
    static bool isTermCue(const QString &lower);           // "word", "term", "so-called", "dubbed"
    static bool isTitleCue(const QString &lower);          // "book", "article", "headline"
    static bool isDemonym(const QString &lower);           // "american", "republican", "democrats"
    static bool isNonEntityCapital(const QString &lower);  // "the", "monday", "january"
    static bool isKnownOrganisation(const QString &lower); // "fbi", "cnn", "nato"
    static bool isKnownPlace(const QString &lower);        // cities and regions news mentions
    static Gender genderOfFirstName(const QString &lower);
    static Gender genderOfPronoun(const QString &lower);
    static Gender genderOfTitle(const QString &lower);
};

} // namespace lede
