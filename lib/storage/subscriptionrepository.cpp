#include "storage/subscriptionrepository.h"

#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace lede {
namespace {

// Unread: items whose article is in the library (not trashed) and not yet opened.
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.url, s.title, s.site_url, s.refresh_minutes, s.etag, s.last_modified, s.last_checked_at, "
    "s.last_error, "
    "(SELECT count(*) FROM feed_items i JOIN articles a ON a.id = i.article_id "
    " WHERE i.subscription_id = s.id AND i.is_read = 0 AND a.deleted_at IS NULL), "
    "(SELECT count(*) FROM feed_items i JOIN articles a ON a.id = i.article_id "
    " WHERE i.subscription_id = s.id AND a.deleted_at IS NULL) "
    "FROM feed_subscriptions s ");

Subscription fromRow(const SqlQuery &q)
{
    Subscription s;
    s.id = q.value(0).toLongLong();
    s.url = q.value(1).toString();
    s.title = q.value(2).toString();
    s.siteUrl = q.value(3).toString();
    s.refreshMinutes = q.value(4).toInt();
    s.etag = q.value(5).toString();
    s.lastModified = q.value(6).toString();
    if (!q.value(7).isNull())
        s.lastChecked = fromStoredTime(q.value(7).toString());
    s.lastError = q.value(8).toString();
    s.unread = q.value(9).toInt();
    s.articles = q.value(10).toInt();
    return s;
}

} // namespace

SubscriptionRepository::SubscriptionRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

void SubscriptionRepository::checkInterval(int minutes)
{
    if (minutes < 1 || minutes > kMaxRefreshMinutes)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "the refresh interval must be 1 to %1 minutes")
                               .arg(kMaxRefreshMinutes));
}

Subscription SubscriptionRepository::add(const QString &url, const QString &title, int refreshMinutes,
                                         const QString &siteUrl)
{
    checkInterval(refreshMinutes);
    if (findByUrl(url))
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "already subscribed to %1").arg(url));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO feed_subscriptions (url, title, site_url, refresh_minutes, created_at) "
                              "VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({url, title.trimmed(), SqlQuery::nullIfEmpty(siteUrl), refreshMinutes, nowStoredTime()}).exec();
    return *find(q.lastInsertId().toLongLong());
}

std::optional<Subscription> SubscriptionRepository::findWhere(const QString &condition, const QVariant &value) const
{
    SqlQuery q(m_db, kSelect + condition);
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Subscription> SubscriptionRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("WHERE s.id = ?"), id);
}

std::optional<Subscription> SubscriptionRepository::findByUrl(const QString &url) const
{
    return findWhere(QStringLiteral("WHERE s.url = ?"), url);
}

QList<Subscription> SubscriptionRepository::all() const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("ORDER BY lower(coalesce(nullif(s.title, ''), s.url)), s.id"));
    q.exec();
    QList<Subscription> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

void SubscriptionRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM feed_subscriptions WHERE id = ?"));
    q.bind(id).exec();
    if (q.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("lede::Storage", "no feed subscription %1").arg(id));
}

void SubscriptionRepository::setRefreshMinutes(qint64 id, int minutes)
{
    checkInterval(minutes);
    SqlQuery(m_db, QStringLiteral("UPDATE feed_subscriptions SET refresh_minutes = ? WHERE id = ?"))
        .bindAll({minutes, id})
        .exec();
}

void SubscriptionRepository::setUrl(qint64 id, const QString &url)
{
    if (const std::optional<Subscription> other = findByUrl(url); other && other->id != id)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "already subscribed to %1").arg(url));
    SqlQuery(m_db, QStringLiteral("UPDATE feed_subscriptions SET url = ? WHERE id = ?")).bindAll({url, id}).exec();
}

void SubscriptionRepository::recordSuccess(qint64 id, const QString &etag, const QString &lastModified,
                                           const QString &feedTitle, const QString &siteUrl)
{
    SqlQuery(m_db,
             QStringLiteral("UPDATE feed_subscriptions SET etag = ?, last_modified = ?, last_checked_at = ?, "
                            "last_error = NULL, title = CASE WHEN title = '' THEN ? ELSE title END, "
                            "site_url = coalesce(site_url, ?) WHERE id = ?"))
        .bindAll({SqlQuery::nullIfEmpty(etag), SqlQuery::nullIfEmpty(lastModified), nowStoredTime(),
                  feedTitle.trimmed(), SqlQuery::nullIfEmpty(siteUrl), id})
        .exec();
}

void SubscriptionRepository::recordNotModified(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("UPDATE feed_subscriptions SET last_checked_at = ?, last_error = NULL WHERE id = ?"))
        .bindAll({nowStoredTime(), id})
        .exec();
}

void SubscriptionRepository::recordFailure(qint64 id, const QString &error)
{
    SqlQuery(m_db, QStringLiteral("UPDATE feed_subscriptions SET last_checked_at = ?, last_error = ? WHERE id = ?"))
        .bindAll({nowStoredTime(), error, id})
        .exec();
}

} // namespace lede
