#include "storage/transaction.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace lede {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    SqlQuery::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace lede
