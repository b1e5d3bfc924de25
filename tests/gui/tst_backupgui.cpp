// File ▸ Back Up Library from the window: the copy is written on a worker thread while the
// window stays usable, and the status bar says where it went, or why it could not be written.
#include "guitestsupport.h"

#include "dialogs/settingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/automaticbackups.h"
#include "storage/library.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace lede;

class TestBackupGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backsUpTheOpenLibrary();
    void aMissingFolderIsReportedInOneLine();
    void aDueBackupIsWrittenOnItsOwnAndOldOnesGo();
    void aBackupOfTodayIsNotWrittenAgain();
    void noAutomaticBackupWhenTurnedOff();
    void anEmptyLibraryIsNotBackedUp();
    void settingsChooseHowOftenHowManyAndWhere();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_seedId = 0;
};

void TestBackupGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_window = std::make_unique<MainWindow>(testsupport::seededLibrary(*m_dir, &m_seedId), m_appSettings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupGui::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestBackupGui::backsUpTheOpenLibrary()
{
    QAction *action = m_window->action(QStringLiteral("backUpLibrary"));
    QVERIFY(action);
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(action)); // in File
    // A note written just before the backup is in it: the copy holds what was committed.
    m_window->library()->addNote(m_seedId, TextSpan {0, 5}, QStringLiteral("Backed up too."));
    const QString backup = m_dir->filePath(QStringLiteral("desk backup.lede"));
    m_window->backUpLibraryTo(backup);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Library backed up to ") + backup),
                 qPrintable(m_window->statusBar()->currentMessage()));
    Library copy(backup, Database::OpenMode::MustExist);
    QVERIFY(copy.articles().find(m_seedId).has_value());
    QCOMPARE(copy.notes().ofArticle(m_seedId).size(), 1);
}

void TestBackupGui::aMissingFolderIsReportedInOneLine()
{
    const QString backup = m_dir->filePath(QStringLiteral("gone/desk backup.lede"));
    m_window->backUpLibraryTo(backup);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Could not back up the library: %1: the folder does not exist").arg(backup));
}

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

void TestBackupGui::aDueBackupIsWrittenOnItsOwnAndOldOnesGo()
{
    m_appSettings->setBackupFolder(m_dir->filePath(QStringLiteral("backups")));
    m_appSettings->setBackupIntervalDays(1);
    m_appSettings->setBackupsKept(2);
    const AutomaticBackups plan(m_appSettings->backupFolder(), m_window->library()->path());
    const QDate today = QDate::currentDate();
    writeFile(plan.pathFor(today.addDays(-9)), "older");
    writeFile(plan.pathFor(today.addDays(-2)), "old");
    m_window->startAutomaticBackups();
    const QString backup = plan.pathFor(today);
    QTRY_VERIFY2(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Automatic backup written to ") + backup),
        qPrintable(m_window->statusBar()->currentMessage()));
    Library copy(backup, Database::OpenMode::MustExist);
    QVERIFY(copy.articles().find(m_seedId).has_value());
    // Two kept: today's and the one of two days ago; the oldest is gone.
    QCOMPARE(plan.existing(), QStringList({backup, plan.pathFor(today.addDays(-2))}));
}

void TestBackupGui::aBackupOfTodayIsNotWrittenAgain()
{
    m_appSettings->setBackupFolder(m_dir->filePath(QStringLiteral("backups")));
    m_appSettings->setBackupIntervalDays(1);
    const AutomaticBackups plan(m_appSettings->backupFolder(), m_window->library()->path());
    writeFile(plan.pathFor(QDate::currentDate()), "today's");
    m_window->startAutomaticBackups();
    // One backup runs at a time: the manual one below is only written if no automatic one started.
    const QString manual = m_dir->filePath(QStringLiteral("manual.lede"));
    m_window->backUpLibraryTo(manual);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Library backed up to ") + manual),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QFile today(plan.pathFor(QDate::currentDate()));
    QVERIFY(today.open(QIODevice::ReadOnly));
    QCOMPARE(today.readAll(), QByteArray("today's"));
}

void TestBackupGui::noAutomaticBackupWhenTurnedOff()
{
    m_appSettings->setBackupFolder(m_dir->filePath(QStringLiteral("backups")));
    m_appSettings->setBackupIntervalDays(0);
    m_window->startAutomaticBackups();
    // A due backup creates its folder before the copy starts; turned off, there is none.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups"))));
}

void TestBackupGui::anEmptyLibraryIsNotBackedUp()
{
    m_appSettings->setBackupFolder(m_dir->filePath(QStringLiteral("backups")));
    m_appSettings->setBackupIntervalDays(1);
    m_window->setLibrary(std::make_unique<Library>(m_dir->filePath(QStringLiteral("new.lede"))));
    m_window->startAutomaticBackups();
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups"))));
}

void TestBackupGui::settingsChooseHowOftenHowManyAndWhere()
{
    QCOMPARE(m_appSettings->backupIntervalDays(), 1); // on by default: a backup a day
    QCOMPARE(m_appSettings->backupFolder(), AppSettings::defaultBackupFolder());
    SettingsDialog dialog(m_appSettings.get(), VerdictScale::standard(), m_window.get());
    auto *interval = dialog.findChild<QComboBox *>(QStringLiteral("backupInterval"));
    auto *kept = dialog.findChild<QSpinBox *>(QStringLiteral("backupsKept"));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    QVERIFY(interval && kept && folder);
    QCOMPARE(folder->text(), AppSettings::defaultBackupFolder());
    interval->setCurrentIndex(interval->findData(7));
    kept->setValue(4);
    folder->setText(m_dir->filePath(QStringLiteral("elsewhere")));
    dialog.apply();
    QCOMPARE(m_appSettings->backupIntervalDays(), 7);
    QCOMPARE(m_appSettings->backupsKept(), 4);
    QCOMPARE(m_appSettings->backupFolder(), m_dir->filePath(QStringLiteral("elsewhere")));
    // "Never" leaves nothing to choose.
    interval->setCurrentIndex(interval->findData(0));
    QVERIFY(!kept->isEnabled());
    QVERIFY(!folder->isEnabled());
}

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
