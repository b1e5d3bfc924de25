#include "storage/entityspreadrepository.h"

#include "domain/mention.h"
#include "storage/entityrepository.h"
#include "storage/pendingsuggestions.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <algorithm>

namespace lede {
namespace {

// A bound JSON array of ids, unpacked by SQLite's json_each: one statement for any number of ids.
QString idArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 12 + 2);
    json += QLatin1Char('[');
    for (qint64 id : ids) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QString::number(id);
    }
    json += QLatin1Char(']');
    return json;
}

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

EntitySpreadRepository::EntitySpreadRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QString EntitySpreadRepository::phraseQuery(const QStringList &names)
{
    QStringList phrases;
    for (const QString &name : names) {
        // A name of punctuation only would be an empty phrase, which FTS5 refuses.
        if (!hasWordCharacter(name))
            continue;
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString phrase = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (!phrases.contains(phrase))
            phrases << phrase;
    }
    if (phrases.isEmpty())
        return {};
    return QStringLiteral("body : (%1)").arg(phrases.join(QStringLiteral(" OR ")));
}

QList<qint64> EntitySpreadRepository::articlesNaming(const QStringList &names) const
{
    const QString query = phraseQuery(names);
    if (query.isEmpty())
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid"));
    q.bind(query).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<SpreadTarget> EntitySpreadRepository::targets(const QList<qint64> &articleIds) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.id, a.current_version_id, v.body FROM articles a "
                              "JOIN article_versions v ON v.id = a.current_version_id "
                              "WHERE a.id IN (SELECT value FROM json_each(?))"));
    q.bind(idArray(articleIds)).exec();
    QList<SpreadTarget> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

QList<TextSpan> EntitySpreadRepository::takenSpans(qint64 articleId, qint64 versionId) const
{
    QList<TextSpan> out;
    for (const Mention &m : EntityRepository(m_db).mentionsOf(articleId))
        if (m.versionId == versionId)
            out << m.span;
    return out;
}

QList<qint64> EntitySpreadRepository::addSuggestedMentions(qint64 articleId, qint64 versionId, qint64 entityId,
                                                           const QList<TextSpan> &spans)
{
    if (spans.isEmpty())
        return {};
    // An unreviewed article keeps its suggestions as one pending set (schema 4): the new ones join
    // the set at its end, where the ids of the places they take are theirs (PendingSuggestions::
    // idFor), and the set's other ids stay what they were. Turning the set into rows instead would
    // write some sixty rows per article for the two or three that are new.
    const QVariant count = SqlQuery(m_db,
                                    QStringLiteral("SELECT json_array_length(mentions) FROM pending_suggestions "
                                                   "WHERE article_id = ? AND version_id = ?"))
                               .bindAll({articleId, versionId})
                               .scalar();
    QList<qint64> ids;
    if (count.isValid()) {
        qint64 index = count.toLongLong();
        for (const TextSpan &span : spans) {
            SqlQuery(m_db,
                     QStringLiteral("UPDATE pending_suggestions SET mentions = json_insert(mentions, '$[#]', "
                                    "json_array(?, ?, ?)) WHERE article_id = ?"))
                .bindAll({span.start, span.end, entityId, articleId})
                .exec();
            ids << PendingSuggestions::idFor(articleId, index++);
        }
        SqlQuery(m_db,
                 QStringLiteral("INSERT INTO pending_entities (article_id, entity_id, mentions, spoken) "
                                "VALUES (?, ?, ?, 0) ON CONFLICT (article_id, entity_id) "
                                "DO UPDATE SET mentions = mentions + excluded.mentions"))
            .bindAll({articleId, entityId, int(spans.size())})
            .exec();
        return ids;
    }
    // A set of an older version of the text, if any, becomes rows: an article has its suggestions
    // as a set or as rows, never both.
    PendingSuggestions(m_db).materialise(articleId);
    EntityRepository entities(m_db);
    for (const TextSpan &span : spans) {
        Mention m;
        m.articleId = articleId;
        m.versionId = versionId;
        m.span = span;
        m.entityId = entityId;
        m.status = ReviewStatus::Suggested;
        ids << entities.insertMention(m);
    }
    return ids;
}

