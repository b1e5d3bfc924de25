#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

namespace lede {
namespace {

// The reply that tells the second instance its arguments were taken.
constexpr char kTaken = 'k';

} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(libraryPath))
{ }

QString SingleInstance::serverNameFor(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray key = qgetenv("USER") + '\n' + canonical.toUtf8();
    // Socket names are short on some systems: a hash of the key, not the path itself.
    return QStringLiteral("lede-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

void SingleInstance::setLibraryPath(const QString &libraryPath)
{
    const QString name = serverNameFor(libraryPath);
    if (name == m_name)
        return;
    m_name = name;
    if (m_server) {
        delete m_server;
        m_server = nullptr;
        listen();
    }
}

QStringList SingleInstance::portable(const QStringList &arguments)
{
    QStringList out;
    for (const QString &a : arguments) {
        if (a.contains(QLatin1String("://")) || a.startsWith(QLatin1String("lede:"), Qt::CaseInsensitive))
            out << a;
        else
            out << QFileInfo(a).absoluteFilePath();
    }
    return out;
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an answer means the arguments were taken: a server that hangs gets them opened here.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(1) == QByteArray(1, kTaken);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left behind by a Lede that crashed: nobody answered forward(), so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            readFrom(socket);
        }
    });
    return true;
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.startTransaction();
    QStringList arguments;
    in >> arguments;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    socket->write(QByteArray(1, kTaken));
    socket->flush();
    Q_EMIT argumentsReceived(arguments);
}

} // namespace lede
