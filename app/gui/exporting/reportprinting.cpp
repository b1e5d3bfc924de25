#include "exporting/reportprinting.h"

#include "export/exportoptions.h"
#include "export/exportselection.h"
#include "export/reportdocument.h"
#include "export/reportoutline.h"
#include "exporting/exportworker.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace lede {

void ReportPrinting::prepare(QPrinter &printer)
{
    printer.setPageMargins(ReportPages::defaultMargins(), QPageLayout::Millimeter);
    printer.setCreator(QStringLiteral("Lede"));
}

bool ReportPrinting::print(Library &library, const QList<qint64> &articleIds, QPrinter &printer, QString *error,
                           const ReportPages::PageProgress &progress)
{
    ExportSelection selection;
    try {
        selection = ExportWorker::loadSelection(library, articleIds);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    if (selection.articles.isEmpty()) {
        *error = QCoreApplication::translate("lede::ReportPrinting", "there is no article to print");
        return false;
    }
    const ExportOptions options;
    const QString title = ReportOutline::title(selection, options.author);
    printer.setDocName(title);
    const std::unique_ptr<QTextDocument> document = ReportDocument::create(selection, options);
    const QString date = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    if (ReportPages::paint(printer, *document, title, date, error, progress))
        return true;
    // The pages could not be started: say which file or printer refused.
    if (!error->isEmpty())
        *error = printer.outputFormat() == QPrinter::PdfFormat
            ? QCoreApplication::translate("lede::ReportPrinting", "%1 could not be written")
                  .arg(printer.outputFileName())
            : QCoreApplication::translate("lede::ReportPrinting", "the printer %1 is not available")
                  .arg(printer.printerName());
    return false;
}

} // namespace lede
