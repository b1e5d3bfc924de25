// File ▸ Back Up Library…: a copy of the open library, taken on a worker thread while editing
// goes on (see LibraryBackup); restoring is opening the copy. Automatic backups (Settings) are the
// same copy, dated, into a folder of the library's own (see AutomaticBackups).
#include "mainwindow/mainwindow.h"

#include "articlelist/articlelistmodel.h"
#include "settings/appsettings.h"
#include "storage/automaticbackups.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <memory>

namespace lede {

void MainWindow::backUpLibrary()
{
    if (!m_library || m_backup)
        return;
    const QFileInfo library(m_library->path());
    // Beside the library, dated, so that backups sort by day and never replace the library.
    const QString suggested = library.absoluteDir().filePath(
        tr("%1 backup %2.lede").arg(library.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString destination =
        QFileDialog::getSaveFileName(this, tr("Back Up Library"), suggested, tr("Lede libraries (*.lede)"));
    if (!destination.isEmpty())
        backUpLibraryTo(destination);
}

void MainWindow::backUpLibraryTo(const QString &destination)
{
    startBackup(destination, false);
}

void MainWindow::startAutomaticBackups()
{
    if (m_backupTimer)
        return;
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(std::chrono::hours(1));
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    connect(this, &MainWindow::libraryChanged, this, &MainWindow::backUpIfDue);
    m_backupTimer->start();
    backUpIfDue();
}

void MainWindow::backUpIfDue()
{
    // A library without articles has nothing to lose yet (a first start makes an empty one).
    if (!m_library || m_backup || m_listModel->totalCount() == 0)
        return;
    const AutomaticBackups plan(m_settings->backupFolder(), m_library->path());
    const QDate today = QDate::currentDate();
    if (!plan.isDue(today, m_settings->backupIntervalDays()))
        return;
    if (!QDir().mkpath(plan.folder())) {
        statusBar()->showMessage(
            tr("Could not back up the library: %1: the folder cannot be created").arg(plan.folder()), 15000);
        return;
    }
    startBackup(plan.pathFor(today), true);
}

void MainWindow::startBackup(const QString &destination, bool automatic)
{
    if (!m_library || m_backup)
        return;
    QProgressDialog *progress = nullptr;
    if (!automatic) {
        progress = workerProgress(tr("Back Up Library"), tr("Writing %1…").arg(destination));
        progress->setCancelButton(nullptr); // SQLite writes the copy in one step
    }
    auto error = std::make_shared<QString>();
    m_backup = QThread::create([path = m_library->path(), destination, error] {
        try {
            LibraryBackup::write(path, destination);
        } catch (const StorageError &e) {
            *error = e.message();
        }
    });
    const QString library = m_library->path();
    connect(m_backup, &QThread::finished, this, [this, progress, destination, error, automatic, library] {
        if (progress) {
            progress->close();
            progress->deleteLater();
        }
        QThread *done = m_backup;
        m_backup = nullptr;
        done->deleteLater();
        if (!error->isEmpty()) {
            // An automatic backup fails quietly in the status bar: a dialog at every start would
            // stand between the user and their work; the next check tries again.
            if (automatic)
                statusBar()->showMessage(tr("Could not back up the library: %1").arg(*error), 15000);
            else
                showError(tr("Could not back up the library: %1").arg(*error));
            return;
        }
        const QString size = QLocale().formattedDataSize(QFileInfo(destination).size());
        if (automatic) {
            AutomaticBackups(m_settings->backupFolder(), library).prune(m_settings->backupsKept());
            statusBar()->showMessage(tr("Automatic backup written to %1 (%2)").arg(destination, size), 15000);
        } else {
            statusBar()->showMessage(tr("Library backed up to %1 (%2)").arg(destination, size), 15000);
        }
        // Another library opened while this copy was written has its turn now.
        if (m_backupTimer && m_library && m_library->path() != library)
            backUpIfDue();
    });
    m_backup->start();
}

} // namespace lede
