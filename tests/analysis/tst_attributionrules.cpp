#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Speaker rules added after tst_attribution grew large: reporters of a whole sentence, descriptions
// around names, and words that look like speech verbs but are nouns.
class TstAttributionRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presentTenseVerbsAfterTheQuote()
    {
        const QString body =
            QStringLiteral("Brent Bozell spoke last.\n\u201cOnly two accomplishments,\u201d Bozell answers.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Only two"));
        QCOMPARE(q.speaker, QStringLiteral("Brent Bozell"));
        QCOMPARE(q.cue, QStringLiteral("answers"));
    }
    void verbFormAfterAParticipleIsANoun()
    {
        // "giving states more power": "states" is no speech verb, so "giving" is no speaker.
        const QString body = QStringLiteral("Mark Miller spoke.\nMiller said the bill can be \u201cthe best of both "
                                            "worlds,\u201d giving states more power.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("the best"));
        QCOMPARE(q.speaker, QStringLiteral("Mark Miller"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void pointsIsAVerbOnlyWithOutOrTo()
    {
        const QString body = QStringLiteral("Marco Rubio and Chris Christie debated.\nChristie, New Jersey\u2019s "
                                            "governor, repeated accusations that Rubio recites the same campaign "
                                            "points, calling him a \u201ctalented guy\u201d on stage.");
        QCOMPARE(quoteOf(body, QStringLiteral("talented")).speaker, QStringLiteral("Chris Christie"));
    }
    void earlierQuotationOfTheSentenceSpeaksForALaterOne()
    {
        const QString body = QStringLiteral("Claire McCaskill backs Hillary Clinton.\nOf Bernie Sanders, McCaskill "
                                            "said voters in her state would find it \"very hard to look past\" "
                                            "Sanders' self-description of being a \"democratic socialist.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("democratic")).speaker, QStringLiteral("Claire McCaskill"));
    }
    void lowerCaseWordsBeforeTheSubjectsName()
    {
        const QString body = QStringLiteral("Donald Trump spoke in Ohio.\nRepublican presidential nominee Donald "
                                            "Trump, during an interview, referred to President Barack Obama as "
                                            "\u201cthe most valuable player\u201d of the year.");
        QCOMPARE(quoteOf(body, QStringLiteral("the most")).speaker, QStringLiteral("Donald Trump"));
    }
    void personAfterADescriptionFollowingAnInvertedVerb()
    {
        const QString body =
            QStringLiteral("Terry Strada arrived.\n\"The veto is wrong,\" said 9/11 widow Terry Strada.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("The veto"));
        QCOMPARE(q.speaker, QStringLiteral("Terry Strada"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void capitalisedVerbBeforeAVerbIsAName()
    {
        const QString body = QStringLiteral("Jim Read came.\n\"We assessed this deal,\" Read said.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We assessed"));
        QCOMPARE(mention(body, q), QStringLiteral("Read"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void descriptionOpeningTheAttributionAfterTheQuote()
    {
        const QString body =
            QStringLiteral("Bill Ames left.\n\u201cTritium would enable weapons,\u201d nuclear experts David Albright "
                           "and Serena Kelleher of the institute wrote in September.");
        QCOMPARE(quoteOf(body, QStringLiteral("Tritium")).speaker, QStringLiteral("David Albright"));
    }
    void titleBeforeARoleIsNoQuotation()
    {
        // No comma closes the quotation: a show's title before "star", not words the star said.
        const QString body =
            QStringLiteral("Selenis Leyva spoke.\n\u201cOrange is the New Black\u201d star Selenis "
                           "Leyva opened up about being described as a \u201creal woman\u201d in a blog.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Orange"));
        QCOMPARE(toString(q.kind), toString(QuoteKind::Title));
        QVERIFY(q.speaker.isEmpty());
    }
    void accordingToAfterTheAttributionOfAQuestion()
    {
        // The question mark ends the quotation but not the sentence, which the newspaper reports.
        const QString body =
            QStringLiteral("Martin O\u2019Malley spoke.\n\u201cIs this a priority?\u201d O\u2019Malley "
                           "said at a press conference, according to the Las Vegas Sun.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Is this"));
        QCOMPARE(q.speaker, QStringLiteral("Las Vegas Sun"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void outletReportingTheSentenceAfterTheAttribution()
    {
        const QString body =
            QStringLiteral("Tim Canova spoke.\n\u201cNo comment,\u201d Canova said, The Miami Herald reported.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("No comment"));
        QCOMPARE(mention(body, q), QStringLiteral("Miami Herald"));
        QCOMPARE(q.cue, QStringLiteral("reported"));
    }
    void invertedOutletReportingTheSentence()
    {
        const QString body = QStringLiteral("Kristen Day spoke.\n\u201cYou are no longer welcome,\u201d said Kristen "
                                            "Day, a director, reports The New York Times.");
        QCOMPARE(quoteOf(body, QStringLiteral("You are")).speaker, QStringLiteral("New York Times"));
    }
    void reportedWithoutACommaIsNotAnOutlet()
    {
        // No comma after the quotation's own attribution: the verb is the quotation's, not an outlet's.
        const QString body = QStringLiteral("Tim Canova spoke.\n\u201cNo comment,\u201d Canova reported.");
        QCOMPARE(quoteOf(body, QStringLiteral("No comment")).speaker, QStringLiteral("Tim Canova"));
    }
    void bracketedLabelAfterTheName()
    {
        const QString body =
            QStringLiteral("Bernie Sanders spoke.\nLater Sen. Bernie Sanders (Vermont) said, \"We will win.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We will"));
        QCOMPARE(q.speaker, QStringLiteral("Bernie Sanders"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void personOpeningThePreviousSentenceIntroducesTheQuote()
    {
        const QString body = QStringLiteral("\"It is time,\" said Bernie Sanders.\n\nHillary Clinton touted her "
                                            "record. \"We need to support workers.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We need"));
        QCOMPARE(q.speaker, QStringLiteral("Hillary Clinton"));
        QVERIFY(q.cue.isEmpty());
    }
    void participleAfterASpeechVerbTakesThatVerbsSubject()
    {
        // Not the sentence's first name (Ryan): the subject of "said", which "adding" continues.
        const QString body = QStringLiteral("Sean Spicer and Paul Ryan met.\nRyan and Trump will meet next week, "
                                            "Spicer said, adding, \"They need to sit down and talk.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("They need"));
        QCOMPARE(q.speaker, QStringLiteral("Sean Spicer"));
        QCOMPARE(q.cue, QStringLiteral("adding"));
    }
    void personInTheQuotationsSentenceBeatsTheLastSpeaker()
    {
        const QString body = QStringLiteral("\u201cWe will not,\u201d said House Speaker Paul Ryan.\n\nRepublicans "
                                            "who agree that the prison should be closed were irritated about the lack "
                                            "of detail, with Sen. John McCain calling it a \u201cChinese menu.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("Chinese")).speaker, QStringLiteral("John McCain"));
    }
    void organisationInTheQuotationsSentenceWhenNoPerson()
    {
        const QString body = QStringLiteral("\u201cWe will not,\u201d said House Speaker Paul Ryan.\n\nThis week "
                                            "the National Rifle Association was going into overdrive, whipping "
                                            "lawmakers against \u201cany and all gun control.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("any and all")).speaker, QStringLiteral("National Rifle Association"));
    }
    void nameAfterAPrepositionBeforeAColonIsTalkedAbout()
    {
        const QString body = QStringLiteral("Ben Carson and Juan Williams spoke.\nWilliams added about Carson: "
                                            "\u201cHe feels sorry for him.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("He feels"));
        QCOMPARE(q.speaker, QStringLiteral("Juan Williams"));
        QCOMPARE(q.cue, QStringLiteral("added"));
    }
    void shortPossessiveAppositionDescribesTheNameBeforeIt()
    {
        const QString body = QStringLiteral("Chris Christie arrived.\nChristie, New Jersey\u2019s governor, said he "
                                            "would be \u201cvery happy\u201d to help.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("very happy"));
        QCOMPARE(q.speaker, QStringLiteral("Chris Christie"));
        QCOMPARE(mention(body, q), QStringLiteral("Christie"));
    }
    void accordingToSourceCarriesIntoTheNextQuotation()
    {
        const QString body = QStringLiteral("Jamal Ware spoke.\n\u201cThe committee understands that a lawsuit has "
                                            "been filed,\u201d Gowdy spokesman Jamal Ware said in a statement "
                                            "according to The Blaze. \u201cWe disagree strongly with those "
                                            "claims.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We disagree"));
        QCOMPARE(mention(body, q), QStringLiteral("Blaze"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void contractedPronounIsASubject()
    {
        const QString body = QStringLiteral("Voters spoke up.\nThey\u2019re less hostile to regulation and agree the "
                                            "rich should pay \u201ca lot\u201d more in taxes.");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("a lot"))), QStringLiteral("They\u2019re"));
    }
    void capitalisedFillerWordIsAName()
    {
        // "will" may stand between a subject and its verb; "Will" inside a sentence is George Will.
        const QString body = QStringLiteral("George Will wrote a column about Donald Trump.\nFrom his speech in Iowa "
                                            "to his call for a \u201cdeportation force,\u201d Will described Trump as "
                                            "a \u201ccaricature of democracy.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("caricature"));
        QCOMPARE(q.speaker, QStringLiteral("George Will"));
        QCOMPARE(q.cue, QStringLiteral("described"));
    }
    void datelineIsNotTheSubject()
    {
        const QString body = QStringLiteral("Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe at "
                                            "Donald Trump\u2019s stance, saying that \u201cbombastic comments\u201d "
                                            "do more harm than good.");
        // The name may keep the party word before it ("Democrat Hillary Clinton"); not "AFP".
        QVERIFY(quoteOf(body, QStringLiteral("bombastic")).speaker.endsWith(QStringLiteral("Hillary Clinton")));
    }
    void capitalisedClauseWordIsAName()
    {
        const QString body = QStringLiteral("Al From helped found the council.\nMany Americans saw the Democrats as "
                                            "\"the party of overwhelming government,\" From said.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("the party"));
        QCOMPARE(mention(body, q), QStringLiteral("From"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void subjectAndAnyVerbBeforeAColon()
    {
        // "demurred" is no speech verb, but a colon after it opens the words of its subject.
        const QString body = QStringLiteral("Ted Cruz spoke in Iowa.\nCruz said that \u201cthe only way to win is "
                                            "to ask.\u201d Asked which county was his favorite, he demurred: "
                                            "\u201cWhichever one I\u2019m in.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Whichever"));
        QCOMPARE(mention(body, q), QStringLiteral("he"));
        QCOMPARE(q.speaker, QStringLiteral("Ted Cruz"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionRules)
#include "tst_attributionrules.moc"
