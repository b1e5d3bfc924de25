#include "import/feeds/opml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace lede {
namespace {

// Qt's messages end in a full stop; ours carry them inside parentheses.
QString xmlError(const QXmlStreamReader &xml)
{
    QString message = xml.errorString();
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

} // namespace

std::optional<QList<OpmlFeed>> Opml::read(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = QCoreApplication::translate("lede::Import", "too large for a subscription list (limit %1 MB)")
                     .arg(kMaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement()) {
        *error = xml.hasError()
            ? QCoreApplication::translate("lede::Import", "not an OPML document (%1)").arg(xml.errorString())
            : QCoreApplication::translate("lede::Import", "not an OPML document (empty)");
        return std::nullopt;
    }
    if (xml.name() != QLatin1String("opml")) {
        *error = QCoreApplication::translate("lede::Import", "not an OPML document (the document is <%1>)")
                     .arg(xml.qualifiedName());
        return std::nullopt;
    }
    QList<OpmlFeed> feeds;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("outline"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString url = a.value(QLatin1String("xmlUrl")).toString().trimmed();
        if (url.isEmpty())
            continue; // a folder; its feeds follow as child outlines
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.scheme().isEmpty()) {
            *error = QCoreApplication::translate("lede::Import", "line %1: \"%2\" is not a feed URL")
                         .arg(xml.lineNumber())
                         .arg(url);
            return std::nullopt;
        }
        QString title = a.value(QLatin1String("text")).toString().trimmed();
        if (title.isEmpty())
            title = a.value(QLatin1String("title")).toString().trimmed();
        feeds.append({url, title, a.value(QLatin1String("htmlUrl")).toString().trimmed()});
    }
    if (xml.hasError()) {
        *error =
            QCoreApplication::translate("lede::Import", "the subscription list is truncated or malformed (line %1: %2)")
                .arg(xml.lineNumber())
                .arg(xmlError(xml));
        return std::nullopt;
    }
    return feeds;
}

QByteArray Opml::write(const QList<OpmlFeed> &feeds, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    for (const OpmlFeed &f : feeds) {
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), f.title.isEmpty() ? f.url : f.title);
        if (!f.title.isEmpty())
            xml.writeAttribute(QStringLiteral("title"), f.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), f.url);
        if (!f.siteUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), f.siteUrl);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace lede
