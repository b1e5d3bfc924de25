#include "storage/entityspreadrepository.h"

#include "domain/mention.h"
#include "storage/entityrepository.h"
#include "storage/jsonrows.h"
#include "storage/pendingsuggestions.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <algorithm>

namespace lede {
namespace {

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
    q.bind(JsonRows::numberArray(articleIds)).exec();
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
    // An unreviewed article keeps its suggestions as one pending set: the new ones join it.
    // Turning the set into rows instead would write some sixty rows per article for the two or
    // three that are new.
    if (std::optional<QList<qint64>> ids =
            PendingSuggestions(m_db).appendMentions(articleId, versionId, entityId, spans))
        return *ids;
    QList<qint64> ids;
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
        if (PendingSuggestions(m_db).removeMentions(it.key(), it.value()))
            out << it.key();
    const QString ids = JsonRows::numberArray(mentionIds);
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

} // namespace lede
