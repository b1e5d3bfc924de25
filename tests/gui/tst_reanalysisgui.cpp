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
    void analysingTheOpenArticleAgainKeepsTheEditorsDecisions()
    {
        QTemporaryDir dir;
        const std::unique_ptr<QSettings> settings = testsupport::temporarySettings(dir);
        AppSettings appSettings(settings.get());
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(dir, &id);
        const QList<Quote> analysed = library->quotes().ofArticle(id);
        QVERIFY(analysed.size() >= 3);
        // The editor rejected one suggestion; the others were lost (an older Lede found none).
        library->quotes().setStatus(analysed.at(0).id, ReviewStatus::Rejected);
        for (int i = 1; i < analysed.size(); ++i)
            library->quotes().remove(analysed.at(i).id);

        MainWindow window(std::move(library), &appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        QCOMPARE(window.annotations()->quotes().size(), 1);
        window.undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));

        window.action(QStringLiteral("analyseAgain"))->trigger();
        ReanalysisDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReanalysisDialog *>()) != nullptr);
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
        QTemporaryDir dir;
        const std::unique_ptr<QSettings> settings = testsupport::temporarySettings(dir);
        AppSettings appSettings(settings.get());
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(dir, &id);
        const QList<Quote> analysed = library->quotes().ofArticle(id);
        library->quotes().remove(analysed.at(0).id);
        MainWindow window(std::move(library), &appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        window.action(QStringLiteral("analyseAgain"))->trigger();
        ReanalysisDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReanalysisDialog *>()) != nullptr);
        dialog->reject();
        QCOMPARE(window.library()->quotes().ofArticle(id).size(), analysed.size() - 1);
    }
};

QTEST_MAIN(TestReanalysisGui)
#include "tst_reanalysisgui.moc"
