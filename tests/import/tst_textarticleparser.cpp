#include "import/newsdate.h"
#include "import/sourcereader.h"
#include "import/textarticleparser.h"
#include "import/textdecoder.h"
#include "testsupport.h"

#include <QTest>

using namespace lede;

namespace {

Article parseBytes(const QByteArray &bytes)
{
    const SourceDocument doc = SourceReader::readBytes(bytes, QStringLiteral("story.txt"));
    if (doc.articles.size() != 1)
        qFatal("expected one article, got an error: %s",
               doc.errors.isEmpty() ? "none" : qPrintable(doc.errors.first().reason));
    return doc.articles.first().article;
}

QString errorFor(const QByteArray &bytes)
{
    const SourceDocument doc = SourceReader::readBytes(bytes, QStringLiteral("story.txt"));
    return doc.articles.isEmpty() && !doc.errors.isEmpty() ? doc.errors.first().reason : QString();
}

} // namespace

class TestTextArticleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedArticle()
    {
        const Article a = parseBytes(lede::test::seedArticle());
        QCOMPARE(a.byline, QStringLiteral("Jorge Casuso"));
        QCOMPARE(a.published, QStringLiteral("2025-02-18"));
        QVERIFY(a.body.startsWith(QStringLiteral("Mayor Lana Negrete last week reaffirmed")));
        // Each line of the seed is a paragraph; paragraphs are separated by one blank line.
        QVERIFY(a.body.contains(QStringLiteral("immigration laws.\n\nThe policy was")));
        QVERIFY(!a.body.contains(QStringLiteral("\n\n\n")));
        QVERIFY(a.body.endsWith(QStringLiteral("welcome,\" Negrete wrote.")));
        // No title line: the title comes from the lead sentence.
        QVERIFY2(a.title.startsWith(QStringLiteral("Mayor Lana Negrete last week reaffirmed")), qPrintable(a.title));
        QVERIFY(a.title.size() <= 91);
    }

    void titleLineFirst()
    {
        const Article a = parseBytes(
            "Council Backs Sanctuary Policy\n\nBy Jane Roe\nMarch 3, 2024 -- The council voted 5-2.\nIt was late.\n");
        QCOMPARE(a.title, QStringLiteral("Council Backs Sanctuary Policy"));
        QCOMPARE(a.byline, QStringLiteral("Jane Roe"));
        QCOMPARE(a.published, QStringLiteral("2024-03-03"));
        QCOMPARE(a.body, QStringLiteral("The council voted 5-2.\n\nIt was late."));
    }

    void noBylineNoDate()
    {
        const Article a = parseBytes("The council voted on Tuesday. It was late.\nMembers went home.\n");
        QVERIFY(a.byline.isEmpty());
        QVERIFY(a.published.isEmpty());
        QCOMPARE(a.title, QStringLiteral("The council voted on Tuesday"));
        QCOMPARE(a.body, QStringLiteral("The council voted on Tuesday. It was late.\n\nMembers went home."));
    }

    void twoAuthors()
    {
        const Article a = parseBytes("By Jane Roe and John Doe\nFebruary 1, 2024 -- Text begins here.\n");
        QCOMPARE(a.byline, QStringLiteral("Jane Roe and John Doe"));
        QCOMPARE(a.body, QStringLiteral("Text begins here."));
    }

    void placeDateline()
    {
        const Article a = parseBytes("Senate passes bill\n\nWASHINGTON (AP) — The Senate passed the bill on "
                                     "Friday.\n\nIt now goes to the House.\n");
        QCOMPARE(a.title, QStringLiteral("Senate passes bill"));
        QCOMPARE(a.dateline, QStringLiteral("WASHINGTON (AP)"));
        QCOMPARE(a.body, QStringLiteral("The Senate passed the bill on Friday.\n\nIt now goes to the House."));
    }

    void placeAndDateDateline()
    {
        const Article a = parseBytes("NEW YORK, March 3, 2024 — Markets fell sharply.\n");
        QCOMPARE(a.dateline, QStringLiteral("NEW YORK"));
        QCOMPARE(a.published, QStringLiteral("2024-03-03"));
        QCOMPARE(a.body, QStringLiteral("Markets fell sharply."));
    }

    void otherDateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("abbreviated") << QStringLiteral("Feb. 18, 2025") << QStringLiteral("2025-02-18");
        QTest::newRow("sept") << QStringLiteral("Sept. 5, 2024") << QStringLiteral("2024-09-05");
        QTest::newRow("weekday") << QStringLiteral("Tuesday, February 18, 2025") << QStringLiteral("2025-02-18");
        QTest::newRow("time") << QStringLiteral("February 18, 2025, 3:45 p.m.") << QStringLiteral("2025-02-18T15:45");
        QTest::newRow("day first") << QStringLiteral("18 February 2025") << QStringLiteral("2025-02-18");
        QTest::newRow("iso") << QStringLiteral("2025-02-18") << QStringLiteral("2025-02-18");
        QTest::newRow("iso time") << QStringLiteral("2025-02-18T09:30:05Z") << QStringLiteral("2025-02-18T09:30:05");
        QTest::newRow("us numeric") << QStringLiteral("02/18/2025") << QStringLiteral("2025-02-18");
        QTest::newRow("published prefix")
            << QStringLiteral("Published: March 27, 2002") << QStringLiteral("2002-03-27");
        QTest::newRow("not a date") << QStringLiteral("February 30, 2025") << QString();
        QTest::newRow("sentence") << QStringLiteral("February was cold.") << QString();
        // A year is four ASCII digits: Arabic-Indic digits or a three-digit year make no date.
        QTest::newRow("three-digit year") << QStringLiteral("February 18, 202") << QString();
        QTest::newRow("arabic-indic digits") << QStringLiteral("February 18, \u0662\u0660\u0662\u0665") << QString();
        QTest::newRow("year after other digits")
            << QStringLiteral("Updated 18 Feb 2025") << QStringLiteral("2025-02-18");
    }
    void otherDateForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(NewsDate::wholeLine(text), iso);
    }

    void dateOnItsOwnLine()
    {
        const Article a = parseBytes("By Jane Roe\nPublished: March 27, 2002\n\nThe letter arrived.\n");
        QCOMPARE(a.published, QStringLiteral("2002-03-27"));
        QCOMPARE(a.body, QStringLiteral("The letter arrived."));
    }

    void crlfAndBom()
    {
        const Article a = parseBytes("\xEF\xBB\xBF"
                                     "By Jorge Casuso\r\nFebruary 18, 2025 -- First line.\r\nSecond line.\r\n");
        QCOMPARE(a.byline, QStringLiteral("Jorge Casuso"));
        QCOMPARE(a.body, QStringLiteral("First line.\n\nSecond line."));
        QVERIFY(!a.body.contains(QLatin1Char('\r')));
    }

    void windows1252AndLatin1Bytes()
    {
        // \x93 \x94 are Windows-1252 curly quotes; \xe9 is é in both Latin-1 and Windows-1252.
        const Article a = parseBytes("By Ren\xe9 Dupont\nMarch 3, 2024 -- \x93We will,\x94 the caf\xe9 owner said.\n");
        QCOMPARE(a.byline, QStringLiteral("René Dupont"));
        QCOMPARE(a.body, QStringLiteral("“We will,” the café owner said."));
    }

    void hardWrappedParagraphsAreJoined()
    {
        const Article a = parseBytes("The council met on\nTuesday night.\n\nIt voted\nto adjourn.\n");
        QCOMPARE(a.body, QStringLiteral("The council met on Tuesday night.\n\nIt voted to adjourn."));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("blank") << QByteArray(" \n\n \r\n") << QStringLiteral("empty file");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00\x00",
                                              12)
                                << QStringLiteral("binary data, not a text article");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                             << QStringLiteral("a PDF document, not a text or HTML article");
        QTest::newRow("header only") << QByteArray("By Jane Roe\nMarch 3, 2024\n")
                                     << QStringLiteral("no article text found");
    }
    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QCOMPARE(errorFor(bytes), reason);
    }

    void rawKeepsTheFileExactly()
    {
        QString error;
        const auto a = SourceReader::readRaw("By X\r\nBody \"quote\".\r\n", &error);
        QVERIFY(a);
        QCOMPARE(a->body, QStringLiteral("By X\r\nBody \"quote\".\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextArticleParser)
#include "tst_textarticleparser.moc"
