#include "export/markdownwriter.h"

#include "domain/textoffsets.h"
#include "export/exportselection.h"
#include "export/ledelink.h"
#include "export/reportoutline.h"

#include <QCoreApplication>
#include <QStringList>

namespace lede {
namespace {

QString link(const QString &label, const QString &target)
{
    // Angle brackets let the target hold spaces and parentheses.
    return QStringLiteral("[%1](<%2>)").arg(label, target);
}

QString placeLinks(const Article &article, const TextSpan &span, const QString &passage)
{
    QString out = link(QCoreApplication::translate("lede::Export", "in Lede"), LedeLink::passage(article.id, span));
    if (!article.url.isEmpty())
        out += QStringLiteral(" · ")
            + link(QCoreApplication::translate("lede::Export", "source"),
                   LedeLink::sourcePassage(article.url, passage));
    return out;
}

QString blockQuote(const QString &text, const QString &indent)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << indent + QStringLiteral("> ") + MarkdownWriter::escape(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString MarkdownWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<>#|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray MarkdownWriter::write(const ExportSelection &selection, QString *) const
{
    QString md;
    // The author goes on the line below, with the date.
    md += QStringLiteral("# ") + escape(ReportOutline::title(selection)) + QStringLiteral("\n\n");
    QStringList about;
    if (!options().author.isEmpty())
        about << escape(options().author);
    about << QCoreApplication::translate("lede::Export", "exported %1")
                 .arg(options().exported.toUTC().toString(Qt::ISODate));
    about << (selection.articles.size() == 1
                  ? QCoreApplication::translate("lede::Export", "1 article")
                  : QCoreApplication::translate("lede::Export", "%1 articles").arg(selection.articles.size()));
    md += about.join(QStringLiteral(" · ")) + QStringLiteral("\n");

    for (const ExportedArticle &ea : selection.articles) {
        const Article &a = ea.article;
        const TextOffsets offsets(a.body);
        const QString title =
            a.title.isEmpty() ? QCoreApplication::translate("lede::Export", "Article %1").arg(a.id) : a.title;
        md += QStringLiteral("\n## ") + escape(title) + QStringLiteral("\n\n");
        const QString dateline = ReportOutline::dateline(a);
        if (!dateline.isEmpty())
            md += escape(dateline) + QStringLiteral("  \n");
        md += link(QCoreApplication::translate("lede::Export", "Open in Lede"), LedeLink::article(a.id));
        if (!a.url.isEmpty())
            md += QStringLiteral(" · ") + link(escape(a.url), a.url);
        md += QStringLiteral("\n");
        if (!ea.tags.isEmpty())
            md += QStringLiteral("\n")
                + QCoreApplication::translate("lede::Export", "Tags: %1")
                      .arg(escape(ea.tags.join(QStringLiteral(", "))))
                + QStringLiteral("\n");

        const QList<SpeakerQuotes> quotes = ReportOutline::quotesBySpeaker(selection, ea);
        if (!quotes.isEmpty()) {
            md += QStringLiteral("\n### %1\n").arg(QCoreApplication::translate("lede::Export", "Quotes"));
            for (const SpeakerQuotes &group : quotes) {
                md += QStringLiteral("\n#### ")
                    + escape(group.speaker.isEmpty() ? QCoreApplication::translate("lede::Export", "Speaker not known")
                                                     : group.speaker)
                    + QStringLiteral("\n\n");
                for (const Quote &q : group.quotes) {
                    const QString text = offsets.slice(a.body, q.span);
                    QStringList details;
                    if (!q.cue.isEmpty())
                        details << escape(q.cue);
                    details << ReportOutline::word(toString(q.kind)) << ReportOutline::word(toString(q.status));
                    md += QStringLiteral("- “%1” — %2 · %3\n")
                              .arg(escape(text), details.join(QStringLiteral(", ")), placeLinks(a, q.span, text));
                }
            }
        }

        const QList<EntityMentions> entities = ReportOutline::entities(selection, ea);
        if (!entities.isEmpty()) {
            md += QStringLiteral("\n### %1\n\n").arg(QCoreApplication::translate("lede::Export", "Entities"));
            for (const EntityMentions &em : entities) {
                QStringList aliases = em.entity.aliases;
                aliases.removeAll(em.entity.name);
                md += QStringLiteral("- **%1** (%2)")
                          .arg(escape(em.entity.name), ReportOutline::word(toString(em.entity.kind)));
                if (!aliases.isEmpty())
                    md += QCoreApplication::translate("lede::Export", ", also “%1”")
                              .arg(escape(aliases.join(QStringLiteral("”, “"))));
                QStringList places;
                for (const Mention &m : em.mentions)
                    places << link(QString::number(m.span.start), LedeLink::passage(a.id, m.span));
                md += QCoreApplication::translate("lede::Export", " — mentioned at %1")
                          .arg(places.join(QStringLiteral(", ")))
                    + QStringLiteral("\n");
            }
        }

        if (!ea.notes.isEmpty()) {
            md += QStringLiteral("\n### %1\n").arg(QCoreApplication::translate("lede::Export", "Notes"));
            for (const Note &n : ea.notes) {
                const QString passage = offsets.slice(a.body, n.span);
                md += QStringLiteral("\n") + blockQuote(passage, QString()) + QStringLiteral("\n\n");
                md += escape(n.text) + QStringLiteral(" — ") + placeLinks(a, n.span, passage) + QStringLiteral("\n");
            }
        }

        if (!ea.claims.isEmpty()) {
            md += QStringLiteral("\n### %1\n").arg(QCoreApplication::translate("lede::Export", "Claims"));
            for (const Claim &c : ea.claims) {
                const QString passage = offsets.slice(a.body, c.span);
                md += QStringLiteral("\n**%1:** %2\n\n")
                          .arg(escape(c.verdictLabel.isEmpty()
                                          ? QCoreApplication::translate("lede::Export", "No verdict yet")
                                          : c.verdictLabel),
                               escape(c.summary));
                md += blockQuote(passage, QString()) + QStringLiteral("\n\n");
                if (!c.explanation.isEmpty())
                    md += escape(c.explanation) + QStringLiteral("\n\n");
                md += QCoreApplication::translate("lede::Export", "Status: %1 — %2")
                          .arg(ReportOutline::word(toString(c.status)), placeLinks(a, c.span, passage))
                    + QStringLiteral("\n");
            }
        }
    }
    return md.toUtf8();
}

} // namespace lede
