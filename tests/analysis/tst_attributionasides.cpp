#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Quotations set inside a sentence by a comma, and who speaks them rather than the paragraph's
// other speaker.
class TstAttributionAsides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotationAfterACommaBelongsToItsSentencesSubject()
    {
        // "She has coined a new phrase, "…"": the sentence's subject, not Reed, who speaks later.
        const QString body = QStringLiteral("Ann Fields spoke after Tom Reed. She has coined a new phrase, \"taxpayer "
                                            "theater,\" to describe the plan. Reed said it was \"a fine idea for the "
                                            "city.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("taxpayer"));
        QCOMPARE(mention(body, q), QStringLiteral("She"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Fields"));
    }
    void firstSpeechVerbOfTheSentenceBeforeCarriesOn()
    {
        // "stated" is in a clause after the attribution: Lee, who told reporters, goes on speaking.
        const QString body = QStringLiteral("\"It is late,\" Ann Lee told reporters on Monday, after Tom Reed stated "
                                            "his view. \"We are done with the vote.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("We are done")).speaker, QStringLiteral("Ann Lee"));
    }
    void namingVerbInTheSentenceBeforeIsNoAttribution()
    {
        // "a group called Friends of Parks" names a group; the sentence's attribution is "Ann Lee said".
        const QString body = QStringLiteral("\"We need the money,\" Ann Lee said, referencing a group called Friends "
                                            "of Parks. \"The budget is thin this year.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("The budget")).speaker, QStringLiteral("Ann Lee"));
    }
    void participlePhraseOpeningTheSentenceHasTheMainSubject()
    {
        // "In calling …" has no subject of its own: "she", after the phrase's comma, speaks.
        const QString body = QStringLiteral("Ann Lee spoke after Tom Reed. In calling the new plan \"a total waste of "
                                            "money,\" she left no doubt about her view.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a total waste"));
        QCOMPARE(mention(body, q), QStringLiteral("she"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Lee"));
    }
    void stateInBracketsEndsNoSentenceBeforeTheVerb()
    {
        // "(Tex.) has said": the full stop inside the brackets does not cut Cruz off his verb.
        const QString body = QStringLiteral("Other candidates were as bellicose. Sen. Ted Cruz (Tex.) has said that he "
                                            "would \"carpet-bomb them into oblivion.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("carpet-bomb"));
        QCOMPARE(q.speaker, QStringLiteral("Ted Cruz"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void stateInBracketsBeforeACommaEndsNoSentence()
    {
        // "(R-Tex.), a candidate …, tweeted": the sentence before the quotation starts at "On".
        const QString body =
            QStringLiteral("Others cheered. On the other side, Sen. Ted Cruz (R-Tex.), a candidate for "
                           "president, tweeted a warning. \"Remember in November the Democrats who did "
                           "this.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Remember"));
        QCOMPARE(q.speaker, QStringLiteral("Ted Cruz"));
        QCOMPARE(q.cue, QStringLiteral("tweeted"));
    }
    void relativeWhoAfterADashCarriesTheName()
    {
        // "Tom Reed - who said he would "…"": the aside's "who" is where the attribution rests.
        const QString body = QStringLiteral("Mayor Ann Lee spoke first. Council member Tom Reed - who said he would "
                                            "\"cut the budget in half\" - voted no.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("cut the budget"));
        QCOMPARE(mention(body, q), QStringLiteral("who"));
        QCOMPARE(q.speaker, QStringLiteral("Tom Reed"));
    }
    void participleAfterAQuotationIsNotInverted()
    {
        // ", saying the town embodied …": the words after "saying" are what was said, not who said it.
        const QString body = QStringLiteral("Mayor Ann Lee gave a spirited defense of \"the values of this city,\" "
                                            "saying the town embodied the courage of its people.");
        QCOMPARE(quoteOf(body, QStringLiteral("the values")).speaker, QStringLiteral("Ann Lee"));
    }
    void subjectBeforeAnEarlierQuotationOfTheSentence()
    {
        // The title ends the search for a speech verb, not for the subject opening the sentence.
        const QString body = QStringLiteral("Ann Lee held up a copy of \"The Grand Plan of the Council\" and then "
                                            "blamed the office of Tom Reed for \"the endless delays.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("the endless")).speaker, QStringLiteral("Ann Lee"));
    }
    void relativeWhichStandsForTheThingBeforeIt()
    {
        // "a sign - which read "…"": the sign says it, not the woman holding it.
        const QString body = QStringLiteral("Ann Lee held up a sign - which read \"Build the park now\" - and waved it "
                                            "at the crowd.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Build the park"));
        QCOMPARE(mention(body, q), QStringLiteral("which"));
        QCOMPARE(q.speaker, QStringLiteral("a sign"));
    }
    void aTownAndItsRegionOpenNoAside()
    {
        // The comma between a town and its state or country is no aside: the speaker is the name
        // before the aside that holds them, or the words before the preposition.
        const struct
        {
            const char *body;
            const char *speaker;
        } cases[] = {
            {"Bob Harris, of Raleigh, N.C., said, \"We will win the vote.\"", "Bob Harris"},
            {"Mark Ross, a salesman from Sumter, South Carolina, says Ann will \"leave here with momentum.\"",
             "Mark Ross"},
            {"\"It works,\" Dylan Nelson, a fellow at the institute in Munich, Germany, and an author of the study, "
             "said in a statement. \"In our simulation, we see new things.\"",
             "Dylan Nelson"},
            {"Tom Reed spoke after a woman in Worcester, Massachusetts, told him he is \"too nice\" to win.",
             "a woman"},
        };
        for (const auto &c : cases) {
            const QString body = QString::fromUtf8(c.body);
            const QuoteFinding q = quoteOf(body, body.contains(u"simulation") ? QStringLiteral("In our") : QString());
            QVERIFY2(q.speaker == QString::fromUtf8(c.speaker), qPrintable(body + u" -> " + q.speaker));
        }
        // A title or a first name after the comma is a person in an aside, not a region.
        const QString reid = QStringLiteral(
            "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said, \"It is a test.\"");
        QCOMPARE(quoteOf(reid, QStringLiteral("It is")).speaker, QStringLiteral("Harry Reid"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionAsides)
#include "tst_attributionasides.moc"
