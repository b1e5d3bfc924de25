#include "export/exportformats.h"

#include "export/bundlewriter.h"
#include "export/claimreviewwriter.h"
#include "export/csvwriter.h"
#include "export/htmlwriter.h"
#include "export/markdownwriter.h"
#include "export/odtwriter.h"
#include "export/pdfwriter.h"
#include "export/webannotationwriter.h"

namespace lede {

QStringList ExportFormats::names()
{
    return {
        QStringLiteral("md"),  QStringLiteral("html"), QStringLiteral("pdf"),           QStringLiteral("odt"),
        QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("webannotation"), QStringLiteral("claimreview")};
}

std::unique_ptr<ExportWriter> ExportFormats::makeWriter(const QString &format, const ExportOptions &options)
{
    if (format == QLatin1String("md"))
        return std::make_unique<MarkdownWriter>(options);
    if (format == QLatin1String("html"))
        return std::make_unique<HtmlWriter>(options);
    if (format == QLatin1String("pdf"))
        return std::make_unique<PdfWriter>(options);
    if (format == QLatin1String("odt"))
        return std::make_unique<OdtWriter>(options);
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvWriter>(options);
    if (format == QLatin1String("json"))
        return std::make_unique<BundleWriter>(options);
    if (format == QLatin1String("webannotation"))
        return std::make_unique<WebAnnotationWriter>(options);
    if (format == QLatin1String("claimreview"))
        return std::make_unique<ClaimReviewWriter>(options);
    return nullptr;
}

bool ExportFormats::needsGui(const QString &format)
{
    return format.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
        || format.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0;
}

} // namespace lede
