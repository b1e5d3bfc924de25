#include "storage/articlerepository.h"
#include "storage/backgroundcheckpointer.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/pendingentityindex.h"
#include "storage/pendingsuggestions.h"
#include "storage/spreadrecordrepository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace lede;
using lede::test::readFile;
using lede::test::writeFile;

namespace {

// Runs SQL on a file through a connection of the test's own, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

StorageError::Kind openError(const QString &path)
{
    try {
        Database db(path);
    } catch (const StorageError &e) {
        return e.kind();
    }
    return StorageError::Kind::Failed;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileGetsTheLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.lede"));
        {
            Database db(path);
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // NORMAL
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'article_fts'")) && q.next());
            QVERIFY(q.value(0).toString().contains(QStringLiteral("fts5")));
            // The search index merges eight segments at a time (schema 5), which bulk imports need.
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM article_fts_config WHERE k = 'automerge'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 8);
        }
        // Reopening an up-to-date library changes nothing.
        Database again(path);
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    }

    void annotationsOfAnArticleAreReadThroughAnIndex()
    {
        // Opening an article reads its quotes and mentions; schema 4 dropped two indexes, and what
        // is left must still spare a scan of every annotation in the library.
        Database db(QStringLiteral(":memory:"));
        QSqlQuery q(db.connection());
        for (const QString &sql :
             {QStringLiteral("SELECT id FROM mentions WHERE article_id = 1 ORDER BY start_pos"),
              QStringLiteral("SELECT id FROM quotes WHERE article_id = 1 ORDER BY start_pos"),
              QStringLiteral("SELECT count(*) FROM mentions WHERE article_id = 1 AND status = 'suggested'"),
              QStringLiteral("SELECT id FROM mentions WHERE entity_id = 1"),
              QStringLiteral("SELECT id FROM quotes WHERE speaker_entity_id = 1")}) {
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QStringLiteral("USING")) && !plan.contains(QStringLiteral("SCAN")),
                     qPrintable(sql + QStringLiteral(": ") + plan));
        }
    }

    void anEntityCountIndexLeftOutIsBuiltAgainOnOpening()
    {
        // A bulk import sets it aside and builds it at its end; a crash in between must not leave a
        // library whose entity list counts by sorting millions of rows ever after.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.lede"));
        {
            Database db(path);
            QVERIFY(PendingEntityIndex::exists(db.connection()));
            PendingEntityIndex::drop(db.connection());
            QVERIFY(!PendingEntityIndex::exists(db.connection()));
            ArticleRepository::holdBackIndexMerges(db.connection(), true); // as the import does
        }
        Database again(path);
        QVERIFY(PendingEntityIndex::exists(again.connection()));
        // The search index merges its segments again, eight at a time.
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM article_fts_config WHERE k = 'automerge'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
    }

    void emptyFileBecomesALibrary()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("empty.lede"), {});
        Database db(path);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void aNewLibraryHasLargePagesAnOlderOneKeepsItsOwn()
    {
        QTemporaryDir dir;
        const auto pageSize = [](const Database &db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : 0;
        };
        {
            Database fresh(dir.filePath(QStringLiteral("fresh.lede")));
            QCOMPARE(pageSize(fresh), Database::kNewLibraryPageSize);
        }
        // A library of 4 KB pages, as earlier versions (and other SQLite programs) made them: it opens,
        // takes writes and keeps its pages, which only a rewrite of the whole file could change.
        const QString old = dir.filePath(QStringLiteral("old.lede"));
        rawSql(old,
               {QStringLiteral("PRAGMA page_size = 4096"), QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
        {
            Library library(old);
            library.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
            QCOMPARE(pageSize(library.database()), 4096);
        }
        Library again(old);
        QCOMPARE(again.entities().all().size(), 1);
    }

    void aSchema5LibraryKeepsItsEntitiesAndGainsTheSpreadRecords()
    {
        // A library as Lede wrote it before schema 6: no table for unfinished spreads, no index of
        // the pending sets by entity (schema 7).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("five.lede"));
        {
            Library library(path);
            library.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
        }
        rawSql(path,
               {QStringLiteral("DROP TABLE entity_spreads"), QStringLiteral("DROP INDEX pending_entities_entity"),
                QStringLiteral("DROP TRIGGER pending_suggestions_entity_delete"),
                QStringLiteral("ALTER TABLE quotes DROP COLUMN speaker_label"),
                QStringLiteral("PRAGMA user_version = 5")});
        Library library(path);
        QCOMPARE(library.database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(library.entities().all().size(), 1);
        SpreadRecordRepository records(library.connection());
        const qint64 id =
            records.recordSpread(library.entities().all().first().id, {QStringLiteral("Lana Negrete")}, {});
        QCOMPARE(records.all().size(), 1);
        QCOMPARE(records.all().first().id, id);
        QSqlQuery index(library.connection());
        QVERIFY(index.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'pending_entities_entity'")));
        QVERIFY(index.next());
    }

    void aSchema7LibraryKeepsItsEntitiesAndStillRefusesUnknownKinds()
    {
        // A library as Lede wrote it before schema 8: the entity table's checks as IN lists. Its
        // entities, their ids, statuses and aliases, and the pending sets naming them survive the
        // rebuild of the table; the delete trigger of schema 4 still works.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seven.lede"));
        qint64 negrete = 0;
        qint64 council = 0;
        qint64 articleId = 0;
        {
            Library library(path);
            Article a;
            a.body = QStringLiteral("Lana Negrete met the City Council.");
            library.articles().insert(a);
            articleId = a.id;
            negrete = library.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
            library.entities().addAlias(negrete, QStringLiteral("Negrete"));
            council = library.entities().ensure(QStringLiteral("City Council"), EntityKind::Organization);
            library.entities().setStatus(council, ReviewStatus::Confirmed);
            PendingSuggestions(library.connection())
                .store(a.id, a.versionId, {{{0, 12}, negrete}, {{22, 34}, council}}, {});
        }
        const QString oldTable = QStringLiteral(
            "CREATE TABLE entities_old (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind "
            "IN ('person', 'organization', 'place', 'law', 'event', 'other')), status TEXT NOT NULL DEFAULT "
            "'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')), created_at TEXT NOT NULL, "
            "UNIQUE (name, kind))");
        rawSql(path,
               {oldTable, QStringLiteral("INSERT INTO entities_old SELECT * FROM entities"),
                QStringLiteral("DROP TABLE entities"), QStringLiteral("ALTER TABLE entities_old RENAME TO entities"),
                QStringLiteral("ALTER TABLE quotes DROP COLUMN speaker_label"),
                QStringLiteral("PRAGMA user_version = 7")});
        Library library(path);
        QCOMPARE(library.database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(library.entities().find(negrete)->name, QStringLiteral("Lana Negrete"));
        QCOMPARE(library.entities().find(negrete)->aliases,
                 (QStringList {QStringLiteral("Lana Negrete"), QStringLiteral("Negrete")}));
        QVERIFY(library.entities().find(council)->status == ReviewStatus::Confirmed);
        QCOMPARE(library.entities().mentionsOf(articleId).size(), 2);
        QSqlQuery q(library.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'entities'")) && q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral(" IN ")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Kinds and statuses outside the lists are refused as before.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO entities (name, kind, created_at) VALUES ('X', 'planet', 'now')")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO entities (name, kind, status, created_at) VALUES ('X', 'place', 'maybe', 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entities (name, kind, created_at) VALUES ('X', 'event', 'now')")));
        // Deleting an entity still takes its mentions and aliases along (trigger, foreign keys).
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entities WHERE id = %1").arg(negrete)));
        QCOMPARE(library.entities().mentionsOf(articleId).size(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entity_aliases WHERE entity_id = %1").arg(negrete))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void inMemoryLibraryWorks()
    {
        Library library(QStringLiteral(":memory:"));
        QCOMPARE(library.articles().count(), 0);
        QCOMPARE(library.database().schemaVersion(), Database::latestSchemaVersion());
    }

    void aBackgroundCheckpointCopiesCommitsIntoTheLibraryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.lede"));
        const QString fileAlone = dir.filePath(QStringLiteral("copy.lede"));
        Library library(path);
        {
            BackgroundCheckpointer checkpointer(library.connection());
            QCOMPARE(SqlQuery(library.connection(), QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt(), 0);
            Article article;
            article.title = QStringLiteral("Council votes");
            article.body = QStringLiteral("The council voted on Tuesday.");
            library.articles().insert(article);
            checkpointer.request();
        } // serves the request before it goes
        // The library file without its log holds the article: the log was copied into it.
        QVERIFY(QFile::copy(path, fileAlone));
        QCOMPARE(Library(fileAlone).articles().count(), 1);
        // Ordinary commits checkpoint by themselves again.
        QCOMPARE(SqlQuery(library.connection(), QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt(), 1000);
    }

    void aCheckpointerDoesNothingForAnInMemoryLibrary()
    {
        Library library(QStringLiteral(":memory:"));
        BackgroundCheckpointer checkpointer(library.connection());
        checkpointer.request();
        Article article;
        article.body = QStringLiteral("Still written.");
        library.articles().insert(article);
        QCOMPARE(library.articles().count(), 1);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.lede"));
        {
            Database db(path);
        }
        rawSql(path, {QStringLiteral("PRAGMA user_version = 999")});
        const QByteArray before = readFile(path);
        try {
            Database db(path);
            QFAIL("a library from a newer Lede was opened");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::NewerSchema);
            QVERIFY2(e.message().contains(QStringLiteral("newer version of Lede")), qPrintable(e.message()));
        }
        QCOMPARE(readFile(path), before);
    }

    void nonSqliteFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QByteArray text("These are my notes, not a database.\n");
        const QString path = writeFile(dir, QStringLiteral("notes.lede"), text);
        QCOMPARE(openError(path), StorageError::Kind::NotALibrary);
        QCOMPARE(readFile(path), text);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void otherProgramsDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawSql(path, {QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")});
        const QByteArray before = readFile(path);
        QCOMPARE(openError(path), StorageError::Kind::NotALibrary);
        QCOMPARE(readFile(path), before);
    }

    void missingLibraryIsReportedWhenItMustExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.lede"));
        try {
            Database db(path, Database::OpenMode::MustExist);
            QFAIL("opened a library that does not exist");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Missing);
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
