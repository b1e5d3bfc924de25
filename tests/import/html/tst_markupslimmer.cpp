#include "import/html/markupslimmer.h"

#include <QTest>

using lede::MarkupSlimmer;

class TestMarkupSlimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slim_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("script") << QByteArray("<p>a</p><script>if (a < b) x = '</p>';</script><p>b</p>")
                                << QByteArray("<p>a</p><script></script><p>b</p>");
        QTest::newRow("upper case") << QByteArray("<SCRIPT type=text/javascript>var x;</SCRIPT >t")
                                    << QByteArray("<SCRIPT type=text/javascript></SCRIPT >t");
        QTest::newRow("json-ld kept") << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>")
                                      << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>");
        QTest::newRow("quoted >") << QByteArray("<script data-x=\"a>b\">code</script>")
                                  << QByteArray("<script data-x=\"a>b\"></script>");
        QTest::newRow("style") << QByteArray("<style>p > a { color: red }</style><p>x</p>")
                               << QByteArray("<style></style><p>x</p>");
        QTest::newRow("comment hides script")
            << QByteArray("<!-- <script> --><p>kept</p>") << QByteArray("<p>kept</p>");
        QTest::newRow("nested svg") << QByteArray("<svg><g><svg><path d=\"M0\"/></svg></g></svg><p>t</p>")
                                    << QByteArray("<svg></svg><p>t</p>");
        QTest::newRow("self-closing svg") << QByteArray("<svg/><p>t</p>") << QByteArray("<svg/><p>t</p>");
        QTest::newRow("not a script") << QByteArray("<scripture>x</scripture>")
                                      << QByteArray("<scripture>x</scripture>");
        QTest::newRow("unterminated") << QByteArray("<p>a</p><script>var x = 1;") << QByteArray("<p>a</p><script>");
    }

    void slim()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(MarkupSlimmer::slim(html), expected);
    }

    void cutsPathologicalNesting()
    {
        const QByteArray deep = QByteArray("<p>top</p>") + QByteArray("<div>").repeated(50) + "<p>deep</p>";
        const QByteArray slimmed = MarkupSlimmer::slim(deep, 10);
        QCOMPARE(slimmed, QByteArray("<p>top</p>") + QByteArray("<div>").repeated(11));
        // Paragraphs and void elements close themselves and do not count.
        const QByteArray flat = QByteArray("<p>a<br><img src=x>").repeated(50);
        QCOMPARE(MarkupSlimmer::slim(flat, 10), flat);
    }

    void cutsAtTheSizeLimit()
    {
        const QByteArray big = QByteArray("<p>0123456789</p>").repeated(1000);
        QCOMPARE(MarkupSlimmer::slim(big, 100, 1000).size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestMarkupSlimmer)
#include "tst_markupslimmer.moc"
