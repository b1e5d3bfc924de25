#pragma once

#include "network/fetchlimits.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <atomic>

namespace lede {

// Imports from the web on a worker thread, through a Library (a connection) and a network
// manager of its own: URLs given by the user, or a refresh of feed subscriptions. The cancel flag
// stops a fetch in flight and the items after it; what was imported before stays.
class WebImportWorker : public QObject
{
    Q_OBJECT

public:
    // Imports each URL (a page or a feed).
    static WebImportWorker *forUrls(const QString &libraryPath, const QStringList &urls, const FetchLimits &limits);
    // Refreshes the subscriptions with these ids; with none, those whose interval has passed.
    static WebImportWorker *forRefresh(const QString &libraryPath, const QList<qint64> &subscriptionIds,
                                       const FetchLimits &limits);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const QString &current);
    // failures: one "origin: reason" line each; firstArticleId: the first new article, or 0.
    void finished(int imported, int skipped, const QStringList &failures, qint64 firstArticleId, bool cancelled);

private:
    WebImportWorker(const QString &libraryPath, const FetchLimits &limits);

    QString m_libraryPath;
    FetchLimits m_limits;
    QStringList m_urls;
    QList<qint64> m_subscriptions;
    bool m_refresh = false;
    std::atomic_bool m_cancel {false};
};

} // namespace lede
