#include "analysis/analyzer.h"
#include "analysis/singlemarkquotes.h"

#include <QTest>

using namespace lede;

// Quotations opened with single marks, as much British news writes them.
class TstSingleMarkQuotes : public QObject
{
    Q_OBJECT
private:
    static QList<QuoteFinding> quotes(const QString &body)
    {
        Analyzer analyzer;
        analyzer.setIncludeIndirect(false); // the quotation rules only
        return analyzer.analyze(body).quotes;
    }
    static QString span(const QString &body, const QuoteFinding &q) { return body.mid(q.start, q.end - q.start); }
private Q_SLOTS:
    void swappingKeepsEveryPosition()
    {
        const QString body = QStringLiteral("Harbour\n‘It is “over”,’ she said. ‘Done.’");
        const QString text = SingleMarkQuotes::asDoubleMarks(body);
        QCOMPARE(text.size(), body.size());
        QCOMPARE(text, QStringLiteral("Harbour\n“It is ‘over’,” she said. “Done.”"));
    }
    void britishArticle()
    {
        const QString body = QStringLiteral(
            "Harbour to close\n\n‘We will not back down,’ said Ann Lee, the harbour master. ‘The voters’ anger is "
            "real, and we don’t ignore it.’\n\nMr Ray called the plan ‘a “temporary” fix’ on Tuesday.");
        const QList<QuoteFinding> found = quotes(body);
        QCOMPARE(found.size(), 4);
        QCOMPARE(span(body, found.at(0)), QStringLiteral("We will not back down,"));
        QCOMPARE(toString(found.at(0).kind), toString(QuoteKind::Direct));
        QCOMPARE(found.at(0).speaker, QStringLiteral("Ann Lee"));
        // A plural's apostrophe inside does not end the quotation; the mark after the full stop does.
        QCOMPARE(span(body, found.at(1)), QStringLiteral("The voters’ anger is real, and we don’t ignore it."));
        QCOMPARE(found.at(1).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(span(body, found.at(2)), QStringLiteral("a “temporary” fix"));
        QCOMPARE(found.at(2).speaker, QStringLiteral("Ray"));
        // The double marks inside are what single ones are elsewhere: a scare quote.
        QCOMPARE(span(body, found.at(3)), QStringLiteral("temporary"));
        QCOMPARE(toString(found.at(3).kind), toString(QuoteKind::Scare));
    }
    void oneQuotationInABritishBrief()
    {
        // A body whose only quotation is in single marks, with no headline above it (the title was
        // read apart): its first paragraph of two sentences is text.
        const QString body = QStringLiteral("Ann Lee said on Tuesday that she would stay. ‘We will fight on, and we "
                                            "will win,’ Mrs Lee told the council.");
        const QList<QuoteFinding> found = quotes(body);
        QCOMPARE(found.size(), 1);
        QCOMPARE(span(body, found.at(0)), QStringLiteral("We will fight on, and we will win,"));
        QCOMPARE(toString(found.at(0).kind), toString(QuoteKind::Direct));
        QCOMPARE(found.at(0).speaker, QStringLiteral("Ann Lee"));
        // Below a headline, one quotation is enough too.
        QVERIFY(!SingleMarkQuotes::asDoubleMarks(QStringLiteral("Q&A\n\nTell people, ‘We are leaving!’")).isNull());
    }
    void quotationCarriedIntoTheNextParagraph()
    {
        const QString body =
            QStringLiteral("Lee speaks\n\n‘We tried,’ Ann Lee said. ‘We asked the council twice.\n\n‘Nobody "
                           "answered.’");
        const QList<QuoteFinding> found = quotes(body);
        QCOMPARE(found.size(), 3);
        QCOMPARE(span(body, found.at(1)), QStringLiteral("We asked the council twice."));
        QCOMPARE(span(body, found.at(2)), QStringLiteral("Nobody answered."));
        QCOMPARE(found.at(2).speaker, QStringLiteral("Ann Lee"));
    }
    void americanArticleIsReadAsItIs()
    {
        // Single marks nested in double ones, apostrophes and elisions: nothing is swapped.
        QVERIFY(SingleMarkQuotes::asDoubleMarks(QStringLiteral("“The ‘deal’ is done,” he said.")).isNull());
        QVERIFY(SingleMarkQuotes::asDoubleMarks(QStringLiteral("It’s rock ‘n’ roll from the ’90s.")).isNull());
        QVERIFY(SingleMarkQuotes::asDoubleMarks(QStringLiteral("The Joneses’ house and Lee’s car.")).isNull());
        // American headlines quote with single marks, in title case or as one short sentence.
        QVERIFY(
            SingleMarkQuotes::asDoubleMarks(QStringLiteral("‘Missing’ Voters Might ‘Help’\n\nAnn Lee won.")).isNull());
        QVERIFY(SingleMarkQuotes::asDoubleMarks(QStringLiteral("Trailing, Lee lobs ‘Hail Mary’ pass.\n\nAnn Lee won."))
                    .isNull());
        // One single-mark title among double-mark quotations stays a nested or title mark.
        const QString body = QStringLiteral("Ann Lee praised ‘Harbour Lights’ on Monday. “It moved me,” she said.");
        QVERIFY(SingleMarkQuotes::asDoubleMarks(body).isNull());
        const QList<QuoteFinding> found = quotes(body);
        QCOMPARE(found.size(), 1);
        QCOMPARE(span(body, found.at(0)), QStringLiteral("It moved me,"));
    }
};

QTEST_GUILESS_MAIN(TstSingleMarkQuotes)
#include "tst_singlemarkquotes.moc"
