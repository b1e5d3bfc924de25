#pragma once

#include "annotations/librarycommand.h"
#include "domain/entity.h"

#include <QStringList>
#include <memory>

namespace lede {

class EntitySpreadController;
class Library;
struct SpreadJob;

// An entity as an edit names it: found by name when a command runs (see findEntityNamed()).
struct NamedEntity
{
    QString name;
    EntityKind kind = EntityKind::Person;
};

// The entity of that name an editor's edit made or chose: of that kind first, as the edits resolve
// names. Commands find it by name when they run, because an undo and redo of the edit that created
// it may give it a new id.
std::optional<Entity> findEntityNamed(Library &library, const QString &name, EntityKind preferred);

// Marks an entity confirmed (an editor accepted a mention of it, tagged a passage with it).
class ConfirmEntityCommand : public LibraryCommand
{
public:
    ConfirmEntityCommand(ArticleAnnotations *annotations, const QString &name, EntityKind kind);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QString m_name;
    EntityKind m_kind;
    qint64 m_entityId = 0;
    ReviewStatus m_before = ReviewStatus::Confirmed;
};

// Gives the other articles suggested mentions of a confirmed entity wherever they name it (all
// its names, or only those given: an alias it just gained). It runs in the background; undo stops
// it and removes what it added that is still merely suggested.
//
// Given several entities, or a summary of the edit, their spreads run as one group: one progress
// and, when the last is done, one status line that begins with the summary.
class SpreadEntityCommand : public QUndoCommand
{
public:
    SpreadEntityCommand(EntitySpreadController *controller, ArticleAnnotations *annotations, const QString &name,
                        EntityKind kind, const QStringList &names, qint64 skipArticle);
    SpreadEntityCommand(EntitySpreadController *controller, ArticleAnnotations *annotations,
                        const QList<NamedEntity> &entities, qint64 skipArticle, const QString &summary);

    void redo() override;
    void undo() override;

private:
    EntitySpreadController *m_controller;
    ArticleAnnotations *m_annotations;
    QList<NamedEntity> m_entities;
    QStringList m_names;
    qint64 m_skipArticle;
    QString m_summary;
    QList<std::shared_ptr<SpreadJob>> m_jobs;
};

} // namespace lede
