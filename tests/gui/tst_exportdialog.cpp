// File ▸ Export…: the dialog writes what `lede-cli export`'s writers write for the same articles,
// previews each format, reports a file it cannot write in one line, and can be cancelled.
#include "guitestsupport.h"

#include "articlelist/filterpanel.h"
#include "dialogs/exportdialog.h"
#include "export/exportfixture.h"
#include "export/exportformats.h"
#include "export/exportselection.h"
#include "exporting/csvpreview.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/savedsearchrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace lede;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesWhatTheWriterWrites_data();
    void writesWhatTheWriterWrites();
    void writesPdfAndOdt();
    void exportsATag();
    void exportsASavedSearch();
    void previewFollowsTheFormat();
    void unwritableFileIsReportedInOneLine();
    void cancelStopsALongExport();
    void remembersFormatAndFolder();
    void ctrlEOpensTheDialogOnTheSelection();
    void everyControlHasAnAccessibleName();

private:
    std::unique_ptr<ExportDialog> makeDialog(const ExportDialog::Context &context = {});
    // Runs the export and waits for it to end; true when the dialog closed (success).
    bool runExport(ExportDialog &dialog);
    QByteArray readFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_seedId = 0;
    qint64 m_otherId = 0;
};

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<Library>(m_dir->filePath(QStringLiteral("export.lede")));
    m_seedId = ExportFixture::importSeed(*m_library);
    QVERIFY(m_seedId > 0);
    ExportFixture::annotateSeed(*m_library, m_seedId);
    m_otherId = ExportFixture::addArticle(*m_library, QStringLiteral("Mixed scripts"), ExportFixture::mixedScriptBody(),
                                          QStringLiteral("https://news.example/mixed"));
    m_store = testsupport::temporarySettings(*m_dir);
    m_settings = std::make_unique<AppSettings>(m_store.get());
    m_settings->setOrganisation(QStringLiteral("Fact Desk"));
}

void TestExportDialog::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_library.reset();
    m_dir.reset();
}

std::unique_ptr<ExportDialog> TestExportDialog::makeDialog(const ExportDialog::Context &context)
{
    auto dialog = std::make_unique<ExportDialog>(m_library.get(), m_settings.get(), context);
    dialog->show();
    return dialog;
}

bool TestExportDialog::runExport(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.startExport();
    // Success closes the dialog; failure and cancel leave it open, with the export stopped.
    if (!QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000))
        qFatal("the export did not end");
    return finished.size() == 1 && dialog.result() == QDialog::Accepted;
}

QByteArray TestExportDialog::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestExportDialog::writesWhatTheWriterWrites_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"md", "html", "csv", "json", "webannotation", "claimreview"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestExportDialog::writesWhatTheWriterWrites()
{
    QFETCH(QString, format);
    auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
    dialog->setScopeKind(ExportScope::Kind::Library);
    dialog->setFormat(format);
    const QString out = m_dir->filePath(QStringLiteral("out.") + format);
    dialog->setOutputPath(out);
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY2(runExport(*dialog), qPrintable(dialog->message()));
    QCOMPARE(exported.size(), 1);
    QVERIFY(exported.first().first().toString().contains(out));
    QVERIFY(exported.first().first().toString().contains(QStringLiteral("Exported 2 article")));

    // What `lede-cli export --format F` (no --article) writes, with the dialog's author and time.
    QCOMPARE(dialog->options().author, QStringLiteral("Fact Desk"));
    QString error;
    const QByteArray expected =
        ExportFormats::makeWriter(format, dialog->options())->write(ExportSelection::load(*m_library), &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));
    QCOMPARE(readFile(out), expected);
}

void TestExportDialog::writesPdfAndOdt()
{
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("odt")}) {
        auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
        dialog->setScopeKind(ExportScope::Kind::Article);
        dialog->setFormat(format);
        QVERIFY(dialog->previewIsRendered());
        // The preview is the report document the writer lays out.
        QVERIFY(dialog->previewText().contains(QStringLiteral("Council resolutions of 2016 and 2024 say so.")));
        const QString out = m_dir->filePath(QStringLiteral("report.") + format);
        dialog->setOutputPath(out);
        QVERIFY2(runExport(*dialog), qPrintable(dialog->message()));
        const QByteArray bytes = readFile(out);
        QVERIFY(bytes.startsWith(format == QLatin1String("pdf") ? QByteArray("%PDF-") : QByteArray("PK")));
        // The PDF is previewed on its pages, as many as the file has; ODT reflows, so it is not paged.
        if (format == QLatin1String("pdf")) {
            QVERIFY(testsupport::pdfPageCount(bytes) >= 1);
            QCOMPARE(dialog->previewPageCount(), testsupport::pdfPageCount(bytes));
        } else {
            QCOMPARE(dialog->previewPageCount(), 0);
        }
    }
}

