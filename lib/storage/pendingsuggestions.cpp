#include "storage/pendingsuggestions.h"

#include "storage/entityrepository.h"
#include "storage/jsonrows.h"
#include "storage/nativestatement.h"
#include "storage/quoterepository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QHash>

namespace lede {
namespace {

constexpr int kEntityRowsPerStatement = 32;

// INSERT INTO pending_entities … VALUES (?, ?, ?, ?), … with that many rows; built once per count.
const QString &entityRowsStatement(int rows)
{
    static const QList<QString> statements = [] {
        QList<QString> all {QString()};
        QString values;
        for (int n = 1; n <= kEntityRowsPerStatement; ++n) {
            values += n == 1 ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?)");
            all << QStringLiteral("INSERT INTO pending_entities (article_id, entity_id, mentions, spoken) VALUES ")
                    + values;
        }
        return all;
    }();
    return statements.at(rows);
}

} // namespace

PendingSuggestions::PendingSuggestions(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<qint64> PendingSuggestions::articleOfId(qint64 id)
{
    if (id < kFirstId)
        return std::nullopt;
    return (id - kFirstId) / kIdsPerArticle;
}

void PendingSuggestions::materialiseForId(qint64 quoteOrMentionId) const
{
    if (const std::optional<qint64> article = articleOfId(quoteOrMentionId))
        materialise(*article);
}

void PendingSuggestions::store(qint64 articleId, qint64 versionId, const QList<QPair<TextSpan, qint64>> &mentions,
                               const QList<Quote> &quotes)
{
    if (mentions.isEmpty() && quotes.isEmpty())
        return;
    if (mentions.size() >= kIdsPerArticle || quotes.size() >= kIdsPerArticle)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "too many suggestions for one article"));
    // Per entity: how often it is mentioned, how often it speaks.
    QHash<qint64, QPair<int, int>> perEntity;
    for (const auto &[span, entity] : mentions)
        ++perEntity[entity].first;
    for (const Quote &q : quotes) {
        if (q.speakerEntityId)
            ++perEntity[q.speakerEntityId].second;
    }
    // The C API: an import runs these for every article (see NativeStatement).
    const QString mentionsJson = EntityRepository::mentionRowsJson(mentions);
    const QString quotesJson = QuoteRepository::rowsJson(quotes);
    const QString now = nowStoredTime();
    NativeStatement(m_db,
                    QStringLiteral("INSERT INTO pending_suggestions (article_id, version_id, mentions, quotes, "
                                   "quote_count, created_at) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(articleId)
        .bind(versionId)
        .bind(mentionsJson)
        .bind(quotesJson)
        .bind(qint64(quotes.size()))
        .bind(now)
        .exec();
    if (perEntity.isEmpty())
        return;
    // Rows of bound values, up to kEntityRowsPerStatement in a statement: unpacking JSON rows
    // (json_each and ->>) cost SQLite more than the rows themselves, and an import writes some 25
    // per article.
    auto it = perEntity.cbegin();
    for (qsizetype left = perEntity.size(); left > 0;) {
        const int rows = int(std::min<qsizetype>(left, kEntityRowsPerStatement));
        NativeStatement insert(m_db, entityRowsStatement(rows));
        for (int r = 0; r < rows; ++r, ++it)
            insert.bind(articleId).bind(it.key()).bind(it.value().first).bind(it.value().second);
        insert.exec();
        left -= rows;
    }
}

std::optional<QList<qint64>> PendingSuggestions::appendMentions(qint64 articleId, qint64 versionId, qint64 entityId,
                                                                const QList<TextSpan> &spans) const
{
    const QVariant count = SqlQuery(m_db,
                                    QStringLiteral("SELECT json_array_length(mentions) FROM pending_suggestions "
                                                   "WHERE article_id = ? AND version_id = ?"))
                               .bindAll({articleId, versionId})
                               .scalar();
    if (!count.isValid())
        return std::nullopt;
    QList<qint64> ids;
    qint64 index = count.toLongLong();
    for (const TextSpan &span : spans) {
        SqlQuery(m_db,
                 QStringLiteral("UPDATE pending_suggestions SET mentions = json_insert(mentions, '$[#]', "
                                "json_array(?, ?, ?)) WHERE article_id = ?"))
            .bindAll({span.start, span.end, entityId, articleId})
            .exec();
        ids << idFor(articleId, index++);
    }
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO pending_entities (article_id, entity_id, mentions, spoken) "
                            "VALUES (?, ?, ?, 0) ON CONFLICT (article_id, entity_id) "
                            "DO UPDATE SET mentions = mentions + excluded.mentions"))
        .bindAll({articleId, entityId, int(spans.size())})
        .exec();
    return ids;
}

