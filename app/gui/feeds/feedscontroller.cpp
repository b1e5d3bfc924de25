#include "feeds/feedscontroller.h"

#include "feeds/feedlistmodel.h"
#include "feeds/feedsdialog.h"
#include "feeds/feedspanel.h"
#include "feeds/urlimportdialog.h"
#include "feeds/webimportworker.h"
#include "storage/feeditemrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/subscriptionrepository.h"

#include <QAction>
#include <QLineEdit>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace lede {

FeedsController::FeedsController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_model(new FeedListModel(this))
    , m_importUrl(new QAction(tr("Import &URL…"), this))
    , m_manage(new QAction(tr("Feed&s…"), this))
    , m_refresh(new QAction(tr("Refresh Feeds"), this))
    , m_timer(new QTimer(this))
{
    m_importUrl->setObjectName(QStringLiteral("importUrl"));
    m_importUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_importUrl->setStatusTip(tr("Import a web page or a feed by its address"));
    m_manage->setObjectName(QStringLiteral("manageFeeds"));
    m_manage->setStatusTip(tr("Add and remove feeds, set how often they are checked"));
    m_refresh->setObjectName(QStringLiteral("refreshFeeds"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setStatusTip(tr("Check every feed for new articles now"));
    connect(m_importUrl, &QAction::triggered, this, &FeedsController::showImportUrl);
    connect(m_manage, &QAction::triggered, this, &FeedsController::showManageFeeds);
    connect(m_refresh, &QAction::triggered, this, [this] {
        QList<qint64> all;
        for (const Subscription &s : m_model->subscriptions())
            all << s.id;
        if (!all.isEmpty())
            refresh(all);
    });

    auto *manageShort = new QAction(tr("Manage"), this);
    manageShort->setToolTip(m_manage->statusTip());
    connect(manageShort, &QAction::triggered, this, &FeedsController::showManageFeeds);
    auto *refreshShort = new QAction(tr("Refresh"), this);
    refreshShort->setToolTip(m_refresh->statusTip());
    connect(refreshShort, &QAction::triggered, m_refresh, &QAction::trigger);
    m_panel = new FeedsPanel(m_model, {refreshShort, manageShort}, window);
    connect(m_panel, &FeedsPanel::currentFeedChanged, this, &FeedsController::feedFilterChanged);

    // Every minute, the feeds whose interval has passed; the check itself is one small query.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isBusy())
            refresh();
    });
}

FeedsController::~FeedsController()
{
    if (m_worker) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

UrlImportDialog *FeedsController::urlDialog() const
{
    return m_urlDialog;
}

FeedsDialog *FeedsController::feedsDialog() const
{
    return m_feedsDialog;
}

void FeedsController::setLibrary(Library *library)
{
    if (m_worker)
        m_worker->cancel(); // it works on the previous library's file, through its own connection
    m_library = library;
    m_model->setLibrary(library);
    if (m_feedsDialog)
        m_feedsDialog->setSubscriptions(m_model->subscriptions());
    if (library && !m_timer->isActive())
        m_timer->start();
    else if (!library)
        m_timer->stop();
}

void FeedsController::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

qint64 FeedsController::currentFeedId() const
{
    return m_panel->currentFeedId();
}

void FeedsController::markRead(qint64 articleId)
{
    if (!m_library || !articleId)
        return;
    try {
        FeedItemRepository(m_library->connection()).setRead(articleId, true);
        m_model->reload();
    } catch (const StorageError &) {
        // Unread counts are a convenience; a locked library must not stop reading the article.
    }
}

void FeedsController::reloadFeeds()
{
    m_model->reload();
    if (m_feedsDialog)
        m_feedsDialog->setSubscriptions(m_model->subscriptions());
}

void FeedsController::showImportUrl()
{
    if (!m_library)
        return;
    if (!m_urlDialog) {
        m_urlDialog = new UrlImportDialog(m_window);
        m_urlDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_urlDialog, &UrlImportDialog::importRequested, this, [this](const QString &url) {
            m_urlDialog->setBusy(true, url);
            if (m_worker && m_job == Job::Refresh) {
                m_queuedUrls = {url};
                m_worker->cancel();
                return;
            }
            start(WebImportWorker::forUrls(m_library->path(), {url}, m_limits), Job::Urls);
        });
        connect(m_urlDialog, &UrlImportDialog::cancelRequested, this, [this] {
            m_queuedUrls.clear();
            if (m_worker && m_job == Job::Urls)
                m_worker->cancel();
            else
                m_urlDialog->showError(tr("Cancelled."));
        });
    }
    m_urlDialog->open();
    m_urlDialog->urlField()->setFocus();
}

