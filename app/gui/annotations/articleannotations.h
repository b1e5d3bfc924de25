#pragma once

#include "domain/article.h"
#include "domain/claim.h"
#include "domain/entity.h"
#include "domain/mention.h"
#include "domain/note.h"
#include "domain/quote.h"
#include "domain/textoffsets.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace lede {

class Library;

// The article open in the reader and its annotations, as read from the library. Edits go through
// undo commands, which tell this object what they touched; it re-reads and signals, and the reader,
// the sidebar models and the article list follow.
class ArticleAnnotations : public QObject
{
    Q_OBJECT

public:
    explicit ArticleAnnotations(QObject *parent = nullptr);

    void setLibrary(Library *library);
    Library *library() const { return m_library; }

    // Opens an article (0: none).
    void load(qint64 articleId);
    qint64 articleId() const { return m_article ? m_article->id : 0; }
    const std::optional<Article> &article() const { return m_article; }
    const TextOffsets &offsets() const { return m_offsets; }

    const QList<Quote> &quotes() const { return m_quotes; }
    const QList<Mention> &mentions() const { return m_mentions; }
    const QList<Note> &notes() const { return m_notes; }
    const QList<Claim> &claims() const { return m_claims; }
    // Entities mentioned or quoted in this article, by id.
    const QHash<qint64, Entity> &entities() const { return m_entities; }

    std::optional<Quote> quote(qint64 id) const;
    std::optional<Note> note(qint64 id) const;
    std::optional<Claim> claim(qint64 id) const;
    std::optional<Mention> mention(qint64 id) const;
    // The article's text of a code-point span.
    QString text(const TextSpan &span) const;

    // Called by commands after they wrote: re-reads what they may have changed.
    void articleEdited(qint64 articleId);
    void entitiesEdited();
    void articlesMoved(const QList<qint64> &ids);
    void reportError(const QString &message);
    // Asks the window to open an article (an undo of an edit made there); it loads it.
    void requestArticle(qint64 articleId) { Q_EMIT articleRequested(articleId); }

Q_SIGNALS:
    // Before the lists change; followed by articleLoaded or annotationsChanged (models reset between).
    void aboutToChange();
    void articleLoaded();
    void annotationsChanged();
    // The counts of an article in the list may have changed.
    void articleCountsChanged(qint64 articleId);
    // Entities changed library-wide (renamed, merged, split, created).
    void entitiesChanged();
    // Articles went to the trash or came back.
    void articlesTrashedOrRestored(const QList<qint64> &ids);
    void errorOccurred(const QString &message);
    void articleRequested(qint64 articleId);

private:
    void readAnnotations();

    Library *m_library = nullptr;
    std::optional<Article> m_article;
    TextOffsets m_offsets {QString()};
    QList<Quote> m_quotes;
    QList<Mention> m_mentions;
    QList<Note> m_notes;
    QList<Claim> m_claims;
    QHash<qint64, Entity> m_entities;
};

} // namespace lede
