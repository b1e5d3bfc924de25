#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lede {

// A feed the library follows.
struct Subscription
{
    qint64 id = 0;
    QString url;
    QString title;
    QString siteUrl;
    int refreshMinutes = 60;
    QString etag; // validators from the last successful fetch, sent back for a conditional GET
    QString lastModified;
    QDateTime lastChecked; // invalid when never checked
    QString lastError; // empty after a successful check
    int unread = 0; // articles from this feed not yet opened
    int articles = 0;

    // True when the refresh interval has passed since the last check (or there was none).
    bool isDue(const QDateTime &now) const
    {
        return !lastChecked.isValid() || lastChecked.secsTo(now) >= qint64(refreshMinutes) * 60;
    }
};

// Feed subscriptions: the feeds, their refresh intervals and what the last check found.
class SubscriptionRepository
{
public:
    static constexpr int kDefaultRefreshMinutes = 60;
    static constexpr int kMaxRefreshMinutes = 7 * 24 * 60;

    explicit SubscriptionRepository(const QSqlDatabase &db);

    // Throws StorageError(InvalidInput) for a URL already subscribed or an interval out of range.
    Subscription add(const QString &url, const QString &title = {}, int refreshMinutes = kDefaultRefreshMinutes,
                     const QString &siteUrl = {});
    std::optional<Subscription> find(qint64 id) const;
    std::optional<Subscription> findByUrl(const QString &url) const;
    // All subscriptions by title, with their unread and article counts.
    QList<Subscription> all() const;
    // Removes the subscription; the articles it brought in stay in the library.
    void remove(qint64 id);
    void setRefreshMinutes(qint64 id, int minutes);
    // The feed's address once a refresh found it (the one given was its web page). Throws
    // StorageError(InvalidInput) when that address is subscribed already.
    void setUrl(qint64 id, const QString &url);

    // After a fetch that returned the feed: new validators (empty ones are forgotten), the error
    // cleared, and the feed's own title and site kept when the user gave none.
    void recordSuccess(qint64 id, const QString &etag, const QString &lastModified, const QString &feedTitle,
                       const QString &siteUrl);
    // After a 304: nothing new, the error cleared.
    void recordNotModified(qint64 id);
    void recordFailure(qint64 id, const QString &error);

private:
    std::optional<Subscription> findWhere(const QString &condition, const QVariant &value) const;
    static void checkInterval(int minutes);

    QSqlDatabase m_db;
};

} // namespace lede
