#include "export/bundlewriter.h"

#include "domain/textoffsets.h"
#include "export/exportselection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace lede {
namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject articleJson(const ExportedArticle &ea)
{
    const Article &a = ea.article;
    const TextOffsets offsets(a.body);
    QJsonArray quotes;
    for (const Quote &q : ea.quotes) {
        quotes.append(QJsonObject {
            {QStringLiteral("id"), q.id},
            {QStringLiteral("start"), q.span.start},
            {QStringLiteral("end"), q.span.end},
            {QStringLiteral("text"), offsets.slice(a.body, q.span)},
            {QStringLiteral("speaker_entity"), q.speakerEntityId ? QJsonValue(q.speakerEntityId) : QJsonValue()},
            {QStringLiteral("speaker"), orNull(q.speakerName)},
            {QStringLiteral("speaker_start"), q.speakerSpan ? QJsonValue(q.speakerSpan->start) : QJsonValue()},
            {QStringLiteral("speaker_end"), q.speakerSpan ? QJsonValue(q.speakerSpan->end) : QJsonValue()},
            {QStringLiteral("cue"), orNull(q.cue)},
            {QStringLiteral("kind"), toString(q.kind)},
            {QStringLiteral("status"), toString(q.status)},
            {QStringLiteral("created"), time(q.created)},
            {QStringLiteral("modified"), time(q.modified)}});
    }
    QJsonArray mentions;
    for (const Mention &m : ea.mentions) {
        mentions.append(QJsonObject {{QStringLiteral("id"), m.id},
                                     {QStringLiteral("start"), m.span.start},
                                     {QStringLiteral("end"), m.span.end},
                                     {QStringLiteral("text"), offsets.slice(a.body, m.span)},
                                     {QStringLiteral("entity"), m.entityId},
                                     {QStringLiteral("status"), toString(m.status)}});
    }
    QJsonArray notes;
    for (const Note &n : ea.notes) {
        notes.append(QJsonObject {{QStringLiteral("id"), n.id},
                                  {QStringLiteral("start"), n.span.start},
                                  {QStringLiteral("end"), n.span.end},
                                  {QStringLiteral("passage"), offsets.slice(a.body, n.span)},
                                  {QStringLiteral("text"), n.text},
                                  {QStringLiteral("created"), time(n.created)},
                                  {QStringLiteral("modified"), time(n.modified)}});
    }
    QJsonArray claims;
    for (const Claim &c : ea.claims) {
        claims.append(
            QJsonObject {{QStringLiteral("id"), c.id},
                         {QStringLiteral("start"), c.span.start},
                         {QStringLiteral("end"), c.span.end},
                         {QStringLiteral("passage"), offsets.slice(a.body, c.span)},
                         {QStringLiteral("summary"), c.summary},
                         {QStringLiteral("verdict"), orNull(c.verdictLabel)},
                         {QStringLiteral("verdict_value"), c.verdictValue ? QJsonValue(*c.verdictValue) : QJsonValue()},
                         {QStringLiteral("explanation"), c.explanation},
                         {QStringLiteral("status"), toString(c.status)},
                         {QStringLiteral("created"), time(c.created)},
                         {QStringLiteral("modified"), time(c.modified)}});
    }
    return QJsonObject {{QStringLiteral("id"), a.id},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("byline"), a.byline},
                        {QStringLiteral("site"), a.site},
                        {QStringLiteral("url"), orNull(a.url)},
                        {QStringLiteral("published"), orNull(a.published)},
                        {QStringLiteral("lang"), orNull(a.language)},
                        {QStringLiteral("dateline"), a.dateline},
                        {QStringLiteral("source_format"), a.sourceFormat},
                        {QStringLiteral("body"), a.body},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(ea.tags)},
                        {QStringLiteral("quotes"), quotes},
                        {QStringLiteral("mentions"), mentions},
                        {QStringLiteral("notes"), notes},
                        {QStringLiteral("claims"), claims}};
}

} // namespace

QByteArray BundleWriter::write(const ExportSelection &selection, QString *) const
{
    QJsonArray articles;
    for (const ExportedArticle &ea : selection.articles)
        articles.append(articleJson(ea));

    QList<Entity> entities = selection.entities.values();
    std::sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
    QJsonArray entityArray;
    for (const Entity &e : std::as_const(entities)) {
        entityArray.append(QJsonObject {{QStringLiteral("id"), e.id},
                                        {QStringLiteral("name"), e.name},
                                        {QStringLiteral("kind"), toString(e.kind)},
                                        {QStringLiteral("status"), toString(e.status)},
                                        {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)}});
    }
    QJsonArray scale;
    for (const Verdict &v : selection.verdictScale.verdicts())
        scale.append(QJsonObject {{QStringLiteral("label"), v.label}, {QStringLiteral("value"), v.value}});

    const QJsonObject bundle {
        {QStringLiteral("lede_bundle"), kVersion},
        {QStringLiteral("generator"), QStringLiteral("Lede %1").arg(QStringLiteral(LEDE_VERSION))},
        {QStringLiteral("exported"), options().exported.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("author"), orNull(options().author)},
        {QStringLiteral("verdict_scale"), scale},
        {QStringLiteral("entities"), entityArray},
        {QStringLiteral("articles"), articles}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace lede
