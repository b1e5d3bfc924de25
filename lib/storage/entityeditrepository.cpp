#include "storage/entityeditrepository.h"

#include "storage/entityrepository.h"
#include "storage/pendingsuggestions.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace lede {

EntityEditRepository::EntityEditRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<qint64> EntityEditRepository::findByName(const QString &name, EntityKind kind) const
{
    const QVariant id = SqlQuery(m_db, QStringLiteral("SELECT id FROM entities WHERE name = ? AND kind = ?"))
                            .bindAll({name, toString(kind)})
                            .scalar();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QHash<qint64, int> EntityEditRepository::mentionCounts() const
{
    // Each part grouped on its own, the pending sets' in the order of their entity index (schema 7):
    // grouping the union sorted every pending row first, seconds in a large library. Only the
    // groups are joined to entities, so that an entity deleted behind a set's back counts nothing.
    SqlQuery q(m_db,
               QStringLiteral("SELECT g.entity_id, sum(g.n) FROM ("
                              " SELECT entity_id, count(*) AS n FROM mentions WHERE status != 'rejected' "
                              "GROUP BY entity_id"
                              " UNION ALL SELECT speaker_entity_id, count(*) FROM quotes WHERE speaker_entity_id "
                              "IS NOT NULL AND status != 'rejected' GROUP BY speaker_entity_id"
                              " UNION ALL SELECT entity_id, sum(mentions + spoken) FROM pending_entities "
                              "GROUP BY entity_id"
                              ") g JOIN entities e ON e.id = g.entity_id GROUP BY g.entity_id"));
    q.exec();
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

bool EntityEditRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "an entity needs a name"));
    SqlQuery(m_db, QStringLiteral("UPDATE entities SET name = ? WHERE id = ?")).bindAll({trimmed, id}).exec();
    SqlQuery add(m_db, QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)"));
    add.bindAll({id, trimmed}).exec();
    return add.numRowsAffected() > 0;
}

void EntityEditRepository::removeAlias(qint64 id, const QString &alias)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?"))
        .bindAll({id, alias})
        .exec();
}

void EntityEditRepository::setKind(qint64 id, EntityKind kind)
{
    SqlQuery(m_db, QStringLiteral("UPDATE entities SET kind = ? WHERE id = ?")).bindAll({toString(kind), id}).exec();
}

void EntityEditRepository::remove(qint64 id)
{
    // Pending suggestions naming it become rows first, so that deleting it treats them as rows.
    PendingSuggestions(m_db).materialiseEntity(id);
    SqlQuery(m_db, QStringLiteral("DELETE FROM entities WHERE id = ?")).bind(id).exec();
}

QList<qint64> EntityEditRepository::ids(const QString &sql, const QVariant &value) const
{
    SqlQuery q(m_db, sql);
    q.bind(value).exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

void EntityEditRepository::moveRows(const QString &table, const QString &column, const QList<qint64> &rowIds, qint64 to)
{
    // table and column are this file's own constants, never user input.
    const QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column);
    for (qint64 rowId : rowIds)
        SqlQuery(m_db, sql).bindAll({to, rowId}).exec();
}

EntityMergeRecord EntityEditRepository::merge(qint64 intoId, qint64 fromId)
{
    if (intoId == fromId)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "an entity cannot be merged into itself"));
    EntityRepository entities(m_db);
    const std::optional<Entity> from = entities.find(fromId);
    const std::optional<Entity> into = entities.find(intoId);
    if (!from || !into)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("lede::Storage", "no such entity"));
    PendingSuggestions(m_db).materialiseEntity(fromId); // its mentions move as rows, and come back on undo
    EntityMergeRecord record;
    record.intoId = intoId;
    record.merged = *from;
    record.mergedCreatedAt =
        SqlQuery(m_db, QStringLiteral("SELECT created_at FROM entities WHERE id = ?")).bind(fromId).scalar().toString();
    record.mentionIds = ids(QStringLiteral("SELECT id FROM mentions WHERE entity_id = ?"), fromId);
    record.quoteIds = ids(QStringLiteral("SELECT id FROM quotes WHERE speaker_entity_id = ?"), fromId);
    moveRows(QStringLiteral("mentions"), QStringLiteral("entity_id"), record.mentionIds, intoId);
    moveRows(QStringLiteral("quotes"), QStringLiteral("speaker_entity_id"), record.quoteIds, intoId);
    for (const QString &alias : from->aliases) {
        if (!into->aliases.contains(alias)) {
            entities.addAlias(intoId, alias);
            record.aliasesAdded << alias;
        }
    }
    remove(fromId);
    return record;
}

