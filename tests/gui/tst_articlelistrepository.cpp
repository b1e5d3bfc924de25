// The article list's queries: keyset paging in every order, filters, counts and saved searches.
#include "guitestsupport.h"

#include "storage/articlelistrepository.h"
#include "storage/library.h"
#include "storage/savedsearchrepository.h"
#include "storage/storageerror.h"

#include <QSet>
#include <QTest>

using namespace lede;

class TestArticleListRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesFollowTheOrderWithoutGapsOrRepeats_data();
    void pagesFollowTheOrderWithoutGapsOrRepeats();
    void filtersNarrowTheList();
    void textSearchUsesFullTextSyntax();
    void annotationFiltersAndCounts();
    void trashIsAListOfItsOwn();
    void savedSearchesAreKeptByName();
};

void TestArticleListRepository::pagesFollowTheOrderWithoutGapsOrRepeats_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    for (auto [key, name] : {std::pair {ArticleSortKey::Published, "date"}, std::pair {ArticleSortKey::Title, "title"},
                             std::pair {ArticleSortKey::Outlet, "outlet"}, std::pair {ArticleSortKey::Byline, "byline"},
                             std::pair {ArticleSortKey::Imported, "imported"}}) {
        QTest::addRow("%s ascending", name) << int(key) << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", name) << int(key) << int(Qt::DescendingOrder);
    }
}

void TestArticleListRepository::pagesFollowTheOrderWithoutGapsOrRepeats()
{
    QFETCH(int, key);
    QFETCH(int, order);
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.lede")));
    testsupport::addManyArticles(library, 500);
    ArticleListRepository repo(library.connection());
    QList<ArticleListRow> all;
    std::optional<ArticleCursor> after;
    for (int guard = 0; guard < 100; ++guard) {
        const QList<ArticleListRow> page = repo.page({}, ArticleSortKey(key), Qt::SortOrder(order), after, 37);
        all << page;
        if (page.size() < 37)
            break;
        after = ArticleCursor {page.constLast().sortValue, page.constLast().id};
    }
    QCOMPARE(all.size(), 500);
    QSet<qint64> ids;
    for (const ArticleListRow &r : all)
        ids.insert(r.id);
    QCOMPARE(ids.size(), 500);
    for (int i = 1; i < all.size(); ++i) {
        const QString a = all.at(i - 1).sortValue.toString();
        const QString b = all.at(i).sortValue.toString();
        if (ArticleSortKey(key) == ArticleSortKey::Imported) {
            QVERIFY(order == Qt::AscendingOrder ? all.at(i - 1).id < all.at(i).id : all.at(i - 1).id > all.at(i).id);
        } else {
            QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(a + QStringLiteral(" / ") + b));
        }
    }
}

void TestArticleListRepository::filtersNarrowTheList()
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.lede")));
    testsupport::addManyArticles(library, 30);
    ArticleListRepository repo(library.connection());
    QCOMPARE(repo.count({}), 30);
    ArticleFilter gazette;
    gazette.outlet = QStringLiteral("Gazette");
    QCOMPARE(repo.count(gazette), 10);
    for (const ArticleListRow &r : repo.page(gazette, ArticleSortKey::Title, Qt::AscendingOrder, std::nullopt, 100))
        QCOMPARE(r.site, QStringLiteral("Gazette"));
    ArticleFilter january;
    january.from = QStringLiteral("2000-01-05");
    january.to = QStringLiteral("2000-01-10");
    QCOMPARE(repo.count(january), 6);
    QCOMPARE(repo.outlets(),
             (QStringList {QStringLiteral("Daily Planet"), QStringLiteral("Gazette"), QStringLiteral("The Lookout")}));
    const qint64 tag = library.tags().ensure(QStringLiteral("council"));
    library.tags().tag(1000003, tag);
    ArticleFilter tagged;
    tagged.tagId = tag;
    QCOMPARE(repo.count(tagged), 1);
    QCOMPARE(repo.page(tagged, ArticleSortKey::Published, Qt::DescendingOrder, std::nullopt, 10).first().id, 1000003);
    library.tags().tag(1000003, library.tags().ensure(QStringLiteral("budget")));
    QCOMPARE(repo.row(1000003)->tags, QStringLiteral("budget, council"));
}

