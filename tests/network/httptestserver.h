#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the network tests: it never touches the internet.
// Routes are set before start(); the server then runs on a thread of its own, so that a test may
// block (a blocking fetch, a lede-cli process) while it answers. With useTls() it speaks HTTPS.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QUrl>
#include <functional>

namespace lede::test {

struct HttpTestRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

struct HttpTestResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool neverAnswer = false; // read the request, then stay silent with the connection open

    static HttpTestResponse ok(const QByteArray &contentType, const QByteArray &body)
    {
        return {200, {{"Content-Type", contentType}}, body, false};
    }
    static HttpTestResponse redirect(const QByteArray &location) { return {302, {{"Location", location}}, {}, false}; }
};

using HttpTestHandler = std::function<HttpTestResponse(const HttpTestRequest &)>;

class HttpTestServerWorker;

class HttpTestServer
{
public:
    HttpTestServer();
    ~HttpTestServer();

    // Exact path match (without the query); unknown paths answer 404.
    void route(const QByteArray &path, HttpTestHandler handler);
    // Before start(): answer over TLS with this PEM certificate and key; url() then gives https.
    bool useTls(const QString &certificatePath, const QString &keyPath);
    bool start();
    QUrl url(const QString &path) const;
    // Requests received so far, in order.
    QList<HttpTestRequest> requests() const;

    // A body in gzip format (RFC 1952), for Content-Encoding: gzip.
    static QByteArray gzip(const QByteArray &data);

private:
    friend class HttpTestServerWorker;
    void log(const HttpTestRequest &request);
    HttpTestResponse answer(const HttpTestRequest &request) const;

    QHash<QByteArray, HttpTestHandler> m_routes;
    QThread m_thread;
    HttpTestServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    mutable QMutex m_mutex;
    QList<HttpTestRequest> m_requests;
};

} // namespace lede::test
