// A second `lede` on the same library hands its arguments (a lede:// link, files) to the first.
#include "singleinstance.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <future>

using namespace lede;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceHandsOverItsArguments();
    void anotherLibraryIsNotHandedOver();
    void followsTheLibraryTheWindowOpens();
    void relativeFilesBecomeAbsolute();
};

void TestSingleInstance::secondInstanceHandsOverItsArguments()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("news.lede"));
    SingleInstance first(library);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    const QStringList arguments {QStringLiteral("lede://article/7?start=10&end=20"),
                                 dir.filePath(QStringLiteral("a.txt"))};
    // The second instance blocks until the first answers, as `lede` does before it has a window;
    // the first answers from its event loop, here the test's.
    std::future<bool> handed = std::async(std::launch::async, [&] {
        // The same library named another way still finds the first instance.
        return SingleInstance(dir.path() + QStringLiteral("/./news.lede")).forward(arguments);
    });
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
    QVERIFY(handed.get());
}

void TestSingleInstance::anotherLibraryIsNotHandedOver()
{
    QTemporaryDir dir;
    SingleInstance first(dir.filePath(QStringLiteral("one.lede")));
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    SingleInstance other(dir.filePath(QStringLiteral("two.lede")));
    QVERIFY(other.serverName() != first.serverName());
    QVERIFY(!other.forward({QStringLiteral("lede://article/1")}, 200));
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::followsTheLibraryTheWindowOpens()
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.lede"));
    const QString two = dir.filePath(QStringLiteral("two.lede"));
    SingleInstance running(one);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    running.setLibraryPath(two);
    // A link for the first library must not land in a window now showing the second.
    QVERIFY(!SingleInstance(one).forward({QStringLiteral("lede://article/1")}, 200));
    std::future<bool> handed = std::async(
        std::launch::async, [&] { return SingleInstance(two).forward({QStringLiteral("lede://article/2")}); });
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList {QStringLiteral("lede://article/2")});
    QVERIFY(handed.get());
}

void TestSingleInstance::relativeFilesBecomeAbsolute()
{
    const QStringList out = SingleInstance::portable(
        {QStringLiteral("lede://article/3"), QStringLiteral("story.txt"), QStringLiteral("https://example.org/a")});
    QCOMPARE(out.at(0), QStringLiteral("lede://article/3"));
    QCOMPARE(out.at(1), QDir::current().absoluteFilePath(QStringLiteral("story.txt")));
    QCOMPARE(out.at(2), QStringLiteral("https://example.org/a"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
