#include "import/bundle/bundlereader.h"

#include "import/bundle/bundleannotations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lede {

bool BundleReader::isBundle(const QByteArray &bytes)
{
    return bytes.contains("\"lede_bundle\"") && bytes.trimmed().startsWith('{');
}

SourceDocument BundleReader::read(const QByteArray &bytes, const QString &origin)
{
    SourceDocument doc;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        doc.errors.append(
            {origin,
             parseError.error != QJsonParseError::NoError
                 ? QCoreApplication::translate("lede::Import", "not a valid Lede bundle (%1 at offset %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset)
                 : QCoreApplication::translate("lede::Import", "not a valid Lede bundle (not a JSON object)")});
        return doc;
    }
    const QJsonObject root = json.object();
    const int version = root.value(QStringLiteral("lede_bundle")).toInt(0);
    if (version < 1 || version > kLatestVersion) {
        doc.errors.append(
            {origin,
             version > kLatestVersion
                 ? QCoreApplication::translate("lede::Import",
                                               "a bundle from a newer Lede (version %1; this one reads up to %2)")
                       .arg(version)
                       .arg(kLatestVersion)
                 : QCoreApplication::translate("lede::Import",
                                               "not a valid Lede bundle (\"lede_bundle\" is not a version number)")});
        return doc;
    }

    auto context = std::make_shared<BundleContext>();
    for (const QJsonValue &v : root.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject o = v.toObject();
        Entity e;
        e.id = o.value(QStringLiteral("id")).toInteger();
        e.name = o.value(QStringLiteral("name")).toString();
        e.kind = entityKindFromString(o.value(QStringLiteral("kind")).toString()).value_or(EntityKind::Other);
        e.status = reviewStatusFromString(o.value(QStringLiteral("status")).toString());
        for (const QJsonValue &alias : o.value(QStringLiteral("aliases")).toArray())
            e.aliases << alias.toString();
        if (e.id > 0 && !e.name.isEmpty())
            context->entities.insert(e.id, e);
    }
    QList<Verdict> verdicts;
    for (const QJsonValue &v : root.value(QStringLiteral("verdict_scale")).toArray()) {
        const QJsonObject o = v.toObject();
        verdicts.append({o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("value")).toInt()});
    }
    context->verdictScale = VerdictScale(verdicts);

    const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QJsonObject o = articles.at(i).toObject();
        const QString where = QCoreApplication::translate("lede::Import", "%1: article %2").arg(origin).arg(i + 1);
        const QString body = o.value(QStringLiteral("body")).toString();
        if (body.trimmed().isEmpty()) {
            doc.errors.append({where, QCoreApplication::translate("lede::Import", "the article has no \"body\" text")});
            continue;
        }
        SourceArticle source;
        Article &a = source.article;
        a.body = body;
        a.title = o.value(QStringLiteral("title")).toString();
        a.byline = o.value(QStringLiteral("byline")).toString();
        a.site = o.value(QStringLiteral("site")).toString();
        a.url = o.value(QStringLiteral("url")).toString();
        a.published = o.value(QStringLiteral("published")).toString();
        a.language = o.value(QStringLiteral("lang")).toString();
        a.dateline = o.value(QStringLiteral("dateline")).toString();
        a.sourceFormat = o.value(QStringLiteral("source_format")).toString(QStringLiteral("bundle"));
        source.givenAnalysis = AnalysisResult {};
        source.annotations = std::make_shared<BundleAnnotations>(context, o);
        source.origin = where;
        doc.articles.append(source);
    }
    if (doc.articles.isEmpty() && doc.errors.isEmpty())
        doc.errors.append({origin, QCoreApplication::translate("lede::Import", "the bundle holds no articles")});
    return doc;
}

} // namespace lede
