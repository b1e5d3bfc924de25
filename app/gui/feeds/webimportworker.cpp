#include "feeds/webimportworker.h"

#include "import/feeds/feedimporter.h"
#include "network/httpfetcher.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/subscriptionrepository.h"

#include <QUrl>

namespace lede {

WebImportWorker::WebImportWorker(const QString &libraryPath, const FetchLimits &limits)
    : m_libraryPath(libraryPath)
    , m_limits(limits)
{ }

WebImportWorker *WebImportWorker::forUrls(const QString &libraryPath, const QStringList &urls,
                                          const FetchLimits &limits)
{
    auto *worker = new WebImportWorker(libraryPath, limits);
    worker->m_urls = urls;
    return worker;
}

WebImportWorker *WebImportWorker::forRefresh(const QString &libraryPath, const QList<qint64> &subscriptionIds,
                                             const FetchLimits &limits)
{
    auto *worker = new WebImportWorker(libraryPath, limits);
    worker->m_subscriptions = subscriptionIds;
    worker->m_refresh = true;
    return worker;
}

void WebImportWorker::run()
{
    int imported = 0;
    int skipped = 0;
    QStringList failures;
    qint64 first = 0;
    auto count = [&](const ImportOutcome &o) {
        switch (o.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            if (!first)
                first = o.articleId;
            break;
        case ImportOutcome::Status::Skipped:
            ++skipped;
            if (!first && !m_refresh)
                first = o.articleId; // the user asked for this page: show it
            break;
        case ImportOutcome::Status::Failed:
            failures << tr("%1: %2").arg(o.origin, o.message);
            break;
        }
    };
    try {
        Library library(m_libraryPath, Database::OpenMode::MustExist);
        Importer importer(library);
        // Created here, in the worker's thread, which is where it is used.
        HttpFetcher fetcher(m_limits);
        fetcher.setCancelFlag(&m_cancel);
        FeedImporter feeds(library, importer, &fetcher);
        feeds.setCancelFlag(&m_cancel);
        feeds.setProgressHandler(
            [this](const ImportOutcome &o) { Q_EMIT progress(o.title.isEmpty() ? o.origin : o.title); });
        if (m_refresh) {
            SubscriptionRepository repo(library.connection());
            QList<Subscription> targets;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Subscription &s : repo.all()) {
                if (m_subscriptions.isEmpty() ? s.isDue(now) : m_subscriptions.contains(s.id))
                    targets << s;
            }
            for (const Subscription &s : std::as_const(targets)) {
                if (m_cancel)
                    break;
                Q_EMIT progress(s.title.isEmpty() ? s.url : s.title);
                const FeedRefreshResult r = feeds.refresh(s);
                if (!r.error.isEmpty())
                    failures << tr("%1: %2").arg(s.url, r.error);
                for (const ImportOutcome &o : r.outcomes)
                    count(o);
            }
        } else {
            for (const QString &url : std::as_const(m_urls)) {
                if (m_cancel)
                    break;
                Q_EMIT progress(url);
                for (const ImportOutcome &o : feeds.importUrl(QUrl(url)))
                    count(o);
            }
        }
    } catch (const StorageError &e) {
        failures << tr("The library: %1").arg(e.message());
    }
    Q_EMIT finished(imported, skipped, failures, first, m_cancel.load());
}

} // namespace lede
