#include "export/pdfwriter.h"

#include "export/htmlwriter.h"
#include "export/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
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
        pdf.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        pdf.setTitle(HtmlWriter::title(options()));
        pdf.setCreator(QStringLiteral("Lede"));

        const std::unique_ptr<QTextDocument> document = ReportDocument::create(selection, options());
        document->documentLayout()->setPaintDevice(&pdf);
        const QRectF area(QPointF(0, 0), pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        const qreal band = pdf.resolution() * 0.35; // header and footer, about 9 mm each
        const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
        document->setPageSize(body.size());
        const int pages = document->pageCount();

        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(8);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = QCoreApplication::translate("lede::Export", "the PDF could not be started");
            return {};
        }
        const QString title = HtmlWriter::title(options());
        const QString date = options().exported.toUTC().date().toString(Qt::ISODate);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF header(area.left(), area.top(), area.width(), band * 0.6);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, date);
            painter.drawLine(QPointF(area.left(), band * 0.7), QPointF(area.right(), band * 0.7));
            const QRectF footer(area.left(), area.bottom() - band * 0.6, area.width(), band * 0.6);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                             QCoreApplication::translate("lede::Export", "Page %1 of %2").arg(page + 1).arg(pages));

            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            document->drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace lede
