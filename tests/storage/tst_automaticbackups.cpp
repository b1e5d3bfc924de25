// Automatic backups: one dated copy per interval in a folder of the library's own, the oldest
// removed beyond the count the user keeps, nobody else's files touched.
#include "storage/automaticbackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;

class TestAutomaticBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aLibraryWithoutBackupsIsDue();
    void theIntervalCountsFromTheNewestBackup_data();
    void theIntervalCountsFromTheNewestBackup();
    void neverMeansNever();
    void librariesOfTheSameNameKeepTheirBackupsApart();
    void pruningKeepsTheNewestAndLeavesOtherFiles();

private:
    void touch(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_backups;
    QString m_library;
};

void TestAutomaticBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_backups = m_dir->filePath(QStringLiteral("backups"));
    m_library = m_dir->filePath(QStringLiteral("desk/news.lede"));
}

void TestAutomaticBackups::touch(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

void TestAutomaticBackups::aLibraryWithoutBackupsIsDue()
{
    const AutomaticBackups plan(m_backups, m_library);
    QVERIFY(plan.folder().startsWith(m_backups + QStringLiteral("/news-")));
    QVERIFY(plan.isDue(QDate(2026, 11, 26), 1));
    QCOMPARE(plan.pathFor(QDate(2026, 11, 26)), plan.folder() + QStringLiteral("/news 2026-11-26.lede"));
}

void TestAutomaticBackups::theIntervalCountsFromTheNewestBackup_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("due");
    // The newest backup is of 2026-11-20 (an older one of 2026-11-01 does not matter).
    QTest::newRow("daily, same day") << 1 << QDate(2026, 11, 20) << false;
    QTest::newRow("daily, next day") << 1 << QDate(2026, 11, 21) << true;
    QTest::newRow("weekly, six days on") << 7 << QDate(2026, 11, 26) << false;
    QTest::newRow("weekly, a week on") << 7 << QDate(2026, 11, 27) << true;
}

void TestAutomaticBackups::theIntervalCountsFromTheNewestBackup()
{
    QFETCH(int, interval);
    QFETCH(QDate, today);
    QFETCH(bool, due);
    const AutomaticBackups plan(m_backups, m_library);
    touch(plan.pathFor(QDate(2026, 11, 1)));
    touch(plan.pathFor(QDate(2026, 11, 20)));
    // A copy cut short is no backup, and neither is a file the user put there.
    touch(plan.pathFor(QDate(2026, 11, 26)) + QStringLiteral(".part"));
    touch(plan.folder() + QStringLiteral("/news notes 2026-11-26.lede"));
    QCOMPARE(plan.isDue(today, interval), due);
}

void TestAutomaticBackups::neverMeansNever()
{
    const AutomaticBackups plan(m_backups, m_library);
    QVERIFY(!plan.isDue(QDate(2026, 11, 26), 0));
}

void TestAutomaticBackups::librariesOfTheSameNameKeepTheirBackupsApart()
{
    const AutomaticBackups here(m_backups, m_library);
    const AutomaticBackups there(m_backups, m_dir->filePath(QStringLiteral("elsewhere/news.lede")));
    QVERIFY(here.folder() != there.folder());
    touch(here.pathFor(QDate(2026, 11, 26)));
    QVERIFY(!here.isDue(QDate(2026, 11, 26), 1));
    QVERIFY(there.isDue(QDate(2026, 11, 26), 1));
}

void TestAutomaticBackups::pruningKeepsTheNewestAndLeavesOtherFiles()
{
    const AutomaticBackups plan(m_backups, m_library);
    for (int day : {3, 1, 5, 4, 2})
        touch(plan.pathFor(QDate(2026, 11, day)));
    const QString mine = plan.folder() + QStringLiteral("/keep this.lede");
    touch(mine);
    const QStringList removed = plan.prune(3);
    QCOMPARE(removed, QStringList({plan.pathFor(QDate(2026, 11, 2)), plan.pathFor(QDate(2026, 11, 1))}));
    QCOMPARE(plan.existing(),
             QStringList({plan.pathFor(QDate(2026, 11, 5)), plan.pathFor(QDate(2026, 11, 4)),
                          plan.pathFor(QDate(2026, 11, 3))}));
    QVERIFY(QFileInfo::exists(mine));
}

QTEST_GUILESS_MAIN(TestAutomaticBackups)
#include "tst_automaticbackups.moc"
