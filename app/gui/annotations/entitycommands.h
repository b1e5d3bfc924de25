#pragma once

#include "annotations/librarycommand.h"
#include "domain/entity.h"
#include "domain/mention.h"
#include "storage/entityeditrepository.h"

namespace lede {

// Tags a passage as a mention of an entity (known by that name, or new), confirmed.
class TagEntityCommand : public LibraryCommand
{
public:
    TagEntityCommand(ArticleAnnotations *annotations, const Mention &mention, const QString &name, EntityKind kind);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Mention m_mention;
    QString m_name;
    EntityKind m_kind;
    qint64 m_createdEntity = 0;
};

// Accepts or rejects mentions of one article; each goes back to its own status on undo. One
// command for several, so that the entity list is re-read once.
class SetMentionStatusCommand : public LibraryCommand
{
public:
    SetMentionStatusCommand(ArticleAnnotations *annotations, const QList<Mention> &mentions, ReviewStatus status);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QList<Mention> m_mentions;
    ReviewStatus m_status;
};

class RenameEntityCommand : public LibraryCommand
{
public:
    RenameEntityCommand(ArticleAnnotations *annotations, const Entity &entity, const QString &name);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Entity m_entity;
    QString m_name;
    bool m_aliasAdded = false;
};

class SetEntityKindCommand : public LibraryCommand
{
public:
    SetEntityKindCommand(ArticleAnnotations *annotations, const Entity &entity, EntityKind kind);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Entity m_entity;
    EntityKind m_kind;
};

// Merges one entity into another: mentions, quotes and aliases move over, the other goes.
class MergeEntitiesCommand : public LibraryCommand
{
public:
    MergeEntitiesCommand(ArticleAnnotations *annotations, qint64 intoId, qint64 fromId);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    qint64 m_intoId;
    qint64 m_fromId;
    EntityMergeRecord m_record;
};

class SplitAliasCommand : public LibraryCommand
{
public:
    SplitAliasCommand(ArticleAnnotations *annotations, qint64 entityId, const QString &alias);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    qint64 m_entityId;
    QString m_alias;
    EntitySplitRecord m_record;
};

} // namespace lede
