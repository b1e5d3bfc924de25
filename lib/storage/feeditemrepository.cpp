#include "storage/feeditemrepository.h"

#include "storage/sqlquery.h"
#include "storage/timestamps.h"

namespace lede {

FeedItemRepository::FeedItemRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QSet<QString> FeedItemRepository::knownGuids(qint64 subscriptionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT guid FROM feed_items WHERE subscription_id = ?"));
    q.bind(subscriptionId).exec();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

void FeedItemRepository::record(qint64 subscriptionId, const QString &guid, qint64 articleId)
{
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO feed_items (subscription_id, guid, article_id, seen_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (subscription_id, guid) DO NOTHING"))
        .bindAll({subscriptionId, guid, articleId > 0 ? QVariant(articleId) : QVariant(), nowStoredTime()})
        .exec();
}

void FeedItemRepository::setRead(qint64 articleId, bool read)
{
    SqlQuery(m_db, QStringLiteral("UPDATE feed_items SET is_read = ? WHERE article_id = ?"))
        .bindAll({read ? 1 : 0, articleId})
        .exec();
}

QList<qint64> FeedItemRepository::articleIds(qint64 subscriptionId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT i.article_id FROM feed_items i JOIN articles a ON a.id = i.article_id "
                              "WHERE i.subscription_id = ? AND a.deleted_at IS NULL ORDER BY i.id DESC"));
    q.bind(subscriptionId).exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace lede
