#include "annotations/articleannotations.h"

#include "storage/library.h"
#include "storage/storageerror.h"

namespace lede {

ArticleAnnotations::ArticleAnnotations(QObject *parent)
    : QObject(parent)
{ }

void ArticleAnnotations::setLibrary(Library *library)
{
    m_library = library;
    load(0);
}

void ArticleAnnotations::load(qint64 articleId)
{
    Q_EMIT aboutToChange();
    m_article.reset();
    if (m_library && articleId) {
        try {
            m_article = m_library->articles().find(articleId);
        } catch (const StorageError &e) {
            reportError(e.message());
        }
    }
    m_offsets = TextOffsets(m_article ? m_article->body : QString());
    readAnnotations();
    Q_EMIT articleLoaded();
}

void ArticleAnnotations::readAnnotations()
{
    m_quotes.clear();
    m_mentions.clear();
    m_notes.clear();
    m_claims.clear();
    m_entities.clear();
    if (!m_article || !m_library)
        return;
    try {
        const qint64 id = m_article->id;
        m_quotes = m_library->quotes().ofArticle(id);
        m_mentions = m_library->entities().mentionsOf(id);
        m_notes = m_library->notes().ofArticle(id);
        m_claims = m_library->claims().ofArticle(id);
        QList<qint64> entityIds;
        for (const Mention &m : std::as_const(m_mentions))
            entityIds << m.entityId;
        for (const Quote &q : std::as_const(m_quotes))
            if (q.speakerEntityId)
                entityIds << q.speakerEntityId;
        for (qint64 entityId : std::as_const(entityIds)) {
            if (m_entities.contains(entityId))
                continue;
            if (const std::optional<Entity> e = m_library->entities().find(entityId))
                m_entities.insert(entityId, *e);
        }
    } catch (const StorageError &e) {
        reportError(e.message());
    }
}

std::optional<Quote> ArticleAnnotations::quote(qint64 id) const
{
    for (const Quote &q : m_quotes)
        if (q.id == id)
            return q;
    return std::nullopt;
}

std::optional<Note> ArticleAnnotations::note(qint64 id) const
{
    for (const Note &n : m_notes)
        if (n.id == id)
            return n;
    return std::nullopt;
}

std::optional<Claim> ArticleAnnotations::claim(qint64 id) const
{
    for (const Claim &c : m_claims)
        if (c.id == id)
            return c;
    return std::nullopt;
}

std::optional<Mention> ArticleAnnotations::mention(qint64 id) const
{
    for (const Mention &m : m_mentions)
        if (m.id == id)
            return m;
    return std::nullopt;
}

QString ArticleAnnotations::text(const TextSpan &span) const
{
    return m_article ? m_offsets.slice(m_article->body, span) : QString();
}

void ArticleAnnotations::articleEdited(qint64 articleId)
{
    if (articleId == this->articleId()) {
        Q_EMIT aboutToChange();
        readAnnotations();
        Q_EMIT annotationsChanged();
    }
    Q_EMIT articleCountsChanged(articleId);
}

void ArticleAnnotations::entitiesEdited()
{
    Q_EMIT aboutToChange();
    readAnnotations();
    Q_EMIT annotationsChanged();
    Q_EMIT entitiesChanged();
}

void ArticleAnnotations::articlesMoved(const QList<qint64> &ids)
{
    if (ids.contains(articleId()))
        load(0);
    Q_EMIT articlesTrashedOrRestored(ids);
}

void ArticleAnnotations::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace lede
