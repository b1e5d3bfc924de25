// HttpFetcher against a local server: every way a fetch can go wrong ends in one clear line.
#include "httptestserver.h"
#include "network/httpfetcher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede;
using lede::test::HttpTestRequest;
using lede::test::HttpTestResponse;
using lede::test::HttpTestServer;

namespace {

const QByteArray kPage = "<!DOCTYPE html><html><head><title>Pier</title></head><body><article>"
                         "<p>The council voted on Tuesday to repair the pier.</p></article></body></html>";
const QByteArray kEtag = "\"v1\"";
const QByteArray kLastModified = "Tue, 18 Feb 2025 17:30:00 GMT";

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;

    WebResponse get(const QString &path, const FetchLimits &limits = {}, const QString &etag = {},
                    const QString &lastModified = {})
    {
        HttpFetcher fetcher(limits);
        return fetcher.fetch({m_server.url(path), WebRequest::Expect::Page, etag, lastModified});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route("/page", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("text/html; charset=ISO-8859-1", kPage);
        });
        m_server.route("/gzip", [](const HttpTestRequest &r) {
            // Only a client that asked for gzip gets it.
            if (!r.headers.value("accept-encoding").contains("gzip"))
                return HttpTestResponse {406, {}, "gzip expected", false};
            return HttpTestResponse {
                200, {{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}}, HttpTestServer::gzip(kPage), false};
        });
        m_server.route("/conditional", [](const HttpTestRequest &r) {
            if (r.headers.value("if-none-match") == kEtag || r.headers.value("if-modified-since") == kLastModified)
                return HttpTestResponse {304, {{"ETag", kEtag}}, {}, false};
            return HttpTestResponse {
                200, {{"Content-Type", "text/html"}, {"ETag", kEtag}, {"Last-Modified", kLastModified}}, kPage, false};
        });
        m_server.route("/moved", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/hop"); });
        m_server.route("/hop", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/page"); });
        m_server.route("/loop-a", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/loop-b"); });
        m_server.route("/loop-b", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/loop-a"); });
        m_server.route("/silent", [](const HttpTestRequest &) { return HttpTestResponse {200, {}, {}, true}; });
        m_server.route("/huge", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("text/html", QByteArray(50 * 1024 * 1024, 'a'));
        });
        m_server.route("/huge-gzip", [](const HttpTestRequest &) {
            // 2 MB on the wire, 50 MB inflated: the cap applies to what is inflated.
            static const QByteArray packed = HttpTestServer::gzip(QByteArray(50 * 1024 * 1024, ' '));
            return HttpTestResponse {200, {{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}}, packed, false};
        });
        m_server.route("/report.pdf", [](const HttpTestRequest &) {
            return HttpTestResponse::ok("application/pdf", "%PDF-1.4\n1 0 obj\n");
        });
        m_server.route("/empty", [](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", {}); });
        QVERIFY(m_server.start());
    }

    void fetchesAPageWithItsCharsetAndHeaders()
    {
        const WebResponse r = get(QStringLiteral("/page"));
        QCOMPARE(r.status, WebResponse::Status::Ok);
        QCOMPARE(r.body, kPage);
        QCOMPARE(r.contentType, QStringLiteral("text/html; charset=ISO-8859-1"));
        QCOMPARE(r.finalUrl, m_server.url(QStringLiteral("/page")));
        QVERIFY(m_server.requests().last().headers.value("user-agent").startsWith("Lede/"));
    }

    void inflatesGzip()
    {
        const WebResponse r = get(QStringLiteral("/gzip"));
        QVERIFY2(r.status == WebResponse::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.body, kPage);
    }

    void conditionalGetTurns304IntoNotModified()
    {
        const WebResponse first = get(QStringLiteral("/conditional"));
        QCOMPARE(first.status, WebResponse::Status::Ok);
        QCOMPARE(first.etag, QString::fromLatin1(kEtag));
        QCOMPARE(first.lastModified, QString::fromLatin1(kLastModified));
        const WebResponse byEtag = get(QStringLiteral("/conditional"), {}, first.etag);
        QCOMPARE(byEtag.status, WebResponse::Status::NotModified);
        QVERIFY(byEtag.body.isEmpty());
        const WebResponse byDate = get(QStringLiteral("/conditional"), {}, {}, first.lastModified);
        QCOMPARE(byDate.status, WebResponse::Status::NotModified);
        QCOMPARE(m_server.requests().last().headers.value("if-modified-since"), kLastModified);
        const WebResponse stale = get(QStringLiteral("/conditional"), {}, QStringLiteral("\"v0\""));
        QCOMPARE(stale.status, WebResponse::Status::Ok);
    }

    void followsRedirectsToTheFinalUrl()
    {
        const WebResponse r = get(QStringLiteral("/moved"));
        QVERIFY2(r.status == WebResponse::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.body, kPage);
        QCOMPARE(r.finalUrl, m_server.url(QStringLiteral("/page")));
    }

    void redirectLoopEnds()
    {
        const WebResponse r = get(QStringLiteral("/loop-a"));
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("too many redirects")), qPrintable(r.error));
        FetchLimits two;
        two.maxRedirects = 2;
        const WebResponse tooFar = get(QStringLiteral("/moved"), two); // two hops are allowed
        QCOMPARE(tooFar.status, WebResponse::Status::Ok);
    }

    void silentServerTimesOut()
    {
        FetchLimits quick;
        quick.idleTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const WebResponse r = get(QStringLiteral("/silent"), quick);
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("no answer from the server for 0.3 s")), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5000);
    }

    void hugePageIsCut()
    {
        const WebResponse r = get(QStringLiteral("/huge")); // default cap 16 MB
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("too large (50 MB, the limit is 16 MB)")), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
        const WebResponse inflated = get(QStringLiteral("/huge-gzip"));
        QCOMPARE(inflated.status, WebResponse::Status::Failed);
        QVERIFY2(inflated.error.contains(QStringLiteral("too large")), qPrintable(inflated.error));
    }

    void pdfIsRefusedByItsType()
    {
        const WebResponse r = get(QStringLiteral("/report.pdf"));
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QCOMPARE(r.error, QStringLiteral("a PDF document (application/pdf), not a web page or feed"));
    }

    void httpErrorsAndOddAnswers()
    {
        const WebResponse missing = get(QStringLiteral("/nowhere"));
        QCOMPARE(missing.status, WebResponse::Status::Failed);
        QVERIFY2(missing.error.startsWith(QStringLiteral("the server answered HTTP 404")), qPrintable(missing.error));
        const WebResponse empty = get(QStringLiteral("/empty"));
        QCOMPARE(empty.error, QStringLiteral("the server sent an empty response"));
        HttpFetcher fetcher;
        const WebResponse ftp =
            fetcher.fetch({QUrl(QStringLiteral("ftp://127.0.0.1/x")), WebRequest::Expect::Page, {}, {}});
        QCOMPARE(ftp.error, QStringLiteral("not an http or https URL"));
    }

    void closedPortIsRefused()
    {
        HttpTestServer closed; // never started: nothing listens on its port
        HttpFetcher fetcher;
        const WebResponse r =
            fetcher.fetch({QUrl(QStringLiteral("http://127.0.0.1:1/")), WebRequest::Expect::Page, {}, {}});
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("connection refused")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
