#include "storage/pendingentityindex.h"

#include "storage/sqlquery.h"

namespace lede {

bool PendingEntityIndex::exists(const QSqlDatabase &db)
{
    return SqlQuery(db,
                    QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = "
                                   "'pending_entities_entity'"))
        .scalar()
        .isValid();
}

void PendingEntityIndex::drop(const QSqlDatabase &db)
{
    SqlQuery::run(db, QStringLiteral("DROP INDEX IF EXISTS pending_entities_entity"));
}

void PendingEntityIndex::create(const QSqlDatabase &db)
{
    // As resources/migrations/0007_entity_counts.sql creates it.
    SqlQuery::run(db,
                  QStringLiteral("CREATE INDEX IF NOT EXISTS pending_entities_entity ON "
                                 "pending_entities(entity_id, mentions, spoken)"));
}

} // namespace lede
