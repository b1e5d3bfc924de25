#include "domain/textoffsets.h"
#include "import/importer.h"
#include "import/suggestionrecorder.h"
#include "storage/library.h"
#include "storage/pendingentityindex.h"
#include "storage/pendingsuggestions.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace lede;
using lede::test::writeFile;

namespace {

int countRows(Library &library, const QString &table)
{
    return lede::test::countRows(library.connection(), table);
}

QList<ImportOutcome::Status> statuses(const QList<ImportOutcome> &outcomes)
{
    QList<ImportOutcome::Status> out;
    for (const ImportOutcome &o : outcomes)
        out << o.status;
    return out;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("i%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void seedTwiceLeavesOneArticle()
    {
        const QString seed = writeFile(m_dir, QStringLiteral("seed.txt"), lede::test::seedArticle());
        Importer importer(*m_library);
        const QList<ImportOutcome> first = importer.importPaths({seed});
        QCOMPARE(statuses(first), QList<ImportOutcome::Status> {ImportOutcome::Status::Imported});
        const QList<ImportOutcome> second = importer.importPaths({seed});
        QCOMPARE(statuses(second), QList<ImportOutcome::Status> {ImportOutcome::Status::Skipped});
        QCOMPARE(second.first().articleId, first.first().articleId);
        QVERIFY(second.first().message.contains(QStringLiteral("same text")));
        QCOMPARE(m_library->articles().count(), 1);
        // Suggestions from the analysis are stored with the article.
        QVERIFY(!m_library->quotes().ofArticle(first.first().articleId).isEmpty());
    }

    void folderImportsTheGoodAndReportsTheBad()
    {
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("a.txt"), "By A\nMarch 1, 2024 -- First story.\n");
        writeFile(folder, QStringLiteral("sub/b.txt"), "Second story text.\n");
        writeFile(folder, QStringLiteral("c.txt"), "");
        writeFile(folder, QStringLiteral("d.txt"), QByteArray("\x00\x01\x02\x03binary", 10));
        writeFile(folder, QStringLiteral("ignored.png"), "\x89PNG");
        const QList<ImportOutcome> outcomes =
            Importer(*m_library).importPaths({folder.path(), m_dir.filePath(QStringLiteral("missing.txt"))});
        int imported = 0, failed = 0;
        for (const ImportOutcome &o : outcomes) {
            imported += o.status == ImportOutcome::Status::Imported;
            failed += o.status == ImportOutcome::Status::Failed;
        }
        QCOMPARE(imported, 2);
        QCOMPARE(failed, 3);
        QCOMPARE(m_library->articles().count(), 2);
    }

    void jsonLinesImportPerLineWithErrors()
    {
        const QString file = writeFile(
            m_dir, QStringLiteral("bulk.jsonl"),
            "{\"title\": \"One\", \"byline\": \"A\", \"published\": \"2024-01-02\", \"url\": "
            "\"https://example.org/1\", \"body\": \"First body.\"}\n"
            "not json at all\n"
            "{\"title\": \"No body\"}\n"
            "{\"title\": \"Same URL\", \"url\": \"https://example.org/1\", \"body\": \"Different words.\"}\n"
            "{\"title\": \"Given\", \"body\": \"Ann said \\\"yes\\\".\", \"quotes\": [{\"start\": 10, \"end\": 13, "
            "\"speaker\": \"Ann\", \"kind\": \"direct\", \"cue\": \"said\"}], \"entities\": []}\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({file});
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(m_library->articles().count(), 2);
        QStringList failures;
        for (const ImportOutcome &o : outcomes) {
            if (o.status == ImportOutcome::Status::Failed)
                failures << o.origin.section(QLatin1Char(':'), -1);
            if (o.status == ImportOutcome::Status::Skipped)
                QVERIFY(o.message.contains(QStringLiteral("same URL")));
        }
        QCOMPARE(failures, (QStringList {QStringLiteral("2"), QStringLiteral("3")}));
        // Annotations carried by the line are stored as given.
        const std::optional<Article> given = m_library->articles().find(2);
        QCOMPARE(given->title, QStringLiteral("Given"));
        const QList<Quote> quotes = m_library->quotes().ofArticle(2);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().speakerName, QStringLiteral("Ann"));
        QCOMPARE(quotes.first().span, (TextSpan {10, 13}));
    }

    void aJsonDocumentIsReadWholeAndACutShortOneIsOneError()
    {
        // A bundle cut short, a .json file that is not an object, and an article written over
        // several lines: one outcome each, not an article of the broken text or one error a line.
        const std::pair<QByteArray, QString> cases[] = {
            {"{\n    \"articles\": [\n        {\n            \"body\": \"Mayor Lana Negrete said",
             QStringLiteral("JSON")},
            {"[1, 2, 3", QStringLiteral("JSON")},
            {"{\n  \"title\": \"Pretty\",\n  \"body\": \"Negrete said yes.\"\n}\n", QString()},
        };
        int n = 0;
        for (const auto &[bytes, error] : cases) {
            const QString file = writeFile(m_dir, QStringLiteral("doc%1.json").arg(++n), bytes);
            const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({file});
            QCOMPARE(outcomes.size(), 1);
            QCOMPARE(outcomes.first().origin, file);
            if (error.isEmpty()) {
                QCOMPARE(outcomes.first().status, ImportOutcome::Status::Imported);
            } else {
                QCOMPARE(outcomes.first().status, ImportOutcome::Status::Failed);
                QVERIFY2(outcomes.first().message.contains(error), qPrintable(outcomes.first().message));
            }
        }
        QCOMPARE(m_library->articles().count(), 1);
        QCOMPARE(m_library->articles().find(1)->title, QStringLiteral("Pretty"));
    }

    void aBulkImportStoresEveryAnalysisFindingAsASuggestion()
    {
        // Whatever the analysis finds in each article of a folder is what the library holds, as
        // suggestions, at the same code-point offsets (the emoji shifts UTF-16 positions by one).
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("1.txt"), lede::test::seedArticle());
        writeFile(folder, QStringLiteral("2.txt"),
                  "😀 Mayor Lana Negrete said \"we will stay\" on Monday. \"It is the law,\" Negrete added.\n\n"
                  "The so-called \"sanctuary city\" debate went on, Council member Phil Brock told reporters.\n");
        writeFile(folder, QStringLiteral("3.txt"), "No quotes and no names in this one.\n");
        // "They" speaks for "The groups", which is no entity: the library names the speaker as the
        // analysis does, not by the mention's words.
        writeFile(folder, QStringLiteral("4.txt"),
                  "The groups say the new plan would fail poor families in the city of Springfield. They argue that "
                  "\"nothing in it helps renters at all,\" and they want a vote before winter.\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({folder.path()});
        QCOMPARE(outcomes.size(), 4);
        const Analyzer analyzer;
        int quotesSeen = 0;
        int mentionsSeen = 0;
        int labelsSeen = 0;
        for (const ImportOutcome &o : outcomes) {
            QCOMPARE(o.status, ImportOutcome::Status::Imported);
            const Article article = *m_library->articles().find(o.articleId);
            const AnalysisResult expected = analyzer.analyze(article.body);
            const TextOffsets offsets(article.body);
            const QList<Quote> quotes = m_library->quotes().ofArticle(o.articleId);
            QCOMPARE(quotes.size(), expected.quotes.size());
            for (int i = 0; i < quotes.size(); ++i) {
                const QuoteFinding &f = expected.quotes.at(i);
                QCOMPARE(quotes.at(i).span, offsets.toCodePoints(f.start, f.end));
                QCOMPARE(quotes.at(i).speakerName, f.speaker);
                QCOMPARE(quotes.at(i).cue, f.cue);
                QVERIFY(quotes.at(i).kind == f.kind);
                QCOMPARE(quotes.at(i).speakerSpan.has_value(), f.speakerStart >= 0);
                QVERIFY(quotes.at(i).status == ReviewStatus::Suggested);
                labelsSeen += quotes.at(i).speakerLabel.isEmpty() ? 0 : 1;
            }
            const QList<Mention> mentions = m_library->entities().mentionsOf(o.articleId);
            QCOMPARE(mentions.size(), expected.entities.size());
            for (int i = 0; i < mentions.size(); ++i) {
                const EntityFinding &f = expected.entities.at(i);
                QCOMPARE(mentions.at(i).span, offsets.toCodePoints(f.start, f.end));
                QCOMPARE(m_library->entities().find(mentions.at(i).entityId)->name, f.name);
                QVERIFY(mentions.at(i).status == ReviewStatus::Suggested);
            }
            quotesSeen += int(quotes.size());
            mentionsSeen += int(mentions.size());
        }
        // The fixtures do hold quotes and names, so the comparisons above compared something.
        QVERIFY(quotesSeen > 0);
        QVERIFY(mentionsSeen > 0);
        QCOMPARE(labelsSeen, 1);
        QCOMPARE(m_library->search().search(QStringLiteral("Negrete")).size(), 2);
    }

    void entitiesTheLibraryKnowsAreReusedAndNewOnesGetTheirOwnIds()
    {
        // An import writes its new entities together at the end of a batch, with ids it chose: they
        // must neither duplicate an entity the library has nor take its id.
        const qint64 known = m_library->entities().ensure(QStringLiteral("Phil Brock"), EntityKind::Person);
        const qint64 highest = m_library->entities().ensure(QStringLiteral("Zeta Holdings"), EntityKind::Organization);
        QTemporaryDir folder;
        const QByteArray text =
            "Council vote\n\nMayor Lana Negrete said \"we will stay\" on Monday. \"It is the law,\" Negrete added.\n\n"
            "Council member Phil Brock told reporters the vote was close.\n";
        writeFile(folder, QStringLiteral("1.txt"), text);
        writeFile(folder, QStringLiteral("2.txt"), text + "Negrete spoke again on Tuesday.\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({folder.path()});
        QCOMPARE(statuses(outcomes), (QList {ImportOutcome::Status::Imported, ImportOutcome::Status::Imported}));

        QHash<QString, QList<qint64>> idsByName;
        for (const Entity &e : m_library->entities().all())
            idsByName[e.name] << e.id;
        QCOMPARE(idsByName.value(QStringLiteral("Phil Brock")), QList<qint64> {known});
        QCOMPARE(idsByName.value(QStringLiteral("Lana Negrete")).size(), 1);
        const qint64 negrete = idsByName.value(QStringLiteral("Lana Negrete")).first();
        QVERIFY(negrete > highest);
        // The surname is an alias of the person, and both articles' mentions point at them.
        QVERIFY(m_library->entities().find(negrete)->aliases.contains(QStringLiteral("Negrete")));
        for (const ImportOutcome &o : outcomes) {
            QSet<qint64> named;
            for (const Mention &m : m_library->entities().mentionsOf(o.articleId))
                named << m.entityId;
            QVERIFY(named.contains(known));
            QVERIFY(named.contains(negrete));
        }
        // After the import, ordinary commits checkpoint the log by themselves again.
        QSqlQuery pragma(m_library->connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1000);
    }

    void aSpeakerThatIsNoNameMakesNoEntity()
    {
        // "the protesters" and "he" speak, but the entity list is for people, organisations and
        // places: the quotes keep the speaker's words, and only the named mayor becomes an entity.
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("1.txt"),
                  "March on City Hall\n\n\"We will not move,\" the protesters said on Monday.\n\n"
                  "\"The law is the law,\" Mayor Lana Negrete said.\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({folder.path()});
        QCOMPARE(statuses(outcomes), QList {ImportOutcome::Status::Imported});
        QStringList names;
        for (const Entity &e : m_library->entities().all())
            names << e.name;
        QVERIFY2(!names.contains(QStringLiteral("the protesters")), qPrintable(names.join(u", ")));
        QVERIFY(names.contains(QStringLiteral("Lana Negrete")));
        const QList<Quote> quotes = m_library->quotes().ofArticle(outcomes.first().articleId);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speakerName, QStringLiteral("the protesters"));
        QCOMPARE(quotes.at(0).speakerEntityId, 0);
        QVERIFY(quotes.at(0).speakerSpan.has_value());
        QCOMPARE(quotes.at(1).speakerName, QStringLiteral("Lana Negrete"));
        QVERIFY(quotes.at(1).speakerEntityId != 0);
        // Once the pending set is written out as rows, the quote still reads the same.
        PendingSuggestions(m_library->connection()).materialise(outcomes.first().articleId);
        QCOMPARE(m_library->quotes().ofArticle(outcomes.first().articleId).at(0).speakerName,
                 QStringLiteral("the protesters"));
    }

    void aFailureMidArticleLeavesNothingHalfImported()
    {
        // Make storing the suggestions fail, as a full disk or a bug would, after the article row is written.
        QSqlQuery q(m_library->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER break_suggestions BEFORE INSERT ON pending_suggestions "
                                      "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        const QString file = writeFile(m_dir, QStringLiteral("q.txt"), "Ann said \"we will stay\" on Monday.\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({file});
        QCOMPARE(statuses(outcomes), QList<ImportOutcome::Status> {ImportOutcome::Status::Failed});
        QVERIFY(outcomes.first().message.contains(QStringLiteral("simulated failure")));
        QCOMPARE(countRows(*m_library, QStringLiteral("articles")), 0);
        QCOMPARE(countRows(*m_library, QStringLiteral("article_versions")), 0);
        QCOMPARE(countRows(*m_library, QStringLiteral("mentions")), 0);
        QCOMPARE(countRows(*m_library, QStringLiteral("pending_suggestions")), 0);
        QCOMPARE(countRows(*m_library, QStringLiteral("pending_entities")), 0);
        QVERIFY(m_library->search().search(QStringLiteral("Monday")).isEmpty());
    }

    void aFailingArticleInABatchKeepsTheOthers()
    {
        // The second file fails after its article row is written: the batch is undone and redone
        // without it, and no trace of it stays.
        QSqlQuery q(m_library->connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON article_versions "
                           "WHEN NEW.body LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("a.txt"), "Alpha said \"first\" today.\n");
        writeFile(folder, QStringLiteral("b.txt"), "POISON in this one.\n");
        writeFile(folder, QStringLiteral("c.txt"), "Gamma said \"third\" today.\n");
        const QList<ImportOutcome> outcomes = Importer(*m_library).importPaths({folder.path()});
        QCOMPARE(statuses(outcomes),
                 (QList<ImportOutcome::Status> {ImportOutcome::Status::Imported, ImportOutcome::Status::Failed,
                                                ImportOutcome::Status::Imported}));
        QCOMPARE(countRows(*m_library, QStringLiteral("articles")), 2);
        QCOMPARE(countRows(*m_library, QStringLiteral("article_versions")), 2);
        // The ids reported are the ids stored.
        QCOMPARE(m_library->articles().find(outcomes.at(0).articleId)->body,
                 QStringLiteral("Alpha said \"first\" today."));
        QCOMPARE(m_library->articles().find(outcomes.at(2).articleId)->body,
                 QStringLiteral("Gamma said \"third\" today."));
        QCOMPARE(m_library->search().search(QStringLiteral("said")).size(), 2);
    }

    void editorsDecisionsSurviveANewAnalysis()
    {
        const QString file =
            writeFile(m_dir, QStringLiteral("q.txt"), "\"We will stay,\" Ann said. \"We leave,\" Bob said.\n");
        const qint64 id = Importer(*m_library).importPaths({file}).first().articleId;
        QList<Quote> quotes = m_library->quotes().ofArticle(id);
        QVERIFY(quotes.size() >= 2);
        m_library->quotes().setStatus(quotes.at(0).id, ReviewStatus::Confirmed);
        m_library->quotes().setStatus(quotes.at(1).id, ReviewStatus::Rejected);
        const Article article = *m_library->articles().find(id);
        AnalysisResult again;
        // Same span as the confirmed quote: dropped, the editor's speaker stays.
        again.quotes.append({quotes.at(0).span.start,
                             quotes.at(0).span.end,
                             QuoteKind::Direct,
                             QStringLiteral("Somebody Else"),
                             -1,
                             -1,
                             {}});
        const int ann = int(article.body.indexOf(QStringLiteral("Ann")));
        again.quotes.append({ann, ann + 3, QuoteKind::Indirect, {}, -1, -1, {}});
        {
            Transaction tx(m_library->connection());
            SuggestionRecorder(*m_library).record(article, again);
            tx.commit();
        }
        const QList<Quote> after = m_library->quotes().ofArticle(id);
        QCOMPARE(after.size(), 3); // the two reviewed ones and one new suggestion
        QVERIFY(m_library->quotes().find(quotes.at(0).id)->status == ReviewStatus::Confirmed);
        QCOMPARE(m_library->quotes().find(quotes.at(0).id)->speakerName, quotes.at(0).speakerName);
        QVERIFY(m_library->quotes().find(quotes.at(1).id)->status == ReviewStatus::Rejected);
    }

    void aLargeImportLeavesTheEntityCountIndexInPlace()
    {
        // It is set aside while a large import writes and built again at its end. The search
        // index's merges are held back meanwhile and let go at the end.
        QTemporaryDir folder;
        for (int i = 0; i < 500; ++i)
            writeFile(folder, QStringLiteral("a%1.txt").arg(i),
                      QStringLiteral("Story %1\n\nMayor Ann Lee of Springfield opened bridge %1.\n").arg(i).toUtf8());
        const auto automerge = [this] {
            QSqlQuery q(m_library->connection());
            q.exec(QStringLiteral("SELECT v FROM article_fts_config WHERE k = 'automerge'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        Importer importer(*m_library);
        bool setAside = false;
        bool mergesHeld = false;
        importer.setProgressHandler([&](int, int, const ImportOutcome &) {
            setAside = setAside || !PendingEntityIndex::exists(m_library->connection());
            mergesHeld = mergesHeld || automerge() == 0;
        });
        QCOMPARE(importer.importPaths({folder.path()}).size(), 500);
        QVERIFY(setAside);
        QVERIFY(mergesHeld);
        QVERIFY(PendingEntityIndex::exists(m_library->connection()));
        QCOMPARE(automerge(), 8); // the library's own setting (schema 5)
        QCOMPARE(m_library->articles().count(), 500);
        for (int i : {0, 137, 250, 499}) // the first batch's, a middle one's, the last one's
            QCOMPARE(m_library->search().search(QString::number(i)).size(), 1);
    }

    void aLockedLibraryStopsTheImport()
    {
        const QString path = m_library->path();
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        {
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const QString file = writeFile(m_dir, QStringLiteral("l.txt"), "Some text to import.\n");
            try {
                Importer(*m_library).importPaths({file});
                QFAIL("imported into a locked library");
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), StorageError::Kind::Locked);
            }
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        QCOMPARE(m_library->articles().count(), 0);
    }

    void cancelStopsBetweenFiles()
    {
        QTemporaryDir folder;
        for (int i = 0; i < 5; ++i)
            writeFile(folder, QStringLiteral("%1.txt").arg(i), QStringLiteral("Story number %1.\n").arg(i).toUtf8());
        std::atomic_bool cancel = false;
        Importer importer(*m_library);
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](int done, int total, const ImportOutcome &) {
            QCOMPARE(total, 5);
            if (done == 2)
                cancel = true;
        });
        importer.importPaths({folder.path()});
        QCOMPARE(m_library->articles().count(), 2); // what was imported stays
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
