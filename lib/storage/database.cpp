#include "storage/database.h"

#include "storage/articlerepository.h"
#include "storage/migrations.h"
#include "storage/pendingentityindex.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcStorage, "lede.storage", QtWarningMsg)

namespace lede {
namespace {

QAtomicInteger<int> connectionCounter;

QString describe(const QString &path)
{
    return QFileInfo(path).fileName();
}

// SQLite counts every allocation it makes under a mutex of its own, for statistics Lede never
// reads: over an import that is a lock and an unlock per allocation on the writer thread (1.2% of
// the CPU of importing 3,360 articles). Turned off before the first connection opens; once SQLite
// is initialised the call is refused and changes nothing.
void skipMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

Database::Database(const QString &path, OpenMode mode)
    : m_path(path)
    , m_connectionName(QStringLiteral("lede-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    checkHeader(mode);
    skipMemoryStatistics();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw StorageError(StorageError::Kind::Failed, m_db.lastError().text());
    try {
        checkOwnership();
        configure();
        migrate();
        restoreIndexes();
    } catch (...) {
        SqlQuery::releaseConnection(m_connectionName);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    if (m_db.isOpen()) {
        // Fold the WAL back into the file while we are the last user, so that a copied library
        // file is complete on its own.
        QSqlQuery checkpoint(m_db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    SqlQuery::releaseConnection(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkHeader(OpenMode mode) const
{
    if (m_path == QLatin1String(":memory:"))
        return;
    QFileInfo info(m_path);
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            throw StorageError(StorageError::Kind::Missing,
                               QCoreApplication::translate("lede::Storage", "no such library"));
        if (!QFileInfo(info.absolutePath()).isDir())
            throw StorageError(
                StorageError::Kind::Missing,
                QCoreApplication::translate("lede::Storage", "the folder %1 does not exist").arg(info.absolutePath()));
        return;
    }
    if (info.isDir())
        throw StorageError(StorageError::Kind::NotALibrary,
                           QCoreApplication::translate("lede::Storage", "is a folder, not a library file"));
    if (info.size() == 0)
        return; // an empty file becomes a new library
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::NotALibrary,
                           QCoreApplication::translate("lede::Storage", "cannot be read (%1)").arg(file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        throw StorageError(StorageError::Kind::NotALibrary,
                           QCoreApplication::translate("lede::Storage", "not a Lede library (not an SQLite database)"));
}

void Database::checkOwnership()
{
    const int appId = SqlQuery(m_db, QStringLiteral("PRAGMA application_id")).scalar().toInt();
    const int version = schemaVersion();
    const int tables = SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).scalar().toInt();
    if (appId != kApplicationId && (appId != 0 || tables > 0))
        throw StorageError(
            StorageError::Kind::NotALibrary,
            QCoreApplication::translate("lede::Storage", "not a Lede library (an SQLite database of another program)"));
    if (version > latestSchemaVersion())
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QCoreApplication::translate("lede::Storage",
                                        "written by a newer version of Lede (library schema %1, this version reads "
                                        "up to %2); it was left untouched")
                .arg(version)
                .arg(latestSchemaVersion()));
}

void Database::configure()
{
    SqlQuery::run(m_db, QStringLiteral("PRAGMA busy_timeout = 2000"));
    SqlQuery::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // A new library gets 16 KB pages (SQLite's default is 4 KB): an article's text and FTS5's
    // 4,050-byte index pages then fit in one page instead of spilling onto overflow pages, and a
    // commit writes a quarter as many log frames. 3,360 articles: writer thread 0.91-0.97 s instead
    // of 0.98-1.26 s, system time 0.16-0.20 s instead of 0.24-0.31 s. Only possible before the
    // first write; existing libraries keep their size.
    if (SqlQuery(m_db, QStringLiteral("PRAGMA page_count")).scalar().toInt() == 0)
        SqlQuery::run(m_db, QStringLiteral("PRAGMA page_size = %1").arg(kNewLibraryPageSize));
    if (m_path != QLatin1String(":memory:")) {
        const QString mode = SqlQuery(m_db, QStringLiteral("PRAGMA journal_mode = WAL")).scalar().toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StorageError(
                StorageError::Kind::Failed,
                QCoreApplication::translate("lede::Storage", "cannot switch the library to WAL mode (%1)").arg(mode));
    }
    // NORMAL is safe with WAL: a crash can lose the last commits' durability, never consistency.
    SqlQuery::run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // A 32 MB page cache keeps an import batch in memory instead of spilling it to the WAL page by
    // page; savepoint journals stay in memory too.
    SqlQuery::run(m_db, QStringLiteral("PRAGMA cache_size = -32768"));
    SqlQuery::run(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

int Database::schemaVersion() const
{
    return SqlQuery(m_db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
}

int Database::latestSchemaVersion()
{
    return int(Migrations::files().size());
}

void Database::restoreIndexes()
{
    if (PendingEntityIndex::exists(m_db))
        return;
    try {
        PendingEntityIndex::create(m_db);
        // The import that dropped it held back the search index's merges too.
        ArticleRepository::holdBackIndexMerges(m_db, false);
        qCInfo(lcStorage) << "rebuilt the entity count index of" << describe(m_path);
    } catch (const StorageError &e) {
        // Another writer holds the library: the next opening builds it; until then counts are slower.
        qCWarning(lcStorage) << describe(m_path) << "entity count index not rebuilt:" << e.message();
    }
}

void Database::migrate()
{
    const QStringList files = Migrations::files();
    if (schemaVersion() >= files.size())
        return;
    // A migration that builds a table anew (schema 8) drops the old one; with foreign keys on, that
    // would first delete every row referring to it. Migrations keep the ids, so the references hold
    // again when the new table takes the old one's name. (The pragma is ignored inside a transaction.)
    SqlQuery::run(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysBackOn = qScopeGuard([this] {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); // no throwing while unwinding
    });
    for (int version = schemaVersion() + 1; version <= files.size(); ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Failed,
                               QCoreApplication::translate("lede::Storage", "migration %1 is missing").arg(version));
        const QString sql = QString::fromUtf8(file.readAll());
        Transaction tx(m_db);
        for (const QString &statement : Migrations::statements(sql))
            SqlQuery::run(m_db, statement);
        // PRAGMA values cannot be bound; both are integers we control.
        SqlQuery::run(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        SqlQuery::run(m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        tx.commit();
        qCInfo(lcStorage) << "migrated" << describe(m_path) << "to schema" << version;
    }
}

} // namespace lede
