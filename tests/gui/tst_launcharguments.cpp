// What the desktop file hands `lede`: links from exports, library files, files to import.
#include "launcharguments.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lede;

class TestLaunchArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksOpenAnArticleAtItsPassage()
    {
        const auto link = LaunchArguments::parseLink(QStringLiteral("lede://article/12?start=40&end=95"));
        QVERIFY(link);
        QCOMPARE(link->articleId, 12);
        QCOMPARE(link->start, 40);
        QCOMPARE(link->end, 95);
        const auto bare = LaunchArguments::parseLink(QStringLiteral("lede://article/7"));
        QVERIFY(bare);
        QCOMPARE(bare->start, -1);
        QVERIFY(!LaunchArguments::parseLink(QStringLiteral("lede://article/abc")));
        QVERIFY(!LaunchArguments::parseLink(QStringLiteral("https://article/12")));
    }

    void argumentsAreSortedIntoLibraryLinkAndImports()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("story.txt"));
        const QString library = dir.filePath(QStringLiteral("news.lede"));
        const LaunchArguments a = LaunchArguments::classify(
            {QUrl::fromLocalFile(article).toString(), library, QStringLiteral("lede://article/3?start=1&end=2")});
        QCOMPARE(a.library, library);
        QCOMPARE(a.imports, QStringList {article}); // file:// URLs become paths
        QVERIFY(a.link);
        QCOMPARE(a.link->articleId, 3);
    }
};

QTEST_GUILESS_MAIN(TestLaunchArguments)
#include "tst_launcharguments.moc"
