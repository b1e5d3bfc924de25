// File ▸ Back Up Library…: a copy of the open library, taken on a worker thread while editing
// goes on (see LibraryBackup); restoring is opening the copy.
#include "mainwindow/mainwindow.h"

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
    if (!m_library || m_backup)
        return;
    QProgressDialog *progress = workerProgress(tr("Back Up Library"), tr("Writing %1…").arg(destination));
    progress->setCancelButton(nullptr); // SQLite writes the copy in one step
    auto error = std::make_shared<QString>();
    m_backup = QThread::create([path = m_library->path(), destination, error] {
        try {
            LibraryBackup::write(path, destination);
        } catch (const StorageError &e) {
            *error = e.message();
        }
    });
    connect(m_backup, &QThread::finished, this, [this, progress, destination, error] {
        progress->close();
        progress->deleteLater();
        m_backup->deleteLater();
        if (!error->isEmpty()) {
            showError(tr("Could not back up the library: %1").arg(*error));
            return;
        }
        statusBar()->showMessage(tr("Library backed up to %1 (%2)")
                                     .arg(destination, QLocale().formattedDataSize(QFileInfo(destination).size())),
                                 15000);
    });
    m_backup->start();
}

} // namespace lede