bool PendingSuggestions::removeMentions(qint64 articleId, const QList<qint64> &indexes) const
{
    // The places asked for that the set still has, with their entities (0: taken out before).
    SqlQuery q(m_db,
               QStringLiteral("SELECT j.key, j.value ->> 2, json_array_length(p.mentions) "
                              "FROM pending_suggestions p, json_each(p.mentions) j "
                              "WHERE p.article_id = ? AND j.key IN (SELECT value FROM json_each(?))"));
    q.bindAll({articleId, JsonRows::numberArray(indexes)}).exec();
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

void PendingSuggestions::materialise(qint64 articleId) const
{
    const QVariant pending = SqlQuery(m_db, QStringLiteral("SELECT 1 FROM pending_suggestions WHERE article_id = ?"))
                                 .bind(articleId)
                                 .scalar();
    if (!pending.isValid())
        return; // the common case once an article was opened: no write at all
    SqlQuery::run(m_db, QStringLiteral("SAVEPOINT materialise_suggestions"));
    try {
        // Each row gets the id it had while pending (j.key is its place in the array).
        SqlQuery(
            m_db,
            QStringLiteral("INSERT INTO mentions (id, article_id, version_id, start_pos, end_pos, entity_id, status) "
                           "SELECT ? + j.key, p.article_id, p.version_id, j.value ->> 0, j.value ->> 1, j.value ->> 2, "
                           "'suggested' FROM pending_suggestions p, json_each(p.mentions) j "
                           "WHERE p.article_id = ? AND EXISTS (SELECT 1 FROM entities e WHERE e.id = j.value ->> 2) "
                           "ORDER BY j.key"))
            .bindAll({idFor(articleId, 0), articleId})
            .exec();
        SqlQuery(
            m_db,
            QStringLiteral("INSERT INTO quotes (id, article_id, version_id, start_pos, end_pos, speaker_entity_id, "
                           "speaker_start, speaker_end, cue, kind, status, created_at, modified_at, speaker_label) "
                           "SELECT ? + j.key, p.article_id, p.version_id, j.value ->> 0, j.value ->> 1, "
                           "(SELECT e.id FROM entities e WHERE e.id = j.value ->> 2), j.value ->> 3, "
                           "j.value ->> 4, j.value ->> 5, j.value ->> 6, 'suggested', p.created_at, p.created_at, "
                           "j.value ->> 7 "
                           "FROM pending_suggestions p, json_each(p.quotes) j WHERE p.article_id = ? "
                           "ORDER BY j.key"))
            .bindAll({idFor(articleId, 0), articleId})
            .exec();
        SqlQuery(m_db, QStringLiteral("DELETE FROM pending_suggestions WHERE article_id = ?")).bind(articleId).exec();
        SqlQuery::run(m_db, QStringLiteral("RELEASE materialise_suggestions"));
    } catch (...) {
        SqlQuery::run(m_db, QStringLiteral("ROLLBACK TO materialise_suggestions"));
        SqlQuery::run(m_db, QStringLiteral("RELEASE materialise_suggestions"));
        throw;
    }
}

void PendingSuggestions::discard(qint64 articleId) const
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM pending_suggestions WHERE article_id = ?")).bind(articleId).exec();
}

void PendingSuggestions::materialiseEntity(qint64 entityId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT article_id FROM pending_entities WHERE entity_id = ?"));
    q.bind(entityId).exec();
    QList<qint64> articles;
    while (q.next())
        articles << q.value(0).toLongLong();
    for (qint64 id : std::as_const(articles))
        materialise(id);
}

} // namespace lede