void FeedsController::showManageFeeds()
{
    if (!m_library)
        return;
    if (!m_feedsDialog) {
        m_feedsDialog = new FeedsDialog(m_window);
        m_feedsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_feedsDialog, &FeedsDialog::addRequested, this, &FeedsController::addFeed);
        connect(m_feedsDialog, &FeedsDialog::removeRequested, this, &FeedsController::removeFeed);
        connect(m_feedsDialog, &FeedsDialog::intervalChanged, this, &FeedsController::setInterval);
        connect(m_feedsDialog, &FeedsDialog::refreshRequested, m_refresh, &QAction::trigger);
    }
    m_feedsDialog->setSubscriptions(m_model->subscriptions());
    m_feedsDialog->setRefreshing(isBusy());
    m_feedsDialog->open();
}

void FeedsController::addFeed(const QString &text, int minutes)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        m_feedsDialog->showError(tr("“%1” is not an http:// or https:// address.").arg(text));
        return;
    }
    try {
        const Subscription s = SubscriptionRepository(m_library->connection()).add(url.toString(), {}, minutes);
        m_feedsDialog->urlField()->clear();
        m_feedsDialog->showError(tr("Added. Checking the feed…"));
        reloadFeeds();
        refresh({s.id});
    } catch (const StorageError &e) {
        m_feedsDialog->showError(e.message());
    }
}

void FeedsController::removeFeed(qint64 id)
{
    try {
        SubscriptionRepository(m_library->connection()).remove(id);
        reloadFeeds();
        Q_EMIT statusMessage(tr("Feed removed; its articles stay in the library."));
    } catch (const StorageError &e) {
        m_feedsDialog->showError(e.message());
    }
}

void FeedsController::setInterval(qint64 id, int minutes)
{
    try {
        SubscriptionRepository(m_library->connection()).setRefreshMinutes(id, minutes);
        reloadFeeds();
    } catch (const StorageError &e) {
        m_feedsDialog->showError(e.message());
    }
}

void FeedsController::refresh(const QList<qint64> &subscriptionIds)
{
    if (!m_library || isBusy())
        return;
    start(WebImportWorker::forRefresh(m_library->path(), subscriptionIds, m_limits), Job::Refresh);
}

void FeedsController::start(WebImportWorker *worker, Job job)
{
    m_job = job;
    m_worker = worker;
    m_thread = new QThread(this);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &WebImportWorker::run);
    connect(worker, &WebImportWorker::progress, this, [this](const QString &current) {
        if (m_job == Job::Urls && m_urlDialog)
            m_urlDialog->setBusy(true, current);
        else
            Q_EMIT statusMessage(tr("Checking feeds: %1").arg(current));
    });
    connect(worker, &WebImportWorker::finished, this, &FeedsController::finished);
    m_refresh->setEnabled(false);
    if (m_feedsDialog)
        m_feedsDialog->setRefreshing(true);
    m_thread->start();
}

void FeedsController::finished(int imported, int skipped, const QStringList &failures, qint64 first, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    // Its thread has stopped, so no event loop would run a deleteLater for it.
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_refresh->setEnabled(true);
    if (m_feedsDialog)
        m_feedsDialog->setRefreshing(false);
    reloadFeeds();

    if (m_job == Job::Urls) {
        if (m_urlDialog) {
            if (cancelled)
                m_urlDialog->showError(tr("Cancelled."));
            else if (!failures.isEmpty() && !imported)
                m_urlDialog->showError(failures.join(QLatin1Char('\n')));
            else
                m_urlDialog->accept();
        }
        if (imported || first)
            Q_EMIT articlesChanged(first);
        Q_EMIT statusMessage(skipped && !imported ? tr("Already in the library.")
                                                  : tr("%n article(s) imported", nullptr, imported));
    } else {
        if (imported)
            Q_EMIT articlesChanged(0);
        QString summary = tr("Feeds checked: %n new article(s)", nullptr, imported);
        if (!failures.isEmpty())
            summary += QStringLiteral(", ") + tr("%n problem(s) (see Feeds…)", nullptr, int(failures.size()));
        Q_EMIT statusMessage(summary);
    }
    Q_EMIT webImportFinished();
    if (!m_queuedUrls.isEmpty() && m_library) {
        const QStringList urls = std::exchange(m_queuedUrls, {});
        start(WebImportWorker::forUrls(m_library->path(), urls, m_limits), Job::Urls);
    }
}

} // namespace lede
