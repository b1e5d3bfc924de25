#include "network/httpfetcher.h"

#include "network/contenttype.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNetwork, "lede.network", QtWarningMsg)

namespace lede {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

QByteArray acceptFor(WebRequest::Expect expect)
{
    switch (expect) {
    case WebRequest::Expect::Page:
        return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
    case WebRequest::Expect::Feed:
        return "application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,"
               "*/*;q=0.5";
    case WebRequest::Expect::PageOrFeed:
        break;
    }
    return "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";
}

// One fetch in flight: the reply, the limits it is held to, and the first reason it failed.
class Transfer
{
public:
    Transfer(QNetworkReply *reply, const FetchLimits &limits)
        : m_reply(reply)
        , m_limits(limits)
    { }

    void fail(const QString &reason)
    {
        if (m_failure.isEmpty())
            m_failure = reason;
        m_reply->abort();
    }
    QString failure() const { return m_failure; }

    // Headers are in: refuse what cannot be an article or feed before its body is downloaded.
    void checkHeaders()
    {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            return; // redirects are followed; errors and 304 are read when the reply finishes
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (const QString kind = ContentType::unwantedKind(type); !kind.isEmpty()) {
            fail(QCoreApplication::translate("lede::Network", "%1 (%2), not a web page or feed")
                     .arg(kind, ContentType::mimeType(type)));
            return;
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        // A compressed body's length says nothing about its size once inflated; read it and see.
        if (length > m_limits.maxBytes && m_reply->rawHeader("Content-Encoding").isEmpty())
            tooLarge(length);
    }

    void read()
    {
        m_body += m_reply->readAll();
        if (m_body.size() > m_limits.maxBytes)
            tooLarge(-1);
    }

    QByteArray takeBody() { return std::move(m_body); }

private:
    void tooLarge(qint64 size)
    {
        fail(size > 0 ? QCoreApplication::translate("lede::Network", "too large (%1 MB, the limit is %2 MB)")
                            .arg(megabytes(size), megabytes(m_limits.maxBytes))
                      : QCoreApplication::translate("lede::Network", "too large (more than %1 MB)")
                            .arg(megabytes(m_limits.maxBytes)));
    }

    QNetworkReply *m_reply;
    FetchLimits m_limits;
    QByteArray m_body;
    QString m_failure;
};

QString networkError(QNetworkReply *reply, int maxRedirects)
{
    switch (reply->error()) {
    case QNetworkReply::TooManyRedirectsError:
        return QCoreApplication::translate("lede::Network", "too many redirects (more than %1; a redirect loop?)")
            .arg(maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("lede::Network", "redirected from HTTPS to plain HTTP; not followed");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("lede::Network", "host not found: %1").arg(reply->url().host());
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("lede::Network", "connection refused by %1").arg(reply->url().authority());
    default:
        // Qt stops inflating a body that grows far beyond its compressed size (a zip bomb).
        if (reply->errorString().startsWith(QLatin1String("Decompression failed")))
            return QCoreApplication::translate("lede::Network",
                                               "the compressed response is damaged or too large once decompressed");
        return reply->errorString();
    }
}

} // namespace

HttpFetcher::HttpFetcher(const FetchLimits &limits)
    : m_limits(limits)
{
    m_network.setAutoDeleteReplies(false);
}

QString HttpFetcher::userAgent()
{
    return QStringLiteral("Lede/%1 (news annotation; +https://lede.example.org)").arg(QStringLiteral(LEDE_VERSION));
}

WebResponse HttpFetcher::fetch(const WebRequest &request)
{
    WebResponse response;
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        response.error = QCoreApplication::translate("lede::Network", "not an http or https URL");
        return response;
    }
    QNetworkRequest http(request.url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    // Below the size cap any compression ratio is fine; above it the cap stops the body anyway.
    http.setDecompressedSafetyCheckThreshold(m_limits.maxBytes);
    http.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    http.setRawHeader("Accept", acceptFor(request.expect));
    // Accept-Encoding is left to Qt: it then asks for gzip and deflate and inflates the body itself.
    if (!request.etag.isEmpty())
        http.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        http.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    std::unique_ptr<QNetworkReply> reply(m_network.get(http));
    Transfer transfer(reply.get(), m_limits);
    QEventLoop loop;
    QTimer idle, total, cancelPoll;
    idle.setSingleShot(true);
    total.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        transfer.fail(QCoreApplication::translate("lede::Network", "no answer from the server for %1 s")
                          .arg(m_limits.idleTimeoutMs / 1000.0));
    });
    QObject::connect(&total, &QTimer::timeout, &loop, [&] {
        transfer.fail(
            QCoreApplication::translate("lede::Network", "timed out after %1 s").arg(m_limits.totalTimeoutMs / 1000.0));
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load())
            transfer.fail(QCoreApplication::translate("lede::Network", "cancelled"));
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        idle.start();
        transfer.checkHeaders();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        idle.start();
        transfer.read();
    });
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 size) {
        if (m_progress)
            m_progress(received, size);
    });
    QObject::connect(reply.get(), &QNetworkReply::redirected, &loop, [&] { idle.start(); });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(m_limits.idleTimeoutMs);
    total.start(m_limits.totalTimeoutMs);
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec();

    if (transfer.failure().isEmpty() && reply->bytesAvailable() > 0)
        transfer.read();
    response.finalUrl = reply->url();
    if (!transfer.failure().isEmpty()) {
        response.error = transfer.failure();
        return response;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::TooManyRedirectsError
        || reply->error() == QNetworkReply::InsecureRedirectError) {
        response.error = networkError(reply.get(), m_limits.maxRedirects);
        return response;
    }
    if (status == 304 && (!request.etag.isEmpty() || !request.lastModified.isEmpty())) {
        response.status = WebResponse::Status::NotModified;
        return response;
    }
    if (status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        response.error = reason.isEmpty()
            ? QCoreApplication::translate("lede::Network", "the server answered HTTP %1").arg(status)
            : QCoreApplication::translate("lede::Network", "the server answered HTTP %1 %2")
                  .arg(QString::number(status), reason);
        return response;
    }
    if (reply->error() != QNetworkReply::NoError) {
        response.error = networkError(reply.get(), m_limits.maxRedirects);
        return response;
    }
    response.body = transfer.takeBody();
    if (response.body.isEmpty()) {
        response.error = QCoreApplication::translate("lede::Network", "the server sent an empty response");
        return response;
    }
    response.status = WebResponse::Status::Ok;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    response.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    response.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    qCDebug(lcNetwork) << request.url << "->" << response.finalUrl << status << response.body.size() << "bytes";
    return response;
}

} // namespace lede
