#include "import/html/textsimilarity.h"

#include <QTest>

using lede::TextSimilarity;

class TestTextSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coverage()
    {
        QCOMPARE(TextSimilarity::coverage(QStringLiteral("Hermitian matrix - Wikipedia"),
                                          QStringLiteral("Hermitian matrix")),
                 1.0);
        QVERIFY(TextSimilarity::coverage(QStringLiteral("Hermitian matrix"),
                                         QStringLiteral("matrix equal to its conjugate-transpose"))
                < 0.3);
        QCOMPARE(TextSimilarity::coverage(QString(), QStringLiteral("x")), 0.0);
    }

    void headingRepeatsTitle()
    {
        QVERIFY(TextSimilarity::same(QStringLiteral("Council Approves Harbor Plan"),
                                     QStringLiteral("Council approves harbor plan!")));
        QVERIFY(!TextSimilarity::same(QStringLiteral("Council Approves Harbor Plan"), QStringLiteral("Harbor")));
        QVERIFY(TextSimilarity::same(QStringLiteral("Стадтрат одобрил план"), QStringLiteral("стадтрат одобрил план")));
    }
};

QTEST_GUILESS_MAIN(TestTextSimilarity)
#include "tst_textsimilarity.moc"
