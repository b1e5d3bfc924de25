// lede-cli import URL and lede-cli feed, end to end against a local server.
#include "httptestserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using lede::test::CliRun;
using lede::test::HttpTestRequest;
using lede::test::HttpTestResponse;
using lede::test::HttpTestServer;
using lede::test::runCli;

namespace {

QByteArray articlePage(int n)
{
    QByteArray body;
    for (int p = 1; p <= 5; ++p)
        body += "<p>Paragraph " + QByteArray::number(p) + " of report " + QByteArray::number(n)
            + ": the water board met on Monday, heard from farmers and town officials, and agreed to publish "
              "the reservoir figures every week until the drought ends.</p>";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report " + QByteArray::number(n)
        + "</title><meta name=\"author\" content=\"Ana Ruiz\"></head><body><article><h1>Report " + QByteArray::number(n)
        + "</h1>" + body + "</article></body></html>";
}

bool isOneLineError(const CliRun &run, const QString &subject, const QString &reason)
{
    const QString err = run.err.trimmed();
    return !err.contains(QLatin1Char('\n')) && err.startsWith(QStringLiteral("lede-cli: ")) && err.contains(subject)
        && err.contains(reason);
}

QJsonValue json(const CliRun &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestFeedCli : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newLibrary() { return m_dir.filePath(QStringLiteral("cli%1.lede").arg(++m_n)); }
    QString url(const char *path) const { return m_server.url(QLatin1String(path)).toString(); }
    CliRun cli(const QString &library, QStringList args)
    {
        return runCli(QStringList {QStringLiteral("--library"), library} + args);
    }
    int articleCount(const QString &library)
    {
        return int(json(cli(library, {QStringLiteral("list"), QStringLiteral("--json")})).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int n = 1; n <= 3; ++n)
            m_server.route("/report/" + QByteArray::number(n),
                           [n](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", articlePage(n)); });
        m_server.route("/old-address", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/report/3"); });
        m_server.route("/brochure.pdf",
                       [](const HttpTestRequest &) { return HttpTestResponse::ok("application/pdf", "%PDF-1.4\n"); });
        m_server.route("/loop-a", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/loop-b"); });
        m_server.route("/loop-b", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/loop-a"); });
        m_server.route("/huge", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("text/html", QByteArray(50 * 1024 * 1024, 'x'));
        });
        m_server.route("/silent", [](const HttpTestRequest &) { return HttpTestResponse {200, {}, {}, true}; });
        m_server.route("/feed.xml", [this](const HttpTestRequest &r) {
            if (r.headers.value("if-none-match") == "\"f1\"")
                return HttpTestResponse {304, {}, {}, false};
            const QByteArray feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                    "<title>Water Board News</title>"
                                    "<entry><id>e1</id><title>Report 1</title><link href=\""
                + m_server.url(QStringLiteral("/report/1")).toString().toUtf8()
                + "\"/><summary>Short summary one.</summary></entry>"
                  "<entry><id>e2</id><title>Report 2</title><link href=\""
                + m_server.url(QStringLiteral("/report/2")).toString().toUtf8()
                + "\"/><summary>Short summary two.</summary></entry></feed>";
            return HttpTestResponse {200, {{"Content-Type", "application/atom+xml"}, {"ETag", "\"f1\""}}, feed, false};
        });
        m_server.route("/broken.xml", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x");
        });
        QVERIFY(m_server.start());
    }

    void importUrl()
    {
        const QString lib = newLibrary();
        const CliRun first = cli(lib, {QStringLiteral("import"), url("/report/1")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("imported 1: ") + url("/report/1") + QStringLiteral(" (Report 1)")),
                 qPrintable(first.out));
        const QJsonObject shown =
            json(cli(lib, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})).toObject();
        QCOMPARE(shown.value(QStringLiteral("url")).toString(), url("/report/1"));
        QCOMPARE(shown.value(QStringLiteral("byline")).toString(), QStringLiteral("Ana Ruiz"));
        QVERIFY(shown.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Paragraph 1 of report 1")));

        // The same URL again is the same article; a redirect lands on the final URL.
        const CliRun again = cli(lib, {QStringLiteral("import"), QStringLiteral("--json"), url("/report/1")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = json(again).toObject();
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("id")), 1);
        const CliRun moved = cli(lib, {QStringLiteral("import"), url("/old-address")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(json(cli(lib, {QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")}))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 url("/report/3"));
        QCOMPARE(articleCount(lib), 2);
    }

    void importUrlFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pdf") << QStringList {url("/brochure.pdf")}
                             << QStringLiteral("a PDF document (application/pdf), not a web page or feed");
        QTest::newRow("silent server") << QStringList {QStringLiteral("--timeout"), QStringLiteral("0.3"),
                                                       url("/silent")}
                                       << QStringLiteral("no answer from the server for 0.3 s");
        QTest::newRow("redirect loop") << QStringList {url("/loop-a")} << QStringLiteral("too many redirects");
        QTest::newRow("50 MB page") << QStringList {url("/huge")}
                                    << QStringLiteral("too large (50 MB, the limit is 16 MB)");
        QTest::newRow("404") << QStringList {url("/missing")} << QStringLiteral("the server answered HTTP 404");
        QTest::newRow("broken feed") << QStringList {url("/broken.xml")}
                                     << QStringLiteral("the feed is truncated (line 1");
    }

    void importUrlFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const QString lib = newLibrary();
        const CliRun run = cli(lib, QStringList {QStringLiteral("import")} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(isOneLineError(run, args.last(), reason), qPrintable(run.err));
        QCOMPARE(articleCount(lib), 0);
    }

    void importFeedFiles()
    {
        const QString lib = newLibrary();
        const QString rss = QStringLiteral(LEDE_TEST_DATA "/feeds/rss2.xml");
        const CliRun run = cli(lib,
                               {QStringLiteral("import"), QStringLiteral("--no-fetch"), rss,
                                QStringLiteral(LEDE_TEST_DATA "/feeds/atom.xml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("4 imported, 0 skipped, 0 failed")), qPrintable(run.out));
        const QString truncated = QStringLiteral(LEDE_TEST_DATA "/feeds/truncated.xml");
        const CliRun broken = cli(lib, {QStringLiteral("import"), QStringLiteral("--no-fetch"), truncated});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(isOneLineError(broken, truncated, QStringLiteral("the feed is truncated")), qPrintable(broken.err));
        QCOMPARE(articleCount(lib), 4);
    }

    void feedCommands()
    {
        const QString lib = newLibrary();
        const QString feed = url("/feed.xml");
        const CliRun add = cli(
            lib,
            {QStringLiteral("feed"), QStringLiteral("add"), feed, QStringLiteral("--interval"), QStringLiteral("30")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const CliRun twice = cli(lib, {QStringLiteral("feed"), QStringLiteral("add"), feed});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(isOneLineError(twice, feed, QStringLiteral("already subscribed")), qPrintable(twice.err));
        QCOMPARE(cli(lib, {QStringLiteral("feed"), QStringLiteral("add"), QStringLiteral("not a url")}).exitCode, 2);
        const CliRun zero = cli(lib,
                                {QStringLiteral("feed"), QStringLiteral("add"), url("/other.xml"),
                                 QStringLiteral("--interval"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(
            isOneLineError(zero, QStringLiteral("feed add"), QStringLiteral("--interval must be 1 to 10080 minutes")),
            qPrintable(zero.err));

        QJsonObject listed = json(cli(lib, {QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}))
                                 .toArray()
                                 .first()
                                 .toObject();
        QCOMPARE(listed.value(QStringLiteral("interval")).toInt(), 30);
        QVERIFY(listed.value(QStringLiteral("last_checked")).isNull());

        const CliRun refresh = cli(lib, {QStringLiteral("feed"), QStringLiteral("refresh"), QStringLiteral("--json")});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.err));
        const QJsonObject updated =
            json(refresh).toObject().value(QStringLiteral("feeds")).toArray().first().toObject();
        QCOMPARE(updated.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(updated.value(QStringLiteral("imported")).toArray().size(), 2);
        const QJsonObject unchanged =
            json(cli(lib, {QStringLiteral("feed"), QStringLiteral("refresh"), QStringLiteral("--json")}))
                .toObject()
                .value(QStringLiteral("feeds"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(unchanged.value(QStringLiteral("status")).toString(), QStringLiteral("not_modified"));
        QCOMPARE(articleCount(lib), 2);
        // The pages, not the feed's one-line summaries, became the articles.
        QVERIFY(json(cli(lib, {QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")}))
                    .toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .startsWith(QStringLiteral("Paragraph 1 of report 2")));
        listed = json(cli(lib, {QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}))
                     .toArray()
                     .first()
                     .toObject();
        QCOMPARE(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Water Board News"));
        QCOMPARE(listed.value(QStringLiteral("unread")).toInt(), 2);
        QVERIFY(listed.value(QStringLiteral("last_error")).isNull());
        // --due: just checked, so not due for 30 minutes.
        const CliRun due = cli(lib, {QStringLiteral("feed"), QStringLiteral("refresh"), QStringLiteral("--due")});
        QVERIFY(due.out.contains(QStringLiteral("no feed is due")));

        // OPML out of this library and into a new one.
        const QString opml = m_dir.filePath(QStringLiteral("out.opml"));
        QCOMPARE(cli(lib, {QStringLiteral("feed"), QStringLiteral("opml-export"), QStringLiteral("-o"), opml}).exitCode,
                 0);
        const QString other = newLibrary();
        const CliRun imported = cli(other, {QStringLiteral("feed"), QStringLiteral("opml-import"), opml});
        QVERIFY2(imported.out.contains(QStringLiteral("1 added, 0 already subscribed")), qPrintable(imported.out));
        const QJsonObject copied =
            json(cli(other, {QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(copied.value(QStringLiteral("url")).toString(), feed);
        QCOMPARE(copied.value(QStringLiteral("title")).toString(), QStringLiteral("Water Board News"));
        const CliRun notOpml = cli(
            other,
            {QStringLiteral("feed"), QStringLiteral("opml-import"), QStringLiteral(LEDE_TEST_DATA "/feeds/rss2.xml")});
        QCOMPARE(notOpml.exitCode, 1);
        QVERIFY(isOneLineError(notOpml, QStringLiteral("rss2.xml"), QStringLiteral("not an OPML document")));

        QCOMPARE(cli(lib, {QStringLiteral("feed"), QStringLiteral("remove"), feed}).exitCode, 0);
        QVERIFY(json(cli(lib, {QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}))
                    .toArray()
                    .isEmpty());
        QCOMPARE(articleCount(lib), 2); // the articles stay
        QCOMPARE(cli(lib, {QStringLiteral("feed"), QStringLiteral("remove"), QStringLiteral("99")}).exitCode, 1);
    }

    void failingFeedRefresh()
    {
        const QString lib = newLibrary();
        QCOMPARE(cli(lib, {QStringLiteral("feed"), QStringLiteral("add"), url("/broken.xml")}).exitCode, 0);
        const CliRun run = cli(lib, {QStringLiteral("feed"), QStringLiteral("refresh")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(isOneLineError(run, url("/broken.xml"), QStringLiteral("the feed is truncated")), qPrintable(run.err));
        const QJsonObject listed =
            json(cli(lib, {QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}))
                .toArray()
                .first()
                .toObject();
        QVERIFY(listed.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("truncated")));
        QCOMPARE(articleCount(lib), 0);
    }

    void help()
    {
        const CliRun feed = runCli({QStringLiteral("feed"), QStringLiteral("--help")});
        QCOMPARE(feed.exitCode, 0);
        QVERIFY(feed.out.startsWith(QStringLiteral("Usage: lede-cli [--library PATH] feed")));
        for (const char *sub : {"add", "list", "remove", "refresh", "opml-import", "opml-export"}) {
            const CliRun own = runCli({QStringLiteral("feed"), QLatin1String(sub), QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(own.out.startsWith(QStringLiteral("Usage: lede-cli [--library PATH] feed ") + QLatin1String(sub)),
                     qPrintable(own.out));
        }
        QCOMPARE(runCli({QStringLiteral("feed")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("feed"), QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFeedCli)
#include "tst_feedcli.moc"
