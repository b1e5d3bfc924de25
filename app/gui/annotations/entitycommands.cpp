#include "annotations/entitycommands.h"

#include "annotations/articleannotations.h"
#include "annotations/quotecommands.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {
namespace {

// The undo stack's names for the commands, in the context the other commands use.
QString commandName(const char *text)
{
    return QCoreApplication::translate("lede::Commands", text);
}

} // namespace

TagEntityCommand::TagEntityCommand(ArticleAnnotations *annotations, const Mention &mention, const QString &name,
                                   EntityKind kind)
    : LibraryCommand(annotations, commandName(QT_TRANSLATE_NOOP("lede::Commands", "Tag Entity")))
    , m_mention(mention)
    , m_name(name.trimmed())
    , m_kind(kind)
{
    m_mention.status = ReviewStatus::Confirmed;
}

void TagEntityCommand::apply()
{
    bool created = false;
    m_mention.entityId = resolveEntity(library(), m_name, m_kind, &created);
    m_createdEntity = created ? m_mention.entityId : 0;
    library().entities().insertMention(m_mention);
}

void TagEntityCommand::revert()
{
    EntityEditRepository edits(library().connection());
    edits.removeMention(m_mention.id);
    if (m_createdEntity)
        edits.remove(m_createdEntity);
}

void TagEntityCommand::notify()
{
    annotations()->articleEdited(m_mention.articleId);
    annotations()->entitiesEdited();
}

SetMentionStatusCommand::SetMentionStatusCommand(ArticleAnnotations *annotations, const QList<Mention> &mentions,
                                                 ReviewStatus status)
    : LibraryCommand(annotations,
                     status == ReviewStatus::Confirmed
                         ? commandName(QT_TRANSLATE_NOOP("lede::Commands", "Accept Mention"))
                         : commandName(QT_TRANSLATE_NOOP("lede::Commands", "Reject Mention")))
    , m_mentions(mentions)
    , m_status(status)
{ }

void SetMentionStatusCommand::apply()
{
    EntityEditRepository edits(library().connection());
    for (const Mention &m : std::as_const(m_mentions))
        edits.setMentionStatus(m.id, m_status);
}
void SetMentionStatusCommand::revert()
{
    EntityEditRepository edits(library().connection());
    for (const Mention &m : std::as_const(m_mentions))
        edits.setMentionStatus(m.id, m.status);
}
void SetMentionStatusCommand::notify()
{
    QList<qint64> articles;
    for (const Mention &m : std::as_const(m_mentions))
        if (!articles.contains(m.articleId))
            articles << m.articleId;
    for (qint64 id : std::as_const(articles))
        annotations()->articleEdited(id);
    annotations()->entitiesEdited();
}

RenameEntityCommand::RenameEntityCommand(ArticleAnnotations *annotations, const Entity &entity, const QString &name)
    : LibraryCommand(annotations, commandName(QT_TRANSLATE_NOOP("lede::Commands", "Rename Entity")))
    , m_entity(entity)
    , m_name(name.trimmed())
{
    setArticle(0);
}

void RenameEntityCommand::apply()
{
    m_aliasAdded = EntityEditRepository(library().connection()).rename(m_entity.id, m_name);
}

void RenameEntityCommand::revert()
{
    EntityEditRepository edits(library().connection());
    edits.rename(m_entity.id, m_entity.name);
    if (m_aliasAdded)
        edits.removeAlias(m_entity.id, m_name);
}

void RenameEntityCommand::notify()
{
    annotations()->entitiesEdited();
}

SetEntityKindCommand::SetEntityKindCommand(ArticleAnnotations *annotations, const Entity &entity, EntityKind kind)
    : LibraryCommand(annotations, commandName(QT_TRANSLATE_NOOP("lede::Commands", "Change Entity Kind")))
    , m_entity(entity)
    , m_kind(kind)
{
    setArticle(0);
}

void SetEntityKindCommand::apply()
{
    EntityEditRepository(library().connection()).setKind(m_entity.id, m_kind);
}
void SetEntityKindCommand::revert()
{
    EntityEditRepository(library().connection()).setKind(m_entity.id, m_entity.kind);
}
void SetEntityKindCommand::notify()
{
    annotations()->entitiesEdited();
}

MergeEntitiesCommand::MergeEntitiesCommand(ArticleAnnotations *annotations, qint64 intoId, qint64 fromId)
    : LibraryCommand(annotations, commandName(QT_TRANSLATE_NOOP("lede::Commands", "Merge Entities")))
    , m_intoId(intoId)
    , m_fromId(fromId)
{
    setArticle(0);
}

void MergeEntitiesCommand::apply()
{
    m_record = EntityEditRepository(library().connection()).merge(m_intoId, m_fromId);
}
void MergeEntitiesCommand::revert()
{
    EntityEditRepository(library().connection()).unmerge(m_record);
}
void MergeEntitiesCommand::notify()
{
    annotations()->entitiesEdited();
}

SplitAliasCommand::SplitAliasCommand(ArticleAnnotations *annotations, qint64 entityId, const QString &alias)
    : LibraryCommand(annotations, commandName(QT_TRANSLATE_NOOP("lede::Commands", "Split Alias")))
    , m_entityId(entityId)
    , m_alias(alias)
{
    setArticle(0);
}

void SplitAliasCommand::apply()
{
    m_record = EntityEditRepository(library().connection()).splitAlias(m_entityId, m_alias);
}
void SplitAliasCommand::revert()
{
    EntityEditRepository(library().connection()).unsplit(m_record);
}
void SplitAliasCommand::notify()
{
    annotations()->entitiesEdited();
}

} // namespace lede
