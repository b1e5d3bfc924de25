#include "analysis/analyzer.h"
#include "analysis/apostrophequotes.h"

#include <QTest>

using namespace lede;

// Two apostrophes as a quotation mark ('' … ''), as news archives write it.
class TstApostropheQuotes : public QObject
{
    Q_OBJECT
private:
    static QList<QuoteFinding> quotes(const QString &body, bool read)
    {
        Analyzer analyzer;
        analyzer.setApostropheQuotes(read);
        analyzer.setIncludeIndirect(false); // the quotation rules only
        return analyzer.analyze(body).quotes;
    }
    static QString span(const QString &body, const QuoteFinding &q) { return body.mid(q.start, q.end - q.start); }
private Q_SLOTS:
    void rewritingKeepsEveryPosition()
    {
        const QString body = QStringLiteral("''It is over,'' she said. ''Done.''");
        const QString text = ApostropheQuotes::asQuotationMarks(body);
        QCOMPARE(text.size(), body.size());
        QCOMPARE(text, QStringLiteral(" \"It is over,\"  she said.  \"Done.\" "));
        // Nothing to rewrite: apostrophes in words, a lone pair between spaces, runs of three.
        QVERIFY(ApostropheQuotes::asQuotationMarks(QStringLiteral("It's rock 'n' roll.")).isNull());
        QVERIFY(ApostropheQuotes::asQuotationMarks(QStringLiteral("a '' b")).isNull());
        QVERIFY(ApostropheQuotes::asQuotationMarks(QStringLiteral("x'''y")).isNull());
        QVERIFY(ApostropheQuotes::asQuotationMarks(QStringLiteral("He is 6'2'' tall, she 5'10''.")).isNull());
        QVERIFY(!ApostropheQuotes::asQuotationMarks(QStringLiteral("''Since 2016,'' she said.")).isNull());
    }
    void quotesInAnArchiveText()
    {
        const QString body = QStringLiteral("Plans.\n\n''The harbor will close in May,'' Ann Lee said. ''It has "
                                            "to.''\n\nMr. Ray disagreed. ''Not this year,'' he said.");
        const QList<QuoteFinding> found = quotes(body, true);
        QCOMPARE(found.size(), 3);
        QCOMPARE(span(body, found.at(0)), QStringLiteral("The harbor will close in May,"));
        QCOMPARE(found.at(0).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(span(body, found.at(1)), QStringLiteral("It has to."));
        QCOMPARE(found.at(1).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(span(body, found.at(2)), QStringLiteral("Not this year,"));
        QCOMPARE(found.at(2).speaker, QStringLiteral("Ray"));
    }
    void offUnlessAsked()
    {
        QVERIFY(quotes(QStringLiteral("''The harbor will close in May,'' Ann Lee said."), false).isEmpty());
        // The default follows what the application set for the session.
        Analyzer::setApostropheQuotesByDefault(true);
        QVERIFY(Analyzer().readsApostropheQuotes());
        Analyzer::setApostropheQuotesByDefault(false);
        QVERIFY(!Analyzer().readsApostropheQuotes());
    }
};

QTEST_GUILESS_MAIN(TstApostropheQuotes)
#include "tst_apostrophequotes.moc"
