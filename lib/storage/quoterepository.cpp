#include "storage/quoterepository.h"

#include "storage/jsonrows.h"
#include "storage/pendingsuggestions.h"
#include "storage/sqlquery.h"
#include "storage/timestamps.h"

namespace lede {
namespace {

QVariant nullableInt(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

// Quotes from a query of select()'s columns.
QList<Quote> readQuotes(SqlQuery &q)
{
    QList<Quote> out;
    while (q.next()) {
        Quote quote;
        quote.id = q.value(0).toLongLong();
        quote.articleId = q.value(1).toLongLong();
        quote.versionId = q.value(2).toLongLong();
        quote.span = {q.value(3).toInt(), q.value(4).toInt()};
        quote.speakerEntityId = q.value(5).toLongLong();
        quote.speakerName = q.value(6).toString();
        if (!q.value(7).isNull())
            quote.speakerSpan = TextSpan {q.value(7).toInt(), q.value(8).toInt()};
        quote.cue = q.value(9).toString();
        quote.kind = quoteKindFromString(q.value(10).toString()).value_or(QuoteKind::Direct);
        quote.status = reviewStatusFromString(q.value(11).toString());
        quote.created = fromStoredTime(q.value(12).toString());
        quote.modified = fromStoredTime(q.value(13).toString());
        quote.speakerLabel = q.value(14).toString();
        out << quote;
    }
    return out;
}

// The columns readQuotes() takes, from the quote rows, up to a WHERE to complete. A speaker that
// is no entity is named by its label or else by the article's own words (speaker_start/end are
// code points, as SQLite's substr counts them).
QString quoteRowsWhere()
{
    return QStringLiteral(
        "SELECT q.id, q.article_id, q.version_id, q.start_pos, q.end_pos, q.speaker_entity_id, "
        "coalesce(e.name, q.speaker_label, substr(v.body, q.speaker_start + 1, q.speaker_end - q.speaker_start)), "
        "q.speaker_start, q.speaker_end, q.cue, q.kind, q.status, q.created_at, q.modified_at, "
        "q.speaker_label "
        "FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id "
        "LEFT JOIN article_versions v ON v.id = q.version_id WHERE ");
}

} // namespace

QuoteRepository::QuoteRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 QuoteRepository::insert(Quote &quote)
{
    const QString now = nowStoredTime();
    SqlQuery q(m_db,
               QStringLiteral(
                   "INSERT INTO quotes (article_id, version_id, start_pos, end_pos, speaker_entity_id, speaker_start, "
                   "speaker_end, cue, kind, status, created_at, modified_at, speaker_label) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({quote.articleId, quote.versionId, quote.span.start, quote.span.end,
               quote.speakerEntityId ? QVariant(quote.speakerEntityId) : QVariant(QMetaType::fromType<qint64>()),
               nullableInt(quote.speakerSpan ? std::optional<int>(quote.speakerSpan->start) : std::nullopt),
               nullableInt(quote.speakerSpan ? std::optional<int>(quote.speakerSpan->end) : std::nullopt),
               SqlQuery::nullIfEmpty(quote.cue), toString(quote.kind), toString(quote.status), now, now,
               SqlQuery::nullIfEmpty(quote.speakerLabel)});
    q.exec();
    quote.id = q.lastInsertId().toLongLong();
    quote.created = quote.modified = fromStoredTime(now);
    return quote.id;
}

QString QuoteRepository::rowsJson(const QList<Quote> &quotes)
{
    JsonRows rows(quotes.size() * 48);
    for (const Quote &q : quotes) {
        rows.beginRow();
        rows.add(q.span.start);
        rows.add(q.span.end);
        if (q.speakerEntityId)
            rows.add(q.speakerEntityId);
        else
            rows.addNull();
        if (q.speakerSpan) {
            rows.add(q.speakerSpan->start);
            rows.add(q.speakerSpan->end);
        } else {
            rows.addNull();
            rows.addNull();
        }
        if (q.cue.isEmpty())
            rows.addNull();
        else
            rows.add(q.cue);
        rows.add(toString(q.kind));
        if (!q.speakerLabel.isEmpty())
            rows.add(q.speakerLabel); // rare: most rows end at the kind
        rows.endRow();
    }
    return rows.text();
}

void QuoteRepository::insertSuggested(qint64 articleId, qint64 versionId, const QList<Quote> &quotes)
{
    if (quotes.isEmpty())
        return;
    const QString now = nowStoredTime();
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO quotes (article_id, version_id, start_pos, end_pos, speaker_entity_id, "
                            "speaker_start, speaker_end, cue, kind, status, created_at, modified_at, speaker_label) "
                            "SELECT ?, ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, "
                            "value ->> 5, value ->> 6, 'suggested', ?, ?, value ->> 7 FROM json_each(?)"))
        .bindAll({articleId, versionId, now, now, rowsJson(quotes)})
        .exec();
}

QList<Quote> QuoteRepository::select(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_db, quoteRowsWhere() + where + QStringLiteral(" ORDER BY q.start_pos, q.end_pos"));
    q.bind(value).exec();
    return readQuotes(q);
}

