// Article ▸ Analyse Again…: fresh suggestions for articles already in the library.
#include "mainwindow/mainwindow.h"

#include "analysis/apostrophequotes.h"
#include "annotations/articleannotations.h"
#include "annotations/entityspreadcontroller.h"
#include "annotations/reanalysiscommand.h"
#include "articlelist/articlelistmodel.h"
#include "dialogs/reanalysisdialog.h"
#include "importing/reanalysisworker.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>
#include <memory>

namespace lede {

QString MainWindow::archiveMarksHint() const
{
    const std::optional<Article> &article = m_annotations->article();
    if (m_settings->apostropheQuotes() || !article || ApostropheQuotes::asQuotationMarks(article->body).isNull())
        return {};
    return tr("This article writes quotation marks as two apostrophes (''): Settings ▸ Analysis can read them, "
              "then Article ▸ Analyse Again.");
}

void MainWindow::analyseAgain()
{
    if (!m_library)
        return;
    if (m_importing) {
        statusBar()->showMessage(tr("Wait for the import to finish, then analyse again."), 8000);
        return;
    }
    auto *dialog = new ReanalysisDialog(m_library.get(), m_annotations->articleId(),
                                        m_annotations->article() ? m_annotations->article()->title : QString(),
                                        selectedInListOrder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startReanalysis(dialog->scope()); });
    dialog->open();
}

void MainWindow::startReanalysis(const ExportScope &scope)
{
    // Files dropped meanwhile wait, as behind an import, and the spread's writes pause.
    m_importing = true;
    m_spreads->setPaused(true);
    auto *thread = new QThread(this);
    auto *worker = new ReanalysisWorker(m_library->path(), scope);
    worker->moveToThread(thread);
    QProgressDialog *progress = workerProgress(tr("Analyse Again"), tr("Analysing…"));
    progress->setObjectName(QStringLiteral("reanalysisProgress"));
    connect(thread, &QThread::started, worker, &ReanalysisWorker::run);
    // Direct: the flag is atomic, and the worker's own thread is busy.
    connect(
        progress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    connect(worker, &ReanalysisWorker::progress, progress, [progress](int done, int total) {
        if (progress->wasCanceled())
            return;
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Analysing %Ln article(s)…", nullptr, total));
    });
    connect(worker, &ReanalysisWorker::finished, this,
            [this, thread, worker, progress](int articles, int quotes, int mentions, int kept, bool cancelled,
                                             const QString &error) {
                progress->close();
                progress->deleteLater();
                thread->quit();
                thread->wait();
                // What it replaced, for Edit ▸ Undo (up to ReanalysisWorker::kUndoableArticles).
                QList<ArticleSuggestions> before = worker->takeBefore();
                QList<ArticleSuggestions> after = worker->takeAfter();
                delete worker; // its thread has stopped: no event loop would run a deleteLater
                thread->deleteLater();
                // The undo history names suggestions that are gone now.
                if (articles > 0)
                    m_undo->clear();
                bulkWriteFinished();
                if (articles > 0 && !after.isEmpty())
                    m_undo->push(new ReanalysisCommand(m_annotations, std::move(before), std::move(after)));
                if (const qint64 open = m_annotations->articleId())
                    m_annotations->load(open);
                // Clauses of their own, each with its count: "3 articles analysed again · 12 quotes
                // suggested · 40 entity mentions suggested · 5 of your decisions kept".
                QStringList summary {tr("%n article(s) analysed again", nullptr, articles),
                                     tr("%n quote(s) suggested", nullptr, quotes),
                                     tr("%n entity mention(s) suggested", nullptr, mentions)};
                if (kept)
                    summary << tr("%n of your decisions kept", nullptr, kept);
                if (cancelled)
                    //: Analyse Again was cancelled (the articles done so far stay done)
                    summary << tr("Cancelled");
                statusBar()->showMessage(summary.join(QStringLiteral(" · ")), 15000);
                if (!error.isEmpty())
                    showError(tr("Analysis stopped: %1").arg(error));
                if (!m_queuedImports.isEmpty()) {
                    const QStringList next = m_queuedImports;
                    m_queuedImports.clear();
                    importPaths(next);
                }
            });
    thread->start();
}

} // namespace lede
