// HttpFetcher over real TLS against a local HTTPS server: nearly every feed and page is https.
// The server's certificate (tests/data/network/localhost.crt, self-signed for 127.0.0.1, with
// its key beside it) is not trusted until a test adds it, as a user's system would not trust it.
#include "httptestserver.h"
#include "network/httpfetcher.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace lede;
using lede::test::HttpTestRequest;
using lede::test::HttpTestResponse;
using lede::test::HttpTestServer;

namespace {

const QByteArray kPage = "<!DOCTYPE html><html><head><title>Pier</title></head><body><article>"
                         "<p>The council voted on Tuesday to repair the pier.</p></article></body></html>";

QString fixture(const char *name)
{
    return QStringLiteral(LEDE_TEST_DATA "/network/") + QLatin1String(name);
}

WebResponse get(const QUrl &url)
{
    HttpFetcher fetcher;
    return fetcher.fetch({url, WebRequest::Expect::Page, {}, {}});
}

} // namespace

class TestHttpsFetch : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_https;
    HttpTestServer m_plain;
    QSslConfiguration m_systemDefault;

    // Trusts the test certificate as if the user's system did.
    void trustTheTestCertificate()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(fixture("localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend: Lede could not fetch https feeds");
        m_systemDefault = QSslConfiguration::defaultConfiguration();
        m_plain.route("/page", [](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", kPage); });
        QVERIFY(m_plain.start());
        const QByteArray downgrade = m_plain.url(QStringLiteral("/page")).toEncoded();
        m_https.route("/page", [](const HttpTestRequest &) { return HttpTestResponse::ok("text/html", kPage); });
        m_https.route("/moved", [](const HttpTestRequest &) { return HttpTestResponse::redirect("/page"); });
        m_https.route("/downgrade",
                      [downgrade](const HttpTestRequest &) { return HttpTestResponse::redirect(downgrade); });
        QVERIFY(m_https.useTls(fixture("localhost.crt"), fixture("localhost.key")));
        QVERIFY(m_https.start());
        QCOMPARE(m_https.url(QStringLiteral("/page")).scheme(), QStringLiteral("https"));
    }

    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_systemDefault); }

    void anUntrustedCertificateIsAOneLineErrorAboutTheCertificate()
    {
        const WebResponse r = get(m_https.url(QStringLiteral("/page")));
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        // Nothing was asked of the server over a connection that was not secure.
        QVERIFY(m_https.requests().isEmpty());
    }

    void fetchesAPageOverHttpsWithATrustedCertificate()
    {
        trustTheTestCertificate();
        const WebResponse r = get(m_https.url(QStringLiteral("/page")));
        QVERIFY2(r.status == WebResponse::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.body, kPage);
        QCOMPARE(r.finalUrl, m_https.url(QStringLiteral("/page")));
    }

    void followsARedirectWithinHttps()
    {
        trustTheTestCertificate();
        const WebResponse r = get(m_https.url(QStringLiteral("/moved")));
        QVERIFY2(r.status == WebResponse::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.body, kPage);
        QCOMPARE(r.finalUrl, m_https.url(QStringLiteral("/page")));
    }

    void doesNotFollowARedirectFromHttpsToPlainHttp()
    {
        trustTheTestCertificate();
        const qsizetype plainRequests = m_plain.requests().size();
        const WebResponse r = get(m_https.url(QStringLiteral("/downgrade")));
        QCOMPARE(r.status, WebResponse::Status::Failed);
        QCOMPARE(r.error, QStringLiteral("redirected from HTTPS to plain HTTP; not followed"));
        QCOMPARE(m_plain.requests().size(), plainRequests);
    }
};

QTEST_GUILESS_MAIN(TestHttpsFetch)
#include "tst_httpsfetch.moc"
