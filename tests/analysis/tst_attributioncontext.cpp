#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Speaker rules for relative clauses, passive and addressed speech verbs, possessives that own the
// words, and paragraphs that are only a quotation.
class TstAttributionContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accordingToAfterACommaIsNoParticiple()
    {
        // "said, according to CNN." reports the next quotation too; "according" is not "adding".
        const QString body = QStringLiteral(
            "\u201cI asked him not to protest on the floor,\u201d Bernie Sanders said, according to CNN. "
            "\u201cIt matters that you explain this to your delegations.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("It matters"));
        QCOMPARE(q.speaker, QStringLiteral("CNN"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void passiveSpeechVerbTakesItsAgent()
    {
        const QString body = QStringLiteral("Senator Elizabeth Warren was asked by host Bill Maher, \u201cDo you "
                                            "think the emails still matter to voters in the fall?\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("Do you"));
        QCOMPARE(q.speaker, QStringLiteral("Bill Maher"));
        QCOMPARE(q.cue, QStringLiteral("asked"));
    }
    void subjectAfterAnObjectRelative()
    {
        // "who he called": "who" is the one called, "he" the one calling.
        const QString body = QStringLiteral("Bernie Sanders again urged unity on Monday. He also criticised Donald "
                                            "Trump, who he called \u201ca bully and a demagogue who made bigotry his "
                                            "cornerstone.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a bully"));
        QCOMPARE(mention(body, q), QStringLiteral("he"));
        QCOMPARE(q.speaker, QStringLiteral("Bernie Sanders"));
    }
    void whoRightAfterANameWithoutAComma()
    {
        const QString body = QStringLiteral("Gwen Graham contrasted that with Hillary Clinton who is looking to "
                                            "bring \u201cpeople together to accomplish the goal.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("people together"));
        QCOMPARE(mention(body, q), QStringLiteral("who"));
        QCOMPARE(q.speaker, QStringLiteral("Hillary Clinton"));
    }
    void whoIsToldIsNotTheSpeaker()
    {
        const QString body =
            QStringLiteral("Ben Carson did not mention his rivals by name, but told his "
                           "supporters, \u201cour nation is in horrible trouble and we must act.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("our nation")).speaker, QStringLiteral("Ben Carson"));
    }
    void quotationParagraphContinuesThePreviousParagraphsLastSentence()
    {
        // The person the last sentence is about, not the speaker of the quotation before it.
        const QString body = QStringLiteral("\u201cWe need someone strong,\u201d said Chris Christie.\n\n"
                                            "Buddy Valastro praised the governor\u2019s leadership after the storm.\n\n"
                                            "\u201cHe cuts through the nonsense and brings people together.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("He cuts")).speaker, QStringLiteral("Buddy Valastro"));
    }
    void lastSentenceWithAQuotationLeavesThePreviousSpeaker()
    {
        const QString body = QStringLiteral("Buddy Valastro spoke first.\n\n\u201cWe need someone strong,\u201d "
                                            "said Chris Christie.\n\n\u201cHe cuts through the nonsense and brings "
                                            "people together.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("He cuts")).speaker, QStringLiteral("Chris Christie"));
    }
    void transcriptLineWithAMixedCaseName()
    {
        const QString body = QStringLiteral("Luciana Lopez argued that the plan is naive.\n\n\u201cChris Matthews: "
                                            "Seriously, this sounds great. We will screw the bad guys.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("Chris Matthews")).speaker, QStringLiteral("Chris Matthews"));
    }
    void possessiveOwnsTheClaim()
    {
        const QString body = QStringLiteral("Politifact seized on Donald Trump\u2019s claim that there have been "
                                            "\u201cthousands of shootings in Chicago this year.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("thousands")).speaker, QStringLiteral("Donald Trump"));
    }
    void possessivePronounOwnsTheRemark()
    {
        const QString body = QStringLiteral("Madeleine Albright fanned controversy this year over her remark that "
                                            "\u201cthere is a special place in hell for some.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("there is"));
        QCOMPARE(mention(body, q), QStringLiteral("her"));
        QCOMPARE(q.speaker, QStringLiteral("Madeleine Albright"));
    }
    void remarksDescribedAsAreTheSubjectsWords()
    {
        // "denounced Trump's remarks as "…"": the words describe the remarks, the subject speaks.
        const QString body = QStringLiteral("Francois Hollande denounced Donald Trump\u2019s remarks as \u201churtful "
                                            "and humiliating for everyone here.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("hurtful")).speaker, QStringLiteral("Francois Hollande"));
    }
    void relativeWhichStandsForTheNamedBody()
    {
        const QString body = QStringLiteral("Politifact checked the numbers. They turned to the Chicago Police "
                                            "Department which reported \u201c2,521 shooting incidents in the city "
                                            "this year.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("2,521"));
        QCOMPARE(mention(body, q), QStringLiteral("which"));
        QCOMPARE(q.speaker, QStringLiteral("Chicago Police Department"));
    }
    void subjectPronounOpensTheSpeakerPhrase()
    {
        // A sentence end missed after "U.S." leaves the name before the pronoun in the phrase.
        const QString body = QStringLiteral("Chris Cox spoke on Monday. Cox says Obama lacks a strategy in the U.S. "
                                            "He says Americans do not need any more \u201cemotional, condescending "
                                            "lectures that are devoid of facts.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("emotional"));
        QCOMPARE(mention(body, q), QStringLiteral("He"));
        QCOMPARE(q.speaker, QStringLiteral("Chris Cox"));
    }
    void pronounAfterAsSpeaks()
    {
        const QString body = QStringLiteral("Thomas Perez is winning nods and applause as he keeps talking about the "
                                            "\u201ccollective power of all of us together.\u201d");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("collective"))), QStringLiteral("he"));
    }
    void pronounAfterWhatIsTalkedAbout()
    {
        // "what he has accomplished" is talked about; the subject praises it.
        const QString body = QStringLiteral("Former governor Ed Rendell praised Bernie Sanders for what he has "
                                            "accomplished, calling it \u201can incredible feat for anyone.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("an incredible")).speaker, QStringLiteral("Ed Rendell"));
    }
    void descriptionWithCommasAfterTheQuote()
    {
        const QString body = QStringLiteral("Kerry spoke at length.\n\n\"From Day One, I made climate change the top "
                                            "priority,\" the bespectacled, 71-year-old diplomat said in an interview.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("From Day"));
        QCOMPARE(mention(body, q), QStringLiteral("the bespectacled, 71-year-old diplomat"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void nameInAppositionAfterADescription()
    {
        // "told CNN": CNN is spoken to; the friend named after the comma speaks.
        const QString body = QStringLiteral("Marwa Hamdy had been visiting her sister.\n\n\u201cShe is also a "
                                            "mother for three young boys,\u201d another friend, Mariam Emara, told "
                                            "CNN.");
        QCOMPARE(quoteOf(body, QStringLiteral("She is")).speaker, QStringLiteral("Mariam Emara"));
    }
    void capitalisedFillerAfterTheQuoteIsAName()
    {
        const QString body = QStringLiteral("George Will wrote a column this week.\n\n\u201cThe eruption of war is "
                                            "a reminder of what is at stake,\u201d Will wrote.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("The eruption"));
        QCOMPARE(mention(body, q), QStringLiteral("Will"));
        QCOMPARE(q.cue, QStringLiteral("wrote"));
    }
    void asNameSaidAfterTheQuote()
    {
        const QString body = QStringLiteral("Ted Cruz spoke on the radio.\n\nStill, the fact that the race \u201cis "
                                            "a dead heat right now,\u201d as Cruz said on the program, matters.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("is a dead heat"));
        QCOMPARE(q.speaker, QStringLiteral("Ted Cruz"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void passiveAgentAfterTheQuote()
    {
        const QString body = QStringLiteral("Hillary Clinton spoke.\n\nShe was accused of being \u201cextremely "
                                            "careless in the handling of information\u201d \u2013 as described by FBI "
                                            "Director James Comey.");
        QCOMPARE(quoteOf(body, QStringLiteral("extremely")).speaker, QStringLiteral("James Comey"));
    }
    void articleOpensTheSubjectAfterAnOpeningPhrase()
    {
        const QString body = QStringLiteral("North Korea tested a bomb.\n\nAfter a short meeting on Friday, the "
                                            "Security Council issued a statement describing the test as \"a clear "
                                            "violation and in flagrant disregard\" of the resolutions.");
        QCOMPARE(quoteOf(body, QStringLiteral("a clear")).speaker, QStringLiteral("Security Council"));
    }
    void nounPhraseOpeningTheSentenceSpeaks()
    {
        // No name or pronoun is the subject: the group the sentence opens with speaks, not the
        // person named in the sentence before.
        const QString body = QStringLiteral("Paul Manafort consults for foreign governments, several friends said. "
                                            "Corporate lobbyists describe such work as \"a different cup of tea "
                                            "than the usual contract.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a different"));
        QCOMPARE(mention(body, q), QStringLiteral("Corporate lobbyists"));
        // A gerund names what happened, not who speaks: "his" call is Trump's.
        const QString standing = QStringLiteral("Donald Trump won the primaries in the spring. His standing improved "
                                                "after his call for \"a total and complete ban\" on travel.");
        QCOMPARE(quoteOf(standing, QStringLiteral("a total")).speaker, QStringLiteral("Donald Trump"));
    }
    void quantifierAfterAnOpeningPhraseSpeaks()
    {
        const QString body = QStringLiteral("Hillary Clinton and Bernie Sanders answered the union.\n\nOn Social "
                                            "Security, both oppose an inflation formula that would \"cut benefits "
                                            "for millions of retirees.\"");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("cut benefits"))), QStringLiteral("both"));
        // "All this" counts no one: the person led to the words speaks, not the paragraph's speaker before.
        const QString led = QStringLiteral("Trump spoke in Ohio.\n\nNewt Gingrich called Estonia a \"suburb of St. "
                                           "Petersburg\" in July. All this has led the Latvian journalist Dainis Ivans "
                                           "to fear a \"pact of the worst kind.\"");
        QCOMPARE(quoteOf(led, QStringLiteral("suburb of")).speaker, QStringLiteral("Newt Gingrich"));
        QCOMPARE(quoteOf(led, QStringLiteral("pact of")).speaker, QStringLiteral("Dainis Ivans"));
    }
    void shareOfPeopleBeforeTheVerb()
    {
        const QString body = QStringLiteral("Donald Trump leads the race. Asked how likely Clinton was to win, 21 "
                                            "percent said \u201cnot too likely at all this year.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("not too likely"));
        QCOMPARE(mention(body, q), QStringLiteral("21 percent"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void ownerOfAPostBeforeAColon()
    {
        const QString body = QStringLiteral("Aides say the former governor plans to back Ted Cruz.\n\nFrom Jeb "
                                            "Bush\u2019s Facebook post: \u201cFor the sake of our party and "
                                            "country, we must move on.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("For the sake")).speaker, QStringLiteral("Jeb Bush"));
    }
    void outerReporterBeforeThatAndAnAdjunct()
    {
        const QString body = QStringLiteral("Donald Trump said during a Friday rally in Michigan that Hillary "
                                            "Clinton once described the trade deal as \u201cthe gold standard of "
                                            "trade deals.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("the gold standard")).speaker, QStringLiteral("Donald Trump"));
    }
    void outerReporterBeforeThatAndAnAdverbialClause()
    {
        // A clause between "that" and the reported clause's subject leaves the words the reporter's.
        const QString body = QStringLiteral("Ann Lee said that after studying the matter, Washington had concluded "
                                            "the plan was \u201cnot, per se, a breach of the rules.\u201d");
        QCOMPARE(quoteOf(body, QStringLiteral("not, per se")).speaker, QStringLiteral("Ann Lee"));
        // Without "that" the comma ends the report: the clause after it has a subject of its own.
        const QString own = QStringLiteral("Ann Lee spoke first. After studying the matter, Tom Reed called the "
                                           "plan \u201ca breach of the rules.\u201d");
        QCOMPARE(quoteOf(own, QStringLiteral("a breach")).speaker, QStringLiteral("Tom Reed"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionContext)
#include "tst_attributioncontext.moc"
