#pragma once

#include "import/html/htmlextractor.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace lede {

class DomTree;

// Reads title, byline, site, date, language, canonical URL and description. Sources are tried
// from the most deliberate to the most incidental: schema.org JSON-LD, then Dublin Core,
// OpenGraph, Twitter and Parse.ly <meta>, then the document itself (<title>, <time>,
// rel=author and the visible byline).
class MetadataReader
{
public:
    MetadataReader(const DomTree &dom, const QUrl &baseUrl);

    // Fills everything but the body.
    void read(ExtractedPage &page) const;

    // The <meta> value for a normalised key ("og:title", "dc:creator", "parsely-pub-date").
    QString meta(const QString &key) const { return m_meta.value(key); }
    QString documentTitle() const;
    // Title cleaned of the site name the way readers expect ("Headline | Site" -> "Headline").
    QString headlineFromDocumentTitle() const;
    QString visibleByline() const;
    QString timeElementDate() const;

    static QString cleanByline(QString byline);

private:
    QString firstMeta(std::initializer_list<const char *> keys) const;
    QUrl resolved(const QString &href) const;

    const DomTree &m_dom;
    QUrl m_baseUrl;
    QHash<QString, QString> m_meta;
    QString m_canonical;
};

} // namespace lede
