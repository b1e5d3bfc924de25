#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

namespace lede {

// A prepared statement with bound parameters that throws StorageError on failure, so that
// repositories read as a list of statements and a failure always rolls back the transaction.
// Statements are prepared once per connection and reused (bulk imports run the same few
// statements hundreds of thousands of times); so one SQL text must not be iterated while a second
// SqlQuery with the same text runs.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    // Resets the statement, so that a finished read holds no transaction open.
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    void exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

    // Runs a statement with no parameters and no result.
    static void run(const QSqlDatabase &db, const QString &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar();

    // NULL for empty strings: optional text columns stay NULL rather than ''.
    static QVariant nullIfEmpty(const QString &text);
    // Drops the prepared statements of a connection before it closes.
    static void releaseConnection(const QString &connectionName);

private:
    std::shared_ptr<QSqlQuery> m_query;
    QString m_sql;
    int m_nextBinding = 0;
};

} // namespace lede
