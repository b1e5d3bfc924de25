#include "import/html/htmlextractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using lede::ExtractedPage;
using lede::HtmlExtractor;

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(LEDE_TEST_DATA "/html/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

    static ExtractedPage extract(const QByteArray &html, const QString &contentType = QString())
    {
        QString error;
        const auto page = HtmlExtractor::extract(html, contentType, QUrl(), &error);
        if (!page)
            qWarning("extraction failed: %s", qPrintable(error));
        return page.value_or(ExtractedPage());
    }

private Q_SLOTS:
    void dropsBoilerplateAroundTheArticle()
    {
        const ExtractedPage page = extract(fixture("boilerplate.html"));
        QVERIFY(page.body.startsWith(QLatin1String("The city council voted on Tuesday night")));
        QVERIFY(page.body.endsWith(QLatin1String("the small shops that line the boardwalk.")));
        QVERIFY(page.body.contains(QLatin1String("\n\nWhat happens next\n\n")));
        QVERIFY(page.body.contains(QLatin1String("said council member Dana Whitfield")));
        for (const char *boilerplate : {"Sports", "cookies", "Share on Facebook", "Advertisement", "newsletter",
                                        "Related stories", "Fishermen rally", "disaster for the boardwalk", "Most read",
                                        "Copyright", "Maria Ortiz", "Council Approves"}) {
            QVERIFY2(!page.body.contains(QLatin1String(boilerplate)), boilerplate);
        }
        QCOMPARE(page.body.count(QLatin1String("\n\n")), 5);
        QVERIFY(!page.body.contains(QLatin1String("\n\n\n")));
        QCOMPARE(page.title, QStringLiteral("Council Approves Harbor Plan"));
        QCOMPARE(page.byline, QStringLiteral("Maria Ortiz"));
        QCOMPARE(page.site, QStringLiteral("The Coastal Ledger"));
        QCOMPARE(page.language, QStringLiteral("en"));
        QCOMPARE(page.url, QStringLiteral("https://ledger.example.com/news/harbor-plan"));
    }

    void joinsSplitStoryKeepsEmbedsDropsPointers()
    {
        const ExtractedPage page = extract(fixture("split-story.html"));
        const QStringList paragraphs = page.body.split(QLatin1String("\n\n"));
        QVERIFY(paragraphs.first().startsWith(QLatin1String("When the immunologist looked deep")));
        QVERIFY(page.body.contains(QLatin1String("Researchers around the world are now tracing")));
        QVERIFY(page.body.contains(QLatin1String("Tuft cells are the immune system's sentinels")));
        QVERIFY(paragraphs.last().startsWith(QLatin1String("The discovery, says one physiologist")));
        for (const char *noise :
             {"biology", "Photo: Lab archive", "Related:", "Why your nose", "More:", "Gut bacteria"})
            QVERIFY2(!page.body.contains(QLatin1String(noise)), noise);
    }

    void jsonLdWinsOverMetaAndVisibleText()
    {
        const ExtractedPage page = extract(fixture("jsonld.html"));
        QCOMPARE(page.title, QStringLiteral("Stadtrat beschließt Hafenplan"));
        QCOMPARE(page.byline, QStringLiteral("Anna Berger, Jonas Klein"));
        QCOMPARE(page.site, QStringLiteral("Der Küstenbote"));
        QCOMPARE(page.published, QStringLiteral("2026-11-24T18:30:00"));
        QCOMPARE(page.description, QStringLiteral("Nach drei Jahren Streit ist der Hafenplan beschlossen."));
        QCOMPARE(page.language, QStringLiteral("de-DE"));
        QVERIFY(page.body.startsWith(QLatin1String("Der Stadtrat hat am Dienstagabend")));
        QVERIFY(!page.body.contains(QLatin1String("Should Lose")));
    }

    void metaFallbacksWithoutJsonLd()
    {
        const ExtractedPage page = extract(fixture("meta-fallbacks.html"));
        QCOMPARE(page.title, QStringLiteral("Ferry Service Resumes After Storm"));
        QCOMPARE(page.byline, QStringLiteral("Sam Lee"));
        QCOMPARE(page.published, QStringLiteral("2026-03-14T09:05:00"));
        QCOMPARE(page.language, QStringLiteral("fr-CA"));
        QVERIFY(page.site.isEmpty());
    }

    void visibleBylineAndTimeElement()
    {
        const ExtractedPage page = extract(fixture("visible-byline.html"));
        QCOMPARE(page.byline, QStringLiteral("Priya Natarajan"));
        QCOMPARE(page.published, QStringLiteral("2025-06-02T08:15"));
        QCOMPARE(page.language, QStringLiteral("en-GB"));
        QVERIFY(!page.body.contains(QLatin1String("Priya Natarajan")));
        QVERIFY(page.body.contains(QLatin1String("eighteen-month renovation")));
    }

    void lineBreaksAndEntities()
    {
        const ExtractedPage page = extract(fixture("br-entities.html"));
        QCOMPARE(page.body,
                 QStringLiteral("Dear editor,\n\nThe new bridge is a marvel of engineering & design, but the "
                                "\u201Ctemporary\u201D detour has now lasted nine months, and commuters like me "
                                "lose an hour every day.\n\nYours,\nJos\u00E9 Alvarez \u2014 Riverside"));
    }

    void listsTablesAndQuotesBecomeParagraphs()
    {
        const ExtractedPage page = extract(fixture("lists-tables.html"));
        const QStringList paragraphs = page.body.split(QLatin1String("\n\n"));
        QVERIFY(paragraphs.contains(QLatin1String("Road repairs rise by twelve percent.")));
        QVERIFY(paragraphs.contains(QLatin1String("Park maintenance is cut by five percent.")));
        QVERIFY(paragraphs.contains(QLatin1String("Department | Budget\nRoads | 4.2 million\nSchools | 9.8 million")));
        QVERIFY(paragraphs.contains(
            QLatin1String("We made hard choices, and we made them in public, with every line open to questions.")));
        QVERIFY(paragraphs.last().startsWith(QLatin1String("The full council will vote")));
        QVERIFY(!page.body.contains(QLatin1String("Budget at a Glance")));
    }

    void rightToLeftText()
    {
        const ExtractedPage page = extract(fixture("rtl-arabic.html"));
        QCOMPARE(page.language, QStringLiteral("ar"));
        QCOMPARE(page.title, QStringLiteral("افتتاح المكتبة العامة بعد التجديد"));
        const QStringList paragraphs = page.body.split(QLatin1String("\n\n"));
        QCOMPARE(paragraphs.size(), 2);
        QVERIFY(paragraphs.first().startsWith(QStringLiteral("أعادت المكتبة العامة")));
        QVERIFY(paragraphs.last().endsWith(QStringLiteral("حتى نهاية الشهر.")));
    }

    void metaCharsetWindows1252()
    {
        const ExtractedPage page = extract(fixture("windows-1252.html"));
        QCOMPARE(page.title, QStringLiteral("Caf\u00E9 de la gare"));
        QVERIFY(page.body.startsWith(
            QStringLiteral("\u201CLe caf\u00E9 de la gare rouvre enfin\u201D, a d\u00E9clar\u00E9")));
        QVERIFY(page.body.contains(QStringLiteral("l\u2019\u00E9tablissement")));
        QVERIFY(page.body.contains(QStringLiteral("cheminots \u2013 tous ravis")));
    }

    void byteOrderMark()
    {
        const ExtractedPage page = extract(fixture("bom-utf8.html"));
        QCOMPARE(page.title, QStringLiteral("Новости"));
        QVERIFY(page.body.startsWith(QStringLiteral("Городской совет одобрил план")));
    }

    void httpHeaderCharset()
    {
        const QByteArray html = fixture("header-cp1251.html");
        const ExtractedPage page = extract(html, QStringLiteral("text/html; charset=windows-1251"));
        QCOMPARE(page.title, QStringLiteral("Новости"));
        QVERIFY(page.body.startsWith(QStringLiteral("Городской совет одобрил план")));
    }

    void binaryInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                             << QStringLiteral("PDF");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG");
        QByteArray noise(8192, '\0');
        for (int k = 0; k < noise.size(); ++k)
            noise[k] = char((k * 7919) % 251);
        QTest::newRow("binary") << noise << QStringLiteral("binary");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
    }

    void binaryInputIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        const auto page = HtmlExtractor::extract(bytes, QString(), QUrl(), &error);
        QVERIFY(!page);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(!HtmlExtractor::looksLikeHtml(bytes));
    }

    void malformedMarkupStillYieldsText()
    {
        const QByteArray html = "<html><body><div class=story><p>First paragraph of a broken page, with an "
                                "unclosed <b>bold and <i>italic run, still readable by everyone.<p>Second "
                                "paragraph after a missing close tag, with more words, commas, and text.</div></span>"
                                "</table><p>Third</body></html></html><<<>>>";
        const ExtractedPage page = extract(html);
        QVERIFY(page.body.startsWith(QLatin1String("First paragraph of a broken page")));
        QVERIFY(page.body.contains(QLatin1String("\n\nSecond paragraph after a missing close tag")));
    }

    void hugePageIsBounded()
    {
        QByteArray html = "<html><head><title>Big</title></head><body><article>";
        const QByteArray paragraph = "<p>A long page keeps repeating this sentence, with commas, so that the "
                                     "extractor has plenty of text to weigh.</p>\n";
        while (html.size() < 50 * 1024 * 1024)
            html += paragraph;
        html += "</article></body></html>";
        QElapsedTimer timer;
        timer.start();
        const ExtractedPage page = extract(html);
        QVERIFY(page.body.startsWith(QLatin1String("A long page keeps repeating")));
        QVERIFY(timer.elapsed() < 120000);
    }

    void pathologicalNestingIsBounded()
    {
        QByteArray html = "<html><body><div class=story><p>A story that starts normally, with a first paragraph, "
                          "long enough to count as the article.</p>";
        for (int k = 0; k < 200000; ++k)
            html += "<div>";
        html += "<p>Lost in the depths.</p></body></html>";
        QElapsedTimer timer;
        timer.start();
        const ExtractedPage page = extract(html);
        QVERIFY(page.body.startsWith(QLatin1String("A story that starts normally")));
        QVERIFY2(timer.elapsed() < 10000, "nesting must not make parsing quadratic");
    }

    void looksLikeHtml()
    {
        QVERIFY(HtmlExtractor::looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
        QVERIFY(HtmlExtractor::looksLikeHtml("\xEF\xBB\xBF<html>"));
        QVERIFY(HtmlExtractor::looksLikeHtml("\n  <HTML lang=en>"));
        QVERIFY(!HtmlExtractor::looksLikeHtml("By Jane Doe\nJune 2, 2025 -- The council voted on Tuesday."));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
