#pragma once

#include "domain/entity.h"
#include "domain/mention.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace lede {

// Entities with their aliases, and the mentions that tie them to articles.
class EntityRepository
{
public:
    explicit EntityRepository(const QSqlDatabase &db);

    // The entity of that name and kind, created (as suggested) when new; the name becomes an alias too.
    qint64 ensure(const QString &name, EntityKind kind);
    void addAlias(qint64 entityId, const QString &alias);
    // The entity of that name and kind, if there is one.
    std::optional<qint64> idOf(const QString &name, EntityKind kind) const;
    // What a bulk import writes at once (see SuggestionRecorder): new suggested entities with the ids
    // the caller chose above the largest in use (firstFreeId()), each name becoming an alias; and
    // aliases, those already known skipped.
    struct NewEntity
    {
        qint64 id = 0;
        QString name;
        EntityKind kind = EntityKind::Other;
    };
    qint64 firstFreeId() const;
    void insertMany(const QList<NewEntity> &entities);
    void addAliases(const QList<QPair<qint64, QString>> &aliases);
    std::optional<Entity> find(qint64 id) const;
    QList<Entity> all() const;
    QList<Entity> confirmed() const;
    void setStatus(qint64 id, ReviewStatus status);

    qint64 insertMention(Mention &mention);
    // Many suggested mentions of one article version in one statement (ids are not returned):
    // a bulk import writes tens of them per article.
    void insertSuggestedMentions(qint64 articleId, qint64 versionId,
                                 const QList<QPair<TextSpan, qint64>> &spansAndEntities);
    // The [start, end, entity] JSON rows insertSuggestedMentions() and a pending set store.
    static QString mentionRowsJson(const QList<QPair<TextSpan, qint64>> &spansAndEntities);
    QList<Mention> mentionsOf(qint64 articleId) const;
    // Removes an article's suggested mentions; confirmed and rejected ones are the editor's.
    void removeSuggestedMentions(qint64 articleId);
    // The entities the article's suggestions name (as mentions or speakers), pending ones included.
    QList<qint64> suggestedIn(qint64 articleId) const;
    // Deletes those of these entities that nothing names any more and no editor decided about
    // (status suggested); returns how many.
    int removeUnused(const QList<qint64> &candidates);

private:
    QStringList aliasesOf(qint64 id) const;
    // The entities meeting an SQL condition on entities e (written here, never user text), by name.
    QList<Entity> load(const QString &condition) const;

    QSqlDatabase m_db;
};

} // namespace lede
