#include "storage/articlelistrepository.h"

#include "storage/searchrepository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QHash>

namespace lede {
namespace {

// An article's suggestions are rows, or still one compact pending set (see pendingsuggestions.h):
// the counts add both, so that lists and sorting read the same numbers.
const QString kQuoteCount =
    QStringLiteral("((SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.status != 'rejected') + "
                   "coalesce((SELECT p.quote_count FROM pending_suggestions p WHERE p.article_id = a.id), 0))");
const QString kSuggestionCount =
    QStringLiteral("((SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.status = 'suggested') + "
                   "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'suggested') + "
                   "coalesce((SELECT p.quote_count FROM pending_suggestions p WHERE p.article_id = a.id), 0) + "
                   "coalesce((SELECT sum(pe.mentions) FROM pending_entities pe JOIN entities e ON e.id = pe.entity_id "
                   "WHERE pe.article_id = a.id), 0))");

// The text keys match an index of migration 0002 expression for expression, so ORDER BY walks it.
QString keyExpression(ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Quotes:
        return kQuoteCount;
    case ArticleSortKey::Notes:
        return QStringLiteral("(SELECT count(*) FROM notes n WHERE n.article_id = a.id)");
    case ArticleSortKey::Claims:
        return QStringLiteral("(SELECT count(*) FROM claims c WHERE c.article_id = a.id)");
    case ArticleSortKey::Review:
        // As the column reads: nothing to review (no quotes) < "Reviewed" < "1 to review" < "2 to review" …
        return QStringLiteral("(%1 * 2 + (%2 > 0))").arg(kSuggestionCount, kQuoteCount);
    case ArticleSortKey::Published:
        return QStringLiteral("coalesce(a.published, '')");
    case ArticleSortKey::Title:
        return QStringLiteral("lower(a.title)");
    case ArticleSortKey::Outlet:
        return QStringLiteral("lower(a.site)");
    case ArticleSortKey::Byline:
        return QStringLiteral("lower(a.byline)");
    case ArticleSortKey::Imported:
        return QStringLiteral("a.id");
    }
    return QStringLiteral("a.id");
}

const QString kColumns =
    QStringLiteral("a.id, a.title, a.byline, a.site, coalesce(a.published, ''), coalesce(a.url, ''), %1, "
                   "(SELECT count(*) FROM notes n WHERE n.article_id = a.id), "
                   "(SELECT count(*) FROM claims c WHERE c.article_id = a.id), %2, "
                   "coalesce((SELECT group_concat(name, ', ') FROM (SELECT t.name AS name FROM article_tags at "
                   "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name COLLATE NOCASE)), '')")
        .arg(kQuoteCount, kSuggestionCount);

// The WHERE clause for a filter; the values to bind are appended in order.
QString whereClause(const ArticleFilter &f, QVariantList &binds)
{
    QStringList parts {f.trashed ? QStringLiteral("a.deleted_at IS NOT NULL") : QStringLiteral("a.deleted_at IS NULL")};
    if (!f.text.trimmed().isEmpty()) {
        parts << QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
        binds << SearchRepository::toFtsQuery(f.text);
    }
    if (!f.outlet.isEmpty()) {
        parts << QStringLiteral("a.site = ?");
        binds << f.outlet;
    }
    if (!f.from.isEmpty()) {
        parts << QStringLiteral("coalesce(a.published, '') >= ?");
        binds << f.from;
    }
    if (!f.to.isEmpty()) {
        parts << QStringLiteral("substr(coalesce(a.published, ''), 1, 10) <= ?");
        binds << f.to;
    }
    if (f.tagId) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = ?)");
        binds << f.tagId;
    }
    if (f.speakerId) {
        parts << QStringLiteral("(EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity_id = ? "
                                "AND q.status != 'rejected') OR EXISTS (SELECT 1 FROM pending_entities pe WHERE "
                                "pe.article_id = a.id AND pe.entity_id = ? AND pe.spoken > 0))");
        binds << f.speakerId << f.speakerId;
    }
    if (f.entityId) {
        parts << QStringLiteral("(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ? "
                                "AND m.status != 'rejected') OR EXISTS (SELECT 1 FROM quotes q WHERE "
                                "q.article_id = a.id AND q.speaker_entity_id = ? AND q.status != 'rejected') OR EXISTS "
                                "(SELECT 1 FROM pending_entities pe WHERE pe.article_id = a.id AND pe.entity_id = ?))");
        binds << f.entityId << f.entityId << f.entityId;
    }
    if (!f.verdict.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND "
                                "c.verdict_label = ? COLLATE NOCASE)");
        binds << f.verdict;
    }
    if (f.feedId) {
        parts << QStringLiteral(
            "EXISTS (SELECT 1 FROM feed_items fi WHERE fi.article_id = a.id AND fi.subscription_id = ?)");
        binds << f.feedId;
    }
    if (f.unreviewedOnly) {
        parts << QStringLiteral(
            "(EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.status = 'suggested') "
            "OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.status = 'suggested') "
            "OR EXISTS (SELECT 1 FROM pending_suggestions p WHERE p.article_id = a.id))");
    }
    return parts.join(QStringLiteral(" AND "));
}

