#pragma once

#include <QString>

namespace lede {

struct Tag
{
    qint64 id = 0;
    QString name;
};

} // namespace lede
