#include "import/bundle/hypothesisreader.h"

#include "import/bundle/hypothesisannotations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lede {
namespace {

QJsonArray annotationsOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("annotations")).isArray())
        return root.value(QStringLiteral("annotations")).toArray();
    return root.value(QStringLiteral("rows")).toArray();
}

QDateTime timeOf(const QJsonObject &o, const QString &key)
{
    const QDateTime t = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

bool HypothesisReader::isHypothesisExport(const QByteArray &bytes)
{
    const QByteArray start = bytes.trimmed().left(1);
    return (start == "{" || start == "[") && bytes.contains("\"uri\"") && bytes.contains("\"target\"")
        && !bytes.contains("\"lede_bundle\"");
}

SourceDocument HypothesisReader::read(const QByteArray &bytes, const QString &origin)
{
    SourceDocument doc;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        doc.errors.append({origin,
                           QCoreApplication::translate("lede::Import", "not valid JSON (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)});
        return doc;
    }
    QList<QString> urls;
    QHash<QString, QList<HypothesisAnnotation>> byUrl;
    QHash<QString, QString> titles;
    int withoutPassage = 0;
    for (const QJsonValue &v : annotationsOf(json)) {
        const QJsonObject o = v.toObject();
        HypothesisAnnotation a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.text = o.value(QStringLiteral("text")).toString();
        for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
            a.tags << t.toString();
        a.user = o.value(QStringLiteral("user_info")).toObject().value(QStringLiteral("display_name")).toString();
        if (a.user.isEmpty())
            a.user = o.value(QStringLiteral("user")).toString();
        a.created = timeOf(o, QStringLiteral("created"));
        a.updated = timeOf(o, QStringLiteral("updated"));
        const QJsonArray targets = o.value(QStringLiteral("target")).toArray();
        QString url = o.value(QStringLiteral("uri")).toString();
        for (const QJsonValue &target : targets) {
            const QJsonObject t = target.toObject();
            if (url.isEmpty())
                url = t.value(QStringLiteral("source")).toString();
            for (const QJsonValue &s : t.value(QStringLiteral("selector")).toArray()) {
                const QJsonObject sel = s.toObject();
                const QString type = sel.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("TextQuoteSelector")) {
                    a.exact = sel.value(QStringLiteral("exact")).toString();
                    a.prefix = sel.value(QStringLiteral("prefix")).toString();
                    a.suffix = sel.value(QStringLiteral("suffix")).toString();
                } else if (type == QLatin1String("TextPositionSelector")) {
                    a.position =
                        TextSpan {sel.value(QStringLiteral("start")).toInt(), sel.value(QStringLiteral("end")).toInt()};
                }
            }
        }
        if (url.isEmpty() || a.exact.trimmed().isEmpty()) {
            ++withoutPassage;
            continue;
        }
        if (!byUrl.contains(url)) {
            urls.append(url);
            const QJsonArray title =
                o.value(QStringLiteral("document")).toObject().value(QStringLiteral("title")).toArray();
            titles.insert(url, title.isEmpty() ? QString() : title.first().toString());
        }
        byUrl[url].append(a);
    }
    for (const QString &url : std::as_const(urls)) {
        SourceArticle source;
        source.article.url = url;
        source.article.title = titles.value(url);
        source.article.sourceFormat = QStringLiteral("hypothesis");
        source.annotations = std::make_shared<HypothesisAnnotations>(byUrl.value(url));
        source.origin = QStringLiteral("%1: %2").arg(origin, url);
        doc.articles.append(source);
    }
    if (withoutPassage)
        doc.errors.append({origin,
                           QCoreApplication::translate("lede::Import",
                                                       "%n annotation(s) mark no passage (page notes or replies) and "
                                                       "were left out",
                                                       nullptr, withoutPassage)});
    if (doc.articles.isEmpty() && doc.errors.isEmpty())
        doc.errors.append({origin, QCoreApplication::translate("lede::Import", "no Hypothesis annotations found")});
    return doc;
}

} // namespace lede
