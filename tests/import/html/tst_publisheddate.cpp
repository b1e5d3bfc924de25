#include "import/html/publisheddate.h"

#include <QTest>

using lede::PublishedDate;

class TestPublishedDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso offset") << QStringLiteral("2021-11-01T10:52:50+0100")
                                    << QStringLiteral("2021-11-01T10:52:50");
        QTest::newRow("iso millis") << QStringLiteral("2015-10-15T02:19:15.607Z")
                                    << QStringLiteral("2015-10-15T02:19:15");
        QTest::newRow("iso minutes") << QStringLiteral("2025-06-02T08:15") << QStringLiteral("2025-06-02T08:15");
        QTest::newRow("space") << QStringLiteral("2019-04-28 06:01:07") << QStringLiteral("2019-04-28T06:01:07");
        QTest::newRow("date only") << QStringLiteral("2024-06-25") << QStringLiteral("2024-06-25");
        QTest::newRow("slashes") << QStringLiteral("2016/12/22") << QStringLiteral("2016-12-22");
        QTest::newRow("compact") << QStringLiteral("20161222") << QStringLiteral("2016-12-22");
        QTest::newRow("rfc 2822") << QStringLiteral("Thu, 22 Dec 2016 10:43:37 -0800")
                                  << QStringLiteral("2016-12-22T10:43:37");
        QTest::newRow("prose") << QStringLiteral("December 22nd, 2016") << QStringLiteral("2016-12-22");
        QTest::newRow("invalid day") << QStringLiteral("2016-02-31") << QString();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PublishedDate::normalize(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestPublishedDate)
#include "tst_publisheddate.moc"
