#include "storage/articlelistrepository.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/pendingsuggestions.h"
#include "storage/transaction.h"

#include "testsupport.h"
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace lede;

namespace {

int countRows(Library &library, const QString &table)
{
    return lede::test::countRows(library.connection(), table);
}

} // namespace

// Suggestions a bulk import keeps compactly must look, through every repository, exactly like
// suggestions stored as rows: counted and filtered in the article list, counted per entity, read
// with ids an editor can act on, moved by merges, removed with their article.
class TestPendingSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("p%1.lede").arg(++m_n)));
        Library &lib = *m_library;
        Transaction tx(lib.connection());
        Article a;
        a.title = QStringLiteral("Pending");
        a.body = QStringLiteral("Mayor Lana Negrete said \"we stay\". Phil Brock spoke. A \"so-called\" plan.");
        lib.articles().insert(a);
        m_article = a.id;
        m_negrete = lib.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
        m_brock = lib.entities().ensure(QStringLiteral("Phil Brock"), EntityKind::Person);
        Quote spoken;
        spoken.span = {25, 32};
        spoken.speakerEntityId = m_negrete;
        spoken.speakerSpan = TextSpan {6, 18};
        spoken.cue = QStringLiteral("said");
        Quote scare;
        scare.span = {57, 67};
        scare.kind = QuoteKind::Scare;
        PendingSuggestions(lib.connection())
            .store(a.id, a.versionId, {{{6, 18}, m_negrete}, {{35, 45}, m_brock}, {{0, 18}, m_negrete}},
                   {spoken, scare});
        // An article with nothing suggested keeps no pending set.
        Article plain;
        plain.body = QStringLiteral("Nothing to see.");
        lib.articles().insert(plain);
        m_plain = plain.id;
        PendingSuggestions(lib.connection()).store(plain.id, plain.versionId, {}, {});
        tx.commit();
    }
    void cleanup() { m_library.reset(); }

    void theListCountsAndFiltersThemBeforeAndAfterTheyBecomeRows()
    {
        ArticleListRepository list(m_library->connection());
        for (int pass = 0; pass < 2; ++pass) {
            QCOMPARE(list.row(m_article)->quotes, 2);
            QCOMPARE(list.row(m_article)->suggestions, 5);
            QCOMPARE(list.row(m_plain)->suggestions, 0);
            ArticleFilter f;
            f.unreviewedOnly = true;
            QCOMPARE(list.count(f), 1);
            f = {};
            f.speakerId = m_negrete;
            QCOMPARE(list.count(f), 1);
            f.speakerId = m_brock; // mentioned, never quoted
            QCOMPARE(list.count(f), 0);
            f = {};
            f.entityId = m_brock;
            QCOMPARE(list.count(f), 1);
            const QList<ArticleListRow> page = list.page(f, ArticleSortKey::Imported, Qt::AscendingOrder, {}, 10);
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.first().id, m_article);
            const QHash<qint64, int> counts = EntityEditRepository(m_library->connection()).mentionCounts();
            QCOMPARE(counts.value(m_negrete), 3); // two mentions and one quote
            QCOMPARE(counts.value(m_brock), 1);
            // Second pass: the same once a change by id turned the set into rows.
            const QList<Quote> quotes = m_library->quotes().ofArticle(m_article);
            QCOMPARE(quotes.size(), 2);
            m_library->quotes().setStatus(quotes.at(1).id, ReviewStatus::Suggested);
            QCOMPARE(countRows(*m_library, QStringLiteral("pending_suggestions")), 0);
            QCOMPARE(countRows(*m_library, QStringLiteral("pending_entities")), 0);
        }
    }

    void readingGivesSuggestedRowsAnEditorCanReview()
    {
        Library &lib = *m_library;
        const QList<Mention> mentions = lib.entities().mentionsOf(m_article);
        QCOMPARE(mentions.size(), 3);
        QCOMPARE(mentions.at(0).span, (TextSpan {0, 18})); // in text order, whatever the stored order
        QCOMPARE(mentions.at(1).span, (TextSpan {6, 18}));
        QCOMPARE(mentions.at(2).entityId, m_brock);
        for (const Mention &m : mentions) {
            QVERIFY(m.id > 0);
            QVERIFY(m.status == ReviewStatus::Suggested);
        }
        const QList<Quote> quotes = lib.quotes().ofArticle(m_article);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speakerName, QStringLiteral("Lana Negrete"));
        QCOMPARE(quotes.at(0).speakerSpan, (std::optional<TextSpan>(TextSpan {6, 18})));
        QCOMPARE(quotes.at(0).cue, QStringLiteral("said"));
        QVERIFY(quotes.at(0).created.isValid());
        QVERIFY(quotes.at(1).kind == QuoteKind::Scare);
        QVERIFY(quotes.at(1).cue.isEmpty());
        QVERIFY(!quotes.at(1).speakerSpan);
        QVERIFY(lib.quotes().find(quotes.at(1).id)->kind == QuoteKind::Scare);
        // Reading wrote nothing.
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 1);
        QCOMPARE(countRows(lib, QStringLiteral("mentions")), 0);
        // Reviewing works on those ids, which stay what they were once the set becomes rows (an
        // open view and its undo stack hold them), and nothing is duplicated or reset.
        lib.quotes().setStatus(quotes.at(0).id, ReviewStatus::Confirmed);
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        EntityEditRepository(lib.connection()).setMentionStatus(mentions.at(2).id, ReviewStatus::Rejected);
        const QList<Quote> after = lib.quotes().ofArticle(m_article);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).id, quotes.at(0).id);
        QCOMPARE(after.at(1).id, quotes.at(1).id);
        QVERIFY(lib.quotes().find(quotes.at(0).id)->status == ReviewStatus::Confirmed);
        const QList<Mention> mentionsAfter = lib.entities().mentionsOf(m_article);
        QCOMPARE(mentionsAfter.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(mentionsAfter.at(i).id, mentions.at(i).id);
        QVERIFY(mentionsAfter.at(2).status == ReviewStatus::Rejected);
        // A quote an editor adds now gets an id of its own.
        Quote added = quotes.at(1);
        added.span = {0, 5};
        lib.quotes().insert(added);
        QVERIFY(added.id != quotes.at(0).id && added.id != quotes.at(1).id);
        QCOMPARE(lib.quotes().ofArticle(m_article).size(), 3);
    }

    void anyCueTextSurvivesTheCompactForm()
    {
        Library &lib = *m_library;
        const QString cue = QStringLiteral("said \"so\" \\ ü\n\t😀");
        Quote q;
        q.span = {0, 4};
        q.cue = cue;
        q.kind = QuoteKind::Indirect;
        {
            Transaction tx(lib.connection());
            PendingSuggestions(lib.connection()).store(m_plain, lib.articles().find(m_plain)->versionId, {}, {q});
            tx.commit();
        }
        const QList<Quote> quotes = lib.quotes().ofArticle(m_plain);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().cue, cue);
        QVERIFY(quotes.first().kind == QuoteKind::Indirect);
    }

    void aRolledBackEditLeavesTheSetPending()
    {
        Library &lib = *m_library;
        const qint64 first = lib.entities().mentionsOf(m_article).first().id;
        {
            Transaction tx(lib.connection());
            EntityEditRepository(lib.connection()).setMentionStatus(first, ReviewStatus::Confirmed);
            QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        } // rolled back
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 1);
        QCOMPARE(countRows(lib, QStringLiteral("mentions")), 0);
        QVERIFY(lib.entities().mentionsOf(m_article).first().status == ReviewStatus::Suggested);
        QCOMPARE(lib.entities().mentionsOf(m_article).first().id, first);
    }

    void mergingAnEntityMovesItsPendingMentionsAndUndoes()
    {
        Library &lib = *m_library;
        EntityEditRepository edits(lib.connection());
        EntityMergeRecord record;
        {
            Transaction tx(lib.connection());
            record = edits.merge(m_brock, m_negrete);
            tx.commit();
        }
        QCOMPARE(record.mentionIds.size(), 2);
        QCOMPARE(record.quoteIds.size(), 1);
        for (const Mention &m : lib.entities().mentionsOf(m_article))
            QCOMPARE(m.entityId, m_brock);
        QCOMPARE(lib.quotes().ofArticle(m_article).at(0).speakerEntityId, m_brock);
        {
            Transaction tx(lib.connection());
            edits.unmerge(record);
            tx.commit();
        }
        QCOMPARE(lib.quotes().ofArticle(m_article).at(0).speakerName, QStringLiteral("Lana Negrete"));
        QCOMPARE(lib.entities().mentionsOf(m_article).at(0).entityId, m_negrete);
    }

    void aSpeakerLabelNamesTheQuoteInEveryForm()
    {
        // "They argue" after "The groups say": the speaker is no entity, and its mention "They" does
        // not name it. The label names it pending, as rows, after an entity's deletion turned the
        // set into rows, in rows written at once, and back after an editor's change is undone.
        Library &lib = *m_library;
        Article a;
        a.body = QStringLiteral("The groups say the plan fails. They argue \"it helps no one\". Phil Brock disagrees.");
        Quote argued;
        argued.span = {43, 58};
        argued.speakerSpan = TextSpan {31, 35};
        argued.speakerLabel = QStringLiteral("The groups");
        argued.cue = QStringLiteral("argue");
        Quote unlabelled = argued;
        unlabelled.span = {72, 81};
        unlabelled.speakerLabel.clear();
        {
            Transaction tx(lib.connection());
            lib.articles().insert(a);
            PendingSuggestions(lib.connection()).store(a.id, a.versionId, {{{61, 71}, m_brock}}, {argued, unlabelled});
            tx.commit();
        }
        auto speakers = [&] {
            QStringList names;
            for (const Quote &q : lib.quotes().ofArticle(a.id))
                names << q.speakerName;
            return names;
        };
        const QStringList expected {QStringLiteral("The groups"), QStringLiteral("They")};
        QCOMPARE(speakers(), expected);
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entities WHERE id = %1").arg(m_brock)));
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        QCOMPARE(speakers(), expected);
        const Quote stored = lib.quotes().ofArticle(a.id).first();
        QCOMPARE(stored.speakerLabel, QStringLiteral("The groups"));
        lib.quotes().setSpeaker(stored.id, m_negrete, std::nullopt);
        QCOMPARE(lib.quotes().find(stored.id)->speakerName, QStringLiteral("Lana Negrete"));
        lib.quotes().setSpeaker(stored.id, 0, stored.speakerSpan);
        QCOMPARE(lib.quotes().find(stored.id)->speakerName, QStringLiteral("They")); // the label went
        lib.quotes().setSpeaker(stored.id, stored.speakerEntityId, stored.speakerSpan, stored.speakerLabel);
        QCOMPARE(lib.quotes().find(stored.id)->speakerName, QStringLiteral("The groups"));
        lib.quotes().removeSuggested(a.id);
        lib.quotes().insertSuggested(a.id, a.versionId, {argued, unlabelled});
        QCOMPARE(speakers(), expected);
        lib.quotes().removeSuggested(a.id);
        argued.articleId = a.id;
        argued.versionId = a.versionId;
        lib.quotes().insert(argued);
        QCOMPARE(speakers(), QStringList {QStringLiteral("The groups")});
    }

    void deletingAnEntityTreatsPendingSuggestionsAsRows()
    {
        Library &lib = *m_library;
        EntityEditRepository(lib.connection()).remove(m_negrete);
        const QList<Mention> mentions = lib.entities().mentionsOf(m_article);
        QCOMPARE(mentions.size(), 1); // its mentions went with it
        QCOMPARE(mentions.first().entityId, m_brock);
        const QList<Quote> quotes = lib.quotes().ofArticle(m_article);
        QCOMPARE(quotes.size(), 2); // its quote stays, without a speaker
        QCOMPARE(quotes.first().speakerEntityId, qint64(0));
    }

    void anEntityDeletedStraightInSqlTakesItsPendingSuggestionsAlong()
    {
        // Another program deletes an entity in SQL: the sets naming it become rows first, so its
        // mentions go and its quotes lose their speaker, and a new entity that SQLite gives the same
        // id does not inherit them.
        Library &lib = *m_library;
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entities WHERE id = %1").arg(m_negrete)));
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        QCOMPARE(ArticleListRepository(lib.connection()).row(m_article)->suggestions, 3); // 2 quotes, 1 mention
        QVERIFY(!EntityEditRepository(lib.connection()).mentionCounts().contains(m_negrete));
        QCOMPARE(lib.entities().mentionsOf(m_article).size(), 1);
        QCOMPARE(lib.quotes().ofArticle(m_article).first().speakerEntityId, qint64(0));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entities WHERE id = %1").arg(m_brock)));
        const qint64 newcomer = lib.entities().ensure(QStringLiteral("Newcomer"), EntityKind::Organization);
        QVERIFY(lib.entities().mentionsOf(m_article).isEmpty());
        QVERIFY(!EntityEditRepository(lib.connection()).mentionCounts().contains(newcomer));
    }

    void emptyingTheTrashRemovesPendingSets()
    {
        Library &lib = *m_library;
        lib.articles().moveToTrash(m_article);
        QCOMPARE(lib.articles().emptyTrash(), 1);
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        QCOMPARE(countRows(lib, QStringLiteral("pending_entities")), 0);
        QVERIFY(EntityEditRepository(lib.connection()).mentionCounts().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;
    qint64 m_plain = 0;
    qint64 m_negrete = 0;
    qint64 m_brock = 0;
};

QTEST_GUILESS_MAIN(TestPendingSuggestions)
#include "tst_pendingsuggestions.moc"
