#pragma once

#include "import/feeds/feed.h"
#include "import/feeds/websource.h"
#include "import/importer.h"
#include "storage/subscriptionrepository.h"

#include <QList>
#include <atomic>
#include <functional>

namespace lede {

class Library;

struct FeedRefreshResult
{
    qint64 subscriptionId = 0;
    QString url;
    bool notModified = false; // the server said 304: nothing new
    QString error; // why the feed itself could not be read; nothing was imported then
    int newItems = 0; // items not seen before
    int deferred = 0; // new items left for the next refresh (over the per-refresh limit)
    QList<ImportOutcome> outcomes; // one per new item
};

// Brings feeds into the library: a feed read from a file or a URL, a web page by URL, and the
// refresh of a subscription (conditional GET, only the items not seen before). For each new item
// the linked page is fetched and extracted; the feed's own text stands in when the page fails or
// holds less. A feed is parsed whole before anything is imported, so a truncated or malformed
// feed imports nothing. Each article goes in whole through the Importer, duplicates (same text,
// same URL) included.
class FeedImporter
{
public:
    // Items imported per refresh at most (the rest wait for the next refresh), and linked pages
    // fetched per feed import at most (the items after them take the feed's own text), so that a
    // feed of 10,000 items cannot tie the program up for hours.
    static constexpr int kMaxNewItemsPerRefresh = 200;

    // web may be null: then nothing is fetched and items are taken from the feed's own text.
    FeedImporter(Library &library, Importer &importer, WebSource *web);

    // Called after each item.
    void setProgressHandler(std::function<void(const ImportOutcome &)> handler) { m_progress = std::move(handler); }
    // False: items are taken from the feed's own text, and their pages are not fetched.
    void setFetchLinkedPages(bool fetch) { m_fetchPages = fetch; }
    // Checked between items.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // All items of a parsed feed; nothing is tracked as seen. origin names the file or URL.
    QList<ImportOutcome> importFeed(const Feed &feed, const QString &origin);
    // A URL: a web page becomes one article, a feed brings its items.
    QList<ImportOutcome> importUrl(const QUrl &url);
    // Checks a subscription and imports the items it has not delivered before.
    FeedRefreshResult refresh(const Subscription &subscription);

private:
    ImportOutcome importItem(const FeedItem &item, const Feed &feed, bool fetchPage);
    void report(const ImportOutcome &outcome);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Library &m_library;
    Importer &m_importer;
    WebSource *m_web;
    std::function<void(const ImportOutcome &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_fetchPages = true;
};

} // namespace lede