void EntityEditRepository::unmerge(const EntityMergeRecord &record)
{
    const Entity &e = record.merged;
    SqlQuery(m_db, QStringLiteral("INSERT INTO entities (id, name, kind, status, created_at) VALUES (?, ?, ?, ?, ?)"))
        .bindAll({e.id, e.name, toString(e.kind), toString(e.status),
                  record.mergedCreatedAt.isEmpty() ? nowStoredTime() : record.mergedCreatedAt})
        .exec();
    EntityRepository entities(m_db);
    for (const QString &alias : e.aliases)
        entities.addAlias(e.id, alias);
    for (const QString &alias : record.aliasesAdded)
        removeAlias(record.intoId, alias);
    moveRows(QStringLiteral("mentions"), QStringLiteral("entity_id"), record.mentionIds, e.id);
    moveRows(QStringLiteral("quotes"), QStringLiteral("speaker_entity_id"), record.quoteIds, e.id);
}

EntitySplitRecord EntityEditRepository::splitAlias(qint64 id, const QString &alias)
{
    EntityRepository entities(m_db);
    const std::optional<Entity> from = entities.find(id);
    if (!from || !from->aliases.contains(alias))
        throw StorageError(StorageError::Kind::NotFound, QCoreApplication::translate("lede::Storage", "no such alias"));
    if (alias == from->name)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "the canonical name cannot be split out"));
    if (findByName(alias, from->kind))
        throw StorageError(
            StorageError::Kind::InvalidInput,
            QCoreApplication::translate("lede::Storage", "an entity named \"%1\" exists already").arg(alias));
    PendingSuggestions(m_db).materialiseEntity(id);
    EntitySplitRecord record;
    record.fromId = id;
    record.alias = alias;
    record.newId = entities.ensure(alias, from->kind);
    entities.setStatus(record.newId, ReviewStatus::Confirmed);
    removeAlias(id, alias);
    // substr() counts characters, as mentions do.
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT m.id FROM mentions m JOIN article_versions v ON v.id = m.version_id "
                       "WHERE m.entity_id = ? AND substr(v.body, m.start_pos + 1, m.end_pos - m.start_pos) = ?"));
    q.bindAll({id, alias}).exec();
    while (q.next())
        record.mentionIds << q.value(0).toLongLong();
    moveRows(QStringLiteral("mentions"), QStringLiteral("entity_id"), record.mentionIds, record.newId);
    return record;
}

void EntityEditRepository::unsplit(const EntitySplitRecord &record)
{
    moveRows(QStringLiteral("mentions"), QStringLiteral("entity_id"), record.mentionIds, record.fromId);
    EntityRepository(m_db).addAlias(record.fromId, record.alias);
    remove(record.newId);
}

void EntityEditRepository::removeMention(qint64 mentionId)
{
    PendingSuggestions(m_db).materialiseForId(mentionId);
    SqlQuery(m_db, QStringLiteral("DELETE FROM mentions WHERE id = ?")).bind(mentionId).exec();
}

void EntityEditRepository::setMentionStatus(qint64 mentionId, ReviewStatus status)
{
    PendingSuggestions(m_db).materialiseForId(mentionId);
    SqlQuery(m_db, QStringLiteral("UPDATE mentions SET status = ? WHERE id = ?"))
        .bindAll({toString(status), mentionId})
        .exec();
}

} // namespace lede
