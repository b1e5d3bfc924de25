#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lede {

// A statement run through SQLite's C API on the connection's own handle, for the few statements a
// bulk import runs per article and per entity: binding through QSqlQuery (a QVariant per value,
// Qt's bookkeeping per bind and per exec) cost the import's writer thread more than SQLite's work
// on those rows. Prepared once per connection and SQL text and reused, like SqlQuery's statements,
// and finalized with them (SqlQuery::releaseConnection()). Throws StorageError as SqlQuery does.
// Values are bound by position, in order; texts and blobs must outlive exec(). Reading is limited
// to one integer (integer()).
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase &db, const QString &sql);
    // Resets the statement, so that a finished read holds no transaction open.
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    NativeStatement &bind(qint64 value);
    NativeStatement &bind(int value) { return bind(qint64(value)); }
    // Text, stored as UTF-8; an empty (or null) text is stored as '' as SqlQuery does.
    NativeStatement &bind(QStringView text);
    // NULL for an empty text.
    NativeStatement &bindOrNull(QStringView text) { return text.isEmpty() ? bindNull() : bind(text); }
    // NULL for an empty blob.
    NativeStatement &bindBlobOrNull(const QByteArray &blob);
    NativeStatement &bindNull();

    // Runs the statement (an insert or an update) and resets it for its next use.
    void exec();
    qint64 lastInsertId() const;
    // Runs a statement that reads an integer: the first column of its first row, none without a
    // row; resets it for its next use.
    std::optional<qint64> integer();

    // Drops the statements of a connection before it closes (called by SqlQuery::releaseConnection()).
    static void releaseConnection(const QString &connectionName);

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_nextBinding = 1;
    std::vector<QByteArray> m_texts; // the bound texts' UTF-8, alive until the bindings are cleared
};

} // namespace lede
