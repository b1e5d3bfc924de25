#include "storage/timestamps.h"

namespace lede {

QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString nowStoredTime()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

} // namespace lede
