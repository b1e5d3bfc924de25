#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lede {

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString definition; // opaque to the library: the GUI's description of its filters
};

// Named article-list filters, kept with the library so that they travel with it.
class SavedSearchRepository
{
public:
    explicit SavedSearchRepository(const QSqlDatabase &db);

    QList<SavedSearch> all() const;
    // Creates the search, or replaces the definition of the one with that name (any case).
    qint64 save(const QString &name, const QString &definition);
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace lede
