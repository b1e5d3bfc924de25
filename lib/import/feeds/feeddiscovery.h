#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace lede {

// The feeds a web page names in its head (<link rel="alternate" type="application/rss+xml" …>),
// which is how feed readers turn a site's address into its feed: a person subscribes to
// "https://courier.example/" and means the feed that page points to.
class FeedDiscovery
{
public:
    // In the page's order, resolved against its address (and its <base href>), without repeats.
    static QList<QUrl> feedLinks(const QByteArray &html, const QUrl &pageUrl);
};

} // namespace lede