void TestExportDialog::exportsATag()
{
    auto dialog = makeDialog({m_otherId, QStringLiteral("Mixed scripts"), {}});
    dialog->setScopeKind(ExportScope::Kind::Tag);
    QCOMPARE(dialog->scope().kind, ExportScope::Kind::Tag);
    dialog->setFormat(QStringLiteral("md"));
    // Only the seed article carries the tag.
    QVERIFY(dialog->previewText().contains(QStringLiteral("Council resolutions")));
    QVERIFY(!dialog->previewText().contains(QStringLiteral("Mixed scripts")));
    const QString out = m_dir->filePath(QStringLiteral("tag.md"));
    dialog->setOutputPath(out);
    QVERIFY2(runExport(*dialog), qPrintable(dialog->message()));
    QString error;
    QCOMPARE(readFile(out),
             ExportFormats::makeWriter(QStringLiteral("md"), dialog->options())
                 ->write(ExportSelection::load(*m_library, {m_seedId}), &error));
}

void TestExportDialog::exportsASavedSearch()
{
    ArticleFilter filter;
    filter.text = QStringLiteral("שלום"); // only the mixed-script article has it
    SavedSearchRepository(m_library->connection()).save(QStringLiteral("Hebrew"), FilterPanel::toDefinition(filter));
    auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
    dialog->setScopeKind(ExportScope::Kind::SavedSearch);
    QCOMPARE(dialog->scope().filter.text, filter.text);
    dialog->setFormat(QStringLiteral("webannotation"));
    // The file is named after the search.
    QCOMPARE(QFileInfo(dialog->outputPath()).fileName(), QStringLiteral("hebrew.jsonld"));
    const QString out = m_dir->filePath(QStringLiteral("search.jsonld"));
    dialog->setOutputPath(out);
    QVERIFY2(runExport(*dialog), qPrintable(dialog->message()));
    QString error;
    const QByteArray expected = ExportFormats::makeWriter(QStringLiteral("webannotation"), dialog->options())
                                    ->write(ExportSelection::load(*m_library, {m_otherId}), &error);
    QCOMPARE(readFile(out), expected);
}

void TestExportDialog::previewFollowsTheFormat()
{
    auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
    dialog->setScopeKind(ExportScope::Kind::Article);
    dialog->setFormat(QStringLiteral("csv"));
    QVERIFY(!dialog->previewIsRendered());
    QVERIFY(dialog->previewIsTable());
    const QString csv = dialog->previewText();
    QVERIFY(csv.startsWith(QStringLiteral("type,article,")));
    // The table shows the file's records, one row per annotation, cells unquoted.
    CsvPreview *table = dialog->csvPreview();
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("type"));
    QCOMPARE(table->rowCount(), int(CsvPreview::parse(csv).size()) - 1);
    QStringList types;
    QString noteText;
    for (int r = 0; r < table->rowCount(); ++r) {
        types << table->item(r, 0)->text();
        if (types.last() == QLatin1String("note"))
            noteText = table->item(r, 9)->toolTip();
    }
    QVERIFY(types.contains(QStringLiteral("quote")));
    QVERIFY(types.contains(QStringLiteral("claim")));
    // Formula injection is neutralised in the preview as in the file; quotes and the line break
    // inside the cell come back whole.
    QCOMPARE(noteText, QStringLiteral("'=HYPERLINK(\"http://evil\") check, the \"date\"\nsecond line"));

    dialog->setFormat(QStringLiteral("json"));
    const QString json = dialog->previewText();
    QVERIFY(!dialog->previewIsTable());
    QVERIFY(json != csv);
    QVERIFY(json.trimmed().startsWith(QLatin1Char('{')));
    QVERIFY(json.contains(QStringLiteral("Lana Negrete")));

    dialog->setFormat(QStringLiteral("html"));
    QVERIFY(dialog->previewIsRendered());
    // Rendered, not source: the text reads without tags.
    QVERIFY(!dialog->previewText().contains(QStringLiteral("<h1")));
    QVERIFY(dialog->previewText().contains(QStringLiteral("Lana Negrete")));

    // Options reach the preview.
    dialog->setFormat(QStringLiteral("claimreview"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("exportUrl"));
    QVERIFY(url);
    url->setText(QStringLiteral("https://factdesk.example/checks/1"));
    QTRY_VERIFY(dialog->previewText().contains(QStringLiteral("https://factdesk.example/checks/1")));
}

