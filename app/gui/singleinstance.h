#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace lede {

// One Lede per library: a second `lede` started on the same library (a lede:// link clicked in
// an export, an article opened from the file manager) hands its arguments to the Lede already
// running there, which opens them in its window, and quits. The key is the user and the library's
// canonical path, so that two libraries still get a window each.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);

    // Hands the arguments to a running instance; true when one took them (blocking, no event loop
    // needed, so that it can run before the application's window exists).
    bool forward(const QStringList &arguments, int timeoutMs = 2000) const;
    // Becomes the instance that others forward to; false when the name cannot be taken.
    bool listen();
    // The window opened another library: links for it come here now, those for the old one no
    // longer do. Listens again if it was listening.
    void setLibraryPath(const QString &libraryPath);
    QString serverName() const { return m_name; }

    // File arguments made absolute (the running instance has another working folder); links as they are.
    static QStringList portable(const QStringList &arguments);

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void readFrom(QLocalSocket *socket);
    static QString serverNameFor(const QString &libraryPath);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace lede
