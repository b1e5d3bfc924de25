#include "export/reportpages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace lede {

bool ReportPages::paint(QPagedPaintDevice &device, QTextDocument &document, const QString &title, const QString &date,
                        QString *error, const PageProgress &progress)
{
    document.documentLayout()->setPaintDevice(&device);
    const int dpi = device.logicalDpiY();
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(dpi).size());
    const qreal band = dpi * 0.35; // header and footer, about 9 mm each
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = QCoreApplication::translate("lede::Export", "the pages could not be started");
        return false;
    }
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages)) {
            painter.end();
            return false;
        }
        if (page > 0)
            device.newPage();
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
        document.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace lede
