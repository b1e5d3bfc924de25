#include "storage/savedsearchrepository.h"

#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace lede {

SavedSearchRepository::SavedSearchRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<SavedSearch> SavedSearchRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, definition FROM saved_searches ORDER BY name COLLATE NOCASE"));
    q.exec();
    QList<SavedSearch> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

qint64 SavedSearchRepository::save(const QString &name, const QString &definition)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "a saved search needs a name"));
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO saved_searches (name, definition, created_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"))
        .bindAll({trimmed, definition, nowStoredTime()})
        .exec();
    return SqlQuery(m_db, QStringLiteral("SELECT id FROM saved_searches WHERE name = ?"))
        .bind(trimmed)
        .scalar()
        .toLongLong();
}

void SavedSearchRepository::remove(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM saved_searches WHERE id = ?")).bind(id).exec();
}

} // namespace lede
