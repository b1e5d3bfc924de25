#pragma once

#include "export/exportoptions.h"
#include "exporting/exportscope.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;
class QThread;
class QTimer;

namespace lede {

class AppSettings;
class CsvPreview;
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
    // The CSV preview: a table, as a spreadsheet shows the file.
    CsvPreview *csvPreview() const { return m_csvPreview; }
    bool previewIsTable() const;
    // The one-line message under the preview (errors, progress, cancel).
    QString message() const;
    bool isExporting() const { return m_worker != nullptr; }

    // Writes the file (what the Export button does).
    void startExport();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // After a successful export, before the dialog closes: "Exported 3 articles … to FILE".
    void exported(const QString &message);
    void exportProgress(int done, int total);

private:
    void buildScopeBox(const Context &context);
    void scopeChanged();
    void schedulePreview();
    void updatePreview();
    void formatChanged();
    void browse();
    void exportFinished(int articles, const QString &error, bool cancelled);
    void showMessage(const QString &text, bool error);
    QString suggestedBaseName() const;
    QString suffixFor(const QString &format) const;

    Library *m_library;
    AppSettings *m_settings;
    QList<qint64> m_selectedIds;
    qint64 m_currentArticleId = 0;
    QDateTime m_exported;

    QRadioButton *m_articleRadio;
    QRadioButton *m_selectionRadio;
    QRadioButton *m_tagRadio;
    QRadioButton *m_searchRadio;
    QRadioButton *m_libraryRadio;
    QComboBox *m_tagBox;
    QComboBox *m_searchBox;
    QComboBox *m_formatBox;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QStackedWidget *m_previewStack;
    QPlainTextEdit *m_textPreview;
    QTextBrowser *m_renderedPreview;
    CsvPreview *m_csvPreview;
    QString m_csvText; // what the table shows, as the file holds it
    std::unique_ptr<QTextDocument> m_previewDocument;
    QLabel *m_previewInfo;
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
