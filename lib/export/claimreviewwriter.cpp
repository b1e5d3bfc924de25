#include "export/claimreviewwriter.h"

#include "export/exportselection.h"
#include "export/reportoutline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace lede {
namespace {

// The speaker of the quote that overlaps the claim most, or empty.
QString claimAuthor(const ExportSelection &selection, const ExportedArticle &article, const Claim &claim)
{
    QString best;
    int bestOverlap = 0;
    for (const Quote &q : article.quotes) {
        if (q.status == ReviewStatus::Rejected || !q.span.overlaps(claim.span))
            continue;
        const QString speaker = ReportOutline::speakerOf(selection, q);
        const int overlap = std::min(q.span.end, claim.span.end) - std::max(q.span.start, claim.span.start);
        if (!speaker.isEmpty() && overlap > bestOverlap) {
            best = speaker;
            bestOverlap = overlap;
        }
    }
    return best;
}

QJsonObject appearance(const Article &a)
{
    QJsonObject o {{QStringLiteral("@type"), QStringLiteral("NewsArticle")}};
    if (!a.url.isEmpty())
        o.insert(QStringLiteral("url"), a.url);
    if (!a.title.isEmpty())
        o.insert(QStringLiteral("headline"), a.title);
    if (!a.published.isEmpty())
        o.insert(QStringLiteral("datePublished"), a.published);
    if (!a.site.isEmpty())
        o.insert(
            QStringLiteral("publisher"),
            QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), a.site}});
    if (!a.byline.isEmpty())
        o.insert(QStringLiteral("author"),
                 QJsonObject {{QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), a.byline}});
    return o;
}

} // namespace

QByteArray ClaimReviewWriter::write(const ExportSelection &selection, QString *error) const
{
    const VerdictScale &scale = selection.verdictScale;
    QJsonArray graph;
    for (const ExportedArticle &ea : selection.articles) {
        for (const Claim &c : ea.claims) {
            if (c.verdictLabel.isEmpty()) {
                *error = QStringLiteral("claim %1 on article %2 (“%3”) has no verdict; give it one before publishing a "
                                        "ClaimReview, or leave its article out with --article")
                             .arg(c.id)
                             .arg(ea.article.id)
                             .arg(c.summary.left(60));
                return {};
            }
            const std::optional<Verdict> onScale = scale.find(c.verdictLabel);
            const int value = onScale ? onScale->value : c.verdictValue.value_or(0);
            QJsonObject claim {{QStringLiteral("@type"), QStringLiteral("Claim")},
                               {QStringLiteral("appearance"), appearance(ea.article)}};
            const QString speaker = claimAuthor(selection, ea, c);
            if (!speaker.isEmpty()) {
                const Entity *e = nullptr;
                for (const Entity &candidate : selection.entities) {
                    if (candidate.name == speaker)
                        e = &candidate;
                }
                const bool organisation = e && e->kind == EntityKind::Organization;
                claim.insert(QStringLiteral("author"),
                             QJsonObject {{QStringLiteral("@type"),
                                           organisation ? QStringLiteral("Organization") : QStringLiteral("Person")},
                                          {QStringLiteral("name"), speaker}});
            }
            if (!ea.article.published.isEmpty())
                claim.insert(QStringLiteral("datePublished"), ea.article.published);

            QJsonObject review {
                {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                {QStringLiteral("claimReviewed"), c.summary},
                {QStringLiteral("datePublished"), options().exported.toUTC().date().toString(Qt::ISODate)},
                {QStringLiteral("reviewRating"),
                 QJsonObject {{QStringLiteral("@type"), QStringLiteral("Rating")},
                              {QStringLiteral("alternateName"), c.verdictLabel},
                              {QStringLiteral("ratingValue"), value},
                              {QStringLiteral("bestRating"), scale.best()},
                              {QStringLiteral("worstRating"), scale.worst()}}},
                {QStringLiteral("itemReviewed"), claim}};
            if (!options().author.isEmpty())
                review.insert(QStringLiteral("author"),
                              QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")},
                                           {QStringLiteral("name"), options().author}});
            if (!options().url.isEmpty())
                review.insert(QStringLiteral("url"), options().url);
            if (!c.explanation.isEmpty())
                review.insert(QStringLiteral("reviewBody"), c.explanation);
            graph.append(review);
        }
    }
    if (graph.isEmpty()) {
        *error = QCoreApplication::translate("lede::Export", "the selection has no claims to review");
        return {};
    }
    const QJsonObject document {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                                {QStringLiteral("@graph"), graph}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace lede
