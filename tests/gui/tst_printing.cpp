// File ▸ Print and Print Preview: the open article with its annotations, on the pages the PDF
// export gives it (the same report, header and page numbers).
#include "guitestsupport.h"

#include "export/exportselection.h"
#include "export/pdfwriter.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace lede;

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsTheOpenArticleOnThePagesOfThePdfExport();
    void previewShowsEveryPage();
    void printDialogPrintsWhenAccepted();
    void withNothingOpenItSaysWhatToDo();
    void aFileThatCannotBeWrittenIsNamedInTheError();

private:
    void openWindow(bool withArticle);
    int pdfExportPages();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_seedId = 0;
};

void TestPrinting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
}

void TestPrinting::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPrinting::openWindow(bool withArticle)
{
    if (!withArticle) {
        m_window = std::make_unique<MainWindow>(
            std::make_unique<Library>(m_dir->filePath(QStringLiteral("empty.lede"))), m_appSettings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        return;
    }
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    // Enough notes that the report cannot fit one page.
    for (int i = 0; i < 60; ++i)
        library->addNote(m_seedId, TextSpan {0, 5},
                         QStringLiteral("Checked with the council's minutes, note %1.").arg(i));
    m_window = std::make_unique<MainWindow>(std::move(library), m_appSettings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openArticle(m_seedId);
}

// Pages of `lede-cli export --format pdf` for the seed article.
int TestPrinting::pdfExportPages()
{
    QString error;
    const QByteArray pdf =
        PdfWriter(ExportOptions {}).write(ExportSelection::load(*m_window->library(), {m_seedId}), &error);
    if (pdf.isEmpty())
        qFatal("the PDF export failed: %s", qPrintable(error));
    return testsupport::pdfPageCount(pdf);
}

void TestPrinting::printsTheOpenArticleOnThePagesOfThePdfExport()
{
    openWindow(true);
    // A PDF printer stands in for a real one: what reaches it is what a printer would get.
    const QString out = m_dir->filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    QVERIFY(m_window->printArticlesTo(printer));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray printed = file.readAll();
    QVERIFY(printed.startsWith("%PDF-"));
    // The article's quotes, entities and sixty notes do not fit one page.
    QVERIFY(testsupport::pdfPageCount(printed) >= 2);
    QCOMPARE(testsupport::pdfPageCount(printed), pdfExportPages());
}

void TestPrinting::previewShowsEveryPage()
{
    openWindow(true);
    QAction *preview = m_window->action(QStringLiteral("printPreview"));
    QVERIFY(preview && preview->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("print"))->shortcut().isEmpty());
    preview->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QPrintPreviewDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *pages = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(pages);
    QTRY_COMPARE(pages->pageCount(), pdfExportPages());
    QVERIFY(pages->pageCount() >= 2);
    // Closing the preview prints nothing and leaves the window as it was.
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<QPrintPreviewDialog *>());
}

void TestPrinting::printDialogPrintsWhenAccepted()
{
    openWindow(true);
    m_window->action(QStringLiteral("print"))->trigger();
    QPrintDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QPrintDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // No printer here: the dialog prints to a file, whose name the person types (Qt's own field).
    auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
    QVERIFY(fileName);
    const QString out = m_dir->filePath(QStringLiteral("from-dialog.pdf"));
    fileName->setText(out);
    dialog->accept();
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Sent 1 article")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(testsupport::pdfPageCount(file.readAll()), pdfExportPages());
    QTRY_VERIFY(!m_window->findChild<QPrintDialog *>());
}

void TestPrinting::withNothingOpenItSaysWhatToDo()
{
    openWindow(false);
    m_window->action(QStringLiteral("print"))->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Open an article")));
    QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("printDialog")));
}

void TestPrinting::aFileThatCannotBeWrittenIsNamedInTheError()
{
    openWindow(true);
    // A folder that exists but takes no files (root writes anywhere else, so /proc it is).
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("no /proc on this system");
    const QString refused = QStringLiteral("/proc/lede-print-test.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(refused);
    QVERIFY(!m_window->printArticlesTo(printer));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Could not print: /proc/lede-print-test.pdf could not be written"));
    QVERIFY(!QFileInfo::exists(refused));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
