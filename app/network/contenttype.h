#pragma once

#include <QString>

namespace lede {

// Reads HTTP Content-Type values for the fetcher's checks.
class ContentType
{
public:
    // "text/html" from "Text/HTML; charset=UTF-8".
    static QString mimeType(const QString &header);
    // What a person would call a type that is not a web page or feed ("a PDF document", "an
    // image"), or an empty string when the type may be a page or a feed.
    static QString unwantedKind(const QString &header);
};

} // namespace lede
