// File ▸ Print… and Print Preview…: the open article, or the articles selected in the list, with
// their annotations, on the pages the PDF export would give them.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "exporting/reportprinting.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
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
    QString error;
    if (ReportPrinting::print(*m_library, articleIds, printer, &error))
        return true;
    showError(tr("Could not print: %1").arg(error));
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
            if (printTo(ids, *m_printer))
                statusBar()->showMessage(tr("Sent %n article(s) to the printer", nullptr, int(ids.size())), 5000);
        });
        m_printDialog = dialog;
    }
    m_printDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_printDialog->open();
}

} // namespace lede
