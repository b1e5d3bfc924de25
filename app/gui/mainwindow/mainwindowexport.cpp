// File ▸ Export…: the export dialog, given what the window knows (open article, selection).
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "articlelist/articlelistmodel.h"
#include "dialogs/exportdialog.h"

#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTableView>

namespace lede {

void MainWindow::showExport()
{
    if (!m_library)
        return;
    ExportDialog::Context context;
    context.currentArticleId = m_annotations->articleId();
    if (m_annotations->article())
        context.currentTitle = m_annotations->article()->title;
    context.selectedIds = selectedInListOrder();
    auto *dialog = new ExportDialog(m_library.get(), m_settings, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    dialog->open();
}

QList<qint64> MainWindow::selectedInListOrder() const
{
    // Whatever order they were picked in.
    QList<int> rows;
    for (const QModelIndex &index : m_listView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_listModel->articleId(row);
    return ids;
}

} // namespace lede
