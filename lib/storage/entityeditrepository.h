#pragma once

#include "domain/entity.h"
#include "domain/mention.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace lede {

// What a merge changed, so that it can be undone exactly.
struct EntityMergeRecord
{
    qint64 intoId = 0;
    Entity merged; // the entity that was merged away, as it was
    QString mergedCreatedAt;
    QList<qint64> mentionIds; // its mentions, now pointing at intoId
    QList<qint64> quoteIds; // quotes it spoke, now spoken by intoId
    QStringList aliasesAdded; // aliases intoId did not have before
};

struct EntitySplitRecord
{
    qint64 fromId = 0;
    qint64 newId = 0;
    QString alias;
    QList<qint64> mentionIds; // mentions whose text is the alias, moved to newId
};

// The editor's changes to entities: rename, re-kind, merge and split, and single mentions.
// Several statements each: call inside a Transaction.
class EntityEditRepository
{
public:
    explicit EntityEditRepository(const QSqlDatabase &db);

    std::optional<qint64> findByName(const QString &name, EntityKind kind) const;
    // Non-rejected mentions (and quotes spoken) per entity id.
    QHash<qint64, int> mentionCounts() const;

    // Renames; the new name becomes an alias too. Returns whether that alias is new.
    bool rename(qint64 id, const QString &name);
    void removeAlias(qint64 id, const QString &alias);
    void setKind(qint64 id, EntityKind kind);
    void remove(qint64 id);

    EntityMergeRecord merge(qint64 intoId, qint64 fromId);
    void unmerge(const EntityMergeRecord &record);

    // Moves an alias out into an entity of its own (same kind, confirmed), with the mentions that
    // read exactly that alias.
    EntitySplitRecord splitAlias(qint64 id, const QString &alias);
    void unsplit(const EntitySplitRecord &record);

    void removeMention(qint64 mentionId);
    void setMentionStatus(qint64 mentionId, ReviewStatus status);

private:
    QList<qint64> ids(const QString &sql, const QVariant &value) const;
    void moveRows(const QString &table, const QString &column, const QList<qint64> &rowIds, qint64 to);

    QSqlDatabase m_db;
};

} // namespace lede
