#pragma once

#include <QSqlDatabase>

namespace lede {

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() is reached. IMMEDIATE takes the write
// lock at the start, so a second writer fails at once with "locked" instead of half-way through.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace lede

namespace lede {

// A nested unit inside an open transaction: released on success, rolled back (and released)
// otherwise, leaving the outer transaction as it was before the savepoint.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace lede
