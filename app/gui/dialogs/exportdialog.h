#pragma once

#include "export/exportoptions.h"
#include "exporting/exportscope.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace lede {

class AppSettings;
class CsvPreview;
class ExportPreview;
class ExportScopeBox;
class ExportWorker;
class Library;

// File ▸ Export…: what to export (the open article, the selected articles, a tag, a saved search or
// the whole library), in which of `lede-cli export`'s formats, with its author and URL options;
// a live preview of what will be written; and the writing itself on a worker thread, with
// progress and cancel, ending in one line that names the file and says what happened.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // What the main window knows when the dialog opens.
    struct Context
    {
        qint64 currentArticleId = 0;
        QString currentTitle;
        QList<qint64> selectedIds; // in list order
    };

    ExportDialog(Library *library, AppSettings *settings, const Context &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScopeKind(ExportScope::Kind kind);
    ExportScope scope() const;
    void setFormat(const QString &format);
    QString format() const;
    void setOutputPath(const QString &path);
    QString outputPath() const;
    // The options the writer gets, export time included (fixed when the dialog opened).
    ExportOptions options() const;

    // What the preview shows now, as text (the rendered document's text for HTML, PDF and ODT).
    QString previewText() const;
    bool previewIsRendered() const;
    // Pages of the PDF preview (0 for the other formats).
    int previewPageCount() const;
    // The CSV preview: a table, as a spreadsheet shows the file.
    CsvPreview *csvPreview() const;
    bool previewIsTable() const;
    // The one-line message under the preview (errors, progress, cancel).
    QString message() const;
    bool isExporting() const { return m_worker != nullptr; }

    // Writes the file (what the Export button does).
    void startExport();

    // The format as menus name it ("Markdown", "CSV spreadsheet (one row per annotation)").
    static QString formatLabel(const QString &format);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // After a successful export, before the dialog closes: "Exported 3 articles … to FILE".
    void exported(const QString &message);
    void exportProgress(int done, int total);

private:
    void scopeChanged();
    void schedulePreview();
    void updatePreview();
    void formatChanged();
    void browse();
    void exportFinished(int articles, const QString &error, bool cancelled);
    void showMessage(const QString &text, bool error);
    void setOptionsEnabled(bool enabled);
    QString suggestedBaseName() const;
    QString suffixFor(const QString &format) const;
    // The suffixes that suit a format, by one name ("json" for every JSON format).
    QString suffixFamily(const QString &format) const;
    // The family of the format a suffix belongs to, or empty for a suffix of no export format (.txt).
    QString formatOfSuffix(const QString &suffix) const;

    Library *m_library;
    AppSettings *m_settings;
    QDateTime m_exported;

    ExportScopeBox *m_scopeBox;
    QComboBox *m_formatBox;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QPushButton *m_browse;
    ExportPreview *m_preview;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QTimer *m_previewTimer;

    QThread *m_thread = nullptr;
    ExportWorker *m_worker = nullptr;
    QString m_lastSuffix;
    bool m_pathEdited = false; // typed or chosen: no longer follows the scope
};

} // namespace lede
