#include "export/htmlwriter.h"

#include "domain/textoffsets.h"
#include "export/exportselection.h"
#include "export/ledelink.h"
#include "export/reportoutline.h"

#include <QCoreApplication>
#include <QStringList>

namespace lede {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anchor(const QString &label, const QString &href)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(label));
}

QString placeLinks(const Article &article, const TextSpan &span, const QString &passage)
{
    QString out = anchor(QCoreApplication::translate("lede::Export", "in Lede"), LedeLink::passage(article.id, span));
    if (!article.url.isEmpty())
        out += QStringLiteral(" · ")
            + anchor(QCoreApplication::translate("lede::Export", "source"),
                     LedeLink::sourcePassage(article.url, passage));
    return QStringLiteral("<span class=\"links\">") + out + QStringLiteral("</span>");
}

// dir="auto" lets right-to-left passages run the right way inside a left-to-right page.
QString passageBlock(const QString &passage)
{
    QString html = esc(passage);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<blockquote dir=\"auto\">") + html + QStringLiteral("</blockquote>\n");
}

} // namespace

QString HtmlWriter::render(const ExportSelection &selection) const
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
             .arg(esc(ReportOutline::language()))
        + esc(ReportOutline::title(selection, options().author)) + QStringLiteral("</title>\n");
    h += QStringLiteral(
        "<style>\nbody { font-family: 'DejaVu Serif', Georgia, serif; max-width: 46em; margin: 2em auto; }\n"
        "h1, h2, h3, h4 { font-family: 'DejaVu Sans', Helvetica, sans-serif; }\n"
        "blockquote { margin: 0.4em 0 0.4em 1.5em; color: #333; font-style: italic; }\n"
        ".meta, .links { color: #555; font-size: small; }\n"
        ".verdict { font-weight: bold; }\n</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>") + esc(ReportOutline::title(selection, options().author)) + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p class=\"meta\">%1 · %2</p>\n")
             .arg(QCoreApplication::translate("lede::Export", "Exported %1")
                      .arg(esc(options().exported.toUTC().toString(Qt::ISODate))),
                  selection.articles.size() == 1
                      ? QCoreApplication::translate("lede::Export", "1 article")
                      : QCoreApplication::translate("lede::Export", "%1 articles").arg(selection.articles.size()));

    for (const ExportedArticle &ea : selection.articles) {
        const Article &a = ea.article;
        const TextOffsets offsets(a.body);
        const QString headline =
            a.title.isEmpty() ? QCoreApplication::translate("lede::Export", "Article %1").arg(a.id) : a.title;
        h += QStringLiteral("<h2 id=\"article-%1\">").arg(a.id) + esc(headline) + QStringLiteral("</h2>\n");
        QStringList meta;
        const QString dateline = ReportOutline::dateline(a);
        if (!dateline.isEmpty())
            meta << esc(dateline);
        meta << anchor(QCoreApplication::translate("lede::Export", "Open in Lede"), LedeLink::article(a.id));
        if (!a.url.isEmpty())
            meta << anchor(a.url, a.url);
        h += QStringLiteral("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
        if (!ea.tags.isEmpty())
            h += QStringLiteral("<p class=\"meta\">")
                + QCoreApplication::translate("lede::Export", "Tags: %1").arg(esc(ea.tags.join(QStringLiteral(", "))))
                + QStringLiteral("</p>\n");

        const QList<SpeakerQuotes> quotes = ReportOutline::quotesBySpeaker(selection, ea);
        if (!quotes.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(QCoreApplication::translate("lede::Export", "Quotes"));
            for (const SpeakerQuotes &group : quotes) {
                h += QStringLiteral("<h4>")
                    + esc(group.speaker.isEmpty() ? QCoreApplication::translate("lede::Export", "Speaker not known")
                                                  : group.speaker)
                    + QStringLiteral("</h4>\n<ul>\n");
                for (const Quote &q : group.quotes) {
                    const QString text = offsets.slice(a.body, q.span);
                    QStringList details;
                    if (!q.cue.isEmpty())
                        details << esc(q.cue);
                    details << ReportOutline::word(toString(q.kind)) << ReportOutline::word(toString(q.status));
                    h += QStringLiteral("<li><span dir=\"auto\">“%1”</span> — %2 · %3</li>\n")
                             .arg(esc(text), details.join(QStringLiteral(", ")), placeLinks(a, q.span, text));
                }
                h += QStringLiteral("</ul>\n");
            }
        }

        const QList<EntityMentions> entities = ReportOutline::entities(selection, ea);
        if (!entities.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(QCoreApplication::translate("lede::Export", "Entities"));
            for (const EntityMentions &em : entities) {
                QStringList aliases = em.entity.aliases;
                aliases.removeAll(em.entity.name);
                h += QStringLiteral("<li><b>%1</b> (%2)")
                         .arg(esc(em.entity.name), ReportOutline::word(toString(em.entity.kind)));
                if (!aliases.isEmpty())
                    h += QCoreApplication::translate("lede::Export", ", also “%1”")
                             .arg(esc(aliases.join(QStringLiteral("”, “"))));
                QStringList places;
                for (const Mention &m : em.mentions)
                    places << anchor(QString::number(m.span.start), LedeLink::passage(a.id, m.span));
                h += QCoreApplication::translate("lede::Export", " — mentioned at %1")
                         .arg(places.join(QStringLiteral(", ")))
                    + QStringLiteral("</li>\n");
            }
            h += QStringLiteral("</ul>\n");
        }

        if (!ea.notes.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(QCoreApplication::translate("lede::Export", "Notes"));
            for (const Note &n : ea.notes) {
                const QString passage = offsets.slice(a.body, n.span);
                h += passageBlock(passage);
                h += QStringLiteral("<p dir=\"auto\">") + esc(n.text) + QStringLiteral(" — ")
                    + placeLinks(a, n.span, passage) + QStringLiteral("</p>\n");
            }
        }

        if (!ea.claims.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(QCoreApplication::translate("lede::Export", "Claims"));
            for (const Claim &c : ea.claims) {
                const QString passage = offsets.slice(a.body, c.span);
                h += QStringLiteral("<p><span class=\"verdict\">%1:</span> <span dir=\"auto\">%2</span></p>\n")
                         .arg(esc(c.verdictLabel.isEmpty()
                                      ? QCoreApplication::translate("lede::Export", "No verdict yet")
                                      : c.verdictLabel),
                              esc(c.summary));
                h += passageBlock(passage);
                if (!c.explanation.isEmpty())
                    h += QStringLiteral("<p dir=\"auto\">") + esc(c.explanation) + QStringLiteral("</p>\n");
                h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                         .arg(QCoreApplication::translate("lede::Export", "Status: %1 — %2")
                                  .arg(ReportOutline::word(toString(c.status)), placeLinks(a, c.span, passage)));
            }
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

QByteArray HtmlWriter::write(const ExportSelection &selection, QString *) const
{
    return render(selection).toUtf8();
}

} // namespace lede