QList<Quote> QuoteRepository::ofArticle(qint64 articleId) const
{
    // The rows, and the pending set read as rows (see PendingSuggestions); a speaker entity deleted
    // since reads as the article's words, as ON DELETE SET NULL makes it for rows.
    SqlQuery q(
        m_db,
        quoteRowsWhere()
            + QStringLiteral(
                "q.article_id = ? "
                "UNION ALL "
                "SELECT ? + j.key, p.article_id, p.version_id, j.value ->> 0, j.value ->> 1, e.id, "
                "coalesce(e.name, j.value ->> 7, substr(v.body, (j.value ->> 3) + 1, (j.value ->> 4) - "
                "(j.value ->> 3))), j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, 'suggested', "
                "p.created_at, p.created_at, j.value ->> 7 FROM pending_suggestions p JOIN json_each(p.quotes) j "
                "LEFT JOIN entities e ON e.id = j.value ->> 2 "
                "LEFT JOIN article_versions v ON v.id = p.version_id WHERE p.article_id = ? ORDER BY 4, 5, 1"));
    q.bindAll({articleId, PendingSuggestions::idFor(articleId, 0), articleId}).exec();
    return readQuotes(q);
}

std::optional<Quote> QuoteRepository::find(qint64 id) const
{
    if (const std::optional<qint64> article = PendingSuggestions::articleOfId(id)) {
        for (const Quote &q : ofArticle(*article)) {
            if (q.id == id)
                return q;
        }
        return std::nullopt;
    }
    const QList<Quote> found = select(QStringLiteral("q.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Quote>(found.first());
}

void QuoteRepository::setStatus(qint64 id, ReviewStatus status)
{
    PendingSuggestions(m_db).materialiseForId(id);
    SqlQuery(m_db, QStringLiteral("UPDATE quotes SET status = ?, modified_at = ? WHERE id = ?"))
        .bindAll({toString(status), nowStoredTime(), id})
        .exec();
}

void QuoteRepository::setSpeaker(qint64 id, qint64 entityId, std::optional<TextSpan> mention, const QString &label)
{
    PendingSuggestions(m_db).materialiseForId(id);
    SqlQuery(m_db,
             QStringLiteral("UPDATE quotes SET speaker_entity_id = ?, speaker_start = ?, speaker_end = ?, "
                            "speaker_label = ?, modified_at = ? WHERE id = ?"))
        .bindAll({entityId ? QVariant(entityId) : QVariant(QMetaType::fromType<qint64>()),
                  nullableInt(mention ? std::optional<int>(mention->start) : std::nullopt),
                  nullableInt(mention ? std::optional<int>(mention->end) : std::nullopt), SqlQuery::nullIfEmpty(label),
                  nowStoredTime(), id})
        .exec();
}

void QuoteRepository::remove(qint64 id)
{
    PendingSuggestions(m_db).materialiseForId(id);
    SqlQuery(m_db, QStringLiteral("DELETE FROM quotes WHERE id = ?")).bind(id).exec();
}

void QuoteRepository::removeSuggested(qint64 articleId)
{
    PendingSuggestions(m_db).materialise(articleId);
    SqlQuery(m_db, QStringLiteral("DELETE FROM quotes WHERE article_id = ? AND status = 'suggested'"))
        .bind(articleId)
        .exec();
}

void QuoteRepository::restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified)
{
    if (!created.isValid())
        return;
    PendingSuggestions(m_db).materialiseForId(id);
    SqlQuery(m_db, QStringLiteral("UPDATE quotes SET created_at = ?, modified_at = ? WHERE id = ?"))
        .bindAll({toStoredTime(created), toStoredTime(modified.isValid() ? modified : created), id})
        .exec();
}

} // namespace lede
