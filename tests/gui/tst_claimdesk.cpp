// View ▸ All Claims: a fact-checker's desk of every claim in the library, filtered by status and
// words, that opens a claim where it was made and follows edits made in the main window.
#include "guitestsupport.h"

#include "annotations/articleannotations.h"
#include "claims/claimdesk.h"
#include "claims/claimdeskmodel.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace lede;

class TestClaimDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryClaimOutsideTheTrash();
    void filtersByStatusAndWords();
    void aClaimChosenOpensWhereItWasMade();
    void followsEditsInTheMainWindow();
    void keepsTheCurrentClaimWhenTheListIsReadAgain();
    void catchesUpWithEditsMadeWhileHidden();
    void remembersItsLayoutInTheNextSession();

private:
    qint64 addClaim(qint64 articleId, const QString &passage, ClaimStatus status, const QString &verdict);
    int rowOf(const QString &summary) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    ClaimDesk *m_desk = nullptr;
    qint64 m_seedId = 0;
    qint64 m_otherId = 0;
    qint64 m_published = 0;
};

qint64 TestClaimDesk::addClaim(qint64 articleId, const QString &passage, ClaimStatus status, const QString &verdict)
{
    Library *library = m_window ? m_window->library() : nullptr;
    Q_ASSERT(library);
    const Article article = *library->articles().find(articleId);
    Claim c;
    c.articleId = articleId;
    c.versionId = article.versionId;
    const int at = int(article.body.indexOf(passage));
    c.span = {at, at + int(passage.size())};
    c.summary = passage;
    c.status = status;
    c.verdictLabel = verdict;
    return library->claims().insert(c);
}

void TestClaimDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    std::unique_ptr<Library> library = testsupport::seededLibrary(*m_dir, &m_seedId);
    Article other;
    other.title = QStringLiteral("Budget vote");
    other.body = QStringLiteral("The council cut the budget by 4 percent. The vote was unanimous.");
    library->articles().insert(other);
    m_otherId = other.id;
    Article trashed;
    trashed.title = QStringLiteral("Withdrawn story");
    trashed.body = QStringLiteral("Crime fell by half last year.");
    library->articles().insert(trashed);
    m_window = std::make_unique<MainWindow>(std::move(library), m_appSettings.get());
    addClaim(m_seedId, QStringLiteral("Santa Monica"), ClaimStatus::ToCheck, {});
    addClaim(m_otherId, QStringLiteral("cut the budget by 4 percent"), ClaimStatus::Checked, QStringLiteral("True"));
    m_published = addClaim(m_otherId, QStringLiteral("The vote was unanimous"), ClaimStatus::Published,
                           QStringLiteral("Mostly false"));
    addClaim(trashed.id, QStringLiteral("Crime fell by half"), ClaimStatus::ToCheck, {});
    m_window->library()->articles().moveToTrash(trashed.id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->action(QStringLiteral("allClaims"))->trigger();
    m_desk = m_window->claimDesk();
    QVERIFY(m_desk);
    QVERIFY(QTest::qWaitForWindowExposed(m_desk));
}

void TestClaimDesk::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

int TestClaimDesk::rowOf(const QString &summary) const
{
    const QAbstractItemModel *shown = m_desk->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ClaimDeskModel::Summary).data().toString() == summary)
            return row;
    }
    return -1;
}

void TestClaimDesk::listsEveryClaimOutsideTheTrash()
{
    QCOMPARE(m_desk->view()->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("Crime fell by half")), -1);
    const int row = rowOf(QStringLiteral("The vote was unanimous"));
    QVERIFY(row >= 0);
    const QAbstractItemModel *shown = m_desk->view()->model();
    QCOMPARE(shown->index(row, ClaimDeskModel::Status).data().toString(), QStringLiteral("Published"));
    QCOMPARE(shown->index(row, ClaimDeskModel::Verdict).data().toString(), QStringLiteral("Mostly false"));
    QCOMPARE(shown->index(row, ClaimDeskModel::Article).data().toString(), QStringLiteral("Budget vote"));
    QCOMPARE(m_desk->countText(), QStringLiteral("3 of 3 claim(s)"));
}

