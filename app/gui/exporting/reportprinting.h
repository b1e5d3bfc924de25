#pragma once

#include "export/reportpages.h"

#include <QList>
#include <QString>

class QPrinter;

namespace lede {

class Library;

// File ▸ Print: articles with their quotes, entities, notes and claims, laid out on the printer's
// pages exactly as the PDF export lays them out (the same report document, header and page numbers).
class ReportPrinting
{
public:
    // The PDF export's margins, on a printer not set up yet.
    static void prepare(QPrinter &printer);
    // Paints the report of the articles (in this order) on the printer; the running header shows
    // the title of a single article, else the export's title. False, with *error, when the library
    // cannot be read or the printer not painted on; false with *error empty when progress stopped
    // it (see ReportPages). Reads the whole selection first.
    static bool print(Library &library, const QList<qint64> &articleIds, QPrinter &printer, QString *error,
                      const ReportPages::PageProgress &progress = {});
};

} // namespace lede
