#include "httptestserver.h"

#include <QFile>
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace lede::test {

// Lives on the server's thread: accepts connections, reads one request each, answers it.
class HttpTestServerWorker : public QTcpServer
{
public:
    explicit HttpTestServerWorker(HttpTestServer &owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_owner.m_certificate.isNull()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        // Reads and writes on the socket are plain text to serve(); the handshake runs first.
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_owner.m_certificate);
        socket->setPrivateKey(m_owner.m_key);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            HttpTestRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_buffers.remove(socket);
            m_owner.log(request);
            const HttpTestResponse response = m_owner.answer(request);
            if (response.neverAnswer)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
            socket->write(out);
            if (request.method != "HEAD")
                socket->write(response.body);
            socket->disconnectFromHost();
        });
    }

    HttpTestServer &m_owner;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

HttpTestServer::HttpTestServer() = default;

HttpTestServer::~HttpTestServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void HttpTestServer::route(const QByteArray &path, HttpTestHandler handler)
{
    Q_ASSERT(!m_worker);
    m_routes.insert(path, std::move(handler));
}

bool HttpTestServer::useTls(const QString &certificatePath, const QString &keyPath)
{
    Q_ASSERT(!m_worker);
    QFile certificate(certificatePath);
    QFile key(keyPath);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(&certificate, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull();
}

bool HttpTestServer::start()
{
    m_thread.start();
    m_worker = new HttpTestServerWorker(*this);
    m_worker->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &listening] {
            listening = m_worker->listen(QHostAddress::LocalHost, 0);
            m_port = m_worker->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl HttpTestServer::url(const QString &path) const
{
    const QString scheme = m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
}

QList<HttpTestRequest> HttpTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void HttpTestServer::log(const HttpTestRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

HttpTestResponse HttpTestServer::answer(const HttpTestRequest &request) const
{
    const QByteArray path =
        request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    const auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd())
        return {404, {{"Content-Type", "text/plain"}}, "not found", false};
    return (*it)(request);
}

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

QByteArray HttpTestServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate data and a 4-byte Adler-32;
    // gzip wants the raw deflate data between its own header and trailer.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
    QByteArray out("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

} // namespace lede::test
