#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace lede {

// A feed as an OPML subscription list names it.
struct OpmlFeed
{
    QString url; // xmlUrl
    QString title; // text or title
    QString siteUrl; // htmlUrl, optional
};

// OPML 1.0/2.0 subscription lists, the format feed readers exchange subscriptions in. Folders
// (outlines within outlines) are flattened: Lede keeps one list of feeds.
class Opml
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;

    // Returns nothing and sets *error to a one-line reason when the bytes are not an OPML document.
    static std::optional<QList<OpmlFeed>> read(const QByteArray &bytes, QString *error);
    static QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);
};

} // namespace lede
