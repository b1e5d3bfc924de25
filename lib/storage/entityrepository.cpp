#include "storage/entityrepository.h"

#include "storage/jsonrows.h"
#include "storage/nativestatement.h"
#include "storage/pendingsuggestions.h"
#include "storage/sqlquery.h"
#include "storage/timestamps.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace lede {
namespace {

constexpr int kRowsPerStatement = 64;

// The statement "PREFIX ROW, ROW, …" with `rows` rows, built once per text and row count.
QString rowsStatement(const QString &prefix, const QString &row, int rows)
{
    static QHash<QString, QString> statements;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QString key = prefix + QString::number(rows);
    auto it = statements.find(key);
    if (it == statements.end()) {
        QString sql = prefix + row;
        for (int n = 1; n < rows; ++n)
            sql += QStringLiteral(", ") + row;
        it = statements.insert(key, sql);
    }
    return *it;
}

// Inserts `count` rows, up to kRowsPerStatement in a statement; bindRow(statement, i) binds row i.
template<typename BindRow>
void insertRows(const QSqlDatabase &db, const QString &prefix, const QString &row, qsizetype count, BindRow bindRow)
{
    for (qsizetype first = 0; first < count; first += kRowsPerStatement) {
        const int rows = int(std::min<qsizetype>(count - first, kRowsPerStatement));
        NativeStatement insert(db, rowsStatement(prefix, row, rows));
        for (qsizetype i = first; i < first + rows; ++i)
            bindRow(insert, i);
        insert.exec();
    }
}

} // namespace

EntityRepository::EntityRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 EntityRepository::ensure(const QString &name, EntityKind kind)
{
    if (const std::optional<qint64> existing = idOf(name, kind))
        return *existing;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO entities (name, kind, created_at) VALUES (?, ?, ?)"));
    insert.bindAll({name, toString(kind), nowStoredTime()}).exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    addAlias(id, name);
    return id;
}

void EntityRepository::addAlias(qint64 entityId, const QString &alias)
{
    SqlQuery(m_db, QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)"))
        .bindAll({entityId, alias})
        .exec();
}

std::optional<qint64> EntityRepository::idOf(const QString &name, EntityKind kind) const
{
    // The C API (see NativeStatement): a bulk import asks this for every name it has not met yet,
    // some 9 per article (840 articles: 122M -> 46M instructions).
    return NativeStatement(m_db, QStringLiteral("SELECT id FROM entities WHERE name = ? AND kind = ?"))
        .bind(name)
        .bind(toString(kind))
        .integer();
}

qint64 EntityRepository::firstFreeId() const
{
    return SqlQuery(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM entities")).scalar().toLongLong();
}

void EntityRepository::insertMany(const QList<NewEntity> &entities)
{
    if (entities.isEmpty())
        return;
    // Rows of bound values through the C API, as PendingSuggestions::store() writes its rows:
    // unpacking a JSON array of rows (json_each and ->> per value) was most of the statements' cost
    // (840 articles in batches of 250: the recorder's flushes 279M -> 214M instructions).
    const QString now = nowStoredTime();
    insertRows(m_db, QStringLiteral("INSERT INTO entities (id, name, kind, created_at) VALUES "),
               QStringLiteral("(?, ?, ?, ?)"), entities.size(), [&](NativeStatement &insert, qsizetype i) {
                   const NewEntity &e = entities.at(i);
                   insert.bind(e.id).bind(e.name).bind(toString(e.kind)).bind(now);
               });
    // Each entity's name is its first alias; the aliases go in after every entity, in order.
    insertRows(m_db, QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES "),
               QStringLiteral("(?, ?)"), entities.size(),
               [&](NativeStatement &insert, qsizetype i) { insert.bind(entities.at(i).id).bind(entities.at(i).name); });
}

void EntityRepository::addAliases(const QList<QPair<qint64, QString>> &aliases)
{
    insertRows(m_db, QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES "),
               QStringLiteral("(?, ?)"), aliases.size(), [&](NativeStatement &insert, qsizetype i) {
                   insert.bind(aliases.at(i).first).bind(aliases.at(i).second);
               });
}

QStringList EntityRepository::aliasesOf(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias"));
    q.bind(id).exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<Entity> EntityRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, kind, status FROM entities WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Entity e {q.value(0).toLongLong(),
              q.value(1).toString(),
              entityKindFromString(q.value(2).toString()).value_or(EntityKind::Other),
              {},
              reviewStatusFromString(q.value(3).toString())};
    e.aliases = aliasesOf(e.id);
    return e;
}

QList<Entity> EntityRepository::load(const QString &condition) const
{
    // Two statements whatever the count: a library of 100,000 articles has some 150,000 entities,
    // and a statement per entity and per entity's aliases took seconds.
    QHash<qint64, QStringList> aliases;
    SqlQuery a(m_db,
               QStringLiteral("SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN "
                              "(SELECT id FROM entities e WHERE %1) ORDER BY alias")
                   .arg(condition));
    a.exec();
    while (a.next())
        aliases[a.value(0).toLongLong()] << a.value(1).toString();
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, name, kind, status FROM entities e WHERE %1 ORDER BY name").arg(condition));
    q.exec();
    QList<Entity> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out << Entity {id, q.value(1).toString(),
                       entityKindFromString(q.value(2).toString()).value_or(EntityKind::Other), aliases.value(id),
                       reviewStatusFromString(q.value(3).toString())};
    }
    return out;
}

