#include "import/html/domtree.h"
#include "import/html/metadatareader.h"

#include <QTest>

using lede::DomTree;
using lede::ExtractedPage;
using lede::MetadataReader;

class TestMetadataReader : public QObject
{
    Q_OBJECT

private:
    static ExtractedPage read(const QByteArray &html, const QUrl &base = QUrl())
    {
        const DomTree dom(html);
        ExtractedPage page;
        MetadataReader(dom, base).read(page);
        return page;
    }

private Q_SLOTS:
    void propertyBeatsName();
    void documentTitleLosesTheSiteName_data();
    void documentTitleLosesTheSiteName();
    void jsonLdHeadlineOverName();
    void jsonLdTextWrittenAsHtmlIsDecoded();
    void brokenJsonLdIsIgnored();
    void canonicalUrlIsResolved();
    void bylineSkipsTeasersAndNavigation();
};

// The bodies stay out of the class: moc reads the class, and the HTML in raw strings (an
// unbalanced brace in a broken JSON-LD block) made it skip the slots declared after them.
void TestMetadataReader::propertyBeatsName()
{
    const ExtractedPage page = read(R"(<html><head>
        <meta name="DC.title" content="Dublin Core name title">
        <meta property="dc:title" content="Dublin Core property title">
        <meta name="DC.creator" content="Name author">
        <meta property="dc:creator" content="Property author">
        </head><body></body></html>)");
    QCOMPARE(page.title, QStringLiteral("Dublin Core property title"));
    QCOMPARE(page.byline, QStringLiteral("Property author"));
}

void TestMetadataReader::documentTitleLosesTheSiteName_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("pipe") << QByteArray("<title>Floods close the coastal road again | Island Daily</title>")
                          << QStringLiteral("Floods close the coastal road again");
    QTest::newRow("site first") << QByteArray("<title>Island Daily » Floods close the coastal road again</title>")
                                << QStringLiteral("Floods close the coastal road again");
    QTest::newRow("h1 prefix") << QByteArray("<title>Short Title - Site</title><body><h1>Short Title</h1>")
                               << QStringLiteral("Short Title");
    QTest::newRow("plain") << QByteArray("<title>Floods close the coastal road</title>")
                           << QStringLiteral("Floods close the coastal road");
}

void TestMetadataReader::documentTitleLosesTheSiteName()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QCOMPARE(read(html).title, title);
}

void TestMetadataReader::jsonLdHeadlineOverName()
{
    const ExtractedPage page = read(R"(<html><head><title>Hermitian matrix - Wikipedia</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
        "name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose",
        "author":{"@type":"Organization","name":"Contributors"},"datePublished":"2003-02-28T21:51:08Z"}</script>
        </head><body></body></html>)");
    // The name matches the page title and the headline does not: the name is the title.
    QCOMPARE(page.title, QStringLiteral("Hermitian matrix"));
    QCOMPARE(page.byline, QStringLiteral("Contributors"));
    QCOMPARE(page.published, QStringLiteral("2003-02-28T21:51:08"));
}

void TestMetadataReader::jsonLdTextWrittenAsHtmlIsDecoded()
{
    // Some sites escape a JSON-LD string as HTML text: the reader sees the characters.
    const ExtractedPage page = read(R"(<html><head>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Ann Lee: &#8220;We needed to win this&nbsp;game&#8221; &amp; more",
        "author":{"@type":"Person","name":"Tom O&#8217;Reed"}}</script>
        </head><body></body></html>)");
    QCOMPARE(page.title, QStringLiteral("Ann Lee: \u201cWe needed to win this game\u201d & more"));
    QCOMPARE(page.byline, QStringLiteral("Tom O\u2019Reed"));
}

void TestMetadataReader::brokenJsonLdIsIgnored()
{
    const ExtractedPage page = read(R"(<html><head><meta property="og:title" content="From OpenGraph">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",</script>
        </head><body></body></html>)");
    QCOMPARE(page.title, QStringLiteral("From OpenGraph"));
}

void TestMetadataReader::canonicalUrlIsResolved()
{
    const ExtractedPage page = read(R"(<html><head><base href="https://news.example.org/section/">
        <link rel="canonical" href="../story/42"></head><body></body></html>)",
                                    QUrl(QStringLiteral("https://mirror.example.net/x")));
    QCOMPARE(page.url, QStringLiteral("https://news.example.org/story/42"));
}

void TestMetadataReader::bylineSkipsTeasersAndNavigation()
{
    const ExtractedPage page = read(R"(<html><body>
        <nav><div id="authorization">Sign in | Register</div></nav>
        <div class="most-read"><span class="byline">Teaser Author</span></div>
        <article><span class="byline"><a rel="author" href="/p">Real Author</a></span></article>
        </body></html>)");
    QCOMPARE(page.byline, QStringLiteral("Real Author"));
}

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
