#pragma once

#include "import/feeds/feed.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lede {

// Reads RSS 2.0 (and 0.9x), RSS 1.0 / RDF and Atom 1.0 with a streaming XML reader, so that time
// and memory grow with the feed's size only. A feed that is not well-formed XML to its end
// (truncated, malformed) is refused whole: nothing of it is returned.
class FeedParser
{
public:
    static constexpr qsizetype kMaxFeedBytes = 32 * 1024 * 1024;
    static constexpr int kMaxItems = 50000;

    // Returns nothing and sets *error to a one-line reason when the bytes are not a usable feed.
    static std::optional<Feed> parse(const QByteArray &bytes, QString *error);

    // True when the start of the bytes is an RSS, RDF or Atom document (not OPML, not HTML).
    static bool looksLikeFeed(const QByteArray &head);
};

} // namespace lede
