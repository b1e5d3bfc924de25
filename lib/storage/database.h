#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lede {

// One open library file: the connection, its pragmas and its schema. Opening checks before it
// writes anything, so that a file that is not a library, or a library from a newer Lede, is refused
// untouched. Throws StorageError.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    explicit Database(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    // 'LEDE' in the SQLite header, so that a library can be recognised by its bytes.
    static constexpr int kApplicationId = 0x4C454445;
    // The page size of a library created by this version (see configure()).
    static constexpr int kNewLibraryPageSize = 16384;

private:
    void checkHeader(OpenMode mode) const;
    void configure();
    void checkOwnership();
    // What a bulk import set aside and did not put back (see PendingEntityIndex).
    void restoreIndexes();
    void migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace lede
