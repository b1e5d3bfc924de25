// Subscriptions refreshed from a local server: conditional GET, only new items, the linked page
// or the feed's own text, unread counts, and broken feeds that import nothing.
#include "httptestserver.h"
#include "import/feeds/feedimporter.h"
#include "network/httpfetcher.h"
#include "storage/feeditemrepository.h"
#include "storage/library.h"
#include "storage/subscriptionrepository.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace lede;
using lede::test::HttpTestRequest;
using lede::test::HttpTestResponse;
using lede::test::HttpTestServer;

namespace {

// A news page whose article text is clearly longer than any feed summary.
QByteArray articlePage(int n)
{
    QByteArray body;
    for (int p = 1; p <= 6; ++p)
        body += "<p>Paragraph " + QByteArray::number(p) + " of story " + QByteArray::number(n)
            + " tells how the harbour commission met on Tuesday evening, heard residents for two hours and "
              "postponed its decision on the dredging contract until the engineers report in the spring.</p>";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " + QByteArray::number(n)
        + " | Harbour Times</title><link rel=\"canonical\" href=\"https://harbour.example/story-"
        + QByteArray::number(n) + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story "
        + QByteArray::number(n) + "</h1>" + body + "</article><footer>Subscribe now</footer></body></html>";
}

QByteArray rssItem(const QByteArray &guid, const QByteArray &link, const QByteArray &title, const QByteArray &text)
{
    return "<item><guid>" + guid + "</guid>" + (link.isEmpty() ? QByteArray() : "<link>" + link + "</link>") + "<title>"
        + title + "</title><description><![CDATA[<p>" + text + "</p>]]></description></item>";
}

QByteArray rss(const QByteArray &items)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Times</title>"
           "<link>https://harbour.example/</link>"
        + items + "</channel></rss>";
}

const QByteArray kFeedText = "The feed's own summary of this story, which says who met and what they decided "
                             "about the dredging contract for the harbour.";

} // namespace

