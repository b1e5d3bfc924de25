#include "import/jsonarticle.h"

#include "domain/textoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lede {

std::optional<SourceArticle> JsonArticle::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("lede::Import", "not valid JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("lede::Import", "not a JSON object");
        return std::nullopt;
    }
    return fromObject(doc.object(), error);
}

std::optional<SourceArticle> JsonArticle::fromObject(const QJsonObject &o, QString *error)
{
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (!body.isString() || body.toString().trimmed().isEmpty()) {
        *error = QCoreApplication::translate("lede::Import", "the article has no \"body\" text");
        return std::nullopt;
    }
    SourceArticle source;
    Article &a = source.article;
    a.body = body.toString();
    a.title = o.value(QStringLiteral("title")).toString();
    a.byline = o.value(QStringLiteral("byline")).toString();
    a.published = o.value(QStringLiteral("published")).toString();
    a.site = o.value(QStringLiteral("site")).toString();
    a.language = o.value(QStringLiteral("lang")).toString();
    a.url = o.value(QStringLiteral("url")).toString();
    a.sourceFormat = QStringLiteral("jsonl");

    const QJsonArray quotes = o.value(QStringLiteral("quotes")).toArray();
    const QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
    if (o.contains(QStringLiteral("quotes")) || o.contains(QStringLiteral("entities"))) {
        const TextOffsets offsets(a.body);
        AnalysisResult given;
        for (const QJsonValue &v : quotes) {
            const QJsonObject q = v.toObject();
            const TextSpan span {q.value(QStringLiteral("start")).toInt(-1), q.value(QStringLiteral("end")).toInt(-1)};
            if (!offsets.isValidSpan(span))
                continue;
            QuoteFinding f;
            f.start = offsets.toUtf16(span.start);
            f.end = offsets.toUtf16(span.end);
            f.kind = quoteKindFromString(q.value(QStringLiteral("kind")).toString()).value_or(QuoteKind::Direct);
            f.speaker = q.value(QStringLiteral("speaker")).toString();
            f.cue = q.value(QStringLiteral("cue")).toString();
            const TextSpan speaker {q.value(QStringLiteral("speaker_start")).toInt(-1),
                                    q.value(QStringLiteral("speaker_end")).toInt(-1)};
            if (speaker.start >= 0 && offsets.isValidSpan(speaker)) {
                f.speakerStart = offsets.toUtf16(speaker.start);
                f.speakerEnd = offsets.toUtf16(speaker.end);
            }
            given.quotes.append(f);
        }
        for (const QJsonValue &v : entities) {
            const QJsonObject e = v.toObject();
            const TextSpan span {e.value(QStringLiteral("start")).toInt(-1), e.value(QStringLiteral("end")).toInt(-1)};
            const QString name = e.value(QStringLiteral("name")).toString();
            if (!offsets.isValidSpan(span) || name.isEmpty())
                continue;
            given.entities.append(
                {offsets.toUtf16(span.start), offsets.toUtf16(span.end), name,
                 entityKindFromString(e.value(QStringLiteral("kind")).toString()).value_or(EntityKind::Other)});
        }
        source.givenAnalysis = given;
    }
    return source;
}

} // namespace lede
