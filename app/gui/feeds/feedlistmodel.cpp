#include "feeds/feedlistmodel.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QColor>
#include <QFont>

namespace lede {

FeedListModel::FeedListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FeedListModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void FeedListModel::reload()
{
    QList<Subscription> fresh;
    if (m_library) {
        try {
            fresh = SubscriptionRepository(m_library->connection()).all();
        } catch (const StorageError &) {
            // A library being replaced or locked: keep showing what we had.
            return;
        }
    }
    const bool sameRows = fresh.size() == m_subscriptions.size()
        && std::equal(fresh.cbegin(), fresh.cend(), m_subscriptions.cbegin(),
                      [](const Subscription &a, const Subscription &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_subscriptions = fresh;
        endResetModel();
        return;
    }
    m_subscriptions = fresh;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subscriptions.size()) + 1;
}

int FeedListModel::rowOf(qint64 subscriptionId) const
{
    if (!subscriptionId)
        return 0;
    for (int i = 0; i < m_subscriptions.size(); ++i) {
        if (m_subscriptions.at(i).id == subscriptionId)
            return i + 1;
    }
    return -1;
}

int FeedListModel::totalUnread() const
{
    int n = 0;
    for (const Subscription &s : m_subscriptions)
        n += s.unread;
    return n;
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All articles");
        case SubscriptionIdRole:
            return qint64(0);
        case UnreadRole:
            return totalUnread();
        default:
            return {};
        }
    }
    const Subscription &s = m_subscriptions.at(index.row() - 1);
    const QString name = s.title.isEmpty() ? s.url : s.title;
    switch (role) {
    case Qt::DisplayRole: {
        // A warning sign rather than an icon: an icon would indent only the failing rows.
        const QString shown = s.lastError.isEmpty() ? name : QStringLiteral("\u26A0 ") + name;
        return s.unread > 0 ? tr("%1 (%2)").arg(shown).arg(s.unread) : shown;
    }
    case Qt::ForegroundRole:
        if (!s.lastError.isEmpty())
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::FontRole:
        if (s.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = s.url;
        if (!s.lastError.isEmpty())
            tip += QLatin1Char('\n') + tr("Last check failed: %1").arg(s.lastError);
        return tip;
    }
    case SubscriptionIdRole:
        return s.id;
    case UnreadRole:
        return s.unread;
    case LastErrorRole:
        return s.lastError;
    case UrlRole:
        return s.url;
    default:
        return {};
    }
}

} // namespace lede
