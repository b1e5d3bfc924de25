// The lazy article list: a 100,000-article library opens with one page loaded, scrolls by pages,
// sorts and filters without loading everything.
#include "guitestsupport.h"

#include "articlelist/articlelistmodel.h"
#include "storage/library.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace lede;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAHugeLibraryWithOnePage();
    void scrollingFetchesMorePages();
    void sortsAndFiltersOnTheServerSide();
    void refreshesAndRemovesSingleRows();
    void reportsAnInvalidSearch();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    static constexpr int kArticles = 100000;
};

void TestArticleListModel::initTestCase()
{
    m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("big.lede")));
    testsupport::addManyArticles(*m_library, kArticles);
}

void TestArticleListModel::opensAHugeLibraryWithOnePage()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QElapsedTimer timer;
    timer.start();
    model.setLibrary(m_library.get());
    const qint64 ms = timer.elapsed();
    QCOMPARE(model.totalCount(), kArticles);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    // Newest first by default.
    QCOMPARE(model.index(0, ArticleListModel::Title).data().toString(), QStringLiteral("Story 098999"));
    qInfo("opened %d articles in %lld ms with %d rows loaded", kArticles, ms, model.rowCount());
    QVERIFY2(ms < 2000, "opening should cost one page, not the library");
}

void TestArticleListModel::scrollingFetchesMorePages()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    view.scrollToBottom();
    QTRY_VERIFY(model.rowCount() >= 2 * ArticleListModel::kPageSize);
    QVERIFY(model.rowCount() < kArticles);
    // Pages join without gaps: the rows stay in date order across the boundary.
    const QString a = model.index(ArticleListModel::kPageSize - 1, 0).data(ArticleListModel::IdRole).toString();
    QVERIFY(!a.isEmpty());
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.articleId(r) != model.articleId(r - 1));
}

void TestArticleListModel::sortsAndFiltersOnTheServerSide()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    model.sort(ArticleListModel::Title, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ArticleListModel::Title).data().toString(), QStringLiteral("Story 000000"));
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    model.sort(ArticleListModel::Title, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ArticleListModel::Title).data().toString(), QStringLiteral("Story 099999"));
    // Counts sort too, page by page, on the whole library.
    m_library->addNote(1050000, {0, 4}, QStringLiteral("first"));
    m_library->addNote(1050000, {5, 9}, QStringLiteral("second"));
    m_library->addNote(1000007, {0, 4}, QStringLiteral("only"));
    QElapsedTimer timer;
    timer.start();
    model.sort(ArticleListModel::Notes, Qt::DescendingOrder);
    qInfo("sorted 100000 articles by their notes in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(model.sortColumn(), int(ArticleListModel::Notes));
    QCOMPARE(model.articleId(0), qint64(1050000));
    QCOMPARE(model.articleId(1), qint64(1000007));
    QCOMPARE(model.index(2, ArticleListModel::Notes).data().toInt(), 0);
    timer.restart();
    model.fetchMore({});
    qInfo("the next page in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
    // Tags are a list of names: the model keeps its order.
    model.sort(ArticleListModel::Tags, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(ArticleListModel::Notes));
    for (const qint64 id : {1050000, 1000007})
        for (const Note &n : m_library->notes().ofArticle(id))
            m_library->notes().remove(n.id);

    QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
    ArticleFilter f;
    f.outlet = QStringLiteral("Gazette");
    model.setFilter(f);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.totalCount(), 33333);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, ArticleListModel::Outlet).data().toString(), QStringLiteral("Gazette"));
    f.from = QStringLiteral("2024-06-01");
    f.to = QStringLiteral("2024-06-30");
    model.setFilter(f);
    // Days of June 2024 whose index is 2 mod 3 (the Gazette's), each 11 times over the 100,000.
    QCOMPARE(model.totalCount(), 110);
}

void TestArticleListModel::refreshesAndRemovesSingleRows()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    const qint64 first = model.articleId(0);
    m_library->addNote(first, {0, 4}, QStringLiteral("a note"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshArticle(first);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, ArticleListModel::Notes).data().toInt(), 1);
    model.removeArticles({first});
    QCOMPARE(model.rowOf(first), -1);
    QCOMPARE(model.totalCount(), kArticles - 1);
    QVERIFY(model.articleId(0) != first);
}

void TestArticleListModel::reportsAnInvalidSearch()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    QSignalSpy failed(&model, &ArticleListModel::queryFailed);
    ArticleFilter f;
    f.text = QStringLiteral("\"unbalanced");
    model.setFilter(f);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
