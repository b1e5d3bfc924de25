#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lede {

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString byline;
    QString site;
    QString published;
    QString snippet; // body excerpt with the matches between the markers given to search()
    double rank = 0; // bm25: lower is better
};

// Full-text search over title, byline and body of the articles not in the trash.
class SearchRepository
{
public:
    explicit SearchRepository(const QSqlDatabase &db);

    // Throws StorageError(QueryError) with FTS5's reason when the query is not valid syntax.
    QList<SearchHit> search(const QString &query, int limit = 50, const QString &openMark = QStringLiteral("["),
                            const QString &closeMark = QStringLiteral("]")) const;

    // Plain words are searched as words ("Monica's" would be FTS5 syntax error otherwise); a query
    // that uses FTS5 syntax (quotes, AND/OR/NOT/NEAR, parentheses, prefix *, column:) is kept as is.
    static QString toFtsQuery(const QString &userQuery);

private:
    QSqlDatabase m_db;
};

} // namespace lede
