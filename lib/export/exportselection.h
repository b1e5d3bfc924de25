#pragma once

#include "domain/article.h"
#include "domain/claim.h"
#include "domain/entity.h"
#include "domain/mention.h"
#include "domain/note.h"
#include "domain/quote.h"
#include "domain/verdictscale.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace lede {

class Library;

// One article of an export with everything written on it.
struct ExportedArticle
{
    Article article;
    QList<Quote> quotes;
    QList<Mention> mentions;
    QList<Note> notes;
    QList<Claim> claims;
    QStringList tags;
};

// What an export writes, read from the library once: the chosen articles with their annotations,
// the entities they mention or quote, and the verdict scale. Writers take this, so that the GUI
// can preview any format without touching the store again.
class ExportSelection
{
public:
    // The articles in the order given; no ids means every article not in the trash, oldest first.
    // Throws StorageError (NotFound for an id that is not in the library).
    static ExportSelection load(Library &library, const QList<qint64> &articleIds = {});

    QList<ExportedArticle> articles;
    QHash<qint64, Entity> entities;
    VerdictScale verdictScale;

    int noteCount() const;
    int claimCount() const;
    // The entity of a mention or quote speaker, or nullptr.
    const Entity *entity(qint64 id) const;
};

} // namespace lede
