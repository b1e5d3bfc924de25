#pragma once

#include "storage/subscriptionrepository.h"

#include <QAbstractListModel>

namespace lede {

class Library;

// The Feeds section of the article list: "All articles", then each subscription with its unread
// count; a feed whose last check failed shows a warning and the error in its tooltip.
class FeedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SubscriptionIdRole = Qt::UserRole + 1, UnreadRole, LastErrorRole, UrlRole };

    explicit FeedListModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Re-reads subscriptions and counts (one query); rows that stay keep their place.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    int rowOf(qint64 subscriptionId) const;
    int totalUnread() const;

private:
    Library *m_library = nullptr;
    QList<Subscription> m_subscriptions;
};

} // namespace lede
