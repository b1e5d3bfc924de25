#include "import/feeds/feedparser.h"

#include "import/html/publisheddate.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace lede {
namespace {

constexpr QLatin1String kAtomNs("http://www.w3.org/2005/Atom");
constexpr QLatin1String kRss1Ns("http://purl.org/rss/1.0/");
constexpr QLatin1String kRdfNs("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
constexpr QLatin1String kContentNs("http://purl.org/rss/1.0/modules/content/");
constexpr QLatin1String kDcNs("http://purl.org/dc/elements/1.1/");

// Qt's messages end in a full stop; ours carry them inside parentheses.
QString xmlError(const QXmlStreamReader &xml)
{
    QString message = xml.errorString();
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

// Reads one document; each read* function starts on a start element and ends on its end element.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_xml(bytes)
        , m_looksLikeMarkup(startsWithMarkup(bytes))
    { }

    std::optional<Feed> run(QString *error);

private:
    // RSS core elements have no namespace in 2.0 and the RSS 1.0 namespace in RDF.
    bool isRss(QLatin1String name) const
    {
        return m_xml.name() == name && (m_xml.namespaceUri().isEmpty() || m_xml.namespaceUri() == kRss1Ns);
    }
    bool isIn(QLatin1String ns, QLatin1String name) const { return m_xml.name() == name && m_xml.namespaceUri() == ns; }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

    void readRssContainer(bool inChannel);
    FeedItem readRssItem();
    void readAtomFeed();
    FeedItem readAtomEntry();
    QString readAtomContent();
    QString readAtomPerson();
    QString atomLink() const;
    void addItem(FeedItem item);

    static bool startsWithMarkup(const QByteArray &bytes)
    {
        QByteArrayView rest(bytes);
        if (rest.startsWith("\xEF\xBB\xBF"))
            rest = rest.sliced(3);
        return rest.trimmed().startsWith('<');
    }

    QXmlStreamReader m_xml;
    bool m_looksLikeMarkup;
    Feed m_feed;
    bool m_tooMany = false;
};

std::optional<Feed> Reader::run(QString *error)
{
    while (!m_xml.atEnd() && !m_xml.isStartElement())
        m_xml.readNext();
    if (!m_xml.isStartElement()) {
        // Markup that breaks before its first element is a broken feed; anything else is no XML at all.
        if (m_looksLikeMarkup)
            *error = QCoreApplication::translate("lede::Import", "the feed is malformed (line %1: %2)")
                         .arg(m_xml.lineNumber())
                         .arg(xmlError(m_xml));
        else
            *error = QCoreApplication::translate("lede::Import", "not a feed (not an XML document)");
        return std::nullopt;
    }
    if (m_xml.name() == QLatin1String("rss") && m_xml.namespaceUri().isEmpty()) {
        m_feed.format = Feed::Format::Rss2;
        readRssContainer(false);
    } else if (isIn(kRdfNs, QLatin1String("RDF"))) {
        m_feed.format = Feed::Format::Rdf;
        readRssContainer(false);
    } else if (isIn(kAtomNs, QLatin1String("feed"))) {
        m_feed.format = Feed::Format::Atom;
        readAtomFeed();
    } else {
        *error = QCoreApplication::translate("lede::Import", "not an RSS, RDF or Atom feed (the document is <%1>)")
                     .arg(m_xml.qualifiedName());
        return std::nullopt;
    }
    // Read to the end, so that a feed cut off after its last complete item is still refused.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError()) {
        // Cut off (a download that stopped, a file copied in part) or broken (bad markup, bytes not
        // in the declared encoding): either way nothing of it is trusted.
        const bool cut = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        *error = (cut ? QCoreApplication::translate("lede::Import", "the feed is truncated (line %1: %2)")
                      : QCoreApplication::translate("lede::Import", "the feed is malformed (line %1: %2)"))
                     .arg(m_xml.lineNumber())
                     .arg(xmlError(m_xml));
        return std::nullopt;
    }
    if (m_tooMany) {
        *error =
            QCoreApplication::translate("lede::Import", "the feed has more than %1 items").arg(FeedParser::kMaxItems);
        return std::nullopt;
    }
    return m_feed;
}

void Reader::addItem(FeedItem item)
{
    if (m_feed.items.size() >= FeedParser::kMaxItems) {
        m_tooMany = true;
        return;
    }
    if (item.guid.isEmpty())
        item.guid = !item.link.isEmpty() ? item.link : item.title + QLatin1Char('|') + item.published;
    m_feed.items.append(std::move(item));
}

// <rss> holds <channel>, which holds the items; in RDF the items follow the channel instead.
void Reader::readRssContainer(bool inChannel)
{
    while (m_xml.readNextStartElement()) {
        if (isRss(QLatin1String("channel")))
            readRssContainer(true);
        else if (isRss(QLatin1String("item")))
            addItem(readRssItem());
        else if (inChannel && isRss(QLatin1String("title")))
            m_feed.title = text();
        else if (inChannel && isRss(QLatin1String("link")))
            m_feed.link = text();
        else
            m_xml.skipCurrentElement();
    }
}

FeedItem Reader::readRssItem()
{
    FeedItem item;
    item.guid = m_xml.attributes().value(kRdfNs, QLatin1String("about")).toString().trimmed();
    while (m_xml.readNextStartElement()) {
        if (isRss(QLatin1String("title")))
            item.title = text();
        else if (isRss(QLatin1String("link")))
            item.link = text();
        else if (isRss(QLatin1String("guid")))
            item.guid = text();
        else if (isRss(QLatin1String("description")))
            item.summary = text();
        else if (isIn(kContentNs, QLatin1String("encoded")))
            item.content = text();
        else if (isRss(QLatin1String("pubDate")) || isIn(kDcNs, QLatin1String("date")))
            item.published = PublishedDate::normalize(text());
        else if (isIn(kDcNs, QLatin1String("creator")) && item.author.isEmpty())
            item.author = text();
        else if (isRss(QLatin1String("author")) && item.author.isEmpty()) {
            // "editor@example.com (Jane Doe)": the name is the useful part.
            const QString value = text();
            const qsizetype open = value.indexOf(QLatin1Char('('));
            item.author = open >= 0 && value.endsWith(QLatin1Char(')'))
                ? value.mid(open + 1, value.size() - open - 2).trimmed()
                : value;
        } else
            m_xml.skipCurrentElement();
    }
    return item;
}

QString Reader::atomLink() const
{
    const QString rel = m_xml.attributes().value(QLatin1String("rel")).toString();
    if (!rel.isEmpty() && rel != QLatin1String("alternate"))
        return {};
    return m_xml.attributes().value(QLatin1String("href")).toString().trimmed();
}

void Reader::readAtomFeed()
{
    while (m_xml.readNextStartElement()) {
        if (isIn(kAtomNs, QLatin1String("entry"))) {
            addItem(readAtomEntry());
        } else if (isIn(kAtomNs, QLatin1String("title"))) {
            m_feed.title = text();
        } else if (isIn(kAtomNs, QLatin1String("link"))) {
            if (const QString href = atomLink(); !href.isEmpty() && m_feed.link.isEmpty())
                m_feed.link = href;
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

FeedItem Reader::readAtomEntry()
{
    FeedItem item;
    QString updated;
    QStringList authors;
    while (m_xml.readNextStartElement()) {
        if (isIn(kAtomNs, QLatin1String("id"))) {
            item.guid = text();
        } else if (isIn(kAtomNs, QLatin1String("title"))) {
            item.title = text();
        } else if (isIn(kAtomNs, QLatin1String("link"))) {
            if (const QString href = atomLink(); !href.isEmpty() && item.link.isEmpty())
                item.link = href;
            m_xml.skipCurrentElement();
        } else if (isIn(kAtomNs, QLatin1String("author"))) {
            if (const QString name = readAtomPerson(); !name.isEmpty())
                authors << name;
        } else if (isIn(kAtomNs, QLatin1String("published"))) {
            item.published = PublishedDate::normalize(text());
        } else if (isIn(kAtomNs, QLatin1String("updated"))) {
            updated = PublishedDate::normalize(text());
        } else if (isIn(kAtomNs, QLatin1String("summary"))) {
            item.summary = readAtomContent();
        } else if (isIn(kAtomNs, QLatin1String("content"))) {
            item.content = readAtomContent();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (item.published.isEmpty())
        item.published = updated;
    item.author = authors.join(QStringLiteral(" and "));
    return item;
}

QString Reader::readAtomPerson()
{
    QString name;
    while (m_xml.readNextStartElement()) {
        if (isIn(kAtomNs, QLatin1String("name")))
            name = text();
        else
            m_xml.skipCurrentElement();
    }
    return name;
}

// Atom text constructs: type "text" is plain text, "html" escaped markup, "xhtml" inline markup.
// All come back as HTML, so that the item's text is read one way.
QString Reader::readAtomContent()
{
    const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
    if (type == QLatin1String("xhtml")) {
        QString markup;
        QXmlStreamWriter writer(&markup);
        int depth = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                ++depth;
                writer.writeStartElement(m_xml.name().toString());
                for (const QXmlStreamAttribute &a : m_xml.attributes())
                    writer.writeAttribute(a.name().toString(), a.value().toString());
            } else if (m_xml.isEndElement()) {
                if (depth-- == 0)
                    break;
                writer.writeEndElement();
            } else if (m_xml.isCharacters()) {
                writer.writeCharacters(m_xml.text().toString());
            }
        }
        return markup.trimmed();
    }
    const QString value = text();
    if (type == QLatin1String("html") || type.contains(QLatin1String("html")))
        return value;
    return QStringLiteral("<p>") + value.toHtmlEscaped().replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"))
        + QStringLiteral("</p>");
}

} // namespace

std::optional<Feed> FeedParser::parse(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxFeedBytes) {
        *error = QCoreApplication::translate("lede::Import", "the feed is too large (%1 MB, the limit is %2 MB)")
                     .arg(bytes.size() / (1024 * 1024))
                     .arg(kMaxFeedBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("lede::Import", "empty feed");
        return std::nullopt;
    }
    return Reader(bytes).run(error);
}

bool FeedParser::looksLikeFeed(const QByteArray &head)
{
    // XML starts with a tag (after a byte order mark and blanks); plain text needs no parser.
    // UTF-16 XML is left to the parser.
    QByteArrayView start(head);
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.sliced(3);
    start = start.trimmed();
    const bool utf16 = head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff");
    if (!utf16 && !start.startsWith('<'))
        return false;
    QXmlStreamReader xml(head.left(8192));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto ns = xml.namespaceUri();
            return (xml.name() == QLatin1String("rss") && ns.isEmpty())
                || (xml.name() == QLatin1String("RDF") && ns == kRdfNs)
                || (xml.name() == QLatin1String("feed") && ns == kAtomNs);
        }
    }
    return false;
}

} // namespace lede
