// Feeds in each format, broken feeds, a very large feed, and OPML subscription lists.
#include "import/feeds/feedparser.h"
#include "import/feeds/opml.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede;

namespace {

QByteArray fixture(const char *name)
{
    return test::readFile(QStringLiteral(LEDE_TEST_DATA "/feeds/") + QLatin1String(name));
}

Feed parsed(const QByteArray &bytes)
{
    QString error;
    const std::optional<Feed> feed = FeedParser::parse(bytes, &error);
    if (!feed)
        qFatal("feed not parsed: %s", qPrintable(error));
    return *feed;
}

QByteArray bigRss(int items)
{
    QByteArray out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>";
    for (int i = 0; i < items; ++i)
        out += "<item><title>Item " + QByteArray::number(i) + "</title><link>https://big.example/"
            + QByteArray::number(i) + "</link><description>Text of item " + QByteArray::number(i)
            + ".</description></item>";
    return out + "</channel></rss>";
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss2()
    {
        const Feed feed = parsed(fixture("rss2.xml"));
        QCOMPARE(feed.format, Feed::Format::Rss2);
        QCOMPARE(feed.title, QStringLiteral("Coastline Courier")); // not the <image>'s title
        QCOMPARE(feed.link, QStringLiteral("https://courier.example/"));
        QCOMPARE(feed.items.size(), 2);
        const FeedItem &first = feed.items.at(0);
        QCOMPARE(first.guid, QStringLiteral("courier-1001"));
        QCOMPARE(first.link, QStringLiteral("https://courier.example/2025/02/18/pier-repairs"));
        QCOMPARE(first.title, QStringLiteral("Council approves pier repairs"));
        QCOMPARE(first.author, QStringLiteral("Dana Whitfield"));
        QCOMPARE(first.published, QStringLiteral("2025-02-18T09:30:00"));
        QCOMPARE(first.summary, QStringLiteral("The council voted 5-2 to repair the pier."));
        QVERIFY(first.content.contains(QStringLiteral("said Mayor Lana Negrete.</p>")));
        const FeedItem &second = feed.items.at(1);
        QCOMPARE(second.guid, second.link); // no guid: the link identifies the item
        QCOMPARE(second.author, QStringLiteral("Sam Ortiz"));
        QCOMPARE(second.published, QStringLiteral("2025-02-17T08:00:00"));
        QCOMPARE(second.summary, QStringLiteral("<p>The main library will stay open until 9 p.m. on weekdays.</p>"));
    }

    void rdf()
    {
        const Feed feed = parsed(fixture("rdf.xml"));
        QCOMPARE(feed.format, Feed::Format::Rdf);
        QCOMPARE(feed.title, QStringLiteral("The Weekly Ledger"));
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items.at(0).guid, QStringLiteral("https://weekly.example/a/1"));
        QCOMPARE(feed.items.at(0).title, QStringLiteral("Harbour dredging begins"));
        QCOMPARE(feed.items.at(0).author, QStringLiteral("Ines Moreau"));
        QCOMPARE(feed.items.at(0).published, QStringLiteral("2024-11-04T07:15:00"));
        QCOMPARE(feed.items.at(1).summary, QStringLiteral("The winter timetable starts on 1 December."));
    }

    void atom()
    {
        const Feed feed = parsed(fixture("atom.xml"));
        QCOMPARE(feed.format, Feed::Format::Atom);
        QCOMPARE(feed.title, QStringLiteral("Valley Dispatch"));
        QCOMPARE(feed.link, QStringLiteral("https://dispatch.example/")); // not rel="self"
        QCOMPARE(feed.items.size(), 2);
        const FeedItem &first = feed.items.at(0);
        QCOMPARE(first.guid, QStringLiteral("tag:dispatch.example,2025:water-rates"));
        QCOMPARE(first.link, QStringLiteral("https://dispatch.example/water-rates")); // not rel="edit"
        QCOMPARE(first.author, QStringLiteral("Kim Lee and Raj Patel"));
        QCOMPARE(first.published, QStringLiteral("2025-03-01T10:45:00")); // published wins over updated
        QCOMPARE(first.summary, QStringLiteral("<p>Rates rise by 4 percent in April.</p>"));
        QVERIFY2(first.content.contains(QStringLiteral("<p>The board voted on Friday.</p>")),
                 qPrintable(first.content));
        const FeedItem &second = feed.items.at(1);
        QCOMPARE(second.published, QStringLiteral("2025-02-28T21:00:00")); // only updated
        QCOMPARE(second.summary, QStringLiteral("<p>Three new members were elected.</p>")); // plain text, escaped
    }

