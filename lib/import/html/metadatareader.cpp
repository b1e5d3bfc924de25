#include "import/html/metadatareader.h"

#include "import/html/domtree.h"
#include "import/html/jsonldreader.h"
#include "import/html/nodehints.h"
#include "import/html/publisheddate.h"

#include <QSet>
#include <QStringList>
#include <gumbo.h>

namespace lede {

namespace {

int wordCount(const QString &s)
{
    return int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('|') || c == QLatin1Char('-') || c == QLatin1Char('\\') || c == QLatin1Char('/')
        || c == QLatin1Char('>') || c == QChar(0x00BB) || c == QChar(0x2013) || c == QChar(0x2014)
        || c == QChar(0x00B7);
}

// Positions of " X " separators in a title.
QList<qsizetype> separatorPositions(const QString &title)
{
    QList<qsizetype> positions;
    for (qsizetype k = 1; k + 1 < title.size(); ++k) {
        if (isSeparator(title[k]) && title[k - 1] == QLatin1Char(' ') && title[k + 1] == QLatin1Char(' '))
            positions << k;
    }
    return positions;
}

QStringList words(const QString &s)
{
    QStringList out;
    QString word;
    for (const QChar c : s.toLower()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

// Share of b's wording that a also has (1 = all of it), as readers compare titles.
double similarity(const QString &a, const QString &b)
{
    const QStringList wordsA = words(a);
    const QStringList wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0.0;
    QStringList missing;
    for (const QString &w : wordsB) {
        if (!wordsA.contains(w))
            missing << w;
    }
    return 1.0 - double(missing.join(QLatin1Char(' ')).size()) / double(wordsB.join(QLatin1Char(' ')).size());
}

bool isUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))
        || s.startsWith(QLatin1String("//"));
}

} // namespace

MetadataReader::MetadataReader(const DomTree &dom, const QUrl &baseUrl)
    : m_dom(dom)
    , m_baseUrl(baseUrl)
{
    QSet<QString> propertySeen;
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            continue;
        const int tag = dom.tag(i);
        if (tag == GUMBO_TAG_BASE && dom.hasAttribute(i, "href")) {
            const QUrl href(dom.attribute(i, "href").trimmed());
            m_baseUrl = m_baseUrl.isValid() ? m_baseUrl.resolved(href) : href;
        } else if (tag == GUMBO_TAG_LINK && m_canonical.isEmpty()) {
            if (dom.attribute(i, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("canonical")))
                m_canonical = dom.attribute(i, "href").trimmed();
        } else if (tag == GUMBO_TAG_META) {
            QString content = dom.attribute(i, "content").simplified();
            if (content.isEmpty())
                continue;
            QStringList keys;
            const QString property = dom.attribute(i, "property").toLower();
            if (!property.isEmpty())
                keys << property.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const qsizetype propertyKeys = keys.size();
            QString name = dom.attribute(i, "name").toLower();
            name.remove(QLatin1Char(' '));
            name.replace(QLatin1Char('.'), QLatin1Char(':'));
            if (!name.isEmpty())
                keys << name;
            const QString itemprop = dom.attribute(i, "itemprop");
            if (!itemprop.isEmpty())
                keys << QLatin1String("itemprop:") + itemprop;
            const QString equiv = dom.attribute(i, "http-equiv").toLower();
            if (!equiv.isEmpty())
                keys << QLatin1String("http-equiv:") + equiv;
            // The property attribute is OpenGraph's and RDFa's own; it wins over a name that says the same.
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const bool fromProperty = k < propertyKeys;
                if (fromProperty ? !propertySeen.contains(keys[k]) : !m_meta.contains(keys[k]))
                    m_meta.insert(keys[k], content);
                if (fromProperty)
                    propertySeen.insert(keys[k]);
            }
        }
    }
}

