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
    // A bulk import asks thousands of times per second; formatting is the costly part, so each
    // thread keeps the text of the last millisecond it formatted.
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 ms = now.toMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = toStoredTime(now);
        lastMs = ms;
    }
    return lastText;
}

} // namespace lede
