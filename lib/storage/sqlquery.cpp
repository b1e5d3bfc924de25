#include "storage/sqlquery.h"

#include "domain/wordkey.h"
#include "storage/nativestatement.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>

namespace lede {
namespace {

[[noreturn]] void fail(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the write lock.
    if (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")
        || text.contains(QLatin1String("database is locked")))
        throw StorageError(StorageError::Kind::Locked,
                           QCoreApplication::translate("lede::Storage", "the library is locked by another program"));
    if (text.contains(QLatin1String("fts5: syntax error")) || text.contains(QLatin1String("no such column"))
        || text.contains(QLatin1String("unknown special query")))
        throw StorageError(StorageError::Kind::QueryError, text);
    if (text.contains(QLatin1String("file is not a database")))
        throw StorageError(StorageError::Kind::NotALibrary,
                           QCoreApplication::translate("lede::Storage", "not a Lede library (file is not a database)"));
    throw StorageError(StorageError::Kind::Failed, text);
}

QMutex cacheMutex;
QHash<WordKey, QHash<QString, std::shared_ptr<QSqlQuery>>> &statementCache()
{
    static QHash<WordKey, QHash<QString, std::shared_ptr<QSqlQuery>>> cache;
    return cache;
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_sql(sql)
{
    {
        QMutexLocker lock(&cacheMutex);
        auto &perConnection = statementCache()[db.connectionName()];
        const auto cached = perConnection.constFind(sql);
        if (cached != perConnection.constEnd()) {
            m_query = *cached;
            m_query->finish();
            return;
        }
    }
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        fail(m_query->lastError());
    QMutexLocker lock(&cacheMutex);
    statementCache()[db.connectionName()].insert(sql, m_query);
}

SqlQuery::~SqlQuery()
{
    if (m_query)
        m_query->finish();
}

void SqlQuery::releaseConnection(const QString &connectionName)
{
    NativeStatement::releaseConnection(connectionName);
    QMutexLocker lock(&cacheMutex);
    statementCache().remove(connectionName);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString would be stored as NULL; text columns hold '' instead. nullIfEmpty() is the
    // explicit way to store NULL.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_nextBinding++, QString(QLatin1String("")));
    else
        m_query->bindValue(m_nextBinding++, value);
    return *this;
}

SqlQuery &SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

void SqlQuery::exec()
{
    if (!m_query->exec())
        fail(m_query->lastError());
    m_nextBinding = 0;
}

QVariant SqlQuery::scalar()
{
    exec();
    const QVariant value = m_query->next() ? m_query->value(0) : QVariant();
    m_query->finish();
    return value;
}

void SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q.lastError());
}

QVariant SqlQuery::nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace lede
