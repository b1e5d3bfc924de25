#pragma once

#include "domain/quote.h"
#include "domain/textspan.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <optional>

namespace lede {

// An article's analysis suggestions kept compactly, one row per article (schema 4), until they are
// needed as rows of mentions and quotes. A bulk import writes them here: most imported articles are
// never reviewed, and the rows with their indexes were most of the cost of an import.
//
// The repositories make this invisible. Each pending suggestion has its id from the start: an id
// of its own range, worked out from the article and its place in the set (see idFor()). Reading
// returns pending suggestions with those ids, without writing; a change by id to a pending quote or
// mention, or an edit of an entity a set names, first turns the whole set into ordinary suggested
// rows that keep those ids ("materialises" it), so that ids an editor's view holds stay valid. The
// article list and the entity counts read the compact form as is.
//
// The id ranges: kFirstId + articleId * kIdsPerArticle + index, below 2^53 (exact as JSON numbers) for
// the first four billion articles.
// SQLite gives a row inserted without an id max(id) + 1, so once a set is materialised new rows
// follow it inside its article's range; they would reach the next article's range only after a
// million more quotes or mentions.
class PendingSuggestions
{
public:
    static constexpr qint64 kFirstId = qint64(1) << 52;
    static constexpr qint64 kIdsPerArticle = qint64(1) << 20;

    explicit PendingSuggestions(const QSqlDatabase &db);

    // The id of the index-th mention (or quote) of an article's pending set.
    static qint64 idFor(qint64 articleId, qint64 index) { return kFirstId + articleId * kIdsPerArticle + index; }
    // The article whose pending set gave a quote or mention this id, if the id is of that kind.
    static std::optional<qint64> articleOfId(qint64 id);
    // Materialises the set an id belongs to, if it is a pending one; call before changing a row by id.
    void materialiseForId(qint64 quoteOrMentionId) const;

    // Stores the suggestions of an article that has none yet. Call inside a transaction.
    void store(qint64 articleId, qint64 versionId, const QList<QPair<TextSpan, qint64>> &mentions,
               const QList<Quote> &quotes);
    // Turns the article's pending set, if it has one, into suggested mentions and quotes. A mention
    // of an entity deleted meanwhile is dropped and a quote's deleted speaker becomes none, as with
    // rows.
    void materialise(qint64 articleId) const;
    // The same for every article whose pending set names the entity.
    void materialiseEntity(qint64 entityId) const;
    // Drops the article's pending set, if it has one: its suggestions are to be replaced. Ids an
    // editor's view holds of them are gone with them.
    void discard(qint64 articleId) const;

    // Suggested mentions joining the article's pending set for that version of its text, at its end,
    // where the ids of the places they take are theirs; the set's other ids stay. Nothing, when the
    // article has no such set (its suggestions are rows).
    std::optional<QList<qint64>> appendMentions(qint64 articleId, qint64 versionId, qint64 entityId,
                                                const QList<TextSpan> &spans) const;
    // Takes the mentions at these places (indexes in the set) out of the article's pending set:
    // those at its end go, an earlier one becomes a mention of no entity (entity 0, which readers
    // skip as they skip mentions of deleted entities) so that the places after it keep their ids.
    // Whether the set had any of them.
    bool removeMentions(qint64 articleId, const QList<qint64> &indexes) const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
