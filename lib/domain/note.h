#pragma once

#include "domain/textspan.h"

#include <QDateTime>
#include <QString>

namespace lede {

struct Note
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 versionId = 0;
    TextSpan span;
    QString text;
    QDateTime created;
    QDateTime modified;
};

} // namespace lede
