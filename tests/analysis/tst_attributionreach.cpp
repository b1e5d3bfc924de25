#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// How far the attribution of a quotation reaches: appositions and short quotations between the
// quotation and its speech verb, asides after it, the sentence's own people before a speaker from
// elsewhere, and whose sentence it is when a phrase or an addressee comes first.
class TstAttributionReach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appositionBeforeTheVerbDoesNotCountTowardsItsReach()
    {
        // The clause in commas holds a speech verb of its own ("asked"), which is not the attribution.
        const QString body = QStringLiteral(
            "\u201cWe cannot keep waiting for the council to act,\u201d a senior city planner, who asked not to be "
            "named because the talks are private, told reporters.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We cannot"));
        QCOMPARE(mention(body, q), QStringLiteral("a senior city planner"));
        QCOMPARE(q.cue, QStringLiteral("told"));
    }
    void clauseInCommasBeforeAccordingToIsNoApposition()
    {
        // ", the residents seem …, according to" is a clause of its own: the source is the paper.
        const QString body = QStringLiteral(
            "The town, called \u201cthe gateway to the valley and the mountains\u201d by its founders, the residents "
            "seem proud of their history, according to the Valley Herald.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("the gateway"));
        QVERIFY(q.speaker != QStringLiteral("Valley Herald"));
    }
    void shortQuotationAfterDoesNotEndTheWindow()
    {
        const QString body = QStringLiteral("Residents packed the hall on Monday.\n\n\u201cNobody here trusts the new "
                                            "plan,\u201d Dale Whitcomb, holding a \u201cNo Dam\u201d sign, said on "
                                            "the steps.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Nobody here"));
        QCOMPARE(q.speaker, QStringLiteral("Dale Whitcomb"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void attributionAfterAnAsideClosesTheSentence()
    {
        // A quotation closed by a comma, the writer's aside, and then ", Luis Ortiz added."
        const QString body = QStringLiteral(
            "Council member Rosa Diaz spoke first. The mayor \u201chas every right to veto the plan if she "
            "wants,\u201d just as her predecessor did in 2010, Luis Ortiz added.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("has every right"));
        QCOMPARE(q.speaker, QStringLiteral("Luis Ortiz"));
        QCOMPARE(q.cue, QStringLiteral("added"));
    }
    void newClauseAfterALabelKeepsTheAttributionAway()
    {
        // The attribution after "the rules stand," reports the clause, not the label before it.
        const QString body = QStringLiteral("While the board has not declared the district a \u201csafe "
                                            "harbor,\u201d the rules stand, Luis Ortiz said.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("safe harbor"));
        QVERIFY(!isSpeech(q.kind));
    }
    void nounPhraseOpeningTheSentenceBeforeTheParagraphsSpeaker()
    {
        const QString body = QStringLiteral(
            "\u201cWe will not back down from this fight,\u201d Maria Lopez said. Local teachers want the board to "
            "\u201cfight every single cut to the school budget\u201d this year.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("fight every"));
        QCOMPARE(mention(body, q), QStringLiteral("Local teachers"));
    }
    void personNamedAfterTheQuotationBeforeACarriedSpeaker()
    {
        // No speech verb: the person named after the quotation in its sentence, not the article's
        // earlier speaker.
        const QString body = QStringLiteral(
            "\u201cThe count starts at eight,\u201d said Tom Reyes.\n\nPolls closed on time.\n\n\u201cTurnout will "
            "decide this one,\u201d Jane Porter, the campaign\u2019s pollster, shrugged as the first results came "
            "in.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Turnout"));
        QCOMPARE(q.speaker, QStringLiteral("Jane Porter"));
        QCOMPARE(mention(body, q), QStringLiteral("Jane Porter"));
    }
    void personTalkedAboutAfterTheQuotationIsNotTheSpeaker()
    {
        const QString body = QStringLiteral(
            "\u201cThe count starts at eight,\u201d said Tom Reyes.\n\nPolls closed on time.\n\n\u201cTurnout will "
            "decide this one,\u201d the flyer read in part, a message about Jane Porter.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Turnout"));
        QVERIFY(q.speaker != QStringLiteral("Jane Porter"));
    }
    void prepositionalOpeningIsNotTheSubject()
    {
        // "Like Mayor Dan Ruiz," opens the sentence; its subject comes after the comma.
        const QString body = QStringLiteral("Like Mayor Dan Ruiz, council member Ana Torres defended the budget, "
                                            "saying, \u201cWe will fix the roads before anything else.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("We will fix")).speaker, QStringLiteral("Ana Torres"));
    }
    void participleAfterAnAddresseeIsTheSubjects()
    {
        const QString body = QStringLiteral("Ana Torres wrote a long letter to Mayor Dan Ruiz saying, \u201cWe will "
                                            "not accept these cuts to the library.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We will not"));
        QCOMPARE(q.speaker, QStringLiteral("Ana Torres"));
        QCOMPARE(q.cue, QStringLiteral("saying"));
    }
    void participlesSubjectIsTheOpeningNounPhrase()
    {
        const QString body = QStringLiteral("Residents waited outside.\n\nHer office quickly sent out an email to "
                                            "reporters stating, \u201cThe mayor will not attend the hearing "
                                            "tonight.\u201d");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("The mayor will"))), QStringLiteral("Her office"));
    }
    void subjectOfTheJoinedClauseBeforeTheQuotation()
    {
        // "and he has long used …": the nearest joined clause's subject, not the sentence's first one.
        const QString body = QStringLiteral(
            "\u201cWe need the new bridge,\u201d Tom Reyes said. Reyes visited every town in the county and he has "
            "long used that record against his rival, Ana Torres, for not campaigning \u201cthe county way.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("the county way"));
        QCOMPARE(mention(body, q), QStringLiteral("he"));
        QCOMPARE(q.speaker, QStringLiteral("Tom Reyes"));
    }
    void andBetweenNamesJoinsNoClauses()
    {
        const QString body = QStringLiteral(
            "\u201cWe need the new bridge,\u201d Tom Reyes said. Ana Torres and Reyes have fought over the bridge for "
            "years because of its \u201ccost to the towns and the county.\u201d");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("cost to the towns"))), QStringLiteral("Ana Torres"));
    }
    void relativeClausesVerbDoesNotAttributeTheNextQuotation()
    {
        // "who said Ana Torres is …" describes the speaker; "said Tom Reyes" attributes.
        const QString body = QStringLiteral("\u201cI will vote for the mayor again,\u201d said Tom Reyes, a retired "
                                            "teacher, who said Ana Torres is too "
                                            "new to the job. \u201cShe has not earned my vote yet.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("She has not")).speaker, QStringLiteral("Tom Reyes"));
    }
    void shortTitleBetweenTheOuterVerbAndThat()
    {
        // "told the Herald's "Morning Show" that she agrees …": the report inside a report is the
        // outer speaker's, also past a quoted title.
        const QString body = QStringLiteral(
            "The mayor stayed quiet on Monday. But Ana Torres told the Herald\u2019s \u201cMorning Show\u201d that "
            "she agrees Tom Reyes is a \u201ctotal opportunist on the budget.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("total opportunist"));
        QCOMPARE(mention(body, q), QStringLiteral("Ana Torres"));
        QCOMPARE(q.cue, QStringLiteral("told"));
    }
    void outletReportingRightAfterTheQuotation()
    {
        // The comma closing the quotation parts it from the outlet that reported the sentence.
        const QString body = QStringLiteral("Asked about the plan, Ana Torres said: \u201cThere will always be "
                                            "exceptions to the rule,\u201d the Valley Herald reported.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("There will always"));
        QCOMPARE(q.speaker, QStringLiteral("Valley Herald"));
        QCOMPARE(q.cue, QStringLiteral("reported"));
    }
    void speechNounBetweenTheOuterVerbAndThat()
    {
        // "reports" names no reporter here; "pointed to" before it does.
        const QString body = QStringLiteral("The debate turned sharp. That is when Ana Torres pointed to reports "
                                            "that Tom Reyes called the plan a \u201ctotal disaster\u201d for the "
                                            "town.");
        QCOMPARE(quoteOf(body, QStringLiteral("total disaster")).speaker, QStringLiteral("Ana Torres"));
    }
    void descriptionOpeningTheSentenceBeforeItsVerbSpeaks()
    {
        // The name after "says" is talked about.
        const QString body = QStringLiteral("The campaign released a new ad on Friday.\n\nThe clip says Tom Reyes "
                                            "\u201chas never missed a council vote in ten years.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("has never missed"));
        QCOMPARE(mention(body, q), QStringLiteral("The clip"));
        QCOMPARE(q.cue, QStringLiteral("says"));
    }
    void nounCalledByANameIsNoSpeaker()
    {
        const QString body = QStringLiteral("The rally began late. A warm-up band called Sophistafunk got the crowd "
                                            "to cheer for \u201cMayor Ana Torres.\u201d");
        QVERIFY(mention(body, quoteOf(body, QStringLiteral("Mayor Ana Torres"))) != QStringLiteral("A warm-up band"));
    }
    void describedPersonOpeningThePreviousSentence()
    {
        // A quotation opening its sentence after one opened by a description of a person.
        const QString body = QStringLiteral(
            "\u201cThe count starts at eight,\u201d Tom Reyes said.\n\nAna Torres waited at the back of the hall. "
            "The former spokesman walked to the stage. \u201cWe will win this town back next year.\u201d");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("We will win"))), QStringLiteral("The former spokesman"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionReach)
#include "tst_attributionreach.moc"