class TestFeedRefresh : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    std::atomic_int m_version {0};
    QTemporaryDir m_dir;
    int m_libraries = 0;

    QByteArray base() const { return m_server.url(QString()).toString().toUtf8(); }
    std::unique_ptr<Library> newLibrary()
    {
        return std::make_unique<Library>(m_dir.filePath(QStringLiteral("feeds%1.lede").arg(++m_libraries)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int n = 1; n <= 9; ++n)
            m_server.route("/story/" + QByteArray::number(n),
                           [n](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", articlePage(n)); });
        m_server.route("/report.pdf",
                       [](const HttpTestRequest &) { return HttpTestResponse::ok("application/pdf", "%PDF-1.4\n"); });
        m_server.route("/thin", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("text/html", "<html><body><p>Please enable JavaScript.</p></body></html>");
        });
        // Version v has the items 1..(3+v); its ETag names the version.
        m_server.route("/feed.xml", [this](const HttpTestRequest &r) {
            const int version = m_version.load();
            const QByteArray etag = "\"v" + QByteArray::number(version) + "\"";
            if (r.headers.value("if-none-match") == etag)
                return HttpTestResponse {304, {{"ETag", etag}}, {}, false};
            const QByteArray b = base();
            QByteArray items = rssItem("g1", b + "/story/1", "Story one", kFeedText)
                + rssItem("g2", b + "/gone", "Story two", kFeedText + " Two.")
                + rssItem("g3", b + "/report.pdf", "Story three", kFeedText + " Three.");
            for (int k = 1; k <= version; ++k)
                items += rssItem("g" + QByteArray::number(3 + k), b + "/story/" + QByteArray::number(3 + k),
                                 "Story " + QByteArray::number(3 + k), kFeedText);
            return HttpTestResponse {200, {{"Content-Type", "application/rss+xml"}, {"ETag", etag}}, rss(items), false};
        });
        m_server.route("/truncated.xml", [this](const HttpTestRequest &) {
            const QByteArray b = base();
            const QByteArray whole =
                rss(rssItem("t1", b + "/story/5", "Five", kFeedText) + rssItem("t2", b + "/story/6", "Six", kFeedText));
            return HttpTestResponse::ok("application/rss+xml", whole.left(whole.size() - 20));
        });
        m_server.route("/thin-feed.xml", [this](const HttpTestRequest &) {
            return HttpTestResponse::ok("application/rss+xml",
                                        rss(rssItem("thin", base() + "/thin", "Thin page", kFeedText)));
        });
        m_server.route("/many.xml", [](const HttpTestRequest &) {
            QByteArray items;
            for (int i = 0; i < FeedImporter::kMaxNewItemsPerRefresh + 50; ++i)
                items += rssItem("m" + QByteArray::number(i), {}, "Item " + QByteArray::number(i),
                                 "Number " + QByteArray::number(i) + " of many items.");
            return HttpTestResponse {
                200, {{"Content-Type", "application/rss+xml"}, {"ETag", "\"many\""}}, rss(items), false};
        });
        m_server.route("/counted", [](const HttpTestRequest &r) {
            return HttpTestResponse::ok("text/html", articlePage(1000 + r.path.split('=').last().toInt()));
        });
        m_server.route("/huge-feed.xml", [this](const HttpTestRequest &) {
            QByteArray items;
            for (int i = 0; i < FeedImporter::kMaxNewItemsPerRefresh + 50; ++i)
                items += rssItem("h" + QByteArray::number(i), base() + "/counted?n=" + QByteArray::number(i),
                                 "Item " + QByteArray::number(i), kFeedText + " Number " + QByteArray::number(i));
            return HttpTestResponse::ok("application/rss+xml", rss(items));
        });
        // Cyrillic in KOI8-R, named only by the HTTP header: guessing from the bytes would read it as Latin-1.
        m_server.route("/koi8", [](const HttpTestRequest &) {
            const QString sentence =
                QStringLiteral("Городской совет в четверг проголосовал за ремонт пирса. ").repeated(12);
            const QString html =
                QStringLiteral("<html><head><title>Пирс</title></head><body><article><p>%1</p><p>%1</p>"
                               "</article></body></html>")
                    .arg(sentence);
            QStringEncoder koi8("KOI8-R");
            return HttpTestResponse::ok("text/html; charset=KOI8-R", koi8.encode(html));
        });
        // A site's home page that names its feeds in its head (relative address, a second one).
        m_server.route("/home", [](const HttpTestRequest &) {
            return HttpTestResponse::ok(
                "text/html",
                "<!DOCTYPE html><html><head><title>Harbour Times</title>"
                "<link rel=\"stylesheet\" href=\"/site.css\">"
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"feed.xml\">"
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/comments.atom\">"
                "</head><body><p>Welcome.</p></body></html>");
        });
        m_server.route("/about", [](const HttpTestRequest &) {
            return HttpTestResponse::ok(
                "text/html", "<html><head><title>About</title></head><body><p>Who we are.</p></body></html>");
        });
        QVERIFY(m_server.start());
    }

    void aSitesPageLeadsToItsFeed()
    {
        m_version = 0;
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/home")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const FeedRefreshResult result = feeds.refresh(added);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.newItems, 3);
        // The subscription now names the feed itself, so the next refresh asks for it directly.
        const QString feedUrl = m_server.url(QStringLiteral("/feed.xml")).toString();
        QCOMPARE(result.url, feedUrl);
        QCOMPARE(subscriptions.find(added.id)->url, feedUrl);
        QCOMPARE(subscriptions.find(added.id)->title, QStringLiteral("Harbour Times"));
        QCOMPARE(feeds.refresh(*subscriptions.find(added.id)).newItems, 0);
    }

    void aPageThatNamesNoFeedSaysSo()
    {
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/about")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const FeedRefreshResult result = feeds.refresh(added);
        QCOMPARE(result.error, QStringLiteral("a web page that names no RSS or Atom feed"));
        QCOMPARE(subscriptions.find(added.id)->lastError, result.error);
        QCOMPARE(subscriptions.find(added.id)->url, added.url);
    }

    void refreshImportsOnlyNewItems()
    {
        m_version = 0;
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/feed.xml")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);

        const FeedRefreshResult first = feeds.refresh(added);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.newItems, 3);
        QCOMPARE(first.outcomes.size(), 3);
        for (const ImportOutcome &o : first.outcomes)
            QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.message));
        // Item 1: the linked page, with its canonical URL. Items 2 (404) and 3 (a PDF): the feed's text.
        const Article one = *library->articles().find(first.outcomes.at(0).articleId);
        QCOMPARE(one.url, QStringLiteral("https://harbour.example/story-1"));
        QVERIFY(one.body.contains(QStringLiteral("Paragraph 6 of story 1")));
        QVERIFY(!one.body.contains(QStringLiteral("Subscribe now")));
        const Article two = *library->articles().find(first.outcomes.at(1).articleId);
        QCOMPARE(two.sourceFormat, QStringLiteral("feed"));
        QCOMPARE(two.title, QStringLiteral("Story two"));
        QVERIFY(two.body.startsWith(QStringLiteral("The feed's own summary")));
        QCOMPARE(library->articles().find(first.outcomes.at(2).articleId)->sourceFormat, QStringLiteral("feed"));

        Subscription now = *subscriptions.find(added.id);
        QCOMPARE(now.etag, QStringLiteral("\"v0\""));
        QCOMPARE(now.title, QStringLiteral("Harbour Times")); // the feed's title, as the user gave none
        QVERIFY(now.lastError.isEmpty());
        QVERIFY(now.lastChecked.isValid());
        QCOMPARE(now.unread, 3);

        // Nothing changed: the server answers 304 to the ETag, and nothing is imported.
        const FeedRefreshResult second = feeds.refresh(now);
        QVERIFY(second.notModified);
        QCOMPARE(m_server.requests().last().headers.value("if-none-match"), QByteArray("\"v0\""));
        QCOMPARE(library->articles().count(), 3);

        // One more item: only it comes in.
        m_version = 1;
        const FeedRefreshResult third = feeds.refresh(*subscriptions.find(added.id));
        QCOMPARE(third.newItems, 1);
        QCOMPARE(third.outcomes.size(), 1);
        QCOMPARE(third.outcomes.first().status, ImportOutcome::Status::Imported);
        QCOMPARE(library->articles().count(), 4);
        QCOMPARE(subscriptions.find(added.id)->unread, 4);

        // Opening an article reads it; moving it to the trash takes it out of the counts.
        FeedItemRepository items(library->connection());
        items.setRead(third.outcomes.first().articleId, true);
        QCOMPARE(subscriptions.find(added.id)->unread, 3);
        library->articles().moveToTrash(first.outcomes.at(0).articleId);
        QCOMPARE(subscriptions.find(added.id)->unread, 2);
        QCOMPARE(items.articleIds(added.id).size(), 3);
    }

    void brokenFeedImportsNothingAndKeepsTheError()
    {
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/truncated.xml")).toString());
        const Subscription missing = subscriptions.add(m_server.url(QStringLiteral("/no-such-feed")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const FeedRefreshResult r = feeds.refresh(added);
        QVERIFY2(r.error.contains(QStringLiteral("the feed is truncated")), qPrintable(r.error));
        QVERIFY(r.outcomes.isEmpty());
        QCOMPARE(library->articles().count(), 0);
        QCOMPARE(subscriptions.find(added.id)->lastError, r.error);
        QVERIFY(FeedItemRepository(library->connection()).knownGuids(added.id).isEmpty());
        const FeedRefreshResult gone = feeds.refresh(missing);
        QVERIFY2(gone.error.contains(QStringLiteral("HTTP 404")), qPrintable(gone.error));
        QCOMPARE(subscriptions.find(missing.id)->lastError, gone.error);
    }

    void poorPageFallsBackToTheFeed()
    {
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/thin-feed.xml")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const FeedRefreshResult r = feeds.refresh(added);
        QCOMPARE(r.outcomes.size(), 1);
        const Article a = *library->articles().find(r.outcomes.first().articleId);
        QVERIFY2(a.body.startsWith(QStringLiteral("The feed's own summary")), qPrintable(a.body));
        QVERIFY(!a.body.contains(QStringLiteral("JavaScript")));
    }

    void largeFeedIsTakenInSteps()
    {
        auto library = newLibrary();
        SubscriptionRepository subscriptions(library->connection());
        const Subscription added = subscriptions.add(m_server.url(QStringLiteral("/many.xml")).toString());
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const FeedRefreshResult first = feeds.refresh(added);
        QCOMPARE(first.newItems, FeedImporter::kMaxNewItemsPerRefresh + 50);
        QCOMPARE(first.outcomes.size(), FeedImporter::kMaxNewItemsPerRefresh);
        QCOMPARE(first.deferred, 50);
        // The ETag is not kept, so that the next refresh sees the feed again rather than a 304.
        QVERIFY(subscriptions.find(added.id)->etag.isEmpty());
        const FeedRefreshResult second = feeds.refresh(*subscriptions.find(added.id));
        QCOMPARE(second.newItems, 50);
        QCOMPARE(second.deferred, 0);
        QCOMPARE(library->articles().count(), FeedImporter::kMaxNewItemsPerRefresh + 50);
        QCOMPARE(subscriptions.find(added.id)->etag, QStringLiteral("\"many\""));
    }

    void sameUrlIsTheSameArticle()
    {
        auto library = newLibrary();
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const QList<ImportOutcome> first = feeds.importUrl(m_server.url(QStringLiteral("/story/7")));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().status, ImportOutcome::Status::Imported);
        const QList<ImportOutcome> again = feeds.importUrl(m_server.url(QStringLiteral("/story/7")));
        QCOMPARE(again.first().status, ImportOutcome::Status::Skipped);
        QCOMPARE(again.first().articleId, first.first().articleId);
        QCOMPARE(library->articles().count(), 1);
        // The canonical URL is what the library keeps, and it is recognised without a fetch.
        const int requests = int(m_server.requests().size());
        const QList<ImportOutcome> canonical = feeds.importUrl(QUrl(QStringLiteral("https://harbour.example/story-7")));
        QCOMPARE(canonical.first().status, ImportOutcome::Status::Skipped);
        QCOMPARE(canonical.first().articleId, first.first().articleId);
        QCOMPARE(int(m_server.requests().size()), requests);
    }

    void largeFeedByUrlFetchesBoundedPages()
    {
        auto library = newLibrary();
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const QList<ImportOutcome> outcomes = feeds.importUrl(m_server.url(QStringLiteral("/huge-feed.xml")));
        QCOMPARE(outcomes.size(), FeedImporter::kMaxNewItemsPerRefresh + 50);
        QCOMPARE(library->articles().count(), FeedImporter::kMaxNewItemsPerRefresh + 50);
        int fetched = 0;
        for (const auto &r : m_server.requests())
            fetched += r.path.startsWith("/counted");
        QCOMPARE(fetched, FeedImporter::kMaxNewItemsPerRefresh);
        // The first items are their pages, the last ones the feed's text.
        QCOMPARE(library->articles().find(outcomes.first().articleId)->sourceFormat, QStringLiteral("html"));
        QCOMPARE(library->articles().find(outcomes.last().articleId)->sourceFormat, QStringLiteral("feed"));
    }

    void httpCharsetReachesTheExtractor()
    {
        auto library = newLibrary();
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const QList<ImportOutcome> outcomes = feeds.importUrl(m_server.url(QStringLiteral("/koi8")));
        QCOMPARE(outcomes.first().status, ImportOutcome::Status::Imported);
        const Article a = *library->articles().find(outcomes.first().articleId);
        QCOMPARE(a.title, QStringLiteral("Пирс"));
        QVERIFY2(a.body.startsWith(QStringLiteral("Городской совет в четверг")), qPrintable(a.body.left(40)));
    }

    void feedByUrlBringsItsItems()
    {
        m_version = 0;
        auto library = newLibrary();
        Importer importer(*library);
        HttpFetcher fetcher;
        FeedImporter feeds(*library, importer, &fetcher);
        const QList<ImportOutcome> pdf = feeds.importUrl(m_server.url(QStringLiteral("/report.pdf")));
        QCOMPARE(pdf.first().status, ImportOutcome::Status::Failed);
        QVERIFY2(pdf.first().message.contains(QStringLiteral("PDF")), qPrintable(pdf.first().message));
        QCOMPARE(library->articles().count(), 0);
        const QList<ImportOutcome> outcomes = feeds.importUrl(m_server.url(QStringLiteral("/feed.xml")));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(library->articles().count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresh)
#include "tst_feedrefresh.moc"
