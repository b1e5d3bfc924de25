// File ▸ Print… and Print Preview…: the open article, or the articles selected in the list, with
// their annotations, on the pages the PDF export would give them.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "export/reportoutline.h"
#include "exporting/reportprinting.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>

namespace lede {

QList<qint64> MainWindow::articlesToPrint() const
{
    const QList<qint64> selected = selectedInListOrder();
    if (selected.size() > 1 || !m_annotations->article())
        return selected;
    return {m_annotations->articleId()};
}

bool MainWindow::printTo(const QList<qint64> &articleIds, QPrinter &printer)
{
    // A long selection takes a while to paint: say how far it is, and let it stop.
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("printProgress"));
    progress.setWindowTitle(tr("Print"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a short print shows none
    QString error;
    const bool printed =
        ReportPrinting::print(*m_library, articleIds, printer, &error, [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setLabelText(tr("Printing page %1 of %2…").arg(page + 1).arg(pages));
            progress.setValue(page);
            return !progress.wasCanceled();
        });
    if (printed)
        return true;
    if (error.isEmpty()) {
        printer.abort(); // a printer gets nothing of it; a preview keeps the pages painted so far
        statusBar()->showMessage(tr("Printing stopped"), 5000);
    } else {
        showError(tr("Could not print: %1").arg(error));
    }
    return false;
}

bool MainWindow::printArticlesTo(QPrinter &printer)
{
    const QList<qint64> ids = articlesToPrint();
    if (!m_library || ids.isEmpty())
        return false;
    return printTo(ids, printer);
}

void MainWindow::printArticles(bool preview)
{
    const QList<qint64> ids = articlesToPrint();
    if (!m_library || ids.isEmpty()) {
        statusBar()->showMessage(tr("Open an article, or select articles in the list, to print them"), 5000);
        return;
    }
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        ReportPrinting::prepare(*m_printer);
    }
    // The dialog names a file to print to after the document, as the printed report's title does.
    const bool open = ids.size() == 1 && m_annotations->article() && ids.first() == m_annotations->articleId();
    const QString headline = open ? m_annotations->article()->title : QString();
    m_printer->setDocName(ReportOutline::title(int(ids.size()), headline));
    if (preview) {
        auto *dialog = new QPrintPreviewDialog(m_printer.get(), this);
        dialog->setObjectName(QStringLiteral("printPreviewDialog"));
        dialog->setWindowTitle(tr("Print Preview"));
        dialog->resize(size() * 0.9); // pages big enough to read
        // Painted again whenever the page setup changes; printing from it paints the printer too.
        connect(dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, ids](QPrinter *printer) { printTo(ids, *printer); });
        m_printDialog = dialog;
    } else {
        auto *dialog = new QPrintDialog(m_printer.get(), this);
        dialog->setObjectName(QStringLiteral("printDialog"));
        connect(dialog, &QDialog::accepted, this, [this, ids] {
            // Once the dialog is done: the progress shown while printing runs events, and the
            // dialog, deleted on close, is still emitting its signals now.
            QMetaObject::invokeMethod(
                this,
                [this, ids] {
                    if (printTo(ids, *m_printer))
                        statusBar()->showMessage(tr("Sent %n article(s) to the printer", nullptr, int(ids.size())),
                                                 5000);
                },
                Qt::QueuedConnection);
        });
        m_printDialog = dialog;
    }
    m_printDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_printDialog->open();
}

} // namespace lede
