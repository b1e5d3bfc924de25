#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace lede {

// The items each subscription has delivered (by the feed's guid), the article each became, and
// whether that article was opened: what a refresh skips and what the unread counts count.
class FeedItemRepository
{
public:
    explicit FeedItemRepository(const QSqlDatabase &db);

    QSet<QString> knownGuids(qint64 subscriptionId) const;
    // Records an item as delivered; articleId 0 when it brought no article. Recording twice is harmless.
    void record(qint64 subscriptionId, const QString &guid, qint64 articleId);
    // Marks every feed item that brought this article as read (or unread again).
    void setRead(qint64 articleId, bool read);
    // The live articles a subscription brought in, newest first.
    QList<qint64> articleIds(qint64 subscriptionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
