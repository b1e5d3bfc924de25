#pragma once

#include "domain/quote.h"
#include "domain/textspan.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace lede {

// An article's analysis suggestions kept compactly, one row per article (schema 4), until they are
// needed as rows of mentions and quotes. A bulk import writes them here: most imported articles are
// never reviewed, and the rows with their indexes were most of the cost of an import.
//
// The repositories make this invisible: reading an article's quotes or mentions, or editing one of
// the entities a pending set names, first turns the set into ordinary suggested rows (with ids an
// editor's commands can use), and the article list and entity counts read the compact form as is.
// So reading an article's annotations may write; it does so in a savepoint, inside or outside the
// caller's transaction.
class PendingSuggestions
{
public:
    explicit PendingSuggestions(const QSqlDatabase &db);

    // Stores the suggestions of an article that has none yet. Call inside a transaction.
    void store(qint64 articleId, qint64 versionId, const QList<QPair<TextSpan, qint64>> &mentions,
               const QList<Quote> &quotes);
    // Turns the article's pending set, if it has one, into suggested mentions and quotes. A mention
    // of an entity deleted meanwhile is dropped and a quote's deleted speaker becomes none, as with
    // rows.
    void materialise(qint64 articleId) const;
    // The same for every article whose pending set names the entity.
    void materialiseEntity(qint64 entityId) const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
