#pragma once

#include <QList>
#include <QString>

namespace lede {

// One entry of a feed, whatever the format it came in.
struct FeedItem
{
    QString guid; // RSS guid, RDF rdf:about, Atom id; the link when the feed gives none
    QString link; // the article's web page
    QString title;
    QString author;
    QString published; // ISO 8601 as Article keeps it, "YYYY-MM-DD[THH:MM:SS]"
    QString summary; // HTML or text, as the feed gives it
    QString content; // the full text when the feed carries it (content:encoded, Atom content)
};

struct Feed
{
    enum class Format { Rss2, Rdf, Atom };
    Format format = Format::Rss2;
    QString title;
    QString link; // the site's home page
    QList<FeedItem> items;
};

} // namespace lede
