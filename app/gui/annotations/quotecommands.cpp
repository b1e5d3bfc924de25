#include "annotations/quotecommands.h"

#include "annotations/articleannotations.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {

qint64 resolveEntity(Library &library, const QString &name, EntityKind preferred, bool *created)
{
    *created = false;
    EntityEditRepository edits(library.connection());
    if (const auto id = edits.findByName(name, preferred))
        return *id;
    for (EntityKind kind : {EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Law,
                            EntityKind::Event, EntityKind::Other}) {
        if (const auto id = edits.findByName(name, kind))
            return *id;
    }
    const qint64 id = library.entities().ensure(name, preferred);
    library.entities().setStatus(id, ReviewStatus::Confirmed);
    *created = true;
    return id;
}

SetQuoteStatusCommand::SetQuoteStatusCommand(ArticleAnnotations *annotations, const Quote &quote, ReviewStatus status)
    : LibraryCommand(annotations,
                     status == ReviewStatus::Confirmed ? QCoreApplication::translate("lede::Commands", "Accept Quote")
                                                       : QCoreApplication::translate("lede::Commands", "Reject Quote"))
    , m_articleId(quote.articleId)
    , m_quoteId(quote.id)
    , m_old(quote.status)
    , m_new(status)
{ }

void SetQuoteStatusCommand::apply()
{
    library().quotes().setStatus(m_quoteId, m_new);
}
void SetQuoteStatusCommand::revert()
{
    library().quotes().setStatus(m_quoteId, m_old);
}
void SetQuoteStatusCommand::notify()
{
    annotations()->articleEdited(m_articleId);
}

SetQuoteSpeakerCommand::SetQuoteSpeakerCommand(ArticleAnnotations *annotations, const Quote &quote,
                                               const QString &speaker)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Change Speaker"))
    , m_before(quote)
    , m_speaker(speaker.trimmed())
{ }

void SetQuoteSpeakerCommand::apply()
{
    bool created = false;
    const qint64 entity = m_speaker.isEmpty() ? 0 : resolveEntity(library(), m_speaker, EntityKind::Person, &created);
    m_createdEntity = created ? entity : 0;
    // The attribution no longer rests on the old mention.
    library().quotes().setSpeaker(m_before.id, entity, std::nullopt);
}

void SetQuoteSpeakerCommand::revert()
{
    library().quotes().setSpeaker(m_before.id, m_before.speakerEntityId, m_before.speakerSpan, m_before.speakerLabel);
    if (m_createdEntity)
        EntityEditRepository(library().connection()).remove(m_createdEntity);
}

void SetQuoteSpeakerCommand::notify()
{
    annotations()->articleEdited(m_before.articleId);
    annotations()->entitiesEdited();
}

AddQuoteCommand::AddQuoteCommand(ArticleAnnotations *annotations, const Quote &quote, const QString &speaker)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Mark as Quote"))
    , m_quote(quote)
    , m_speaker(speaker.trimmed())
{
    m_quote.status = ReviewStatus::Confirmed;
}

void AddQuoteCommand::apply()
{
    bool created = false;
    m_quote.speakerEntityId =
        m_speaker.isEmpty() ? 0 : resolveEntity(library(), m_speaker, EntityKind::Person, &created);
    m_createdEntity = created ? m_quote.speakerEntityId : 0;
    library().quotes().insert(m_quote);
}

void AddQuoteCommand::revert()
{
    library().quotes().remove(m_quote.id);
    if (m_createdEntity)
        EntityEditRepository(library().connection()).remove(m_createdEntity);
}

void AddQuoteCommand::notify()
{
    annotations()->articleEdited(m_quote.articleId);
    if (!m_speaker.isEmpty())
        annotations()->entitiesEdited();
}

} // namespace lede
