#include "storage/backgroundcheckpointer.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace lede {
namespace {

QAtomicInteger<int> checkpointerCounter;

void setAutoCheckpoint(QSqlDatabase &db, int pages)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

} // namespace

BackgroundCheckpointer::BackgroundCheckpointer(const QSqlDatabase &writer)
    : m_writer(writer)
{
    const QString path = m_writer.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    setAutoCheckpoint(m_writer, 0);
    m_thread = std::thread([this, path] { run(path); });
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    setAutoCheckpoint(m_writer, 1000); // SQLite's default
}

void BackgroundCheckpointer::request()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void BackgroundCheckpointer::run(const QString &path)
{
    // A connection belongs to the thread that opened it.
    const QString name = QStringLiteral("lede-checkpointer-%1").arg(checkpointerCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            for (;;) {
                {
                    std::unique_lock lock(m_mutex);
                    m_wake.wait(lock, [this] { return m_requested || m_stopping; });
                    if (!m_requested)
                        break; // stopping, and the last request was served
                    m_requested = false;
                }
                // PASSIVE: copies what is committed without blocking the writer, who goes on
                // appending to the log meanwhile.
                query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                query.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace lede