void TestArticleListRepository::textSearchUsesFullTextSyntax()
{
    QTemporaryDir dir;
    qint64 seed = 0;
    auto library = testsupport::seededLibrary(dir, &seed);
    testsupport::addManyArticles(*library, 20);
    ArticleListRepository repo(library->connection());
    ArticleFilter f;
    f.text = QStringLiteral("Negrete");
    QCOMPARE(repo.count(f), 1);
    QCOMPARE(repo.page(f, ArticleSortKey::Published, Qt::DescendingOrder, std::nullopt, 10).first().id, seed);
    f.text = QStringLiteral("\"sanctuary city\" AND negr*");
    QCOMPARE(repo.count(f), 1);
    f.text = QStringLiteral("sanctuary NOT Negrete");
    QCOMPARE(repo.count(f), 0);
    f.text = QStringLiteral("\"unbalanced");
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.count(f));
}

void TestArticleListRepository::annotationFiltersAndCounts()
{
    QTemporaryDir dir;
    qint64 seed = 0;
    auto library = testsupport::seededLibrary(dir, &seed);
    testsupport::addManyArticles(*library, 5);
    ArticleListRepository repo(library->connection());
    const std::optional<ArticleListRow> row = repo.row(seed);
    QVERIFY(row);
    QVERIFY(row->quotes > 0);
    QVERIFY(row->suggestions > 0);
    ArticleFilter unreviewed;
    unreviewed.unreviewedOnly = true;
    QCOMPARE(repo.count(unreviewed), 1);

    const QList<Quote> quotes = library->quotes().ofArticle(seed);
    const qint64 speaker = library->entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
    library->quotes().setSpeaker(quotes.first().id, speaker, std::nullopt);
    ArticleFilter bySpeaker;
    bySpeaker.speakerId = speaker;
    QCOMPARE(repo.count(bySpeaker), 1);
    ArticleFilter byEntity;
    byEntity.entityId = speaker;
    QCOMPARE(repo.count(byEntity), 1);

    library->addClaim(seed, {0, 10}, QStringLiteral("False"), {}, {});
    library->addNote(seed, {0, 5}, QStringLiteral("check the date"));
    ArticleFilter verdict;
    verdict.verdict = QStringLiteral("false");
    QCOMPARE(repo.count(verdict), 1);
    QCOMPARE(repo.row(seed)->claims, 1);
    QCOMPARE(repo.row(seed)->notes, 1);
}

void TestArticleListRepository::trashIsAListOfItsOwn()
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.lede")));
    testsupport::addManyArticles(library, 10);
    library.articles().moveToTrash(1000002);
    ArticleListRepository repo(library.connection());
    QCOMPARE(repo.count({}), 9);
    ArticleFilter trash;
    trash.trashed = true;
    QCOMPARE(repo.count(trash), 1);
    QCOMPARE(repo.page(trash, ArticleSortKey::Published, Qt::DescendingOrder, std::nullopt, 10).first().id, 1000002);
}

void TestArticleListRepository::savedSearchesAreKeptByName()
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.lede")));
    SavedSearchRepository saved(library.connection());
    const qint64 id = saved.save(QStringLiteral("Council"), QStringLiteral("{\"text\":\"council\"}"));
    QCOMPARE(saved.all().size(), 1);
    QCOMPARE(saved.save(QStringLiteral("council"), QStringLiteral("{\"text\":\"mayor\"}")), id);
    QCOMPARE(saved.all().size(), 1);
    QCOMPARE(saved.all().first().definition, QStringLiteral("{\"text\":\"mayor\"}"));
    QVERIFY_THROWS_EXCEPTION(StorageError, saved.save(QStringLiteral("  "), QStringLiteral("{}")));
    saved.remove(id);
    QVERIFY(saved.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleListRepository)
#include "tst_articlelistrepository.moc"
