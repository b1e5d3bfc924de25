#pragma once

#include <QObject>
#include <QStringList>
#include <atomic>

namespace lede {

// Imports files on a worker thread, through a Library (and so a connection) of its own. The cancel
// flag is read between articles: what was imported before it stays.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &libraryPath, const QStringList &paths);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total, const QString &current);
    // failures: one "origin: reason" line each. firstArticleId: the first new article, or 0.
    void finished(int imported, int skipped, const QStringList &failures, qint64 firstArticleId, bool cancelled);

private:
    QString m_libraryPath;
    QStringList m_paths;
    std::atomic_bool m_cancel {false};
};

} // namespace lede
