#include "annotations/spreadcommands.h"

#include "annotations/articleannotations.h"
#include "annotations/entityspreadcontroller.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace lede {

std::optional<Entity> findEntityNamed(Library &library, const QString &name, EntityKind preferred)
{
    EntityEditRepository edits(library.connection());
    std::optional<qint64> id = edits.findByName(name, preferred);
    for (EntityKind kind : {EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Law,
                            EntityKind::Event, EntityKind::Other}) {
        if (!id)
            id = edits.findByName(name, kind);
    }
    return id ? library.entities().find(*id) : std::nullopt;
}

ConfirmEntityCommand::ConfirmEntityCommand(ArticleAnnotations *annotations, const QString &name, EntityKind kind)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Confirm Entity"))
    , m_name(name.trimmed())
    , m_kind(kind)
{ }

void ConfirmEntityCommand::apply()
{
    const std::optional<Entity> entity = findEntityNamed(library(), m_name, m_kind);
    m_entityId = entity ? entity->id : 0;
    if (!entity)
        return;
    m_before = entity->status;
    library().entities().setStatus(m_entityId, ReviewStatus::Confirmed);
}

void ConfirmEntityCommand::revert()
{
    if (m_entityId && m_before != ReviewStatus::Confirmed)
        library().entities().setStatus(m_entityId, m_before);
}

void ConfirmEntityCommand::notify()
{
    // Nothing on screen shows an entity's status, and re-reading the entity list costs seconds in
    // a large library: the edit before this one in the same undo step has re-read it already.
}

SpreadEntityCommand::SpreadEntityCommand(EntitySpreadController *controller, ArticleAnnotations *annotations,
                                         const QString &name, EntityKind kind, const QStringList &names,
                                         qint64 skipArticle)
    : SpreadEntityCommand(controller, annotations, {NamedEntity {name, kind}}, skipArticle, QString())
{
    m_names = names;
}

SpreadEntityCommand::SpreadEntityCommand(EntitySpreadController *controller, ArticleAnnotations *annotations,
                                         const QList<NamedEntity> &entities, qint64 skipArticle, const QString &summary)
    : QUndoCommand(QCoreApplication::translate("lede::Commands", "Suggest Entity in Other Articles"))
    , m_controller(controller)
    , m_annotations(annotations)
    , m_entities(entities)
    , m_skipArticle(skipArticle)
    , m_summary(summary)
{
    for (NamedEntity &e : m_entities)
        e.name = e.name.trimmed();
}

void SpreadEntityCommand::redo()
{
    Library *library = m_annotations->library();
    if (!library)
        return;
    // A fresh group each time: a redo reports again when it is done.
    std::shared_ptr<SpreadGroup> group;
    if (m_entities.size() > 1 || !m_summary.isEmpty()) {
        group = std::make_shared<SpreadGroup>();
        group->summary = m_summary;
    }
    for (const NamedEntity &named : std::as_const(m_entities)) {
        try {
            // Only what an editor confirmed is suggested everywhere (the edit before this one may
            // have failed and left another entity of that name).
            const std::optional<Entity> entity = findEntityNamed(*library, named.name, named.kind);
            if (entity && entity->status == ReviewStatus::Confirmed) {
                if (std::shared_ptr<SpreadJob> job = m_controller->start(entity->id, m_names, m_skipArticle, group))
                    m_jobs << job;
            }
        } catch (const StorageError &e) {
            m_annotations->reportError(e.message());
        }
    }
}

void SpreadEntityCommand::undo()
{
    // The last started first, as an undo goes backwards.
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
        m_controller->takeBack(*it);
    m_jobs.clear();
}

} // namespace lede
