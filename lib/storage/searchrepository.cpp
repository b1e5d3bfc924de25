#include "storage/searchrepository.h"

#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lede {

SearchRepository::SearchRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QString SearchRepository::toFtsQuery(const QString &userQuery)
{
    static const QRegularExpression syntax(QStringLiteral(R"(["()*^:+]|\b(AND|OR|NOT|NEAR)\b)"));
    const QString trimmed = userQuery.trimmed();
    if (syntax.match(trimmed).hasMatch())
        return trimmed;
    QStringList words;
    for (const QString &word : trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words << QLatin1Char('"') + word + QLatin1Char('"');
    return words.join(QLatin1Char(' '));
}

QList<SearchHit> SearchRepository::search(const QString &query, int limit, const QString &openMark,
                                          const QString &closeMark) const
{
    const QString fts = toFtsQuery(query);
    if (fts.isEmpty())
        throw StorageError(StorageError::Kind::QueryError, QCoreApplication::translate("lede::Storage", "empty query"));
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.id, a.title, a.byline, a.site, a.published, "
                              "snippet(article_fts, 2, ?, ?, '…', 16), bm25(article_fts, 10.0, 5.0, 1.0) AS score "
                              "FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
                              "WHERE article_fts MATCH ? AND a.deleted_at IS NULL ORDER BY score LIMIT ?"));
    q.bindAll({openMark, closeMark, fts, limit});
    try {
        q.exec();
    } catch (const StorageError &e) {
        // The statement is fixed; only the query text can make it fail, unless the library is locked.
        if (e.kind() != StorageError::Kind::Locked)
            throw StorageError(
                StorageError::Kind::QueryError,
                QCoreApplication::translate("lede::Storage", "invalid search query: %1").arg(e.message()));
        throw;
    }
    QList<SearchHit> hits;
    while (q.next()) {
        hits.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toDouble()});
    }
    return hits;
}

} // namespace lede
