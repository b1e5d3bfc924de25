#include "export/csvwriter.h"

#include "domain/textoffsets.h"
#include "export/exportselection.h"
#include "export/ledelink.h"
#include "export/reportoutline.h"

namespace lede {
namespace {

struct Row
{
    QString type;
    TextSpan span;
    QString speaker;
    QString text;
    QString verdict;
    QString explanation;
};

} // namespace

QStringList CsvWriter::header()
{
    return {QStringLiteral("type"),       QStringLiteral("article"), QStringLiteral("outlet"),
            QStringLiteral("date"),       QStringLiteral("url"),     QStringLiteral("start"),
            QStringLiteral("end"),        QStringLiteral("passage"), QStringLiteral("speaker"),
            QStringLiteral("text"),       QStringLiteral("verdict"), QStringLiteral("explanation"),
            QStringLiteral("article_id"), QStringLiteral("link")};
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::quote(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString doubled = cell;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QByteArray CsvWriter::write(const ExportSelection &selection, QString *) const
{
    QString out;
    auto emitRow = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << quote(neutralise(c));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    emitRow(header());
    for (const ExportedArticle &ea : selection.articles) {
        const Article &a = ea.article;
        const TextOffsets offsets(a.body);
        QList<Row> rows;
        for (const Quote &q : ea.quotes) {
            if (q.status == ReviewStatus::Rejected)
                continue;
            QString text =
                q.cue.isEmpty() ? toString(q.kind) : q.cue + QStringLiteral(" (") + toString(q.kind) + QLatin1Char(')');
            rows.append({QStringLiteral("quote"),
                         q.span,
                         ReportOutline::speakerOf(selection, q),
                         text + QStringLiteral(", ") + toString(q.status),
                         {},
                         {}});
        }
        for (const Mention &m : ea.mentions) {
            const Entity *e = selection.entity(m.entityId);
            if (!e || m.status == ReviewStatus::Rejected)
                continue;
            rows.append({QStringLiteral("entity"),
                         m.span,
                         {},
                         e->name + QStringLiteral(" (") + toString(e->kind) + QLatin1Char(')'),
                         {},
                         {}});
        }
        for (const Note &n : ea.notes)
            rows.append({QStringLiteral("note"), n.span, {}, n.text, {}, {}});
        for (const Claim &c : ea.claims)
            rows.append({QStringLiteral("claim"), c.span, {}, c.summary, c.verdictLabel, c.explanation});
        for (const Row &r : std::as_const(rows)) {
            emitRow({r.type, a.title, a.site, a.published, a.url, QString::number(r.span.start),
                     QString::number(r.span.end), offsets.slice(a.body, r.span), r.speaker, r.text, r.verdict,
                     r.explanation, QString::number(a.id), LedeLink::passage(a.id, r.span)});
        }
    }
    QByteArray bytes = out.toUtf8();
    if (options().byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace lede
