#pragma once

#include <QMarginsF>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace lede {

// Lays the report document out on pages and paints them: a running header (the report's title and
// date), the text, and "Page 2 of 5" at the foot. The PDF export paints a QPdfWriter with it, and
// printing and its preview a QPrinter, so that what is printed is what the PDF holds.
class ReportPages
{
public:
    // Called before each page (0-based) with the number of pages; false stops the painting.
    using PageProgress = std::function<bool(int page, int pages)>;

    // Uses the device's page size, margins and resolution, and sets the document's page size.
    // False, with *error set, when the device cannot be painted on; false with *error empty when
    // progress stopped it.
    static bool paint(QPagedPaintDevice &device, QTextDocument &document, const QString &title, const QString &date,
                      QString *error, const PageProgress &progress = {});
    // The margins the PDF export uses, in millimetres, for devices that have none of their own.
    static QMarginsF defaultMargins() { return {18, 15, 18, 15}; }
};

} // namespace lede
