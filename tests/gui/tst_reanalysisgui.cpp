// Article ▸ Analyse Again… in the real window: the open article's suggestions come back from a fresh
// analysis, what the editor decided stays, and the undo history that named old suggestions is gone.
#include "guitestsupport.h"

#include "analysis/analyzer.h"
#include "annotations/articleannotations.h"
#include "dialogs/reanalysisdialog.h"
#include "domain/textoffsets.h"
#include "importing/reanalysisworker.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QAction>
#include <QLabel>
#include <QRadioButton>
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
        // The editor rejected one suggestion; the others were lost (an older Lede found none), but
        // for one an older Lede got wrong: a speaker nobody else names, on a passage that is no quote.
        library->quotes().setStatus(analysed.at(0).id, ReviewStatus::Rejected);
        for (int i = 1; i < analysed.size(); ++i)
            library->quotes().remove(analysed.at(i).id);
        Quote wrong;
        wrong.articleId = id;
        wrong.versionId = analysed.at(0).versionId;
        wrong.span = {0, 4};
        wrong.kind = QuoteKind::Partial;
        wrong.speakerEntityId = library->entities().ensure(QStringLiteral("Zed Nobody"), EntityKind::Person);
        library->quotes().insert(wrong);

        MainWindow window(std::move(library), m_appSettings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        QCOMPARE(window.annotations()->quotes().size(), 2);
        window.undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));

        ReanalysisDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->scope().kind == ExportScope::Kind::Article);
        QCOMPARE(dialog->scope().articleIds, QList<qint64> {id});
        // One article: the dialog says it can be undone.
        QCOMPARE(consequence(dialog), QStringLiteral("Edit ▸ Undo puts the replaced suggestions back."));
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
        QVERIFY(!window.library()->entities().idOf(QStringLiteral("Zed Nobody"), EntityKind::Person));

        // The earlier history named suggestions that are gone; the analysis is one step of its own.
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Analyse Again"));
        const auto statuses = [&window] {
            QList<std::pair<TextSpan, ReviewStatus>> out;
            for (const Quote &q : window.annotations()->quotes())
                out.append({q.span, q.status});
            return out;
        };
        const auto fresh = statuses();
        window.undoStack()->undo();
        // What it replaced is back, the speaker nobody else names with it; the editor's rejection stays.
        QCOMPARE(window.annotations()->quotes().size(), 2);
        const QList<Quote> back = window.annotations()->quotes();
        const auto wrongBack = std::find_if(back.begin(), back.end(), [](const Quote &q) { return q.span.start == 0; });
        QVERIFY(wrongBack != back.end());
        QCOMPARE(wrongBack->speakerName, QStringLiteral("Zed Nobody"));
        QVERIFY(wrongBack->status == ReviewStatus::Suggested);
        QVERIFY(window.annotations()->quote(analysed.at(0).id)->status == ReviewStatus::Rejected);
        window.undoStack()->redo();
        QVERIFY(statuses() == fresh);
        QVERIFY(!window.library()->entities().idOf(QStringLiteral("Zed Nobody"), EntityKind::Person));
    }

    void analysingSeveralArticlesIsUndoneAsOneStep()
    {
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        Article other;
        other.title = QStringLiteral("Another");
        other.body = QStringLiteral("\"We will see,\" said Mayor Lana Negrete.");
        library->articles().insert(other);
        const qint64 otherId = other.id;
        // An older Lede found nothing in either article.
        for (qint64 article : {id, otherId})
            for (const Quote &q : library->quotes().ofArticle(article))
                library->quotes().remove(q.id);
        MainWindow window(std::move(library), m_appSettings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        ReanalysisDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(chooseWholeLibrary(dialog));
        QVERIFY(dialog->scope().kind == ExportScope::Kind::Library);
        QCOMPARE(consequence(dialog), QStringLiteral("Edit ▸ Undo puts the replaced suggestions back."));
        if (const QString shot = qEnvironmentVariable("LEDE_REANALYSIS_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog->grab().save(shot));
        dialog->accept();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2 article(s) analysed again")));
        Library *lib = window.library();
        const qsizetype seedQuotes = lib->quotes().ofArticle(id).size();
        QVERIFY(seedQuotes >= 3);
        QCOMPARE(lib->quotes().ofArticle(otherId).size(), 1);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Analyse Again"));
        window.undoStack()->undo();
        QVERIFY(lib->quotes().ofArticle(id).isEmpty());
        QVERIFY(lib->quotes().ofArticle(otherId).isEmpty());
        QVERIFY(window.annotations()->quotes().isEmpty()); // the open article shows it
        window.undoStack()->redo();
        QCOMPARE(lib->quotes().ofArticle(id).size(), seedQuotes);
        QCOMPARE(lib->quotes().ofArticle(otherId).size(), 1);
        QCOMPARE(window.annotations()->quotes().size(), seedQuotes);
    }

    void aVeryLargeAnalysisSaysItCannotBeUndone()
    {
        qint64 id = 0;
        std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &id);
        {
            Transaction tx(library->connection());
            for (int i = 0; i < ReanalysisWorker::kUndoableArticles; ++i) {
                Article a;
                a.title = QStringLiteral("Brief %1").arg(i);
                a.body = QStringLiteral("Brief number %1 of the day.").arg(i);
                library->articles().insert(a);
            }
            tx.commit();
        }
        MainWindow window(std::move(library), m_appSettings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(id);
        ReanalysisDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(consequence(dialog), QStringLiteral("Edit ▸ Undo puts the replaced suggestions back."));
        QVERIFY(chooseWholeLibrary(dialog));
        QCOMPARE(consequence(dialog),
                 QStringLiteral("This replaces the suggestions of %1 article(s) and cannot be undone.")
                     .arg(ReanalysisWorker::kUndoableArticles + 1));
        dialog->reject();
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
    static QString consequence(const ReanalysisDialog *dialog)
    {
        const auto *label = dialog->findChild<QLabel *>(QStringLiteral("reanalysisConsequence"));
        return label ? label->text() : QString();
    }
    // "The whole library" as the dialog's scope; false when there is no such choice.
    static bool chooseWholeLibrary(ReanalysisDialog *dialog)
    {
        for (QRadioButton *button : dialog->findChildren<QRadioButton *>()) {
            if (button->text().startsWith(QStringLiteral("The whole &library"))) {
                button->click();
                return true;
            }
        }
        return false;
    }
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
