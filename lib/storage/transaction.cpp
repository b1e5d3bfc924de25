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

namespace lede {

Savepoint::Savepoint(const QSqlDatabase &db)
    : m_db(db)
{
    SqlQuery::run(m_db, QStringLiteral("SAVEPOINT lede_unit"));
    m_open = true;
}

Savepoint::~Savepoint()
{
    if (m_open) {
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO lede_unit"));
        undo.exec(QStringLiteral("RELEASE lede_unit"));
    }
}

void Savepoint::release()
{
    SqlQuery::run(m_db, QStringLiteral("RELEASE lede_unit"));
    m_open = false;
}

} // namespace lede
