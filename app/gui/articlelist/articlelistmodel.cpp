#include "articlelist/articlelistmodel.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace lede {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArticleListModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ArticleListModel::reload()
{
    // Views (and model testers) may ask for more while a change is being announced: not then.
    const QScopedValueRollback<bool> resetting(m_resetting, true);
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_orderedIds.clear();
    m_orderedLoaded = 0;
    m_atEnd = m_library == nullptr;
    m_total = 0;
    if (m_library) {
        try {
            m_total = ArticleListRepository(m_library->connection()).count(m_filter);
            append(nextPage());
        } catch (const StorageError &e) {
            m_atEnd = true;
            endResetModel();
            Q_EMIT totalCountChanged(0);
            Q_EMIT queryFailed(e.message());
            return;
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

ArticleSortKey ArticleListModel::sortKey() const
{
    switch (m_sortColumn) {
    case Title:
        return ArticleSortKey::Title;
    case Outlet:
        return ArticleSortKey::Outlet;
    case Byline:
        return ArticleSortKey::Byline;
    case Date:
        return ArticleSortKey::Published;
    case Quotes:
        return ArticleSortKey::Quotes;
    case Notes:
        return ArticleSortKey::Notes;
    case Claims:
        return ArticleSortKey::Claims;
    case Review:
        return ArticleSortKey::Review;
    default:
        return ArticleSortKey::Imported;
    }
}

// The next page after the last loaded row.
QList<ArticleListRow> ArticleListModel::nextPage()
{
    const ArticleListRepository repository(m_library->connection());
    if (ArticleListRepository::isCountKey(sortKey())) {
        if (m_rows.isEmpty() && m_orderedLoaded == 0)
            m_orderedIds = repository.orderedIds(m_filter, sortKey(), m_sortOrder);
        const QList<qint64> ids = m_orderedIds.mid(m_orderedLoaded, kPageSize);
        m_orderedLoaded += ids.size();
        m_atEnd = m_orderedLoaded >= m_orderedIds.size();
        return repository.rows(ids);
    }
    std::optional<ArticleCursor> after;
    if (!m_rows.isEmpty())
        after = ArticleCursor {m_rows.constLast().sortValue, m_rows.constLast().id};
    QList<ArticleListRow> page = repository.page(m_filter, sortKey(), m_sortOrder, after, kPageSize);
    m_atEnd = page.size() < kPageSize;
    return page;
}

void ArticleListModel::append(const QList<ArticleListRow> &page)
{
    for (const ArticleListRow &row : page) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows << row;
    }
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_library || m_resetting)
        return;
    const QScopedValueRollback<bool> busy(m_resetting, true);
    try {
        QList<ArticleListRow> page = nextPage();
        // A row edited since it was loaded keeps its place, but its new count may bring it back
        // in a later page of a sort by counts: show it once.
        page.removeIf([this](const ArticleListRow &r) { return m_rowOfId.contains(r.id); });
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        append(page);
        endInsertRows();
    } catch (const StorageError &e) {
        m_atEnd = true;
        Q_EMIT queryFailed(e.message());
    }
}

bool ArticleListModel::isSortable(int column)
{
    // Tags are a list of names: no order a reader would expect.
    return column >= Title && column < Tags;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleListRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case UrlRole:
        return r.url;
    case SuggestionsRole:
        return r.suggestions;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return r.title;
        if (index.column() == Review && r.suggestions > 0)
            return tr("%n suggestion(s) waiting for review", nullptr, r.suggestions);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Quotes && index.column() <= Claims)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == Review && r.suggestions > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Title:
            return r.title.isEmpty() ? tr("(untitled)") : r.title;
        case Outlet:
            return r.site;
        case Byline:
            return r.byline;
        case Date: {
            const QDate date = QDate::fromString(r.published.left(10), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : r.published;
        }
        case Quotes:
            return r.quotes;
        case Notes:
            return r.notes;
        case Claims:
            return r.claims;
        case Review:
            if (r.suggestions > 0)
                return tr("%n to review", nullptr, r.suggestions);
            return r.quotes > 0 ? tr("Reviewed") : QString();
        case Tags:
            return r.tags;
        }
        return {};
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Byline:
        return tr("Byline");
    case Date:
        return tr("Date");
    case Quotes:
        return role == Qt::ToolTipRole ? tr("Quotes (not rejected)") : tr("Quotes");
    case Notes:
        return tr("Notes");
    case Claims:
        return tr("Claims");
    case Review:
        return tr("Review");
    case Tags:
        return tr("Tags");
    }
    return {};
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    return m_rowOfId.value(articleId, -1);
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0 || !m_library)
        return;
    const std::optional<ArticleListRow> fresh = ArticleListRepository(m_library->connection()).row(articleId);
    if (!fresh)
        return;
    const QScopedValueRollback<bool> busy(m_resetting, true);
    const QVariant key = m_rows.at(row).sortValue;
    m_rows[row] = *fresh;
    m_rows[row].sortValue = key;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::removeArticles(const QList<qint64> &ids)
{
    const QScopedValueRollback<bool> busy(m_resetting, true);
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowOfId.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
        --m_total;
        endRemoveRows();
    }
    Q_EMIT totalCountChanged(m_total);
}

} // namespace lede
