#pragma once

#include "network/fetchlimits.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QThread;
class QTimer;
class QWidget;

namespace lede {

class FeedListModel;
class FeedsDialog;
class FeedsPanel;
class Library;
class UrlImportDialog;
class WebImportWorker;

// Everything about feeds and URLs in the desktop application: File > Import URL…, the Feeds
// section of the article list, the Manage Feeds dialog and the periodic refresh. The main window
// hooks it in at a few points (layout, menu, filter, library, article opened).
// Web imports run one at a time on a worker thread; a URL the user asks for pre-empts a refresh.
class FeedsController : public QObject
{
    Q_OBJECT

public:
    explicit FeedsController(QWidget *window);
    ~FeedsController() override;

    void setLibrary(Library *library);
    FeedsPanel *panel() const { return m_panel; }
    FeedListModel *model() const { return m_model; }
    QList<QAction *> fileActions() const { return {m_importUrl, m_manage, m_refresh}; }
    QAction *importUrlAction() const { return m_importUrl; }
    QAction *manageAction() const { return m_manage; }
    QAction *refreshAction() const { return m_refresh; }

    // The feed chosen in the Feeds section, 0 for all articles.
    qint64 currentFeedId() const;
    // The article was opened: it no longer counts as unread.
    void markRead(qint64 articleId);

    // Fetch limits and the period of the due-feeds check (tests shorten them).
    void setFetchLimits(const FetchLimits &limits) { m_limits = limits; }
    void setCheckInterval(int milliseconds);

    void showImportUrl();
    void showManageFeeds();
    // Refreshes these subscriptions, or with none the ones that are due.
    void refresh(const QList<qint64> &subscriptionIds = {});
    bool isBusy() const { return m_worker != nullptr; }

    // The open dialogs, or null.
    UrlImportDialog *urlDialog() const;
    FeedsDialog *feedsDialog() const;

Q_SIGNALS:
    void feedFilterChanged();
    // Articles came in (or, for a URL, were found already there): the list should reload;
    // openArticleId is the one to show, or 0.
    void articlesChanged(qint64 openArticleId);
    void statusMessage(const QString &message);
    // A web import or refresh finished (for tests and the status bar).
    void webImportFinished();

private:
    enum class Job { Urls, Refresh };
    void start(WebImportWorker *worker, Job job);
    void finished(int imported, int skipped, const QStringList &failures, qint64 first, bool cancelled);
    void addFeed(const QString &url, int minutes);
    void removeFeed(qint64 id);
    void setInterval(qint64 id, int minutes);
    void reloadFeeds();

    QWidget *m_window;
    Library *m_library = nullptr;
    FeedListModel *m_model;
    FeedsPanel *m_panel;
    QAction *m_importUrl;
    QAction *m_manage;
    QAction *m_refresh;
    QTimer *m_timer;
    FetchLimits m_limits;
    QPointer<UrlImportDialog> m_urlDialog;
    QPointer<FeedsDialog> m_feedsDialog;
    QThread *m_thread = nullptr;
    WebImportWorker *m_worker = nullptr;
    Job m_job = Job::Refresh;
    QStringList m_queuedUrls; // a URL import waiting for a refresh to stop
};

} // namespace lede
