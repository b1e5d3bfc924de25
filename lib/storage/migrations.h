#pragma once

#include <QString>
#include <QStringList>

namespace lede {

// The numbered schema migrations kept in resources (:/migrations/NNNN_name.sql).
class Migrations
{
public:
    // Migration N takes a library from user_version N-1 to N; index 0 holds migration 1.
    static QStringList files();
    // A migration's statements, one string each; "CREATE TRIGGER ... END;" stays whole.
    static QStringList statements(const QString &sql);
};

} // namespace lede
