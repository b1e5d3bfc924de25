#include "export/reportoutline.h"

#include <QCoreApplication>

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

QString ReportOutline::title(const ExportSelection &selection, const QString &author)
{
    const int count = int(selection.articles.size());
    return title(count, count == 1 ? selection.articles.first().article.title : QString(), author);
}

QString ReportOutline::title(int count, const QString &headline, const QString &author)
{
    const QString title = !headline.isEmpty()
        ? QCoreApplication::translate("lede::Export", "Annotations on “%1”").arg(headline)
        : QCoreApplication::translate("lede::Export", "Annotations on %n article(s)", nullptr, count);
    if (author.isEmpty())
        return title;
    //: a report's title, then who exported it
    return QCoreApplication::translate("lede::Export", "%1 — %2").arg(title, author);
}

QString ReportOutline::dateline(const Article &article)
{
    QStringList parts;
    if (!article.site.isEmpty())
        parts << article.site;
    if (!article.byline.isEmpty())
        parts << (article.byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                      ? article.byline
                      : QCoreApplication::translate("lede::Export", "By %1").arg(article.byline));
    if (!article.published.isEmpty())
        parts << article.published;
    return parts.join(QStringLiteral(" · "));
}

QString ReportOutline::word(const QString &code)
{
    static const char *const codes[] = {
        QT_TRANSLATE_NOOP("lede::Export", "direct"),       QT_TRANSLATE_NOOP("lede::Export", "partial"),
        QT_TRANSLATE_NOOP("lede::Export", "indirect"),     QT_TRANSLATE_NOOP("lede::Export", "scare"),
        QT_TRANSLATE_NOOP("lede::Export", "title"),        QT_TRANSLATE_NOOP("lede::Export", "term"),
        QT_TRANSLATE_NOOP("lede::Export", "suggested"),    QT_TRANSLATE_NOOP("lede::Export", "confirmed"),
        QT_TRANSLATE_NOOP("lede::Export", "rejected"),     QT_TRANSLATE_NOOP("lede::Export", "to-check"),
        QT_TRANSLATE_NOOP("lede::Export", "in-progress"),  QT_TRANSLATE_NOOP("lede::Export", "checked"),
        QT_TRANSLATE_NOOP("lede::Export", "published"),    QT_TRANSLATE_NOOP("lede::Export", "person"),
        QT_TRANSLATE_NOOP("lede::Export", "organization"), QT_TRANSLATE_NOOP("lede::Export", "place"),
        QT_TRANSLATE_NOOP("lede::Export", "law"),          QT_TRANSLATE_NOOP("lede::Export", "event"),
        QT_TRANSLATE_NOOP("lede::Export", "other"),
    };
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return QCoreApplication::translate("lede::Export", c);
    }
    return code;
}

QString ReportOutline::language()
{
    //: The language code of this translation, for the lang attribute of HTML exports.
    return QCoreApplication::translate("lede::Export", "en", "language code");
}

} // namespace lede
