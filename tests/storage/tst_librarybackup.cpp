// File ▸ Back Up Library: a copy taken while the library is open is a whole library of its own;
// a backup that cannot be written names the file and the reason and leaves nothing behind.
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace lede;

class TestLibraryBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theCopyHoldsWhatWasCommitted();
    void anOlderBackupIsReplacedWhole();
    void aFolderThatTakesNoFilesIsNamedInTheError();
    void theLibraryItselfIsNeverOverwritten();

private:
    qint64 addArticle(const QString &title);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestLibraryBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("desk.lede"));
    m_library = std::make_unique<Library>(m_path);
}

void TestLibraryBackup::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestLibraryBackup::addArticle(const QString &title)
{
    Article a;
    a.title = title;
    a.body = QStringLiteral("The council voted on Tuesday to repair the pier.");
    Transaction tx(m_library->connection());
    m_library->articles().insert(a);
    tx.commit();
    return a.id;
}

void TestLibraryBackup::theCopyHoldsWhatWasCommitted()
{
    const qint64 id = addArticle(QStringLiteral("Pier vote"));
    m_library->addNote(id, TextSpan {4, 11}, QStringLiteral("Checked with the minutes."));
    const QString backup = m_dir->filePath(QStringLiteral("desk backup.lede"));
    // Taken while the library is open, as the window has it open.
    LibraryBackup::write(m_path, backup);

    Library copy(backup, Database::OpenMode::MustExist);
    QCOMPARE(copy.articles().find(id)->title, QStringLiteral("Pier vote"));
    QCOMPARE(copy.notes().ofArticle(id).size(), 1);
    QCOMPARE(copy.notes().ofArticle(id).first().text, QStringLiteral("Checked with the minutes."));
    QCOMPARE(copy.search().search(QStringLiteral("pier")).size(), 1);
    // The library goes on as before, and later edits are not in the copy.
    addArticle(QStringLiteral("After the backup"));
    QCOMPARE(test::countRows(m_library->connection(), QStringLiteral("articles")), 2);
    QCOMPARE(test::countRows(copy.connection(), QStringLiteral("articles")), 1);
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".part")));
}

void TestLibraryBackup::anOlderBackupIsReplacedWhole()
{
    addArticle(QStringLiteral("First"));
    const QString backup = m_dir->filePath(QStringLiteral("daily.lede"));
    LibraryBackup::write(m_path, backup);
    addArticle(QStringLiteral("Second"));
    LibraryBackup::write(m_path, backup);
    Library copy(backup, Database::OpenMode::MustExist);
    QCOMPARE(test::countRows(copy.connection(), QStringLiteral("articles")), 2);
}

void TestLibraryBackup::aFolderThatTakesNoFilesIsNamedInTheError()
{
    addArticle(QStringLiteral("First"));
    const QString missing = m_dir->filePath(QStringLiteral("no such folder/backup.lede"));
    try {
        LibraryBackup::write(m_path, missing);
        QFAIL("a backup into a missing folder was written");
    } catch (const StorageError &e) {
        QCOMPARE(e.message(), missing + QStringLiteral(": the folder does not exist"));
    }
    // A folder that exists but takes no files (root writes anywhere else, so /proc it is).
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("no /proc on this system");
    const QString refused = QStringLiteral("/proc/lede-backup-test.lede");
    try {
        LibraryBackup::write(m_path, refused);
        QFAIL("a backup into /proc was written");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().startsWith(refused + QStringLiteral(": ")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(u'\n'));
    }
    QVERIFY(!QFileInfo::exists(refused));
    QVERIFY(!QFileInfo::exists(refused + QStringLiteral(".part")));
}

void TestLibraryBackup::theLibraryItselfIsNeverOverwritten()
{
    addArticle(QStringLiteral("Kept"));
    try {
        LibraryBackup::write(m_path, m_path);
        QFAIL("the library was its own backup");
    } catch (const StorageError &e) {
        QCOMPARE(e.message(), m_path + QStringLiteral(": a backup cannot replace the library itself"));
    }
    QCOMPARE(test::countRows(m_library->connection(), QStringLiteral("articles")), 1);
}

QTEST_GUILESS_MAIN(TestLibraryBackup)
#include "tst_librarybackup.moc"
