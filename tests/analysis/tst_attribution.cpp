#include "analysis/analyzer.h"

#include <QTest>

using namespace lede;

// Speaker rules, through the analyzer that wires tokens, entities and coreference together.
class TstAttribution : public QObject
{
    Q_OBJECT
private:
    static QuoteFinding quote(const QString &body, int index)
    {
        const AnalysisResult r = Analyzer().analyze(body);
        if (index >= r.quotes.size())
            return {};
        return r.quotes.at(index);
    }
    static QString mention(const QString &body, const QuoteFinding &q)
    {
        return q.speakerStart < 0 ? QString() : body.mid(q.speakerStart, q.speakerEnd - q.speakerStart);
    }
private Q_SLOTS:
    void verbAfterTheQuote()
    {
        const QString body = QStringLiteral("\"We do not use City resources,\" Mayor Lana Negrete wrote.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(q.speaker, QStringLiteral("Lana Negrete"));
        QCOMPARE(mention(body, q), QStringLiteral("Lana Negrete"));
        QCOMPARE(q.cue, QStringLiteral("wrote"));
    }
    void invertedOrder()
    {
        const QString body = QStringLiteral("\u201cWe will win the state,\u201d said Tom Brady, a local organizer.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Tom Brady"));
    }
    void verbBeforeTheQuote()
    {
        const QString body =
            QStringLiteral("In her statement, Lana Negrete noted the City is \"working with partners.\"");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(q.speaker, QStringLiteral("Lana Negrete"));
        QCOMPARE(q.cue, QStringLiteral("noted"));
        QCOMPARE(toString(q.kind), toString(QuoteKind::Partial));
    }
    void relativeClauseBetweenNameAndVerb()
    {
        const QString body = QStringLiteral("Greg Sims spoke first.\n\"It is over,\" Sims, who ran twice, said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Greg Sims"));
    }
    void pronounResolvesToEarlierPerson()
    {
        const QString body = QStringLiteral("Mary Walsh arrived late.\n\"I am sorry for the delay,\" she said.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(mention(body, q), QStringLiteral("she"));
        QCOMPARE(q.speaker, QStringLiteral("Mary Walsh"));
    }
    void descriptionResolvesToOrganisation()
    {
        const QString body = QStringLiteral("The letter came from Miller's nonprofit, America First Legal.\n"
                                            "\"Sanctuary cities are breaking the law,\" the legal nonprofit wrote.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(mention(body, q), QStringLiteral("the legal nonprofit"));
        QCOMPARE(q.speaker, QStringLiteral("America First Legal"));
    }
    void quoteOnlyParagraphKeepsTheSpeaker()
    {
        const QString body = QStringLiteral("\"We do not use City resources,\" Lana Negrete wrote.\n"
                                            "\"Our Police Department follows state law.\"");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Lana Negrete"));
    }
    void secondQuoteOfTheParagraph()
    {
        const QString body = QStringLiteral("\"It is late,\" Ann Lee said. \"We should go home now.\"");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Ann Lee"));
    }
    void accordingTo()
    {
        const QString body = QStringLiteral("\"The vote was fair and final,\" according to Ann Lee.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(quote(body, 0).cue, QStringLiteral("according to"));
    }
    void transcriptLine()
    {
        const QString body = QStringLiteral("\"WALLACE: Let us start with the news tonight.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("WALLACE"));
    }
};

QTEST_GUILESS_MAIN(TstAttribution)
#include "tst_attribution.moc"
