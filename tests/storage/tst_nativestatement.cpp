#include "storage/library.h"
#include "storage/nativestatement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

// The statements an import runs through SQLite's C API must store exactly what the QSqlQuery path
// stored, report failures the same way, and let the library close cleanly.
class TestNativeStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articleColumnsAsBefore()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("n.lede")));
        Article a;
        a.title = QStringLiteral("Ünïcode “title”");
        a.body = QStringLiteral("Body with ñ and 😀.");
        // url, published, language, byline left empty: NULL for the optional ones, '' for the others.
        lib.articles().insert(a, QByteArray("<p>original</p>"));
        Article b;
        b.body = QStringLiteral("Second body.");
        lib.articles().insert(b);

        const QSqlDatabase db = lib.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM articles WHERE id = %1").arg(a.id)).toString(), a.title);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT typeof(byline) || typeof(url) || typeof(published) || "
                                       "typeof(language) FROM articles WHERE id = %1")
                            .arg(a.id))
                     .toString(),
                 QStringLiteral("textnullnullnull"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT byline = '' FROM articles WHERE id = %1").arg(a.id)).toInt(), 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT typeof(body) || typeof(source) FROM article_versions "
                                       "WHERE article_id = %1")
                            .arg(a.id))
                     .toString(),
                 QStringLiteral("textblob"));
        QCOMPARE(qUncompress(
                     scalar(db, QStringLiteral("SELECT source FROM article_versions WHERE article_id = %1").arg(a.id))
                         .toByteArray()),
                 QByteArray("<p>original</p>"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT typeof(source) FROM article_versions WHERE article_id = %1").arg(b.id))
                .toString(),
            QStringLiteral("null"));
        // The article points at its version, and reads back whole.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT current_version_id FROM articles WHERE id = %1").arg(a.id)).toLongLong(),
            a.versionId);
        const std::optional<Article> read = lib.articles().find(a.id);
        QVERIFY(read);
        QCOMPARE(read->body, a.body);
        QCOMPARE(read->contentHash, ArticleRepository::hashBody(a.body));
    }

    void failureIsAStorageErrorAndTheStatementStaysUsable()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("f.lede")));
        const QString sql = QStringLiteral("INSERT INTO tags (id, name) VALUES (?, ?)");
        NativeStatement(lib.connection(), sql).bind(1).bind(QStringLiteral("Politics")).exec();
        try {
            NativeStatement(lib.connection(), sql).bind(2).bind(QStringLiteral("politics")).exec();
            QFAIL("a duplicate name was accepted");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Failed);
            QVERIFY2(e.message().contains(QLatin1String("UNIQUE")), qPrintable(e.message()));
        }
        NativeStatement(lib.connection(), sql).bind(3).bind(QStringLiteral("Courts")).exec();
        QCOMPARE(scalar(lib.connection(), QStringLiteral("SELECT group_concat(name, ',') FROM tags")).toString(),
                 QStringLiteral("Politics,Courts"));
    }

    void lockedLibraryIsReportedAsLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.lede"));
        Library first(path);
        Library second(path);
        QSqlQuery(second.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        Transaction holder(first.connection());
        try {
            Article a;
            a.body = QStringLiteral("Blocked.");
            second.articles().insert(a);
            QFAIL("wrote while another connection held the write lock");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Locked);
        }
    }

    void libraryClosesWithItsStatements()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.lede"));
        {
            Library lib(path);
            Article a;
            a.body = QStringLiteral("Cached statements.");
            lib.articles().insert(a);
        }
        // The last connection closed for real: SQLite removed the write-ahead log.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        Library again(path);
        QCOMPARE(again.articles().count(), 1);
        Article b;
        b.body = QStringLiteral("Prepared again on the new connection.");
        again.articles().insert(b);
        QCOMPARE(again.articles().count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "tst_nativestatement.moc"
