#include "storage/migrations.h"

#include <QDir>
#include <QRegularExpression>

namespace lede {

QStringList Migrations::files()
{
    QStringList names =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.prepend(QStringLiteral(":/migrations/"));
    return names;
}

QStringList Migrations::statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace lede
