#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// The subject of the quotation's own sentence as its speaker (attributionsubjects.cpp).
class TstAttributionSubjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameAfterASpeechVerbIsNoSubject()
    {
        // The second quotation's window opens at "and said": Rubio is talked about, not speaking.
        const QString body = QStringLiteral(
            "Donald Trump spoke in Iowa on Monday.\nHe said that Hillary Clinton is playing the \"women card big "
            "league\" and said that Marco Rubio is \"weak like a baby.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("weak like"));
        QCOMPARE(q.speaker, QStringLiteral("Donald Trump"));
        QCOMPARE(mention(body, q), QStringLiteral("He"));
    }
    void pronounAfterASpeechVerbIsNoSubject()
    {
        const QString body = QStringLiteral(
            "Ann Cole met voters on Tuesday.\nShe praised the plan as \"a fair deal for every family in town\" and "
            "added they will \"see the results by spring.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("see the"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Cole"));
    }
    void nameAfterANounAndItsVerbIsTheObject()
    {
        const QString body = QStringLiteral("Bob Miller led the team in Libya.\nThe book accuses Miller of treating "
                                            "the guards like \"hired help from the mall.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("hired help"));
        QCOMPARE(q.speaker, QStringLiteral("The book"));
    }
    void itBeforeAVerbOfItsOwnIsTheSubject()
    {
        // "Meanwhile" is no speaker; "it" stands for the newspaper that attacked.
        const QString body = QStringLiteral(
            "The Washington Post published an editorial on Sunday.\nMeanwhile, it attacked Trump, saying he \"has "
            "offended Hispanics, women and the disabled with his insults.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("has offended"));
        QCOMPARE(mention(body, q), QStringLiteral("it"));
        QCOMPARE(q.speaker, QStringLiteral("Washington Post"));
    }
    void itIsIsNoSubject()
    {
        // "it is" says nothing about who speaks: the senator does.
        const QString body = QStringLiteral(
            "Sen. Amy Grant spoke on Monday.\nGrant said the vote was close. It is now \"a matter for the courts to "
            "decide.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a matter"));
        QVERIFY(mention(body, q) != QStringLiteral("It"));
    }
    void descriptionAfterAsOpeningTheSentenceSpeaks()
    {
        // The weekly is spoken to; the employee speaks.
        const QString body = QStringLiteral(
            "Carly Fiorina announced layoffs.\nAs one employee told Palo Alto Weekly, \"She wants to put fear in "
            "our hearts, and she has done that.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("She wants"));
        QCOMPARE(mention(body, q), QStringLiteral("one employee"));
        QCOMPARE(q.cue, QStringLiteral("told"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionSubjects)
#include "tst_attributionsubjects.moc"
