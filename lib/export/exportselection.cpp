#include "export/exportselection.h"

#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace lede {

ExportSelection ExportSelection::load(Library &library, const QList<qint64> &articleIds)
{
    QList<qint64> ids = articleIds;
    if (ids.isEmpty()) {
        qint64 after = 0;
        for (;;) {
            const QList<ArticleSummary> page = library.articles().list(after, 1000);
            if (page.isEmpty())
                break;
            for (const ArticleSummary &a : page)
                ids << a.id;
            after = page.last().id;
        }
    }
    ExportSelection selection;
    selection.verdictScale = library.claims().verdictScale();
    auto remember = [&](qint64 entityId) {
        if (entityId == 0 || selection.entities.contains(entityId))
            return;
        if (const std::optional<Entity> e = library.entities().find(entityId))
            selection.entities.insert(entityId, *e);
    };
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Article> article = library.articles().find(id);
        if (!article)
            throw StorageError(StorageError::Kind::NotFound,
                               QCoreApplication::translate("lede::Export", "no article %1").arg(id));
        ExportedArticle exported;
        exported.article = *article;
        exported.quotes = library.quotes().ofArticle(id);
        exported.mentions = library.entities().mentionsOf(id);
        exported.notes = library.notes().ofArticle(id);
        exported.claims = library.claims().ofArticle(id);
        for (const Tag &t : library.tags().ofArticle(id))
            exported.tags << t.name;
        for (const Quote &q : std::as_const(exported.quotes))
            remember(q.speakerEntityId);
        for (const Mention &m : std::as_const(exported.mentions))
            remember(m.entityId);
        selection.articles.append(exported);
    }
    return selection;
}

int ExportSelection::noteCount() const
{
    int n = 0;
    for (const ExportedArticle &a : articles)
        n += int(a.notes.size());
    return n;
}

int ExportSelection::claimCount() const
{
    int n = 0;
    for (const ExportedArticle &a : articles)
        n += int(a.claims.size());
    return n;
}

const Entity *ExportSelection::entity(qint64 id) const
{
    const auto it = entities.constFind(id);
    return it == entities.constEnd() ? nullptr : &*it;
}

} // namespace lede
