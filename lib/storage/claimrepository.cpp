#include "storage/claimrepository.h"

#include "storage/sqlquery.h"
#include "storage/timestamps.h"

namespace lede {
namespace {

QVariant verdictValue(const Claim &claim)
{
    return claim.verdictValue ? QVariant(*claim.verdictValue) : QVariant(QMetaType::fromType<int>());
}

constexpr const char *kColumns = "c.id, c.article_id, c.version_id, c.start_pos, c.end_pos, c.summary, "
                                 "c.verdict_label, c.verdict_value, c.explanation, c.status, c.created_at, "
                                 "c.modified_at";

Claim readClaim(const SqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.versionId = q.value(2).toLongLong();
    c.span = {q.value(3).toInt(), q.value(4).toInt()};
    c.summary = q.value(5).toString();
    c.verdictLabel = q.value(6).toString();
    if (!q.value(7).isNull())
        c.verdictValue = q.value(7).toInt();
    c.explanation = q.value(8).toString();
    c.status = claimStatusFromString(q.value(9).toString()).value_or(ClaimStatus::ToCheck);
    c.created = fromStoredTime(q.value(10).toString());
    c.modified = fromStoredTime(q.value(11).toString());
    return c;
}

} // namespace

ClaimRepository::ClaimRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 ClaimRepository::insert(Claim &claim)
{
    const QString now = nowStoredTime();
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO claims (article_id, version_id, start_pos, end_pos, summary, verdict_label, verdict_value, "
            "explanation, status, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({claim.articleId, claim.versionId, claim.span.start, claim.span.end, claim.summary,
               SqlQuery::nullIfEmpty(claim.verdictLabel), verdictValue(claim), claim.explanation,
               toString(claim.status), now, now});
    q.exec();
    claim.id = q.lastInsertId().toLongLong();
    claim.created = claim.modified = fromStoredTime(now);
    return claim.id;
}

void ClaimRepository::update(const Claim &claim)
{
    SqlQuery(m_db,
             QStringLiteral(
                 "UPDATE claims SET summary = ?, verdict_label = ?, verdict_value = ?, explanation = ?, status = ?, "
                 "modified_at = ? WHERE id = ?"))
        .bindAll({claim.summary, SqlQuery::nullIfEmpty(claim.verdictLabel), verdictValue(claim), claim.explanation,
                  toString(claim.status), nowStoredTime(), claim.id})
        .exec();
}

QList<Claim> ClaimRepository::select(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM claims c WHERE ").arg(QLatin1String(kColumns)) + where
                   + QStringLiteral(" ORDER BY c.start_pos, c.id"));
    q.bind(value).exec();
    QList<Claim> out;
    while (q.next())
        out << readClaim(q);
    return out;
}

QList<ClaimListing> ClaimRepository::ofLibrary() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1, a.title FROM claims c JOIN articles a ON a.id = c.article_id "
                              "WHERE a.deleted_at IS NULL ORDER BY c.modified_at DESC, c.id DESC")
                   .arg(QLatin1String(kColumns)));
    q.exec();
    QList<ClaimListing> out;
    while (q.next())
        out.append({readClaim(q), q.value(12).toString()});
    return out;
}

std::optional<Claim> ClaimRepository::find(qint64 id) const
{
    const QList<Claim> found = select(QStringLiteral("c.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Claim>(found.first());
}

QList<Claim> ClaimRepository::ofArticle(qint64 articleId) const
{
    return select(QStringLiteral("c.article_id = ?"), articleId);
}

void ClaimRepository::remove(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM claims WHERE id = ?")).bind(id).exec();
}

VerdictScale ClaimRepository::verdictScale() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT label, value FROM verdicts ORDER BY value DESC"));
    q.exec();
    QList<Verdict> verdicts;
    while (q.next())
        verdicts.append({q.value(0).toString(), q.value(1).toInt()});
    return VerdictScale(verdicts);
}

void ClaimRepository::setVerdictScale(const VerdictScale &scale)
{
    SqlQuery::run(m_db, QStringLiteral("DELETE FROM verdicts"));
    for (const Verdict &v : scale.verdicts())
        SqlQuery(m_db, QStringLiteral("INSERT INTO verdicts (label, value) VALUES (?, ?)"))
            .bindAll({v.label, v.value})
            .exec();
}

void ClaimRepository::restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified)
{
    if (!created.isValid())
        return;
    SqlQuery(m_db, QStringLiteral("UPDATE claims SET created_at = ?, modified_at = ? WHERE id = ?"))
        .bindAll({toStoredTime(created), toStoredTime(modified.isValid() ? modified : created), id})
        .exec();
}

} // namespace lede
