#include "export/pdfwriter.h"

#include "export/reportdocument.h"
#include "export/reportoutline.h"
#include "export/reportpages.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

namespace lede {

QByteArray PdfWriter::write(const ExportSelection &selection, QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(ReportPages::defaultMargins(), QPageLayout::Millimeter);
        const QString title = ReportOutline::title(selection, options().author);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Lede"));

        const std::unique_ptr<QTextDocument> document = ReportDocument::create(selection, options());
        const QString date = options().exported.toUTC().date().toString(Qt::ISODate);
        if (!ReportPages::paint(pdf, *document, title, date, error))
            return {};
    }
    return buffer.data();
}

} // namespace lede
