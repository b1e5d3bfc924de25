#include "analysis/quotescanner.h"

#include <QTest>

using namespace lede;

class TstQuoteScanner : public QObject
{
    Q_OBJECT
private:
    static QStringList texts(const QString &body)
    {
        QStringList out;
        for (const QuotedSegment &s : QuoteScanner().scan(body))
            out << body.mid(s.start, s.end - s.start);
        return out;
    }
private Q_SLOTS:
    void findsEveryUsualMark_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("inside");
        QTest::newRow("straight") << QStringLiteral("He said \"we win\" twice.") << QStringLiteral("we win");
        QTest::newRow("curly") << QStringLiteral("He said \u201cwe win\u201d twice.") << QStringLiteral("we win");
        QTest::newRow("guillemets") << QStringLiteral("Il a dit \u00abnous gagnons\u00bb.")
                                    << QStringLiteral("nous gagnons");
        // French typography puts a (narrow) no-break space inside the marks: it is not quoted.
        QTest::newRow("guillemets spaced")
            << QStringLiteral("Il a dit \u00ab\u202fnous gagnons\u00a0\u00bb.") << QStringLiteral("nous gagnons");
        QTest::newRow("german") << QStringLiteral("Er sagte \u201ewir siegen\u201c.") << QStringLiteral("wir siegen");
        QTest::newRow("nested single") << QStringLiteral("\u201cSo-called \u2018sanctuary\u2019 cities\u201d")
                                       << QStringLiteral("So-called \u2018sanctuary\u2019 cities");
        // Two closing single marks typed for the closing double mark; a nested quotation ends in ’”.
        QTest::newRow("two single closing")
            << QStringLiteral("\u201cWe win,\u2019\u2019 Ann Lee said.") << QStringLiteral("We win,");
        // An opening mark typed for the closing one, after a word and before a space, closes.
        QTest::newRow("opening mark closing") << QStringLiteral("\u201cIt\u2019s unusual,\u201c said Larry Noble.")
                                              << QStringLiteral("It\u2019s unusual,");
        QTest::newRow("nested at the end") << QStringLiteral("\u201cHe said \u2018we win.\u2019\u201d Lee left.")
                                           << QStringLiteral("He said \u2018we win.\u2019");
    }
    void findsEveryUsualMark()
    {
        QFETCH(QString, body);
        QFETCH(QString, inside);
        QCOMPARE(texts(body), QStringList {inside});
    }
    void closesAtParagraphEndAndContinues()
    {
        const QString body = QStringLiteral("She noted \"we work.\n\"We listen,\" she wrote.");
        const QList<QuotedSegment> s = QuoteScanner().scan(body);
        QCOMPARE(s.size(), 2);
        QCOMPARE(body.mid(s.at(0).start, s.at(0).end - s.at(0).start), QStringLiteral("we work."));
        QCOMPARE(s.at(0).closeMark, -1);
        QVERIFY(!s.at(0).continuation);
        QVERIFY(s.at(1).continuation);
        QCOMPARE(s.at(1).words, 2);
    }
    void closedQuoteIsNotContinued()
    {
        const QList<QuotedSegment> s = QuoteScanner().scan(QStringLiteral("\"One,\" he said.\n\"Two.\""));
        QCOMPARE(s.size(), 2);
        QVERIFY(!s.at(1).continuation);
    }
    void orphanClosingMarkDoesNotOpen()
    {
        // The quotation opened before the cut; pairing from here would swap inside and outside.
        QCOMPARE(texts(QStringLiteral("a review of his systems\" including his heart. The only \"medical records\" "
                                      "were a letter.")),
                 QStringList {QStringLiteral("medical records")});
    }
    void inchMarkIsNotAQuotationMark()
    {
        QCOMPARE(texts(QStringLiteral("He is 6'3\" tall and \"very fit\" now.")),
                 QStringList {QStringLiteral("very fit")});
        QCOMPARE(texts(QStringLiteral("\"A man 6'3\" tall,\" she said.")),
                 QStringList {QStringLiteral("A man 6'3\" tall,")});
    }
    void writersSignOffIsNotQuotation()
    {
        // A transcript with marks round every paragraph, the last one the writer's sign-off.
        QCOMPARE(texts(QStringLiteral("\"PENCE: We will win.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"")),
                 QStringList {QStringLiteral("PENCE: We will win.")});
        QCOMPARE(texts(QStringLiteral("\"Follow the money,\" she said on Twitter.")),
                 QStringList {QStringLiteral("Follow the money,")});
    }
    void markupAttributeValueIsNotQuotation()
    {
        QCOMPARE(texts(QStringLiteral(
                     "<tweet tweet-author=\"@ed\" tweet-date=\"March 10, 2016\">We \"never\" do it<tweet/>")),
                 QStringList {QStringLiteral("never")});
        // A value broken across lines by a paste, and a tag end whose start was cut away.
        QCOMPARE(texts(QStringLiteral("<tweet tweet-date=\"March 10, 2016\n\">We \"never\" do it\n"
                                      "all of it.\">Next \"line\" here")),
                 (QStringList {QStringLiteral("never"), QStringLiteral("line")}));
    }
};

QTEST_GUILESS_MAIN(TstQuoteScanner)
#include "tst_quotescanner.moc"
