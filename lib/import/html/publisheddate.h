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
    // The date in a URL path such as "/2019/11/18/story" or "/news/2019-11-18-story", if any.
    static QString fromUrlPath(const QString &path);
};

} // namespace lede