QList<Entity> EntityRepository::all() const
{
    return load(QStringLiteral("1"));
}

QList<Entity> EntityRepository::confirmed() const
{
    return load(QStringLiteral("e.status = 'confirmed'"));
}

void EntityRepository::setStatus(qint64 id, ReviewStatus status)
{
    SqlQuery(m_db, QStringLiteral("UPDATE entities SET status = ? WHERE id = ?"))
        .bindAll({toString(status), id})
        .exec();
}

qint64 EntityRepository::insertMention(Mention &mention)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO mentions (article_id, version_id, start_pos, end_pos, entity_id, status) "
                              "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({mention.articleId, mention.versionId, mention.span.start, mention.span.end, mention.entityId,
               toString(mention.status)})
        .exec();
    mention.id = q.lastInsertId().toLongLong();
    return mention.id;
}

QString EntityRepository::mentionRowsJson(const QList<QPair<TextSpan, qint64>> &spansAndEntities)
{
    JsonRows rows(spansAndEntities.size() * 20);
    for (const auto &[span, entity] : spansAndEntities) {
        rows.beginRow();
        rows.add(span.start);
        rows.add(span.end);
        rows.add(entity);
        rows.endRow();
    }
    return rows.text();
}

void EntityRepository::insertSuggestedMentions(qint64 articleId, qint64 versionId,
                                               const QList<QPair<TextSpan, qint64>> &spansAndEntities)
{
    if (spansAndEntities.isEmpty())
        return;
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO mentions (article_id, version_id, start_pos, end_pos, entity_id, status) "
                            "SELECT ?, ?, value ->> 0, value ->> 1, value ->> 2, 'suggested' FROM json_each(?)"))
        .bindAll({articleId, versionId, mentionRowsJson(spansAndEntities)})
        .exec();
}

QList<Mention> EntityRepository::mentionsOf(qint64 articleId) const
{
    // The rows, and the pending set read as rows (see PendingSuggestions), skipping mentions of
    // entities deleted since.
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, article_id, version_id, start_pos, end_pos, entity_id, status FROM mentions "
                              "WHERE article_id = ? UNION ALL "
                              "SELECT ? + j.key, p.article_id, p.version_id, j.value ->> 0, j.value ->> 1, "
                              "j.value ->> 2, 'suggested' FROM pending_suggestions p, json_each(p.mentions) j "
                              "WHERE p.article_id = ? AND EXISTS (SELECT 1 FROM entities e WHERE e.id = j.value ->> 2) "
                              "ORDER BY 4, 5, 1"));
    q.bindAll({articleId, PendingSuggestions::idFor(articleId, 0), articleId}).exec();
    QList<Mention> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(),
                    q.value(1).toLongLong(),
                    q.value(2).toLongLong(),
                    {q.value(3).toInt(), q.value(4).toInt()},
                    q.value(5).toLongLong(),
                    reviewStatusFromString(q.value(6).toString())});
    }
    return out;
}

QList<qint64> EntityRepository::suggestedIn(qint64 articleId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT entity_id FROM mentions WHERE article_id = ? AND status = 'suggested' "
                              "UNION SELECT speaker_entity_id FROM quotes WHERE article_id = ? "
                              "AND status = 'suggested' AND speaker_entity_id IS NOT NULL "
                              "UNION SELECT entity_id FROM pending_entities WHERE article_id = ?"));
    q.bindAll({articleId, articleId, articleId}).exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

int EntityRepository::removeUnused(const QList<qint64> &candidates)
{
    // Each test reads an index: mentions_entity, quotes_speaker, pending_entities_entity.
    SqlQuery q(m_db,
               QStringLiteral("DELETE FROM entities WHERE id = ? AND status = 'suggested' "
                              "AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id) "
                              "AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_entity_id = entities.id) "
                              "AND NOT EXISTS (SELECT 1 FROM pending_entities WHERE entity_id = entities.id)"));
    int removed = 0;
    for (qint64 id : candidates) {
        q.bind(id).exec();
        removed += q.numRowsAffected();
    }
    return removed;
}

void EntityRepository::removeSuggestedMentions(qint64 articleId)
{
    PendingSuggestions(m_db).materialise(articleId);
    SqlQuery(m_db, QStringLiteral("DELETE FROM mentions WHERE article_id = ? AND status = 'suggested'"))
        .bind(articleId)
        .exec();
}

} // namespace lede
