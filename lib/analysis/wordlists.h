#pragma once

#include <QStringView>

namespace lede {

enum class Gender { Unknown, Female, Male };

// The curated word lists the rules are built from, all lower case. Kept as tables in
// wordlists.cpp so that a rule change is a data change. All lists live in one hash built once per
// process, word -> the lists it is in, so a token looks its word up once (Token::words) and every
// rule after that is a bit test.
class WordLists
{
public:
    enum Flag : quint64 {
        Abbreviation = 1u << 0,
        SpeechVerb = 1u << 1,
        SpeechNoun = 1u << 2,
        PersonTitle = 1u << 3,
        RoleNoun = 1u << 4,
        OrganisationWord = 1u << 5,
        OrganisationHead = 1u << 6,
        PlaceWord = 1u << 7,
        LawWord = 1u << 8,
        EventWord = 1u << 9,
        Pronoun = 1u << 10,
        Determiner = 1u << 11,
        ClauseBoundary = 1u << 12,
        AttributionFiller = 1u << 13,
        TitleSmallWord = 1u << 14,
        TermCue = 1u << 15,
        TitleCue = 1u << 16,
        Demonym = 1u << 17,
        NonEntityCapital = 1u << 18,
        KnownOrganisation = 1u << 19,
        KnownPlace = 1u << 20,
        NameConnector = 1u << 21,
        WeakConnector = 1u << 22,
        PlacePrefix = 1u << 23,
        TimeWord = 1u << 24,
        HeadWord = 1u << 25, // ends an organisation, law, event or place name ("Council", "Act")
        DocumentNoun = 1u << 26,
        ReportingVerb = 1u << 27,
        TitleModifier = 1u << 28, // "former" in "Former Florida Gov. Jeb Bush"
        PartyName = 1u << 29, // "gop": an adjective before a noun ("GOP leaders")
        NameAdjective = 1u << 30, // "federal": no name alone, but opens names ("Federal Reserve")
        WorkNoun = 1u << 31, // "host" in "the "Daily Show" host": what follows a work's title
        // The verbs the indirect-speech rules try at every word of a sentence: as lists here, a
        // word is tried with a bit test instead of a comparison with each member (3% of analysis).
        FindingVerb = 1ull << 32, // "showed": evidence reporting a finding
        PromiseVerb = 1ull << 33, // "vowed": reports the act it commits to
        QuestionVerb = 1ull << 34, // "asked": reports the question after it
        ReportParticiple = 1ull << 35, // "saying": goes on from the subject after a comma
        ProgressiveReport = 1ull << 36, // "arguing": reports after "is", "are now"
        HeadlineClauseWord = 1ull << 37, // "Says", "Would": a title-case clause, not a name, goes on
        NewsMediaWord = 1ull << 38, // "sentinel", "cnn": a name with it publishes or broadcasts news
    };

    // The lists a lower-case word (or phrase, for the known names) is in.
    static quint64 flags(QStringView lower);

    static bool isAbbreviation(QStringView lower) { return flags(lower) & Abbreviation; } // "sen", "calif"
    static bool isSpeechVerb(QStringView lower) { return flags(lower) & SpeechVerb; } // "said", "wrote"
    static bool isSpeechNoun(QStringView lower) { return flags(lower) & SpeechNoun; } // "statement"
    static bool isPersonTitle(QStringView lower) { return flags(lower) & PersonTitle; } // "mayor", "sen."
    static bool isRoleNoun(QStringView lower) { return flags(lower) & RoleNoun; } // "spokesman"
    static bool isOrganisationWord(QStringView lower) { return flags(lower) & OrganisationWord; } // "council"
    static bool isOrganisationHead(QStringView lower) { return flags(lower) & OrganisationHead; } // "nonprofit"
    static bool isPlaceWord(QStringView lower) { return flags(lower) & PlaceWord; } // "county"
    static bool isLawWord(QStringView lower) { return flags(lower) & LawWord; } // "act"
    static bool isEventWord(QStringView lower) { return flags(lower) & EventWord; } // "war"
    static bool isPronoun(QStringView lower) { return flags(lower) & Pronoun; } // "he", "they"
    static bool isDeterminer(QStringView lower) { return flags(lower) & Determiner; } // "the", "his"
    static bool isClauseBoundary(QStringView lower) { return flags(lower) & ClauseBoundary; } // "that", "and"
    static bool isAttributionFiller(QStringView lower) { return flags(lower) & AttributionFiller; } // "also", "has"
    static bool isTitleSmallWord(QStringView lower) { return flags(lower) & TitleSmallWord; } // "of", "the"
    static bool isTermCue(QStringView lower) { return flags(lower) & TermCue; } // "so-called"
    static bool isTitleCue(QStringView lower) { return flags(lower) & TitleCue; } // "book"
    static bool isWorkNoun(QStringView lower) { return flags(lower) & WorkNoun; } // "podcast", "host"
    static bool isDemonym(QStringView lower) { return flags(lower) & Demonym; } // "american"
    static bool isNonEntityCapital(QStringView lower) { return flags(lower) & NonEntityCapital; } // "monday"
    static bool isKnownOrganisation(QStringView lower) { return flags(lower) & KnownOrganisation; } // "fbi"
    static bool isKnownPlace(QStringView lower) { return flags(lower) & KnownPlace; } // "new york"
    static Gender genderOfFirstName(QStringView lower);
    static Gender genderOfPronoun(QStringView lower);
    static bool isPluralPronoun(QStringView lower) { return lower == u"they" || lower == u"them"; }
    static Gender genderOfTitle(QStringView lower);
};

} // namespace lede
