#include "import/feeds/feedimporter.h"

#include "import/feeds/feeddiscovery.h"

#include "import/feeds/feedparser.h"
#include "import/feeds/webarticle.h"
#include "import/html/htmlextractor.h"
#include "storage/feeditemrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcFeeds, "lede.import.feeds", QtWarningMsg)

namespace lede {
namespace {

ImportOutcome failed(const QString &origin, const QString &reason, const QString &title = {})
{
    return {ImportOutcome::Status::Failed, origin, 0, title, reason};
}

QString itemOrigin(const FeedItem &item, const QString &feedOrigin)
{
    return item.link.isEmpty() ? feedOrigin + QLatin1Char('#') + item.guid : item.link;
}

} // namespace

FeedImporter::FeedImporter(Library &library, Importer &importer, WebSource *web)
    : m_library(library)
    , m_importer(importer)
    , m_web(web)
{ }

void FeedImporter::report(const ImportOutcome &outcome)
{
    qCDebug(lcFeeds) << outcome.origin << int(outcome.status) << outcome.message;
    if (m_progress)
        m_progress(outcome);
}

ImportOutcome FeedImporter::importItem(const FeedItem &item, const Feed &feed, bool fetchPage)
{
    // An item whose page is already in the library needs no fetch.
    if (!item.link.isEmpty()) {
        if (const auto dup = m_library.articles().findDuplicate(QString(), item.link))
            return {ImportOutcome::Status::Skipped, item.link, dup->articleId, item.title,
                    QCoreApplication::translate("lede::Import", "same URL as article %1").arg(dup->articleId)};
    }
    std::optional<WebResponse> page;
    const QUrl link(item.link);
    if (fetchPage && m_web && m_fetchPages && link.isValid()
        && (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")))
        page = m_web->fetch({link, WebRequest::Expect::Page, {}, {}});
    QString error;
    std::optional<SourceArticle> source = WebArticle::forFeedItem(item, feed, page, &error);
    if (!source)
        return failed(itemOrigin(item, QString()), error, item.title);
    return m_importer.importArticle(*source);
}

QList<ImportOutcome> FeedImporter::importFeed(const Feed &feed, const QString &origin)
{
    QList<ImportOutcome> outcomes;
    if (!m_web || !m_fetchPages) {
        // Nothing to wait for: one document, committed in the importer's batches.
        outcomes = m_importer.importDocument(WebArticle::fromFeed(feed, origin));
        for (const ImportOutcome &o : std::as_const(outcomes))
            report(o);
        return outcomes;
    }
    for (qsizetype i = 0; i < feed.items.size(); ++i) {
        if (cancelled())
            break;
        const FeedItem &item = feed.items.at(i);
        // Past the limit, items come from the feed's own text: a feed of 10,000 items imports in
        // minutes, not in 10,000 page fetches.
        ImportOutcome o = importItem(item, feed, i < kMaxNewItemsPerRefresh);
        if (o.origin.isEmpty())
            o.origin = itemOrigin(item, origin);
        report(o);
        outcomes.append(o);
    }
    return outcomes;
}

QList<ImportOutcome> FeedImporter::importUrl(const QUrl &url)
{
    const QString origin = url.toString();
    if (const auto dup = m_library.articles().findDuplicate(QString(), origin)) {
        const ImportOutcome o {
            ImportOutcome::Status::Skipped,
            origin,
            dup->articleId,
            {},
            QCoreApplication::translate("lede::Import", "same URL as article %1").arg(dup->articleId)};
        report(o);
        return {o};
    }
    if (!m_web) {
        const ImportOutcome o = failed(origin, QCoreApplication::translate("lede::Import", "no network access"));
        report(o);
        return {o};
    }
    const WebResponse response = m_web->fetch({url, WebRequest::Expect::PageOrFeed, {}, {}});
    if (response.status != WebResponse::Status::Ok) {
        const ImportOutcome o = failed(origin, response.error);
        report(o);
        return {o};
    }
    if (FeedParser::looksLikeFeed(response.body)) {
        QString error;
        const std::optional<Feed> feed = FeedParser::parse(response.body, &error);
        if (!feed) {
            const ImportOutcome o = failed(origin, error);
            report(o);
            return {o};
        }
        return importFeed(*feed, origin);
    }
    QString error;
    std::optional<SourceArticle> source = WebArticle::fromPage(response, &error);
    ImportOutcome o = source ? m_importer.importArticle(*source) : failed(origin, error);
    o.origin = origin;
    report(o);
    return {o};
}

FeedRefreshResult FeedImporter::refresh(const Subscription &subscription)
{
    SubscriptionRepository subscriptions(m_library.connection());
    FeedItemRepository seen(m_library.connection());
    FeedRefreshResult result;
    result.subscriptionId = subscription.id;
    result.url = subscription.url;
    auto fail = [&](const QString &error) {
        subscriptions.recordFailure(subscription.id, error);
        result.error = error;
        return result;
    };
    if (!m_web)
        return fail(QCoreApplication::translate("lede::Import", "no network access"));
    WebResponse response =
        m_web->fetch({QUrl(subscription.url), WebRequest::Expect::Feed, subscription.etag, subscription.lastModified});
    if (response.status == WebResponse::Status::Ok && !FeedParser::looksLikeFeed(response.body)) {
        // A web page rather than a feed: when it names its feed, that is what the person meant;
        // the subscription moves to the feed's address.
        const QList<QUrl> linked = FeedDiscovery::feedLinks(response.body, response.finalUrl);
        if (linked.isEmpty() && HtmlExtractor::looksLikeHtml(response.body))
            return fail(QCoreApplication::translate("lede::Import", "a web page that names no RSS or Atom feed"));
        if (!linked.isEmpty()) {
            response = m_web->fetch({linked.first(), WebRequest::Expect::Feed, {}, {}});
            if (response.status == WebResponse::Status::Failed)
                return fail(QCoreApplication::translate("lede::Import", "its feed %1: %2")
                                .arg(linked.first().toString(), response.error));
            if (response.status == WebResponse::Status::Ok && FeedParser::looksLikeFeed(response.body)) {
                try {
                    subscriptions.setUrl(subscription.id, linked.first().toString());
                } catch (const StorageError &e) {
                    return fail(e.message());
                }
                result.url = linked.first().toString();
            }
        }
    }
    if (response.status == WebResponse::Status::NotModified) {
        subscriptions.recordNotModified(subscription.id);
        result.notModified = true;
        return result;
    }
    if (response.status == WebResponse::Status::Failed)
        return fail(response.error);
    QString error;
    const std::optional<Feed> feed = FeedParser::parse(response.body, &error);
    if (!feed)
        return fail(error);

    const QSet<QString> known = seen.knownGuids(subscription.id);
    QList<FeedItem> fresh;
    QSet<QString> inThisFeed;
    for (const FeedItem &item : feed->items) {
        if (!known.contains(item.guid) && !inThisFeed.contains(item.guid)) {
            fresh.append(item);
            inThisFeed.insert(item.guid);
        }
    }
    result.newItems = int(fresh.size());
    bool complete = true;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (i >= kMaxNewItemsPerRefresh || cancelled()) {
            result.deferred = int(fresh.size() - i);
            complete = false;
            break;
        }
        const FeedItem &item = fresh.at(i);
        ImportOutcome o = importItem(item, *feed, true);
        if (o.origin.isEmpty())
            o.origin = itemOrigin(item, subscription.url);
        // A failed item is not marked as seen, so the next refresh tries it again.
        if (o.status != ImportOutcome::Status::Failed)
            seen.record(subscription.id, item.guid, o.articleId);
        else
            complete = false;
        report(o);
        result.outcomes.append(o);
    }
    // Validators are kept only when every item is in: otherwise the next refresh must see the
    // whole feed again instead of a 304.
    subscriptions.recordSuccess(subscription.id, complete ? response.etag : QString(),
                                complete ? response.lastModified : QString(), feed->title, feed->link);
    return result;
}

} // namespace lede
