#pragma once

#include "domain/claim.h"
#include "domain/verdictscale.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace lede {

// A claim with the title of its article, for a list of the library's claims.
struct ClaimListing
{
    Claim claim;
    QString articleTitle;
};

// Claims and the library's verdict scale.
class ClaimRepository
{
public:
    explicit ClaimRepository(const QSqlDatabase &db);

    qint64 insert(Claim &claim);
    // Writes every editable field of the claim (summary, verdict, explanation, status).
    void update(const Claim &claim);
    std::optional<Claim> find(qint64 id) const;
    QList<Claim> ofArticle(qint64 articleId) const;
    // Every claim of the articles not in the trash, the last changed first: a fact-checker's desk.
    QList<ClaimListing> ofLibrary() const;
    void remove(qint64 id);
    // Keeps the times an annotation had in another library (bundle import).
    void restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified);

    VerdictScale verdictScale() const;
    void setVerdictScale(const VerdictScale &scale);

private:
    QList<Claim> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace lede
