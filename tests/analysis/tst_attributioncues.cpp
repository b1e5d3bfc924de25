#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Words that report speech only in some uses: which use makes them the quotation's speech verb.
class TstAttributionCues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wentBeforeOtherWordsIsNoCue()
    {
        // "Reagan went with a willingness": Reagan does not say the words; the writer does.
        const QString body = QStringLiteral(
            "Phyllis Schlafly wrote about the summit.\n\u201cIt was an important trip,\u201d she wrote, recalling "
            "the meeting where Reagan went with a willingness \u201cto build a personal connection without "
            "giving up anything.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("to build"));
        QCOMPARE(q.speaker, QStringLiteral("Phyllis Schlafly"));
        QVERIFY(q.cue != QStringLiteral("went"));
    }
    void goesOnRecessIsNoCue()
    {
        const QString body = QStringLiteral("Marco Rubio spoke to reporters.\nSen. Marco Rubio said that once the "
                                            "Senate goes on recess, \u201cI intend to do as much as I can.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("I intend"));
        QCOMPARE(q.speaker, QStringLiteral("Marco Rubio"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void wentOnAfterTheQuotationIsACue()
    {
        const QString body = QStringLiteral("Donald Trump spoke on the radio.\n\u201cWe ought to start it up again "
                                            "this morning,\u201d he went on.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("We ought"));
        QCOMPARE(mention(body, q), QStringLiteral("he"));
        QCOMPARE(q.speaker, QStringLiteral("Donald Trump"));
        QCOMPARE(q.cue, QStringLiteral("went"));
    }
    void wentRightBeforeTheQuotationIsACue()
    {
        const QString body = QStringLiteral("Anna Kim told the story.\nThen Kim went, \u201cThat is not what I "
                                            "ordered at all.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("That is"));
        QCOMPARE(q.speaker, QStringLiteral("Anna Kim"));
        QCOMPARE(q.cue, QStringLiteral("went"));
    }
    void goesBeforeLowerCaseWordsIsNoCue()
    {
        // The quoted words go on with the clause "saying" reports: the plan says nothing, Lee does.
        const QString body = QStringLiteral("Ann Lee criticized the plan on Monday, saying the proposal goes "
                                            "\u201cnowhere near far enough.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("nowhere near"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(q.cue, QStringLiteral("saying"));
    }
    void goesRightBeforeASentenceIsACue()
    {
        const QString body =
            QStringLiteral("Anna Kim told the story.\nAnd then Kim goes \u201cWhat is this, a museum?\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("What is"));
        QCOMPARE(q.speaker, QStringLiteral("Anna Kim"));
        QCOMPARE(q.cue, QStringLiteral("goes"));
    }
    void verbAfterAnArticleAndAnAdverbDescribesANoun()
    {
        // "a swiftly called meeting": "called" is no speech verb, so "Following a swiftly" is no speaker.
        const QString body = QStringLiteral(
            "North Korea tested a bomb.\nFollowing a swiftly called, late-afternoon meeting, the Security Council "
            "issued a statement describing the test as \"a clear violation of five previous resolutions.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a clear"));
        QCOMPARE(q.speaker, QStringLiteral("Security Council"));
    }
    void aNameGivenInThePassiveIsTheAgents()
    {
        // The thing named does not speak, nor the subject of the sentence: who gave the name does.
        const QString named =
            QStringLiteral("The plan was dubbed the \u201cHarbor Deal\u201d by Mayor Ann Lee on Monday.");
        QCOMPARE(quoteOf(named, QStringLiteral("Harbor Deal")).speaker, QStringLiteral("Ann Lee"));
        const QString described = QStringLiteral("Tom Reed visited the old jail, called the \u201cHarbor Rock\u201d by "
                                                 "American sailors held there for years.");
        QCOMPARE(quoteOf(described, QStringLiteral("Harbor Rock")).speaker, QStringLiteral("American sailors"));
        // "by" and no one: the name stays the subject's.
        const QString when =
            QStringLiteral("Tom Reed dubbed the plan the \u201cHarbor Deal\u201d by the end of the week.");
        QCOMPARE(quoteOf(when, QStringLiteral("Harbor Deal")).speaker, QStringLiteral("Tom Reed"));
    }
    void asSomebodyDubbedItNamesTheGiver()
    {
        // "as Reed dubbed the combination" after the quotation: Reed gave the name. A sentence
        // adverb opening the sentence ("Perhaps") is nobody.
        const QString body = QStringLiteral("Tom Reed ran the chain.\nPerhaps there is hope, since the \u201cnew "
                                            "Harbor Group,\u201d as Reed dubbed the combination, will be large.");
        QCOMPARE(quoteOf(body, QStringLiteral("new Harbor")).speaker, QStringLiteral("Tom Reed"));
        const QString adverb =
            QStringLiteral("Perhaps there is hope, since the \u201cnew and larger Harbor Group\u201d will be large.");
        QCOMPARE(quoteOf(adverb, QStringLiteral("new and")).speaker, QString());
    }
};

QTEST_GUILESS_MAIN(TstAttributionCues)
#include "tst_attributioncues.moc"
