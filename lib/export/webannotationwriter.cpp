#include "export/webannotationwriter.h"

#include "domain/textoffsets.h"
#include "export/exportselection.h"
#include "export/ledelink.h"
#include "export/passagecontext.h"
#include "export/reportoutline.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lede {
namespace {

QString time(const QDateTime &t, const QDateTime &fallback)
{
    return (t.isValid() ? t : fallback).toUTC().toString(Qt::ISODate);
}

QJsonObject textualBody(const QString &value, const QString &purpose, const QString &language)
{
    QJsonObject body {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("format"), QStringLiteral("text/plain")},
                      {QStringLiteral("purpose"), purpose}};
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    return body;
}

class AnnotationBuilder
{
public:
    AnnotationBuilder(const ExportOptions &options, const ExportedArticle &article)
        : m_options(options)
        , m_article(article.article)
        , m_offsets(m_article.body)
    { }

    QJsonObject make(const QString &kind, qint64 id, const TextSpan &span, const QString &motivation,
                     const QJsonValue &body, const QDateTime &created, const QDateTime &modified) const
    {
        const PassageContext context = PassageContext::of(m_article.body, m_offsets, span);
        QJsonObject quoteSelector {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                   {QStringLiteral("exact"), context.exact}};
        if (!context.prefix.isEmpty())
            quoteSelector.insert(QStringLiteral("prefix"), context.prefix);
        if (!context.suffix.isEmpty())
            quoteSelector.insert(QStringLiteral("suffix"), context.suffix);
        const QJsonObject positionSelector {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                            {QStringLiteral("start"), span.start},
                                            {QStringLiteral("end"), span.end}};
        QJsonObject target {
            {QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), m_article.url.isEmpty() ? LedeLink::article(m_article.id) : m_article.url},
            {QStringLiteral("selector"), QJsonArray {quoteSelector, positionSelector}}};
        QJsonObject annotation {
            {QStringLiteral("id"), annotationId(kind, id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), motivation},
            {QStringLiteral("creator"), creator()},
            {QStringLiteral("created"), time(created, m_options.exported)},
            {QStringLiteral("modified"), time(modified.isValid() ? modified : created, m_options.exported)},
            {QStringLiteral("generator"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("Software")},
                          {QStringLiteral("name"), QStringLiteral("Lede")}}},
            {QStringLiteral("body"), body},
            {QStringLiteral("target"), target},
            {QStringLiteral("via"), LedeLink::passage(m_article.id, span)}};
        return annotation;
    }

    QString language() const { return m_article.language; }
    QString passage(const TextSpan &span) const { return m_offsets.slice(m_article.body, span); }

private:
    QString annotationId(const QString &kind, qint64 id) const
    {
        if (!m_options.url.isEmpty())
            return m_options.url + QStringLiteral("#%1-%2").arg(kind).arg(id);
        return QStringLiteral("urn:lede:%1:%2:%3").arg(kind).arg(m_article.id).arg(id);
    }

    QJsonObject creator() const
    {
        if (m_options.author.isEmpty())
            return QJsonObject {{QStringLiteral("type"), QStringLiteral("Software")},
                                {QStringLiteral("name"), QStringLiteral("Lede")}};
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("Organization")},
                            {QStringLiteral("name"), m_options.author}};
    }

    const ExportOptions &m_options;
    const Article &m_article;
    TextOffsets m_offsets;
};

} // namespace

QJsonObject WebAnnotationWriter::collection(const ExportSelection &selection) const
{
    QJsonArray items;
    for (const ExportedArticle &ea : selection.articles) {
        const AnnotationBuilder build(options(), ea);
        for (const Note &n : ea.notes) {
            items.append(build.make(QStringLiteral("note"), n.id, n.span, QStringLiteral("commenting"),
                                    textualBody(n.text, QStringLiteral("commenting"), build.language()), n.created,
                                    n.modified));
        }
        for (const Quote &q : ea.quotes) {
            if (q.status == ReviewStatus::Rejected)
                continue;
            const QString speaker = ReportOutline::speakerOf(selection, q);
            QString description = speaker.isEmpty() ? QStringLiteral("Quote, speaker not known")
                                                    : QStringLiteral("Quote from %1").arg(speaker);
            if (!q.cue.isEmpty())
                description += QStringLiteral(" (%1)").arg(q.cue);
            QJsonArray bodies {textualBody(description, QStringLiteral("describing"), QString())};
            if (!speaker.isEmpty())
                bodies.append(textualBody(speaker, QStringLiteral("tagging"), QString()));
            items.append(build.make(QStringLiteral("quote"), q.id, q.span, QStringLiteral("highlighting"), bodies,
                                    q.created, q.modified));
        }
        for (const Mention &m : ea.mentions) {
            const Entity *e = selection.entity(m.entityId);
            if (!e || m.status == ReviewStatus::Rejected)
                continue;
            items.append(build.make(QStringLiteral("mention"), m.id, m.span, QStringLiteral("tagging"),
                                    textualBody(e->name, QStringLiteral("tagging"), QString()), {}, {}));
        }
        for (const Claim &c : ea.claims) {
            QJsonArray bodies;
            if (!c.verdictLabel.isEmpty())
                bodies.append(textualBody(c.verdictLabel, QStringLiteral("assessing"), QString()));
            bodies.append(textualBody(c.summary.isEmpty() ? build.passage(c.span) : c.summary,
                                      QStringLiteral("describing"), build.language()));
            if (!c.explanation.isEmpty())
                bodies.append(textualBody(c.explanation, QStringLiteral("commenting"), build.language()));
            items.append(build.make(QStringLiteral("claim"), c.id, c.span, QStringLiteral("assessing"), bodies,
                                    c.created, c.modified));
        }
    }
    const QString id = options().url.isEmpty()
        ? QStringLiteral("urn:lede:export:%1").arg(options().exported.toSecsSinceEpoch())
        : options().url;
    return QJsonObject {{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                        {QStringLiteral("label"), QStringLiteral("Lede annotations")},
                        {QStringLiteral("total"), int(items.size())},
                        {QStringLiteral("first"),
                         QJsonObject {{QStringLiteral("id"), QString(id + QStringLiteral("#page1"))},
                                      {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                      {QStringLiteral("startIndex"), 0},
                                      {QStringLiteral("items"), items}}}};
}

QByteArray WebAnnotationWriter::write(const ExportSelection &selection, QString *) const
{
    return QJsonDocument(collection(selection)).toJson(QJsonDocument::Indented);
}

} // namespace lede