    void brokenFeedsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated after an item")
            << fixture("truncated.xml") << QStringLiteral("the feed is truncated (line ");
        QTest::newRow("mismatched tags") << QByteArray("<rss><channel><item><title>x</item></channel></rss>")
                                         << QStringLiteral("the feed is malformed (line 1");
        // Latin-1 bytes in a feed that declares no encoding (so UTF-8): not guessed, refused.
        QTest::newRow("wrong encoding") << QByteArray(
            "<rss version=\"2.0\"><channel><title>Caf\xE9</title></channel></rss>")
                                        << QStringLiteral("the feed is malformed (line 1");
        QTest::newRow("html page") << QByteArray("<html><head><title>x</title></head><body></body></html>")
                                   << QStringLiteral("not an RSS, RDF or Atom feed (the document is <html>)");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << QStringLiteral("not a feed");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty feed");
        QTest::newRow("opml") << fixture("subscriptions.opml") << QStringLiteral("the document is <opml>");
    }

    void brokenFeedsAreRefusedWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!FeedParser::parse(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void declaredEncodingIsRead()
    {
        const Feed feed = parsed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                                 "<title>Caf\xE9 Gazette</title><item><title>Cr\xE8me br\xFBl\xE9"
                                 "e</title></item>"
                                 "</channel></rss>");
        QCOMPARE(feed.title, QStringLiteral("Café Gazette"));
        QCOMPARE(feed.items.first().title, QStringLiteral("Crème brûlée"));
    }

    void recognisesFeeds()
    {
        QVERIFY(FeedParser::looksLikeFeed(fixture("rss2.xml")));
        QVERIFY(FeedParser::looksLikeFeed(fixture("rdf.xml")));
        QVERIFY(FeedParser::looksLikeFeed(fixture("atom.xml")));
        QVERIFY(FeedParser::looksLikeFeed(fixture("truncated.xml"))); // recognised, then refused
        QVERIFY(!FeedParser::looksLikeFeed(fixture("subscriptions.opml")));
        QVERIFY(!FeedParser::looksLikeFeed("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        QVERIFY(!FeedParser::looksLikeFeed(test::seedArticle()));
        QVERIFY(!FeedParser::looksLikeFeed("<feed><entry/></feed>")); // not in the Atom namespace
    }

    void tenThousandItemsInBoundedTime()
    {
        const QByteArray bytes = bigRss(10000);
        QElapsedTimer timer;
        timer.start();
        const Feed feed = parsed(bytes);
        const qint64 ms = timer.elapsed();
        QCOMPARE(feed.items.size(), 10000);
        QCOMPARE(feed.items.last().title, QStringLiteral("Item 9999"));
        // Linear: well under a second even in a debug build (about 60 ms here).
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    }

    void tooManyItemsAreRefused()
    {
        QString error;
        QVERIFY(!FeedParser::parse(bigRss(FeedParser::kMaxItems + 1), &error));
        QVERIFY2(error.contains(QStringLiteral("more than 50000 items")), qPrintable(error));
    }

    void opmlRead()
    {
        QString error;
        const auto feeds = Opml::read(fixture("subscriptions.opml"), &error);
        QVERIFY2(feeds, qPrintable(error));
        QCOMPARE(feeds->size(), 3); // the folder "Local" is flattened
        QCOMPARE(feeds->at(0).url, QStringLiteral("https://courier.example/feed.xml"));
        QCOMPARE(feeds->at(0).title, QStringLiteral("Coastline Courier"));
        QCOMPARE(feeds->at(0).siteUrl, QStringLiteral("https://courier.example/"));
        QCOMPARE(feeds->at(1).title, QStringLiteral("Valley Dispatch")); // from title=
        QCOMPARE(feeds->at(2).title, QStringLiteral("The Weekly Ledger & Friends"));
    }

    void opmlRoundTrip()
    {
        const QList<OpmlFeed> feeds {{QStringLiteral("https://a.example/feed?x=1&y=2"), QStringLiteral("A & \"B\" <C>"),
                                      QStringLiteral("https://a.example/")},
                                     {QStringLiteral("https://b.example/atom.xml"), QString(), QString()}};
        QString error;
        const auto back = Opml::read(Opml::write(feeds, QStringLiteral("Lede")), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).url, feeds.at(0).url);
        QCOMPARE(back->at(0).title, feeds.at(0).title);
        QCOMPARE(back->at(0).siteUrl, feeds.at(0).siteUrl);
        QCOMPARE(back->at(1).url, feeds.at(1).url);
        QCOMPARE(back->at(1).title, feeds.at(1).url); // an untitled feed is shown by its URL
    }

    void opmlErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not opml") << fixture("rss2.xml")
                                  << QStringLiteral("not an OPML document (the document is <rss>)");
        QTest::newRow("truncated") << fixture("subscriptions.opml").left(300)
                                   << QStringLiteral("the subscription list is truncated or malformed");
        QTest::newRow("bad url") << QByteArray("<opml><body><outline xmlUrl=\"just words\"/></body></opml>")
                                 << QStringLiteral("\"just words\" is not a feed URL");
    }

    void opmlErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Opml::read(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