void TestExportDialog::unwritableFileIsReportedInOneLine()
{
    QFile plain(m_dir->filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
    dialog->setFormat(QStringLiteral("md"));
    // A folder that is a file.
    const QString inFile = plain.fileName() + QStringLiteral("/out.md");
    dialog->setOutputPath(inFile);
    QVERIFY(!runExport(*dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message().startsWith(inFile + QStringLiteral(": ")));
    QVERIFY(dialog->message().contains(QStringLiteral("does not exist")));
    QVERIFY(!dialog->message().contains(QLatin1Char('\n')));

    // A suffix of another format: a slip, not a wish.
    dialog->setFormat(QStringLiteral("pdf"));
    const QString mismatched = m_dir->filePath(QStringLiteral("report.md"));
    dialog->setOutputPath(mismatched);
    QVERIFY(!runExport(*dialog));
    QVERIFY(dialog->message().startsWith(mismatched + QStringLiteral(": the name ends in .md")));
    QVERIFY(!QFileInfo::exists(mismatched));
    dialog->setFormat(QStringLiteral("md"));

    // A folder that exists but takes no files (root writes anywhere else, so /proc it is).
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("no /proc on this system");
    const QString refused = QStringLiteral("/proc/lede-export-test.md");
    dialog->setOutputPath(refused);
    QVERIFY(!runExport(*dialog));
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().startsWith(refused + QStringLiteral(": cannot be written")),
             qPrintable(dialog->message()));
    QVERIFY(!QFileInfo::exists(refused));
}

void TestExportDialog::cancelStopsALongExport()
{
    testsupport::addManyArticles(*m_library, 3000);
    auto dialog = makeDialog();
    dialog->setScopeKind(ExportScope::Kind::Library);
    dialog->setFormat(QStringLiteral("csv"));
    const QString out = m_dir->filePath(QStringLiteral("long.csv"));
    dialog->setOutputPath(out);
    // Cancel as the person would, on the first progress report.
    QList<int> seen;
    connect(dialog.get(), &ExportDialog::exportProgress, dialog.get(), [&](int done, int total) {
        if (seen.isEmpty()) {
            // What is being written cannot change under the writer.
            QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"))->isEnabled());
            QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->isEnabled());
            dialog->reject();
        }
        seen << done;
        QCOMPARE(total, 3002);
    });
    QVERIFY(!runExport(*dialog));
    QVERIFY(!seen.isEmpty());
    QVERIFY(seen.last() < 3002);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(QStringLiteral("cancelled")), qPrintable(dialog->message()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"))->isEnabled());
}

void TestExportDialog::remembersFormatAndFolder()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("exports"));
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    {
        auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
        dialog->setFormat(QStringLiteral("webannotation"));
        dialog->setOutputPath(folder + QStringLiteral("/notes.jsonld"));
        QVERIFY2(runExport(*dialog), qPrintable(dialog->message()));
    }
    auto again = makeDialog({m_seedId, QStringLiteral("Santa Monica's policy"), {}});
    QCOMPARE(again->format(), QStringLiteral("webannotation"));
    QCOMPARE(QFileInfo(again->outputPath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(again->outputPath().endsWith(QStringLiteral(".jsonld")));
    // The file name follows the format.
    again->setFormat(QStringLiteral("csv"));
    QVERIFY(again->outputPath().endsWith(QStringLiteral(".csv")));
}

void TestExportDialog::ctrlEOpensTheDialogOnTheSelection()
{
    MainWindow window(std::move(m_library), m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.action(QStringLiteral("export"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    window.articleView()->selectAll();
    action->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->scope().kind, ExportScope::Kind::Selection);
    QCOMPARE(dialog->scope().articleIds.size(), 2);
    dialog->reject();
}

void TestExportDialog::everyControlHasAnAccessibleName()
{
    auto dialog = makeDialog({m_seedId, QStringLiteral("Seed"), {}});
    QStringList unnamed;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QHeaderView *>(w))
            continue;
        bool insideCompound = false; // Qt's own parts of a compound control are named by it
        for (QWidget *p = w->parentWidget(); p && p != dialog.get(); p = p->parentWidget())
            insideCompound = insideCompound || qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractItemView *>(p)
                || qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractScrollArea *>(p);
        if (insideCompound)
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractScrollArea *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QProgressBar *>(w);
        if (!control)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().remove(QLatin1Char('&')).isEmpty()))
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
