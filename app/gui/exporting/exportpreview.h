#pragma once

#include "export/exportoptions.h"
#include "exporting/exportscope.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace lede {

class CsvPreview;
class Library;

// What an export will write, shown before it is written: the text of Markdown and the JSON
// formats, a table for CSV, the rendered page for HTML, the report document the ODT writer lays
// out, and for PDF that document on its pages, as the PDF will have them. Reads only the first few articles, so that it
// stays quick on any library.
class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreview(QWidget *parent = nullptr);
    ~ExportPreview() override;

    // formatLabel names the format in messages ("Markdown").
    void update(Library &library, const ExportScope &scope, const QString &format, const QString &formatLabel,
                const ExportOptions &options);

    // What the preview shows, as text: the file's text, or the rendered document's.
    QString text() const;
    bool isRendered() const;
    bool isTable() const;
    // Pages of the PDF preview; 0 when the preview is not paged.
    int pageCount() const;
    CsvPreview *table() const { return m_table; }
    // The views, in tab order.
    QList<QWidget *> views() const;

private:
    void showText(const QString &text);
    void showPages(const QString &title, const QString &date);

    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTextBrowser *m_rendered;
    CsvPreview *m_table;
    std::unique_ptr<QPrinter> m_printer; // the page the PDF writer uses, for m_pages
    QPrintPreviewWidget *m_pages;
    QLabel *m_info;
    std::unique_ptr<QTextDocument> m_document; // shown by m_rendered
    QString m_csv; // what the table shows, as the file holds it
};

} // namespace lede
