#include "import/feeds/feeddiscovery.h"

#include "import/html/domtree.h"

#include <gumbo.h>

namespace lede {

QList<QUrl> FeedDiscovery::feedLinks(const QByteArray &html, const QUrl &pageUrl)
{
    static const QStringList feedTypes {QStringLiteral("application/rss+xml"), QStringLiteral("application/atom+xml"),
                                        QStringLiteral("application/rdf+xml")};
    const DomTree dom(html);
    QUrl base = pageUrl;
    QList<QUrl> links;
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            continue;
        if (dom.tag(i) == GUMBO_TAG_BASE && dom.hasAttribute(i, "href")) {
            base = base.resolved(QUrl(dom.attribute(i, "href").trimmed()));
            continue;
        }
        if (dom.tag(i) != GUMBO_TAG_LINK)
            continue;
        const QStringList rel = dom.attribute(i, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString type = dom.attribute(i, "type").trimmed().toLower();
        const QString href = dom.attribute(i, "href").trimmed();
        if (!rel.contains(QLatin1String("alternate")) || !feedTypes.contains(type) || href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        const QString scheme = url.scheme();
        if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !links.contains(url))
            links.append(url);
    }
    return links;
}

} // namespace lede
