#include "export/reportoutline.h"

#include <QStringList>
#include <algorithm>

namespace lede {

QString ReportOutline::speakerOf(const ExportSelection &selection, const Quote &quote)
{
    if (!quote.speakerName.isEmpty())
        return quote.speakerName;
    const Entity *e = selection.entity(quote.speakerEntityId);
    return e ? e->name : QString();
}

QList<SpeakerQuotes> ReportOutline::quotesBySpeaker(const ExportSelection &selection, const ExportedArticle &article)
{
    QList<SpeakerQuotes> groups;
    for (const Quote &q : article.quotes) {
        if (q.status == ReviewStatus::Rejected)
            continue;
        const QString speaker = speakerOf(selection, q);
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const SpeakerQuotes &g) { return g.speaker == speaker; });
        if (it == groups.end())
            groups.append({speaker, {q}});
        else
            it->quotes.append(q);
    }
    // Known speakers in order of first quote; quotes nobody was found for come last.
    std::stable_partition(groups.begin(), groups.end(), [](const SpeakerQuotes &g) { return !g.speaker.isEmpty(); });
    return groups;
}

QList<EntityMentions> ReportOutline::entities(const ExportSelection &selection, const ExportedArticle &article)
{
    QList<EntityMentions> out;
    for (const Mention &m : article.mentions) {
        const Entity *e = selection.entity(m.entityId);
        if (!e || m.status == ReviewStatus::Rejected || e->status == ReviewStatus::Rejected)
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const EntityMentions &g) { return g.entity.id == e->id; });
        if (it == out.end())
            out.append({*e, {m}});
        else
            it->mentions.append(m);
    }
    return out;
}

QString ReportOutline::dateline(const Article &article)
{
    QStringList parts;
    if (!article.site.isEmpty())
        parts << article.site;
    if (!article.byline.isEmpty())
        parts << (article.byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                      ? article.byline
                      : QStringLiteral("By ") + article.byline);
    if (!article.published.isEmpty())
        parts << article.published;
    return parts.join(QStringLiteral(" · "));
}

} // namespace lede
