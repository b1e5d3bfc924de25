#include "exporting/exportpreview.h"

#include "export/exportformats.h"
#include "export/exportselection.h"
#include "export/reportdocument.h"
#include "export/reportoutline.h"
#include "export/reportpages.h"
#include "exporting/csvpreview.h"
#include "exporting/exportworker.h"
#include "storage/storageerror.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace lede {
namespace {

// The preview reads this many articles: enough to judge the output, cheap on any library.
constexpr int kArticles = 10;
// Characters of a text preview; a bundle of many articles is long, and the editor slows down.
constexpr int kChars = 200000;
// Rows of the CSV table.
constexpr int kRows = 1000;

} // namespace

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_rendered(new QTextBrowser(this))
    , m_table(new CsvPreview(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_pages(new QPrintPreviewWidget(m_printer.get(), this))
    , m_info(new QLabel(this))
{
    // The PDF writer's page: A4 at 300 dpi with its margins, so the preview breaks pages as it will.
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    m_printer->setResolution(300);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(ReportPages::defaultMargins(), QPageLayout::Millimeter);
    m_pages->setObjectName(QStringLiteral("exportPagedPreview"));
    m_pages->setAccessibleName(tr("Preview of the pages"));
    m_pages->setZoomMode(QPrintPreviewWidget::FitToWidth);
    // The view inside is what takes the focus: screen readers name it.
    for (QWidget *inner : m_pages->findChildren<QWidget *>())
        inner->setAccessibleName(m_pages->accessibleName());
    m_text->setObjectName(QStringLiteral("exportTextPreview"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth); // prose and JSON read best wrapped
    m_text->setAccessibleName(tr("Preview of the file"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rendered->setObjectName(QStringLiteral("exportRenderedPreview"));
    m_rendered->setAccessibleName(tr("Preview of the document"));
    m_rendered->setOpenLinks(false);
    m_table->setObjectName(QStringLiteral("exportCsvPreview"));
    m_table->setAccessibleName(tr("Preview of the spreadsheet"));
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_rendered);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_pages);
    m_info->setObjectName(QStringLiteral("exportPreviewInfo"));
    m_info->setWordWrap(true);
    auto *label = new QLabel(tr("Preview:"), this);
    label->setBuddy(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_info);
}

ExportPreview::~ExportPreview()
{
    // The browser shows m_document and the pages are painted from it and on m_printer: let them go first.
    delete m_rendered;
    delete m_pages;
}

QList<QWidget *> ExportPreview::views() const
{
    return {m_text, m_rendered, m_table, m_pages};
}

void ExportPreview::showPages(const QString &title, const QString &date)
{
    disconnect(m_pages, &QPrintPreviewWidget::paintRequested, this, nullptr);
    connect(m_pages, &QPrintPreviewWidget::paintRequested, this, [this, title, date](QPrinter *printer) {
        QString error;
        if (m_document && !ReportPages::paint(*printer, *m_document, title, date, &error))
            m_info->setText(error);
    });
    m_stack->setCurrentWidget(m_pages);
    m_pages->updatePreview();
}

void ExportPreview::showText(const QString &text)
{
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
}

void ExportPreview::update(Library &library, const ExportScope &scope, const QString &format,
                           const QString &formatLabel, const ExportOptions &options)
{
    int total = 0;
    ExportSelection selection;
    try {
        total = scope.count(library);
        selection = ExportWorker::loadSelection(library, scope.resolve(library, kArticles));
    } catch (const StorageError &e) {
        showText(e.message());
        m_info->clear();
        return;
    }
    QString problem;
    QByteArray bytes;
    std::unique_ptr<QTextDocument> document;
    if (selection.articles.isEmpty()) {
        problem = tr("there are no articles to export");
    } else if (ExportFormats::needsGui(format)) {
        // The very document the PDF and ODT writers lay out.
        document = ReportDocument::create(selection, options);
    } else {
        bytes = ExportFormats::makeWriter(format, options)->write(selection, &problem);
        if (bytes.isEmpty() && problem.isEmpty())
            problem = tr("nothing to write");
        if (!bytes.isEmpty() && format == QLatin1String("html")) {
            document = std::make_unique<QTextDocument>();
            document->setHtml(QString::fromUtf8(bytes));
        }
    }
    if (!problem.isEmpty()) {
        showText(tr("This selection cannot be written as %1: %2").arg(formatLabel, problem));
    } else if (document && format == QLatin1String("pdf")) {
        m_rendered->setDocument(nullptr);
        m_document = std::move(document);
        showPages(ReportOutline::title(selection, options.author),
                  options.exported.toUTC().date().toString(Qt::ISODate));
    } else if (document) {
        m_rendered->setDocument(document.get());
        m_document = std::move(document);
        m_stack->setCurrentWidget(m_rendered);
    } else if (format == QLatin1String("csv")) {
        m_csv = QString::fromUtf8(bytes);
        m_table->setCsv(m_csv, kRows);
        m_stack->setCurrentWidget(m_table);
    } else {
        QString text = QString::fromUtf8(bytes);
        if (text.size() > kChars)
            text = text.left(kChars) + QLatin1Char('\n') + tr("… (the preview stops here)");
        showText(text);
    }
    const int shown = int(selection.articles.size());
    QString info = shown < total ? tr("Preview of the first %1 of %Ln article(s).", nullptr, total).arg(shown)
                                 : tr("Preview of %Ln article(s).", nullptr, total);
    if (!bytes.isEmpty() && shown == total)
        info += QLatin1Char(' ') + tr("The file will be %1.").arg(QLocale().formattedDataSize(bytes.size()));
    else if (ExportFormats::needsGui(format))
        info += QLatin1Char(' ') + tr("The %1 is laid out from this document.").arg(formatLabel);
    m_info->setText(info);
}

QString ExportPreview::text() const
{
    if (m_stack->currentWidget() == m_rendered || m_stack->currentWidget() == m_pages)
        return m_document ? m_document->toPlainText() : QString();
    if (m_stack->currentWidget() == m_table)
        return m_csv;
    return m_text->toPlainText();
}

bool ExportPreview::isRendered() const
{
    return m_stack->currentWidget() == m_rendered || m_stack->currentWidget() == m_pages;
}

int ExportPreview::pageCount() const
{
    return m_stack->currentWidget() == m_pages ? m_pages->pageCount() : 0;
}

bool ExportPreview::isTable() const
{
    return m_stack->currentWidget() == m_table;
}

} // namespace lede
