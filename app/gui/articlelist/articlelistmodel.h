#pragma once

#include "storage/articlelistrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lede {

class Library;

// The article list: a lazy model that loads one page at a time (keyset paging through
// ArticleListRepository), so that a library of any size opens at once.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Outlet, Byline, Date, Quotes, Notes, Claims, Review, Tags, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UrlRole, SuggestionsRole };
    static constexpr int kPageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Matching articles in the library, loaded or not.
    int totalCount() const { return m_total; }
    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const;
    // Re-reads the counts of one article after an edit.
    void refreshArticle(qint64 articleId);
    // Forgets rows that left the filter (trashed, restored) without reloading the rest.
    void removeArticles(const QList<qint64> &ids);
    void reload();

Q_SIGNALS:
    void totalCountChanged(int total);
    void queryFailed(const QString &message);

private:
    QList<ArticleListRow> nextPage();
    void append(const QList<ArticleListRow> &page);
    ArticleSortKey sortKey() const;

    Library *m_library = nullptr;
    ArticleFilter m_filter;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<ArticleListRow> m_rows;
    // Sorted by a count: the whole order, taken at reload, and how much of it is loaded.
    QList<qint64> m_orderedIds;
    qsizetype m_orderedLoaded = 0;
    QHash<qint64, int> m_rowOfId;
    bool m_atEnd = true;
    bool m_resetting = false; // a change is being announced: fetchMore waits
    int m_total = 0;
};

} // namespace lede
