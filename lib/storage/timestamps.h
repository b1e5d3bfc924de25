#pragma once

#include <QDateTime>
#include <QString>

namespace lede {

// Times are stored as ISO 8601 UTC text with milliseconds, so that they sort and read well.
QString toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(const QString &text);
QString nowStoredTime();

} // namespace lede