ArticleListRow readRow(const SqlQuery &q)
{
    ArticleListRow r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.byline = q.value(2).toString();
    r.site = q.value(3).toString();
    r.published = q.value(4).toString();
    r.url = q.value(5).toString();
    r.quotes = q.value(6).toInt();
    r.notes = q.value(7).toInt();
    r.claims = q.value(8).toInt();
    r.suggestions = q.value(9).toInt();
    r.tags = q.value(10).toString();
    return r;
}

void execSearch(SqlQuery &q)
{
    try {
        q.exec();
    } catch (const StorageError &e) {
        if (e.message().contains(QLatin1String("fts5")) || e.kind() == StorageError::Kind::QueryError)
            throw StorageError(
                StorageError::Kind::QueryError,
                QCoreApplication::translate("lede::Storage", "invalid search query: %1").arg(e.message()));
        throw;
    }
}

} // namespace

ArticleListRepository::ArticleListRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<ArticleListRow> ArticleListRepository::page(const ArticleFilter &filter, ArticleSortKey key, Qt::SortOrder order,
                                                  const std::optional<ArticleCursor> &after, int limit) const
{
    QVariantList binds;
    QString where = whereClause(filter, binds);
    const QString expr = keyExpression(key);
    const bool ascending = order == Qt::AscendingOrder;
    if (after) {
        where += QStringLiteral(" AND (%1, a.id) %2 (?, ?)")
                     .arg(expr, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << after->sortValue << after->id;
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1, %2 FROM articles a WHERE %3 ORDER BY %2 %4, a.id %4 LIMIT ?")
                   .arg(kColumns, expr, where, direction));
    for (const QVariant &b : binds)
        q.bind(b);
    q.bind(limit);
    execSearch(q);
    QList<ArticleListRow> out;
    while (q.next()) {
        ArticleListRow r = readRow(q);
        r.sortValue = q.value(11);
        out << r;
    }
    return out;
}

bool ArticleListRepository::isCountKey(ArticleSortKey key)
{
    return key == ArticleSortKey::Quotes || key == ArticleSortKey::Notes || key == ArticleSortKey::Claims
        || key == ArticleSortKey::Review;
}

QList<qint64> ArticleListRepository::orderedIds(const ArticleFilter &filter, ArticleSortKey key,
                                                Qt::SortOrder order) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.id FROM articles a WHERE %1 ORDER BY %2 %3, a.id %3")
                   .arg(where, keyExpression(key), direction));
    for (const QVariant &b : binds)
        q.bind(b);
    execSearch(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<ArticleListRow> ArticleListRepository::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM articles a WHERE a.id IN (%2)").arg(kColumns, marks.join(QLatin1Char(','))));
    for (qint64 id : ids)
        q.bind(id);
    q.exec();
    QHash<qint64, ArticleListRow> byId;
    while (q.next()) {
        const ArticleListRow r = readRow(q);
        byId.insert(r.id, r);
    }
    QList<ArticleListRow> out;
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out << *it;
    }
    return out;
}

int ArticleListRepository::count(const ArticleFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM articles a WHERE %1").arg(where));
    for (const QVariant &b : binds)
        q.bind(b);
    execSearch(q);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<ArticleListRow> ArticleListRepository::row(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ?").arg(kColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QStringList ArticleListRepository::outlets() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT DISTINCT site FROM articles WHERE site != '' AND deleted_at IS NULL "
                              "ORDER BY lower(site)"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace lede
