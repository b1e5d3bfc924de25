#pragma once

#include <QSqlDatabase>

namespace lede {

// The index the entity list's counts read (schema 7, pending_entities by entity). Kept up row by
// row it costs a bulk import some 8% of its time; built once after the import, a fraction of that.
// So a large import sets it aside while it writes and builds it again when it is done, and opening
// a library builds it should an import not have finished (a crash): without it everything still
// works, the entity list just counts slower.
class PendingEntityIndex
{
public:
    static bool exists(const QSqlDatabase &db);
    // Outside a transaction.
    static void drop(const QSqlDatabase &db);
    static void create(const QSqlDatabase &db);
};

} // namespace lede
