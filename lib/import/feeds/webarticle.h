#pragma once

#include "import/feeds/feed.h"
#include "import/feeds/websource.h"
#include "import/sourcereader.h"

#include <optional>

namespace lede {

// Turns what came from the web into articles for the importer.
class WebArticle
{
public:
    // A page below this many letters is "poor" when the feed's own text is longer.
    static constexpr int kPoorPageLetters = 500;

    // A fetched web page: the HTTP charset and the final URL go to the extractor. The article's URL
    // is the canonical URL the page names, else the URL it was fetched from after redirects.
    static std::optional<SourceArticle> fromPage(const WebResponse &page, QString *error);
    // A feed item from the feed's own text (summary or full content).
    static std::optional<SourceArticle> fromFeedItem(const FeedItem &item, const Feed &feed, QString *error);
    // Every item of a feed from the feed's own text; origins are the items' links.
    static SourceDocument fromFeed(const Feed &feed, const QString &origin);
    // The page's article with the feed item's metadata filling what the page lacks; the feed's own
    // text instead when the page failed or holds clearly less than the feed.
    static std::optional<SourceArticle> forFeedItem(const FeedItem &item, const Feed &feed,
                                                    const std::optional<WebResponse> &page, QString *error);

    static int letters(const QString &text);
};

} // namespace lede