QList<qint64> EntitySpreadRepository::removeSuggestedMentions(const QList<qint64> &mentionIds)
{
    if (mentionIds.isEmpty())
        return {};
    // Those still in a pending set leave it; the rest are rows.
    QHash<qint64, QList<qint64>> pendingByArticle;
    for (qint64 id : mentionIds)
        if (const std::optional<qint64> article = PendingSuggestions::articleOfId(id))
            pendingByArticle[*article] << id - PendingSuggestions::idFor(*article, 0);
    QList<qint64> out;
    for (auto it = pendingByArticle.cbegin(); it != pendingByArticle.cend(); ++it)
        if (removeFromPendingSet(it.key(), it.value()))
            out << it.key();
    const QString ids = idArray(mentionIds);
    // An editor's decision since (accepted, rejected) keeps the mention.
    SqlQuery articles(m_db,
                      QStringLiteral("SELECT DISTINCT article_id FROM mentions WHERE status = 'suggested' "
                                     "AND id IN (SELECT value FROM json_each(?)) ORDER BY article_id"));
    articles.bind(ids).exec();
    while (articles.next())
        out << articles.value(0).toLongLong();
    SqlQuery(m_db,
             QStringLiteral("DELETE FROM mentions WHERE status = 'suggested' "
                            "AND id IN (SELECT value FROM json_each(?))"))
        .bind(ids)
        .exec();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool EntitySpreadRepository::removeFromPendingSet(qint64 articleId, const QList<qint64> &indexes)
{
    // The places asked for that the set still has, with their entities (0: taken out before).
    SqlQuery q(m_db,
               QStringLiteral("SELECT j.key, j.value ->> 2, json_array_length(p.mentions) "
                              "FROM pending_suggestions p, json_each(p.mentions) j "
                              "WHERE p.article_id = ? AND j.key IN (SELECT value FROM json_each(?))"));
    q.bindAll({articleId, idArray(indexes)}).exec();
    QList<qint64> places;
    QHash<qint64, int> removedPerEntity;
    qint64 last = -1;
    while (q.next()) {
        last = q.value(2).toLongLong() - 1;
        if (const qint64 entity = q.value(1).toLongLong()) {
            places << q.value(0).toLongLong();
            ++removedPerEntity[entity];
        }
    }
    if (places.isEmpty())
        return false; // not there, or the set became rows meanwhile: rows are removed by id
    // The places at the end of the set go; an earlier one stays as a mention of no entity, which
    // readers skip as they skip mentions of deleted entities, so that the places after it keep
    // their ids.
    std::sort(places.begin(), places.end(), std::greater<>());
    QStringList middle;
    int trailing = 0;
    for (qint64 place : std::as_const(places)) {
        if (place == last - trailing)
            ++trailing;
        else
            middle << QStringLiteral("$[%1]").arg(place);
    }
    // Only the number of places changes the statement's text (the cache keeps one per text).
    QString mentions = QStringLiteral("mentions");
    if (!middle.isEmpty()) {
        QStringList pairs(middle.size(), QStringLiteral("?, json_array(0, 0, 0)"));
        mentions = QStringLiteral("json_replace(mentions, %1)").arg(pairs.join(QStringLiteral(", ")));
    }
    if (trailing > 0) {
        QStringList lastPlaces(trailing, QStringLiteral("'$[#-1]'"));
        mentions = QStringLiteral("json_remove(%1, %2)").arg(mentions, lastPlaces.join(QStringLiteral(", ")));
    }
    SqlQuery update(m_db,
                    QStringLiteral("UPDATE pending_suggestions SET mentions = %1 WHERE article_id = ?").arg(mentions));
    for (const QString &path : std::as_const(middle))
        update.bind(path);
    update.bind(articleId).exec();
    for (auto it = removedPerEntity.cbegin(); it != removedPerEntity.cend(); ++it) {
        SqlQuery(m_db,
                 QStringLiteral("UPDATE pending_entities SET mentions = mentions - ? "
                                "WHERE article_id = ? AND entity_id = ?"))
            .bindAll({it.value(), articleId, it.key()})
            .exec();
        SqlQuery(m_db,
                 QStringLiteral("DELETE FROM pending_entities WHERE article_id = ? AND entity_id = ? "
                                "AND mentions <= 0 AND spoken = 0"))
            .bindAll({articleId, it.key()})
            .exec();
    }
    return true;
}

} // namespace lede
