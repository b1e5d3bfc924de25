#include "storage/entityjoinrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;

namespace {

Article makeArticle(const QString &title, const QString &body, const QString &url = {})
{
    Article a;
    a.title = title;
    a.byline = QStringLiteral("Jorge Casuso");
    a.published = QStringLiteral("2025-02-18");
    a.url = url;
    a.body = body;
    return a;
}

qint64 store(Library &library, Article a)
{
    Transaction tx(library.connection());
    library.articles().insert(a);
    tx.commit();
    return a.id;
}

} // namespace

// Runs twice: against a library file and against an in-memory library.
class TestRepositories : public QObject
{
    Q_OBJECT

public:
    explicit TestRepositories(bool inMemory)
        : m_inMemory(inMemory)
    { }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(
            m_inMemory ? QStringLiteral(":memory:") : m_dir.filePath(QStringLiteral("lib-%1.lede").arg(++m_counter)));
    }
    void cleanup() { m_library.reset(); }

    void articleRoundTrips()
    {
        const qint64 id =
            store(*m_library,
                  makeArticle(QStringLiteral("Council vote"), QStringLiteral("The council voted.\n\nIt passed.")));
        const std::optional<Article> a = m_library->articles().find(id);
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Council vote"));
        QCOMPARE(a->byline, QStringLiteral("Jorge Casuso"));
        QCOMPARE(a->published, QStringLiteral("2025-02-18"));
        QCOMPARE(a->body, QStringLiteral("The council voted.\n\nIt passed."));
        QVERIFY(a->versionId > 0);
        QCOMPARE(a->contentHash, ArticleRepository::hashBody(a->body));
        QVERIFY(a->imported.isValid());
        QCOMPARE(m_library->articles().count(), 1);
    }

    void duplicatesAreFoundByTextOrUrl()
    {
        store(*m_library,
              makeArticle(QStringLiteral("A"), QStringLiteral("Same words."), QStringLiteral("https://example.org/a")));
        const auto byText =
            m_library->articles().findDuplicate(ArticleRepository::hashBody(QStringLiteral("Same words.")), {});
        QVERIFY(byText && !byText->byUrl);
        const auto byUrl = m_library->articles().findDuplicate(ArticleRepository::hashBody(QStringLiteral("Other")),
                                                               QStringLiteral("https://example.org/a"));
        QVERIFY(byUrl && byUrl->byUrl);
        QVERIFY(!m_library->articles().findDuplicate(ArticleRepository::hashBody(QStringLiteral("Other")), {}));
    }

    void searchFindsWordsInAnyFormWithSnippets()
    {
        const qint64 id = store(
            *m_library,
            makeArticle(QStringLiteral("Policy"), QStringLiteral("Several sanctuary cities softened their stance.")));
        store(*m_library, makeArticle(QStringLiteral("Weather"), QStringLiteral("Rain is expected on Tuesday.")));
        const QList<SearchHit> hits = m_library->search().search(QStringLiteral("sanctuaries"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, id);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[sanctuary]")), qPrintable(hits.first().snippet));
        // Bylines are searchable, and so are words with apostrophes typed plainly.
        QCOMPARE(m_library->search().search(QStringLiteral("Casuso")).size(), 2);
        QCOMPARE(m_library->search().search(QStringLiteral("Tuesday's")).size(), 0);
        QCOMPARE(m_library->search().search(QStringLiteral("title:weather")).size(), 1);
        QCOMPARE(m_library->search().search(QStringLiteral("rain OR sanctuary")).size(), 2);
        QCOMPARE(m_library->search().search(QStringLiteral("\"sanctuary cities\"")).size(), 1);
    }

    void searchSyntaxErrorsAreReported()
    {
        store(*m_library, makeArticle(QStringLiteral("Policy"), QStringLiteral("Sanctuary city policy.")));
        for (const QString &bad :
             {QStringLiteral("sanctuary AND ("), QStringLiteral("\"unclosed"), QStringLiteral("NEAR(")}) {
            try {
                m_library->search().search(bad);
                QFAIL(qPrintable(QStringLiteral("no error for ") + bad));
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), StorageError::Kind::QueryError);
            }
        }
    }

    void trashHidesFromListAndSearchAndCanBeEmptied()
    {
        const qint64 id = store(*m_library, makeArticle(QStringLiteral("Gone"), QStringLiteral("A sanctuary story.")));
        Library &lib = *m_library;
        lib.articles().moveToTrash(id);
        QCOMPARE(lib.articles().count(), 0);
        QCOMPARE(lib.articles().count(true), 1);
        QVERIFY(lib.search().search(QStringLiteral("sanctuary")).isEmpty());
        lib.articles().restore(id);
        QCOMPARE(lib.search().search(QStringLiteral("sanctuary")).size(), 1);
        lib.articles().moveToTrash(id);
        QCOMPARE(lib.articles().emptyTrash(), 1);
        QVERIFY(!lib.articles().find(id));
        // The index forgot it too: an integrity check of the external-content index passes.
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")));
    }

    void articlesIndexedLaterAreFoundOnlyOnceIndexed()
    {
        // A bulk import defers indexing to the end of its batch; until then nothing is found, after
        // it every article is, and trashing one for good leaves a consistent index.
        Library &lib = *m_library;
        QList<qint64> ids;
        {
            Transaction tx(lib.connection());
            for (const QString &body : {QStringLiteral("The harbour flooded."), QStringLiteral("A harbour café."),
                                        QStringLiteral("Nothing of note.")}) {
                Article a = makeArticle(QStringLiteral("Later"), body);
                lib.articles().insert(a, {}, ArticleRepository::Indexing::Later);
                ids << a.id;
            }
            QVERIFY(lib.search().search(QStringLiteral("harbour")).isEmpty());
            lib.articles().indexForSearch(ids);
            tx.commit();
        }
        QCOMPARE(lib.search().search(QStringLiteral("harbour")).size(), 2);
        QCOMPARE(lib.search().search(QStringLiteral("café")).size(), 1);
        lib.articles().moveToTrash(ids.at(1));
        QCOMPARE(lib.articles().emptyTrash(), 1);
        QCOMPARE(lib.search().search(QStringLiteral("harbour")).size(), 1);
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")));
    }

    void suggestedQuotesGoInTogetherAndReadBackWhole()
    {
        Library &lib = *m_library;
        const QString body = QStringLiteral("😀 \"Yes,\" Ann said. A \"so-called\" plan. \"No,\" she said.");
        const qint64 id = store(lib, makeArticle(QStringLiteral("Q"), body));
        const qint64 version = lib.articles().find(id)->versionId;
        const qint64 ann = lib.entities().ensure(QStringLiteral("Ann"), EntityKind::Person);
        Quote spoken;
        spoken.span = {2, 8};
        spoken.speakerEntityId = ann;
        spoken.speakerSpan = TextSpan {9, 12};
        spoken.cue = QStringLiteral("said \"loudly\" ü"); // text that needs escaping survives
        Quote scare;
        scare.span = {23, 34};
        scare.kind = QuoteKind::Scare;
        Quote pronoun = spoken;
        pronoun.span = {41, 46};
        pronoun.speakerSpan = TextSpan {47, 50};
        pronoun.cue = QStringLiteral("said");
        pronoun.kind = QuoteKind::Partial;
        {
            Transaction tx(lib.connection());
            lib.quotes().insertSuggested(id, version, {spoken, scare, pronoun});
            lib.quotes().insertSuggested(id, version, {}); // nothing to store: no error
            tx.commit();
        }
        const QList<Quote> stored = lib.quotes().ofArticle(id);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).span, spoken.span);
        QCOMPARE(stored.at(0).speakerName, QStringLiteral("Ann"));
        QCOMPARE(stored.at(0).speakerSpan, spoken.speakerSpan);
        QCOMPARE(stored.at(0).cue, spoken.cue);
        QVERIFY(stored.at(0).kind == QuoteKind::Direct);
        QCOMPARE(stored.at(0).versionId, version);
        QVERIFY(stored.at(0).created.isValid());
        QVERIFY(stored.at(1).kind == QuoteKind::Scare);
        QCOMPARE(stored.at(1).speakerEntityId, qint64(0));
        QVERIFY(!stored.at(1).speakerSpan);
        QVERIFY(stored.at(1).cue.isEmpty());
        QVERIFY(stored.at(2).kind == QuoteKind::Partial);
        QCOMPARE(stored.at(2).speakerSpan, pronoun.speakerSpan);
        for (const Quote &q : stored)
            QVERIFY(q.status == ReviewStatus::Suggested);
        // NULL, not '', where a quote has no cue or speaker mention (as a single insert stores it).
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM quotes WHERE cue IS NULL AND speaker_start IS NULL "
                                      "AND speaker_entity_id IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void keysetPagingReturnsEveryRowOnce()
    {
        for (int i = 0; i < 25; ++i)
            store(*m_library, makeArticle(QStringLiteral("T%1").arg(i), QStringLiteral("Body %1").arg(i)));
        QList<qint64> seen;
        qint64 after = 0;
        for (;;) {
            const QList<ArticleSummary> page = m_library->articles().list(after, 10);
            if (page.isEmpty())
                break;
            for (const ArticleSummary &a : page)
                seen << a.id;
            after = page.last().id;
        }
        QCOMPARE(seen.size(), 25);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    void notesAndClaimsAreValidatedAndStored()
    {
        const qint64 id = store(*m_library, makeArticle(QStringLiteral("N"), QStringLiteral("Negrete said 😀 hello.")));
        Library &lib = *m_library;
        const Note note = lib.addNote(id, {13, 20}, QStringLiteral("check this"));
        QCOMPARE(lib.notes().ofArticle(id).size(), 1);
        QCOMPARE(lib.notes().find(note.id)->text, QStringLiteral("check this"));
        QCOMPARE(lib.notes().find(note.id)->versionId, lib.articles().find(id)->versionId);

        const Claim claim =
            lib.addClaim(id, {0, 12}, QStringLiteral("mostly true"), {}, QStringLiteral("Checked the minutes."));
        QCOMPARE(claim.verdictLabel, QStringLiteral("Mostly true"));
        QCOMPARE(claim.verdictValue, 5);
        QCOMPARE(lib.claims().find(claim.id)->summary, QStringLiteral("Negrete said"));

        auto expectError = [&](auto &&call, StorageError::Kind kind) {
            try {
                call();
                QFAIL("no error");
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), kind);
            }
        };
        // The body has 21 code points (the emoji is one); 22 is past the end.
        QCOMPARE(lib.addNote(id, {0, 21}, QStringLiteral("whole")).span.end, 21);
        expectError([&] { lib.addNote(id, {0, 22}, QStringLiteral("x")); }, StorageError::Kind::InvalidInput);
        expectError([&] { lib.addNote(id + 100, {0, 2}, QStringLiteral("x")); }, StorageError::Kind::NotFound);
        expectError(
            [&] {
                lib.addClaim(id, {0, 2}, QStringLiteral("Sort of"), {}, {});
            },
            StorageError::Kind::InvalidInput);
        QCOMPARE(lib.notes().ofArticle(id).size(), 2);
        QCOMPARE(lib.claims().ofArticle(id).size(), 1);
    }

    void entitiesKeepAliasesAndDeletingAnArticleRemovesItsAnnotations()
    {
        Library &lib = *m_library;
        const qint64 id =
            store(lib, makeArticle(QStringLiteral("E"), QStringLiteral("Mayor Lana Negrete spoke. Negrete left.")));
        const qint64 negrete = lib.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
        QCOMPARE(lib.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person), negrete);
        lib.entities().addAlias(negrete, QStringLiteral("Negrete"));
        QCOMPARE(lib.entities().find(negrete)->aliases,
                 (QStringList {QStringLiteral("Lana Negrete"), QStringLiteral("Negrete")}));
        // The lists read every entity with its aliases, by name; confirmed() only the confirmed.
        const qint64 brock = lib.entities().ensure(QStringLiteral("Phil Brock"), EntityKind::Person);
        lib.entities().setStatus(brock, ReviewStatus::Confirmed);
        const QList<Entity> all = lib.entities().all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Lana Negrete"));
        QCOMPARE(all.at(0).aliases, (QStringList {QStringLiteral("Lana Negrete"), QStringLiteral("Negrete")}));
        QCOMPARE(all.at(1).aliases, QStringList {QStringLiteral("Phil Brock")});
        QCOMPARE(lib.entities().confirmed().size(), 1);
        QCOMPARE(lib.entities().confirmed().first().id, brock);
        QVERIFY(lib.entities().confirmed().first().status == ReviewStatus::Confirmed);
        Mention m;
        m.articleId = id;
        m.versionId = lib.articles().find(id)->versionId;
        m.span = {6, 18};
        m.entityId = negrete;
        lib.entities().insertMention(m);
        lib.addNote(id, {0, 5}, QStringLiteral("n"));
        lib.articles().moveToTrash(id);
        lib.articles().emptyTrash();
        QVERIFY(lib.entities().mentionsOf(id).isEmpty());
        QVERIFY(lib.notes().ofArticle(id).isEmpty());
        QVERIFY(lib.entities().find(negrete)); // the entity outlives the article
    }

    void entitiesGoInManyAtOnceAndAreFoundByTheirFirstWords()
    {
        Library &lib = *m_library;
        // More rows than one statement holds (64): every entity and its name as an alias.
        QList<EntityRepository::NewEntity> many;
        const qint64 first = lib.entities().firstFreeId();
        for (int i = 0; i < 70; ++i)
            many.append({first + i, QStringLiteral("Filler %1").arg(i), EntityKind::Place});
        many.append({first + 70, QStringLiteral("Donald Trump"), EntityKind::Person});
        many.append({first + 71, QStringLiteral("Donaldson Smith"), EntityKind::Person});
        many.append({first + 72, QStringLiteral("Don King"), EntityKind::Person});
        many.append({first + 73, QStringLiteral("Donald Duck"), EntityKind::Organization});
        many.append({first + 74, QStringLiteral("Donald Rejected"), EntityKind::Person});
        {
            Transaction tx(lib.connection());
            lib.entities().insertMany(many);
            lib.entities().addAliases({{first + 70, QStringLiteral("Trump")}, {first + 70, QStringLiteral("Trump")}});
            tx.commit();
        }
        lib.entities().setStatus(first + 74, ReviewStatus::Rejected);
        QCOMPARE(lib.entities().all().size(), 75);
        QCOMPARE(lib.entities().find(first + 69)->name, QStringLiteral("Filler 69"));
        QCOMPARE(lib.entities().find(first + 70)->aliases,
                 (QStringList {QStringLiteral("Donald Trump"), QStringLiteral("Trump")}));
        QVERIFY(lib.entities().find(first + 73)->kind == EntityKind::Organization);

        // The names that begin with a word, of one kind, not rejected, in id order: one word against
        // 75 entities reads index ranges, many words read every person; both give the same.
        const auto names = [&](const QStringList &words) {
            QStringList out;
            for (const EntityJoinRepository::Named &n :
                 EntityJoinRepository(lib.connection()).beginningWith(words, EntityKind::Person))
                out << n.name;
            return out;
        };
        const QStringList donald {QStringLiteral("Donald Trump"), QStringLiteral("Donaldson Smith")};
        QCOMPARE(names({QStringLiteral("Donald")}), donald);
        QStringList manyWords {QStringLiteral("Donald")};
        for (int i = 0; i < 30; ++i)
            manyWords << QStringLiteral("Nobody%1").arg(i);
        QCOMPARE(names(manyWords), donald);
        manyWords << QStringLiteral("Don");
        QCOMPARE(names(manyWords), (QStringList {donald.at(0), donald.at(1), QStringLiteral("Don King")}));
        QCOMPARE(names({QStringLiteral("Don")}),
                 (QStringList {donald.at(0), donald.at(1), QStringLiteral("Don King")}));
        QVERIFY(names({QStringLiteral("Smith")}).isEmpty());
    }

    void tagsAttachToArticles()
    {
        Library &lib = *m_library;
        const qint64 id = store(lib, makeArticle(QStringLiteral("T"), QStringLiteral("Tagged text.")));
        const qint64 tag = lib.tags().ensure(QStringLiteral("Immigration"));
        QCOMPARE(lib.tags().ensure(QStringLiteral("immigration")), tag); // names ignore case
        lib.tags().tag(id, tag);
        lib.tags().tag(id, tag);
        QCOMPARE(lib.tags().ofArticle(id).size(), 1);
        lib.tags().untag(id, tag);
        QVERIFY(lib.tags().ofArticle(id).isEmpty());
    }

private:
    bool m_inMemory = false;
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestRepositories onFile(false);
    TestRepositories inMemory(true);
    const int fileFailures = QTest::qExec(&onFile, argc, argv);
    return fileFailures + QTest::qExec(&inMemory, argc, argv);
}
#include "tst_repositories.moc"
