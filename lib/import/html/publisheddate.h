#pragma once

#include <QString>

namespace lede {

// Normalises the many ways pages write a publication date to "YYYY-MM-DD[THH:MM[:SS]]", keeping
// the local time the page states (the time zone is dropped, not converted).
class PublishedDate
{
public:
    // Returns an empty string when the value holds no recognisable date.
    static QString normalize(const QString &value);
};

} // namespace lede