void TestClaimDesk::filtersByStatusAndWords()
{
    QComboBox *status = m_desk->statusFilter();
    status->setCurrentIndex(status->findText(QStringLiteral("To check")));
    QCOMPARE(m_desk->view()->model()->rowCount(), 1);
    QVERIFY(rowOf(QStringLiteral("Santa Monica")) >= 0);
    status->setCurrentIndex(0); // every status
    // Words of the verdict and of the article's title count as much as the claim's own.
    QTest::keyClicks(m_desk->textFilter(), QStringLiteral("budget true"));
    QCOMPARE(m_desk->view()->model()->rowCount(), 1);
    QVERIFY(rowOf(QStringLiteral("cut the budget by 4 percent")) >= 0);
    QCOMPARE(m_desk->countText(), QStringLiteral("1 of 3 claim(s)"));
}

void TestClaimDesk::aClaimChosenOpensWhereItWasMade()
{
    const int row = rowOf(QStringLiteral("The vote was unanimous"));
    QVERIFY(row >= 0);
    QTableView *view = m_desk->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, ClaimDeskModel::Summary));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->annotations()->articleId(), m_otherId);
    QCOMPARE(m_window->sidebar()->currentIndex(), int(Sidebar::ClaimsPage));
    QCOMPARE(m_window->sidebar()->currentId(Sidebar::ClaimsPage), m_published);
}

void TestClaimDesk::followsEditsInTheMainWindow()
{
    const int row = rowOf(QStringLiteral("The vote was unanimous"));
    QTableView *view = m_desk->view();
    view->setCurrentIndex(view->model()->index(row, ClaimDeskModel::Summary));
    QTest::keyClick(view, Qt::Key_Return);
    // Deleted in the main window: it leaves the desk; undone: it is back.
    m_window->action(QStringLiteral("deleteAnnotation"))->trigger();
    QCOMPARE(m_window->library()->claims().ofArticle(m_otherId).size(), 1);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowOf(QStringLiteral("The vote was unanimous")), -1);
    m_window->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(rowOf(QStringLiteral("The vote was unanimous")) >= 0);
}

void TestClaimDesk::keepsTheCurrentClaimWhenTheListIsReadAgain()
{
    QTableView *view = m_desk->view();
    view->setCurrentIndex(view->model()->index(rowOf(QStringLiteral("The vote was unanimous")), 0));
    QTest::keyClick(view, Qt::Key_Return);
    // The fact-checker moves on in the desk to the claim listed last of those that stay, while the
    // main window still has the published one selected; deleting that one must not move the desk.
    QString staying;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString summary = view->model()->index(row, ClaimDeskModel::Summary).data().toString();
        if (summary != QLatin1String("The vote was unanimous"))
            staying = summary;
    }
    view->setCurrentIndex(view->model()->index(rowOf(staying), ClaimDeskModel::Summary));
    m_window->action(QStringLiteral("deleteAnnotation"))->trigger();
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->currentIndex().row(), rowOf(staying));
    QVERIFY(rowOf(staying) > 0);
}

void TestClaimDesk::catchesUpWithEditsMadeWhileHidden()
{
    QTableView *view = m_desk->view();
    view->setCurrentIndex(view->model()->index(rowOf(QStringLiteral("The vote was unanimous")), 0));
    QTest::keyClick(view, Qt::Key_Return);
    m_desk->close();
    m_window->action(QStringLiteral("deleteAnnotation"))->trigger();
    QCOMPARE(m_window->library()->claims().ofArticle(m_otherId).size(), 1);
    m_window->action(QStringLiteral("allClaims"))->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(m_desk));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowOf(QStringLiteral("The vote was unanimous")), -1);
}

void TestClaimDesk::remembersItsLayoutInTheNextSession()
{
    QComboBox *status = m_desk->statusFilter();
    status->setCurrentIndex(status->findText(QStringLiteral("Published")));
    m_desk->view()->sortByColumn(ClaimDeskModel::Verdict, Qt::AscendingOrder);
    m_desk->resize(640, 360);
    const QSize size = m_desk->size();
    // Quitting with the desk still open.
    m_window->close();
    const QString path = m_window->library()->path();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(std::make_unique<Library>(path), m_appSettings.get());
    m_window->show();
    m_window->action(QStringLiteral("allClaims"))->trigger();
    ClaimDesk *desk = m_window->claimDesk();
    QVERIFY(QTest::qWaitForWindowExposed(desk));
    QCOMPARE(desk->statusFilter()->currentText(), QStringLiteral("Published"));
    QCOMPARE(desk->view()->model()->rowCount(), 1);
    QCOMPARE(desk->view()->horizontalHeader()->sortIndicatorSection(), int(ClaimDeskModel::Verdict));
    QCOMPARE(desk->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(desk->size(), size);
}

QTEST_MAIN(TestClaimDesk)
#include "tst_claimdesk.moc"