QString MetadataReader::firstMeta(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        const QString v = m_meta.value(QLatin1String(key));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QUrl MetadataReader::resolved(const QString &href) const
{
    const QUrl url(href);
    return m_baseUrl.isValid() && url.isRelative() ? m_baseUrl.resolved(url) : url;
}

QString MetadataReader::documentTitle() const
{
    const int title = m_dom.findFirst(GUMBO_TAG_TITLE);
    return title >= 0 ? m_dom.textContent(title) : QString();
}

QString MetadataReader::headlineFromDocumentTitle() const
{
    const QString original = documentTitle();
    // The page's own headline, when the title merely adds the site name to it.
    for (int i = 0, seen = 0; i < m_dom.size() && seen < 3; ++i) {
        if (!m_dom.isElement(i) || m_dom.tag(i) != GUMBO_TAG_H1)
            continue;
        ++seen;
        const QString heading = m_dom.textContent(i);
        if (heading.size() >= 8 && heading.size() < original.size() && original.startsWith(heading))
            return heading;
    }
    QString title = original;
    const QList<qsizetype> seps = separatorPositions(original);
    bool hierarchical = false;
    if (!seps.isEmpty()) {
        for (qsizetype p : seps)
            hierarchical = hierarchical || (original[p] != QLatin1Char('|') && original[p] != QLatin1Char('-'));
        // Drop the last part ("Headline | Site"); if too little is left, drop the first instead.
        title = original.left(seps.last() - 1);
        if (wordCount(title) < 3)
            title = original.mid(seps.first() + 2);
    } else if (original.contains(QLatin1String(": "))) {
        bool matchesHeading = false;
        for (int i = 0; i < m_dom.size() && !matchesHeading; ++i) {
            if (m_dom.isElement(i) && (m_dom.tag(i) == GUMBO_TAG_H1 || m_dom.tag(i) == GUMBO_TAG_H2))
                matchesHeading = m_dom.textContent(i) == original;
        }
        if (!matchesHeading) {
            title = original.mid(original.lastIndexOf(QLatin1String(": ")) + 2);
            if (wordCount(title) < 3)
                title = original.mid(original.indexOf(QLatin1String(": ")) + 2);
            else if (wordCount(original.left(original.indexOf(QLatin1String(": ")))) > 5)
                title = original;
        }
    } else if (original.size() > 150 || original.size() < 15) {
        int h1 = -1, count = 0;
        for (int i = 0; i < m_dom.size(); ++i) {
            if (m_dom.isElement(i) && m_dom.tag(i) == GUMBO_TAG_H1) {
                h1 = i;
                ++count;
            }
        }
        if (count == 1)
            title = m_dom.textContent(h1);
    }
    title = title.simplified();
    const int words = wordCount(title);
    if (words <= 4) {
        QString stripped = original;
        for (qsizetype p : seps)
            stripped[p] = QLatin1Char(' ');
        if (!hierarchical || words != wordCount(stripped) - 1)
            title = original;
    }
    return title;
}

QString MetadataReader::cleanByline(QString byline)
{
    byline = byline.simplified();
    for (const char *prefix : {"by ", "By ", "BY ", "von ", "Von ", "par ", "Par ", "por ", "Por "}) {
        if (byline.startsWith(QLatin1String(prefix))) {
            byline = byline.mid(qsizetype(qstrlen(prefix))).trimmed();
            break;
        }
    }
    return byline;
}

QString MetadataReader::visibleByline() const
{
    const NodeHints hints(m_dom);
    const int body = m_dom.body();
    if (body < 0)
        return {};
    // Explicit markup (rel=author, itemprop=author) is trusted before class names that merely
    // mention a byline, which also decorate teasers for other stories.
    for (const bool explicitOnly : {true, false}) {
        for (int i = body; i < m_dom.end(body); ++i) {
            if (!m_dom.isElement(i))
                continue;
            const int tag = m_dom.tag(i);
            if (hints.isHidden(i) || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE
                || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG) {
                i = m_dom.end(i) - 1;
                continue;
            }
            if (explicitOnly ? !hints.hasAuthorMarkup(i) : !hints.looksLikeByline(i))
                continue;
            const QString text = m_dom.textContent(i);
            if (text.isEmpty() || text.size() >= 100)
                continue;
            // A nested itemprop=name is the author's name without the decoration around it.
            for (int k = i + 1; k < m_dom.end(i); ++k) {
                if (m_dom.isElement(k) && m_dom.attribute(k, "itemprop").contains(QLatin1String("name"))) {
                    const QString name = m_dom.textContent(k);
                    if (!name.isEmpty())
                        return name;
                }
            }
            return text;
        }
    }
    return {};
}

QString MetadataReader::timeElementDate() const
{
    for (int i = 0; i < m_dom.size(); ++i) {
        if (!m_dom.isElement(i))
            continue;
        const bool isTime = m_dom.tag(i) == GUMBO_TAG_TIME;
        const bool isPublished = m_dom.attribute(i, "itemprop") == QLatin1String("datePublished");
        if (!isTime && !isPublished)
            continue;
        QString value = m_dom.attribute(i, "datetime");
        if (value.isEmpty())
            value = m_dom.attribute(i, "content");
        if (value.isEmpty())
            value = m_dom.textContent(i);
        const QString date = PublishedDate::normalize(value);
        if (!date.isEmpty())
            return date;
    }
    return {};
}

void MetadataReader::read(ExtractedPage &page) const
{
    const JsonLdReader jsonLd(m_dom);
    const JsonLdReader::Article &ld = jsonLd.article();

    // Title: when headline and name disagree, the one that matches the page title is the article's.
    const QString headline = headlineFromDocumentTitle();
    QString ldTitle;
    if (!ld.headline.isEmpty() && !ld.name.isEmpty() && ld.headline != ld.name)
        ldTitle =
            similarity(headline, ld.name) > 0.75 && similarity(headline, ld.headline) <= 0.75 ? ld.name : ld.headline;
    else
        ldTitle = !ld.headline.isEmpty() ? ld.headline : ld.name;
    page.title = ldTitle;
    if (page.title.isEmpty())
        page.title = firstMeta({"dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
                                "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
    if (page.title.isEmpty())
        page.title = headline;
    page.title = page.title.simplified();

    QString author = ld.authors;
    if (author.isEmpty()) {
        author = firstMeta({"dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author",
                            "sailthru:author", "article:author", "og:article:author", "byl"});
        if (isUrl(author))
            author.clear();
    }
    if (author.isEmpty())
        author = visibleByline();
    page.byline = cleanByline(author);

    page.site = ld.publisher;
    if (page.site.isEmpty())
        page.site = firstMeta({"og:site_name", "application-name", "apple-mobile-web-app-title"});

    QString published = PublishedDate::normalize(ld.datePublished);
    if (published.isEmpty())
        published = PublishedDate::normalize(
            firstMeta({"article:published_time", "parsely-pub-date", "og:published_time", "dc:date", "dcterms:date",
                       "dcterms:created", "dc:date:issued", "itemprop:datePublished", "pubdate", "publishdate",
                       "publish-date", "date", "sailthru:date", "article:published"}));
    if (published.isEmpty())
        published = timeElementDate();
    page.published = published;

    const int html = m_dom.documentElement();
    QString lang = html >= 0 ? m_dom.attribute(html, "lang").trimmed() : QString();
    if (lang.isEmpty() && html >= 0)
        lang = m_dom.attribute(html, "xml:lang").trimmed();
    if (lang.isEmpty())
        lang = firstMeta({"http-equiv:content-language", "content-language", "language", "dc:language"});
    if (lang.isEmpty())
        lang = ld.language;
    if (lang.isEmpty())
        lang = firstMeta({"og:locale"});
    lang.replace(QLatin1Char('_'), QLatin1Char('-'));
    page.language = lang.section(QLatin1Char(','), 0, 0).trimmed();

    QString url = m_canonical;
    if (url.isEmpty())
        url = firstMeta({"og:url", "twitter:url", "parsely-link"});
    if (url.isEmpty())
        url = ld.url;
    if (!url.isEmpty())
        page.url = resolved(url).toString();
    else if (m_baseUrl.isValid() && !m_baseUrl.isLocalFile())
        page.url = m_baseUrl.toString();

    page.description = ld.description;
    if (page.description.isEmpty())
        page.description = firstMeta({"dc:description", "dcterm:description", "dcterms:description", "og:description",
                                      "weibo:article:description", "description", "twitter:description"});
    page.description = page.description.simplified();
}

} // namespace lede
