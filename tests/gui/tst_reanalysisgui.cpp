// Article ▸ Analyse Again… in the real window: the open article's suggestions come back from a fresh
// analysis, what the editor decided stays, and the undo history that named old suggestions is gone.
#include "guitestsupport.h"

#include "analysis/analyzer.h"
#include "annotations/articleannotations.h"
#include "dialogs/reanalysisdialog.h"
#include "domain/textoffsets.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QAction>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace lede;

class TestReanalysisGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = testsupport::temporarySettings(*m_dir);
        m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    }
    void cleanup()
    {
        m_appSettings.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void analysingTheOpenArticleAgainKeepsTheEditorsDecisions()
    {
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        const QList<Quote> analysed = library->quotes().ofArticle(id);
        QVERIFY(analysed.size() >= 3);
        // The editor rejected one suggestion; the others were lost (an older Lede found none).
        library->quotes().setStatus(analysed.at(0).id, ReviewStatus::Rejected);
        for (int i = 1; i < analysed.size(); ++i)
            library->quotes().remove(analysed.at(i).id);

        MainWindow window(std::move(library), m_appSettings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        QCOMPARE(window.annotations()->quotes().size(), 1);
        window.undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));

        ReanalysisDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->scope().kind == ExportScope::Kind::Article);
        QCOMPARE(dialog->scope().articleIds, QList<qint64> {id});
        dialog->accept();

        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("analysed again")));
        const QList<Quote> now = window.annotations()->quotes();
        // Everything this version's analysis finds, but where the editor rejected a quote.
        const Article article = *window.library()->articles().find(id);
        const TextOffsets offsets(article.body);
        int expected = 1;
        for (const QuoteFinding &f : Analyzer().analyze(article.body).quotes)
            expected += !offsets.toCodePoints(f.start, f.end).overlaps(analysed.at(0).span);
        QCOMPARE(now.size(), expected);
        QVERIFY(now.size() > 1);
        int rejected = 0;
        for (const Quote &q : now)
            rejected += q.status == ReviewStatus::Rejected;
        QCOMPARE(rejected, 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("1 of your decisions kept")));
        QVERIFY(!window.undoStack()->canUndo());
    }

    void cancellingTheDialogChangesNothing()
    {
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        const QList<Quote> analysed = library->quotes().ofArticle(id);
        library->quotes().remove(analysed.at(0).id);
        MainWindow window(std::move(library), m_appSettings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        ReanalysisDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        dialog->reject();
        QCOMPARE(window.library()->quotes().ofArticle(id).size(), analysed.size() - 1);
    }

private:
    // Article ▸ Analyse Again…, and the dialog it opens.
    static ReanalysisDialog *openDialog(MainWindow &window)
    {
        window.action(QStringLiteral("analyseAgain"))->trigger();
        ReanalysisDialog *dialog = nullptr;
        const bool opened =
            QTest::qWaitFor([&] { return (dialog = window.findChild<ReanalysisDialog *>()) != nullptr; });
        return opened ? dialog : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
};

QTEST_MAIN(TestReanalysisGui)
#include "tst_reanalysisgui.moc"
