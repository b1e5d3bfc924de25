#include "export/articlejson.h"

#include "domain/textoffsets.h"
#include "storage/library.h"

#include <QJsonArray>

namespace lede {
namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject quoteJson(const QString &body, const TextOffsets &offsets, const TextSpan &span, const QString &speaker,
                      std::optional<TextSpan> speakerSpan, const QString &cue, QuoteKind kind)
{
    return QJsonObject {{QStringLiteral("start"), span.start},
                        {QStringLiteral("end"), span.end},
                        {QStringLiteral("text"), offsets.slice(body, span)},
                        {QStringLiteral("speaker"), orNull(speaker)},
                        {QStringLiteral("speaker_start"), speakerSpan ? QJsonValue(speakerSpan->start) : QJsonValue()},
                        {QStringLiteral("speaker_end"), speakerSpan ? QJsonValue(speakerSpan->end) : QJsonValue()},
                        {QStringLiteral("cue"), orNull(cue)},
                        {QStringLiteral("kind"), toString(kind)}};
}

QJsonObject entityJson(const QString &body, const TextOffsets &offsets, const TextSpan &span, const QString &name,
                       EntityKind kind)
{
    return QJsonObject {{QStringLiteral("start"), span.start},
                        {QStringLiteral("end"), span.end},
                        {QStringLiteral("text"), offsets.slice(body, span)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("kind"), toString(kind)}};
}

} // namespace

QJsonObject ArticleJson::metadata(const Article &article)
{
    return QJsonObject {{QStringLiteral("title"), orNull(article.title)},
                        {QStringLiteral("byline"), orNull(article.byline)},
                        {QStringLiteral("published"), orNull(article.published)},
                        {QStringLiteral("site"), orNull(article.site)},
                        {QStringLiteral("lang"), orNull(article.language)},
                        {QStringLiteral("url"), orNull(article.url)},
                        {QStringLiteral("body"), article.body}};
}

QJsonObject ArticleJson::fromAnalysis(const Article &article, const AnalysisResult &analysis)
{
    const TextOffsets offsets(article.body);
    QJsonArray quotes;
    for (const QuoteFinding &q : analysis.quotes) {
        std::optional<TextSpan> speakerSpan;
        if (q.speakerStart >= 0)
            speakerSpan = offsets.toCodePoints(q.speakerStart, q.speakerEnd);
        quotes.append(quoteJson(article.body, offsets, offsets.toCodePoints(q.start, q.end), q.speaker, speakerSpan,
                                q.cue, q.kind));
    }
    QJsonArray entities;
    for (const EntityFinding &e : analysis.entities)
        entities.append(entityJson(article.body, offsets, offsets.toCodePoints(e.start, e.end), e.name, e.kind));
    QJsonObject out = metadata(article);
    out.insert(QStringLiteral("quotes"), quotes);
    out.insert(QStringLiteral("entities"), entities);
    return out;
}

QJsonObject ArticleJson::fromLibrary(Library &library, const Article &article)
{
    const TextOffsets offsets(article.body);
    QJsonArray quotes;
    for (const Quote &q : library.quotes().ofArticle(article.id)) {
        QJsonObject o = quoteJson(article.body, offsets, q.span, q.speakerName, q.speakerSpan, q.cue, q.kind);
        o.insert(QStringLiteral("id"), q.id);
        o.insert(QStringLiteral("status"), toString(q.status));
        quotes.append(o);
    }
    QJsonArray entities;
    QHash<qint64, Entity> known;
    for (const Mention &m : library.entities().mentionsOf(article.id)) {
        if (!known.contains(m.entityId))
            known.insert(m.entityId, library.entities().find(m.entityId).value_or(Entity {}));
        const Entity &e = known[m.entityId];
        QJsonObject o = entityJson(article.body, offsets, m.span, e.name, e.kind);
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("entity_id"), m.entityId);
        o.insert(QStringLiteral("status"), toString(m.status));
        entities.append(o);
    }
    QJsonArray notes;
    for (const Note &n : library.notes().ofArticle(article.id)) {
        notes.append(QJsonObject {{QStringLiteral("id"), n.id},
                                  {QStringLiteral("start"), n.span.start},
                                  {QStringLiteral("end"), n.span.end},
                                  {QStringLiteral("passage"), offsets.slice(article.body, n.span)},
                                  {QStringLiteral("text"), n.text},
                                  {QStringLiteral("created"), n.created.toString(Qt::ISODate)},
                                  {QStringLiteral("modified"), n.modified.toString(Qt::ISODate)}});
    }
    QJsonArray claims;
    for (const Claim &c : library.claims().ofArticle(article.id)) {
        claims.append(
            QJsonObject {{QStringLiteral("id"), c.id},
                         {QStringLiteral("start"), c.span.start},
                         {QStringLiteral("end"), c.span.end},
                         {QStringLiteral("passage"), offsets.slice(article.body, c.span)},
                         {QStringLiteral("summary"), c.summary},
                         {QStringLiteral("verdict"), orNull(c.verdictLabel)},
                         {QStringLiteral("verdict_value"), c.verdictValue ? QJsonValue(*c.verdictValue) : QJsonValue()},
                         {QStringLiteral("explanation"), c.explanation},
                         {QStringLiteral("status"), toString(c.status)},
                         {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                         {QStringLiteral("modified"), c.modified.toString(Qt::ISODate)}});
    }
    QJsonArray tags;
    for (const Tag &t : library.tags().ofArticle(article.id))
        tags.append(t.name);
    QJsonObject out = metadata(article);
    out.insert(QStringLiteral("id"), article.id);
    out.insert(QStringLiteral("quotes"), quotes);
    out.insert(QStringLiteral("entities"), entities);
    out.insert(QStringLiteral("notes"), notes);
    out.insert(QStringLiteral("claims"), claims);
    out.insert(QStringLiteral("tags"), tags);
    return out;
}

} // namespace lede
