#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace lede {

// What the article list shows: every filter is optional (empty / 0 / false means "any").
struct ArticleFilter
{
    QString text; // full-text query, user syntax (see SearchRepository::toFtsQuery)
    QString outlet; // site, exact
    QString from; // published on or after, "YYYY-MM-DD"
    QString to; // published on or before, "YYYY-MM-DD"
    qint64 tagId = 0;
    qint64 speakerId = 0; // an entity quoted in the article (not rejected)
    qint64 entityId = 0; // an entity mentioned or quoted in the article (not rejected)
    QString verdict; // a claim with this verdict label (any case)
    bool unreviewedOnly = false; // has suggested quotes or mentions
    qint64 feedId = 0; // brought in by this feed subscription
    bool trashed = false; // the trash instead of the library

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

// Quotes, Notes, Claims and Review sort by counts that no index holds (see orderedIds()).
enum class ArticleSortKey { Published, Title, Outlet, Byline, Imported, Quotes, Notes, Claims, Review };

struct ArticleListRow
{
    qint64 id = 0;
    QString title;
    QString byline;
    QString site;
    QString published;
    QString url;
    int quotes = 0; // not rejected
    int notes = 0;
    int claims = 0;
    int suggestions = 0; // suggested quotes and mentions, waiting for review
    QString tags; // tag names, comma-separated, sorted
    QVariant sortValue; // the key the page was ordered by: pass it back as the cursor
};

// Where the next page starts: just after (sortValue, id) in the list's order.
struct ArticleCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// The article list's queries: filtered, sorted, paged by key (never OFFSET), so that the first page
// of a library of any size costs the same few milliseconds.
class ArticleListRepository
{
public:
    explicit ArticleListRepository(const QSqlDatabase &db);

    QList<ArticleListRow> page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
                               const std::optional<ArticleCursor> &after, int limit) const;
    int count(const ArticleFilter &filter) const;
    // Counts are not indexed, so a keyset page would cost a pass over every article: instead the
    // whole order is taken once (about 0.2 s for 100,000 articles) and rows() fetches pages of it.
    static bool isCountKey(ArticleSortKey key);
    QList<qint64> orderedIds(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order) const;
    // The rows of these articles, in the order given (ids no longer in the library are left out).
    QList<ArticleListRow> rows(const QList<qint64> &ids) const;
    // The row for one article, whatever the filter (for refreshing a row after an edit).
    std::optional<ArticleListRow> row(qint64 id) const;
    // Distinct sites, sorted, for the outlet filter.
    QStringList outlets() const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
