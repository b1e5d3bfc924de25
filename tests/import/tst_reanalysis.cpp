#include "import/importer.h"
#include "import/reanalysis.h"
#include "storage/entityrepository.h"
#include "storage/library.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace lede;
using lede::test::writeFile;

namespace {

bool overlaps(const TextSpan &a, const TextSpan &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

// "Analyse again": an article's suggestions are replaced by a fresh analysis, and what the editor
// decided stays as it was.
class TestReanalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("r%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void theEditorsDecisionsStayAndNothingOverlapsThem()
    {
        const QString seed = writeFile(m_dir, QStringLiteral("seed.txt"), lede::test::seedArticle());
        const qint64 id = Importer(*m_library).importPaths({seed}).first().articleId;
        const QList<Quote> before = m_library->quotes().ofArticle(id);
        QVERIFY(before.size() >= 3);
        m_library->quotes().setStatus(before.at(0).id, ReviewStatus::Confirmed);
        m_library->quotes().setStatus(before.at(1).id, ReviewStatus::Rejected);
        // A quote the editor marked by hand, one word shorter than the analysis would.
        Quote written = before.at(2);
        written.span.end -= 1;
        written.status = ReviewStatus::Confirmed;
        m_library->quotes().remove(before.at(2).id);
        m_library->quotes().insert(written);

        const Reanalysis::Outcome outcome = Reanalysis(*m_library).run({id});
        QCOMPARE(outcome.articles, 1);
        QCOMPARE(outcome.kept, 3);
        QVERIFY(!outcome.cancelled);

        const QList<Quote> after = m_library->quotes().ofArticle(id);
        QVERIFY(m_library->quotes().find(before.at(0).id)->status == ReviewStatus::Confirmed);
        QVERIFY(m_library->quotes().find(before.at(1).id)->status == ReviewStatus::Rejected);
        QCOMPARE(m_library->quotes().find(written.id)->span, written.span);
        int suggested = 0;
        for (const Quote &q : after) {
            if (q.status != ReviewStatus::Suggested)
                continue;
            ++suggested;
            for (const TextSpan &decided : {before.at(0).span, before.at(1).span, written.span})
                QVERIFY2(!overlaps(q.span, decided), "a new suggestion covers a place the editor decided about");
        }
        // The rest of the article's quotes are suggested again, once each.
        QCOMPARE(suggested, int(before.size()) - 3);
        QCOMPARE(outcome.quotes, suggested);
    }

    void anEntityConfirmedSinceIsFoundInOlderArticles()
    {
        const QString file = writeFile(m_dir, QStringLiteral("a.txt"),
                                       "Plant stays\n\nThe plant in town will stay open. Carrier made the decision "
                                       "on Monday after weeks of talks.\n");
        const qint64 id = Importer(*m_library).importPaths({file}).first().articleId;
        // A dictionary word opening a sentence is no name for the analysis, until an editor says so.
        const qint64 carrier = m_library->entities().ensure(QStringLiteral("Carrier"), EntityKind::Organization);
        m_library->entities().setStatus(carrier, ReviewStatus::Confirmed);
        auto mentionsOfCarrier = [&] {
            int n = 0;
            for (const Mention &m : m_library->entities().mentionsOf(id))
                n += m.entityId == carrier;
            return n;
        };
        QCOMPARE(mentionsOfCarrier(), 0);

        Reanalysis(*m_library).run({id});
        QCOMPARE(mentionsOfCarrier(), 1);
    }

    void entitiesOnlyTheOldSuggestionsNamedLeaveTheList()
    {
        const QString a =
            writeFile(m_dir, QStringLiteral("a.txt"), "Plant\n\nThe plant will stay open, a clerk said.\n");
        const QString b = writeFile(m_dir, QStringLiteral("b.txt"), "Shop\n\nThe shop will close, a clerk said.\n");
        const QList<ImportOutcome> imported = Importer(*m_library).importPaths({a, b});
        const qint64 first = imported.at(0).articleId;
        const qint64 second = imported.at(1).articleId;
        // What an older analysis suggested ("plant" as a name): one entity only in the first article,
        // one in both, one an editor confirmed, one an editor rejected.
        EntityRepository &entities = m_library->entities();
        const qint64 stale = entities.ensure(QStringLiteral("Plant"), EntityKind::Organization);
        const qint64 shared = entities.ensure(QStringLiteral("Clerk"), EntityKind::Person);
        const qint64 confirmed = entities.ensure(QStringLiteral("Open"), EntityKind::Organization);
        const qint64 rejected = entities.ensure(QStringLiteral("Stay"), EntityKind::Organization);
        entities.setStatus(confirmed, ReviewStatus::Confirmed);
        entities.setStatus(rejected, ReviewStatus::Rejected);
        auto mention = [&](qint64 article, qint64 entity, int start) {
            Mention m;
            m.articleId = article;
            m.versionId = m_library->articles().find(article)->versionId;
            m.span = {start, start + 1};
            m.entityId = entity;
            entities.insertMention(m);
        };
        for (qint64 entity : {stale, shared, confirmed, rejected})
            mention(first, entity, 10 + int(entity % 7));
        mention(second, shared, 12);

        const Reanalysis::Outcome outcome = Reanalysis(*m_library).run({first});
        QCOMPARE(outcome.entitiesRemoved, 1);
        QVERIFY(!entities.find(stale));
        QVERIFY(entities.find(shared)); // the second article, not analysed again, still names it
        QVERIFY(entities.find(confirmed));
        QVERIFY(entities.find(rejected));
    }

    void cancellingKeepsTheBatchesDoneAndLeavesTheRest()
    {
        QTemporaryDir folder;
        for (int i = 0; i < 150; ++i)
            writeFile(
                folder, QStringLiteral("a%1.txt").arg(i),
                QStringLiteral("Story %1\n\n\"We will build it,\" Mayor Ann Lee said of bridge %1.\n").arg(i).toUtf8());
        QList<qint64> ids;
        for (const ImportOutcome &o : Importer(*m_library).importPaths({folder.path()}))
            ids << o.articleId;
        QCOMPARE(ids.size(), 150);

        std::atomic_bool cancel {false};
        QList<int> progress;
        Reanalysis again(*m_library);
        again.setCancelFlag(&cancel);
        again.setProgressHandler([&](int done, int total) {
            progress << done;
            QCOMPARE(total, 150);
            cancel = true;
        });
        const Reanalysis::Outcome outcome = again.run(ids);
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.articles > 0 && outcome.articles < 150);
        QCOMPARE(progress, QList<int> {outcome.articles});
        // Every article still has its suggestions, whether analysed again or not.
        for (qint64 id : std::as_const(ids))
            QCOMPARE(m_library->quotes().ofArticle(id).size(), 1);
    }

    void articlesThatAreGoneArePassedOver()
    {
        const Reanalysis::Outcome outcome = Reanalysis(*m_library).run({12345});
        QCOMPARE(outcome.articles, 0);
        QVERIFY(!outcome.cancelled);
    }

    void theReplacedSuggestionsComeBackWhole()
    {
        // Imported as is: the suggestions in their compact form, nothing of the editor's.
        const QString seed = writeFile(m_dir, QStringLiteral("seed.txt"), lede::test::seedArticle());
        const qint64 id = Importer(*m_library).importPaths({seed}).first().articleId;
        // An older analysis also named someone nobody else names.
        Quote odd;
        odd.articleId = id;
        odd.versionId = m_library->articles().find(id)->versionId;
        odd.span = {0, 5};
        odd.kind = QuoteKind::Partial;
        odd.speakerEntityId = m_library->entities().ensure(QStringLiteral("Zed Nobody"), EntityKind::Person);
        m_library->entities().addAlias(odd.speakerEntityId, QStringLiteral("Nobody"));
        m_library->quotes().insert(odd);
        const auto shape = [this, id] {
            QStringList rows;
            for (const Quote &q : m_library->quotes().ofArticle(id))
                rows << QStringLiteral("q %1-%2 %3 %4 %5")
                            .arg(q.span.start)
                            .arg(q.span.end)
                            .arg(q.speakerName, q.cue, toString(q.status));
            for (const Mention &m : m_library->entities().mentionsOf(id))
                rows << QStringLiteral("m %1-%2 %3").arg(m.span.start).arg(m.span.end).arg(m.entityId ? 1 : 0);
            rows.sort();
            return rows;
        };
        const QStringList before = shape();
        const ArticleSuggestions kept = Reanalysis::suggestionsOf(*m_library, id);
        QCOMPARE(kept.quotes.size() + kept.mentions.size(), before.size());

        Reanalysis(*m_library).run({id});
        QVERIFY(!m_library->entities().idOf(QStringLiteral("Zed Nobody"), EntityKind::Person));
        const QStringList fresh = shape();
        QVERIFY(fresh != before);
        const ArticleSuggestions now = Reanalysis::suggestionsOf(*m_library, id);

        Transaction tx(m_library->connection());
        Reanalysis::putBack(*m_library, kept);
        tx.commit();
        QCOMPARE(shape(), before);
        // The speaker only the old suggestions named is back, with its other name.
        const std::optional<qint64> nobody =
            m_library->entities().idOf(QStringLiteral("Zed Nobody"), EntityKind::Person);
        QVERIFY(nobody);
        QVERIFY(m_library->entities().find(*nobody)->aliases.contains(QStringLiteral("Nobody")));

        Transaction again(m_library->connection());
        Reanalysis::putBack(*m_library, now);
        again.commit();
        QCOMPARE(shape(), fresh);
        QVERIFY(!m_library->entities().idOf(QStringLiteral("Zed Nobody"), EntityKind::Person));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestReanalysis)
#include "tst_reanalysis.moc"
