// File ▸ Back Up Library from the window: the copy is written on a worker thread while the
// window stays usable, and the status bar says where it went, or why it could not be written.
#include "guitestsupport.h"

#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
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

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
