#include "import/entityspread.h"
#include "storage/articlelistrepository.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/pendingsuggestions.h"
#include "storage/spreadrecordrepository.h"
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

// The code-point span of the n-th occurrence of `text` in a body (the bodies here have one
// character outside the BMP at most, at their start: `shift` says how many UTF-16 units to drop).
TextSpan spanOf(const QString &body, const QString &text, int n = 0, int shift = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        at = body.indexOf(text, at + 1);
    if (at < 0)
        qFatal("fixture text not found");
    return {int(at) - shift, int(at + text.size()) - shift};
}

QList<Mention> mentionsAt(const QList<Mention> &mentions, const TextSpan &span)
{
    QList<Mention> out;
    for (const Mention &m : mentions)
        if (m.span == span)
            out << m;
    return out;
}

} // namespace

// Once an editor confirms an entity, the articles already in the library get suggested mentions of
// it wherever their text names it, as an import would; nothing an editor decided is touched, and
// the compact pending sets of unreviewed articles keep the ids a view may hold.
class TestEntitySpread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("s%1.lede").arg(++m_n)));
        Library &lib = *m_library;
        Transaction tx(lib.connection());
        m_source = add(QStringLiteral("Lawyers at America First Legal filed the suit. America First Legal said so."));
        // An emoji first: stored positions are code points, one less than QString's here.
        m_other = add(QStringLiteral("😀 America First Legal wrote to the council. Critics of America First Legal "
                                     "disagreed. America First Legal lost. The america first legal brief, America "
                                     "First Legalities and America First, Legal are not it."));
        m_pending = add(QStringLiteral("Gene Hamilton, a lawyer at America First Legal, said \"we will win.\" "
                                       "AFL filed it. AFLAC did not."));
        m_entity = lib.entities().ensure(QStringLiteral("America First Legal"), EntityKind::Organization);
        lib.entities().addAlias(m_entity, QStringLiteral("AFL"));
        m_place = lib.entities().ensure(QStringLiteral("America"), EntityKind::Place);
        m_hamilton = lib.entities().ensure(QStringLiteral("Gene Hamilton"), EntityKind::Person);

        // The editor's decisions in the second article: the second naming rejected, "America" of
        // the third tagged as a place.
        Mention rejected;
        rejected.articleId = m_other;
        rejected.versionId = version(m_other);
        rejected.span = spanOf(body(m_other), QStringLiteral("America First Legal"), 1, 1);
        rejected.entityId = m_entity;
        rejected.status = ReviewStatus::Rejected;
        lib.entities().insertMention(rejected);
        Mention place = rejected;
        place.span = spanOf(body(m_other), QStringLiteral("America"), 2, 1);
        place.entityId = m_place;
        place.status = ReviewStatus::Confirmed;
        lib.entities().insertMention(place);

        // The third article is unreviewed: its suggestions are still one pending set.
        Quote said;
        said.span = spanOf(body(m_pending), QStringLiteral("we will win."));
        said.speakerEntityId = m_hamilton;
        said.speakerSpan = spanOf(body(m_pending), QStringLiteral("Gene Hamilton"));
        said.cue = QStringLiteral("said");
        PendingSuggestions(lib.connection())
            .store(m_pending, version(m_pending),
                   {{spanOf(body(m_pending), QStringLiteral("Gene Hamilton")), m_hamilton}}, {said});
        lib.entities().setStatus(m_entity, ReviewStatus::Confirmed);
        tx.commit();
    }
    void cleanup() { m_library.reset(); }

    void theOtherArticlesGetSuggestedMentionsAtEachPlace()
    {
        Library &lib = *m_library;
        EntitySpread spread = spreadFromSource();
        spread.run();
        QCOMPARE(spread.candidateCount(), 2); // the source article is left alone
        QVERIFY(lib.entities().mentionsOf(m_source).isEmpty());

        // Second article: the first naming is new; the rejected one stays rejected, alone; the one
        // whose "America" is a place keeps it; lower case, longer words and a comma are not the name.
        const QString other = body(m_other);
        const QList<Mention> mentions = lib.entities().mentionsOf(m_other);
        QCOMPARE(mentions.size(), 3);
        const QList<Mention> first = mentionsAt(mentions, spanOf(other, QStringLiteral("America First Legal"), 0, 1));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().entityId, m_entity);
        QVERIFY(first.first().status == ReviewStatus::Suggested);
        QCOMPARE(first.first().span, (TextSpan {2, 21}));
        const QList<Mention> second = mentionsAt(mentions, spanOf(other, QStringLiteral("America First Legal"), 1, 1));
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first().status == ReviewStatus::Rejected);
        QCOMPARE(mentionsAt(mentions, spanOf(other, QStringLiteral("America"), 2, 1)).first().entityId, m_place);

        // Third article: the name and the alias, whole words only, beside its pending suggestions.
        const QString pending = body(m_pending);
        const QList<Mention> third = lib.entities().mentionsOf(m_pending);
        QCOMPARE(third.size(), 3);
        QCOMPARE(mentionsAt(third, spanOf(pending, QStringLiteral("America First Legal"))).size(), 1);
        QCOMPARE(mentionsAt(third, spanOf(pending, QStringLiteral("AFL"))).size(), 1);
        QCOMPARE(mentionsAt(third, spanOf(pending, QStringLiteral("AFL"))).first().entityId, m_entity);
        QCOMPARE(spread.addedMentionIds().size(), 3);
        QCOMPARE(spread.changedArticleCount(), 2);

        // A second spread finds every place taken.
        EntitySpread again = spreadFromSource();
        again.run();
        QVERIFY(again.addedMentionIds().isEmpty());
        QCOMPARE(lib.entities().mentionsOf(m_other).size(), 3);
    }

    void thePendingSetKeepsItsIdsAndTheListCountsStayRight()
    {
        Library &lib = *m_library;
        const QList<Mention> before = lib.entities().mentionsOf(m_pending);
        const QList<Quote> quotesBefore = lib.quotes().ofArticle(m_pending);
        QCOMPARE(before.size(), 1);
        QVERIFY(PendingSuggestions::articleOfId(before.first().id).has_value());
        ArticleListRepository list(lib.connection());
        QCOMPARE(list.row(m_pending)->suggestions, 2); // the quote and Hamilton
        ArticleFilter byEntity;
        byEntity.entityId = m_entity;
        QCOMPARE(list.count(byEntity), 0); // a rejected mention does not count
        EntitySpread spread = spreadFromSource();
        spread.run();

        // Still one compact set, the new mentions in it with ids of its range.
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 1);
        int inTheSet = 0;
        for (qint64 id : spread.addedMentionIds())
            inTheSet += PendingSuggestions::articleOfId(id) == m_pending;
        QCOMPARE(inTheSet, 2);
        const QList<Mention> after = lib.entities().mentionsOf(m_pending);
        const QList<Mention> hamilton = mentionsAt(after, before.first().span);
        QCOMPARE(hamilton.size(), 1);
        QCOMPARE(hamilton.first().id, before.first().id);
        QCOMPARE(lib.quotes().ofArticle(m_pending).size(), 1);
        QCOMPARE(lib.quotes().ofArticle(m_pending).first().id, quotesBefore.first().id);
        QCOMPARE(lib.quotes().ofArticle(m_pending).first().speakerName, QStringLiteral("Gene Hamilton"));
        // The ids an open view holds still act on the same rows.
        EntityEditRepository(lib.connection()).setMentionStatus(before.first().id, ReviewStatus::Confirmed);
        QVERIFY(lib.entities().mentionsOf(m_pending).first().status == ReviewStatus::Confirmed);

        QCOMPARE(list.row(m_pending)->suggestions, 3); // the quote and the two new mentions
        QCOMPARE(list.row(m_other)->suggestions, 1);
        QCOMPARE(list.count(byEntity), 2);
        QCOMPARE(EntityEditRepository(lib.connection()).mentionCounts().value(m_entity), 3);
        QCOMPARE(EntityEditRepository(lib.connection()).mentionCounts().value(m_hamilton), 2); // mention and quote
    }

    void takingBackRemovesWhatIsStillOnlySuggested()
    {
        Library &lib = *m_library;
        const QList<Mention> otherBefore = lib.entities().mentionsOf(m_other);
        EntitySpread spread = spreadFromSource();
        spread.run();
        // The editor accepts one of the new mentions before the undo: that one is theirs now.
        const QList<Mention> afl =
            mentionsAt(lib.entities().mentionsOf(m_pending), spanOf(body(m_pending), QStringLiteral("AFL")));
        EntityEditRepository(lib.connection()).setMentionStatus(afl.first().id, ReviewStatus::Confirmed);
        QList<qint64> changed;
        {
            Transaction tx(lib.connection());
            changed = EntitySpread::takeBack(lib.connection(), spread.addedMentionIds());
            tx.commit();
        }
        QCOMPARE(changed, (QList<qint64> {m_other, m_pending}));
        const QList<Mention> otherAfter = lib.entities().mentionsOf(m_other);
        QCOMPARE(otherAfter.size(), otherBefore.size());
        for (int i = 0; i < otherAfter.size(); ++i) {
            QCOMPARE(otherAfter.at(i).id, otherBefore.at(i).id);
            QVERIFY(otherAfter.at(i).status == otherBefore.at(i).status);
        }
        const QList<Mention> pendingAfter = lib.entities().mentionsOf(m_pending);
        QCOMPARE(pendingAfter.size(), 2); // Hamilton, and the accepted AFL
        QCOMPARE(mentionsAt(pendingAfter, afl.first().span).first().id, afl.first().id);
        QVERIFY(mentionsAt(pendingAfter, afl.first().span).first().status == ReviewStatus::Confirmed);
        QCOMPARE(ArticleListRepository(lib.connection()).row(m_other)->suggestions, 0);
    }

    void takingBackFromAPendingSetKeepsItCompactAndTheOtherIdsValid()
    {
        // Two spreads into the same unreviewed article; the first is taken back while the set is
        // still pending: the second one's mention keeps its id.
        Library &lib = *m_library;
        const qint64 hamiltonBefore = lib.entities().mentionsOf(m_pending).first().id;
        EntitySpread first = spreadFromSource();
        first.run();
        EntitySpread second(lib.connection(), *lib.entities().find(m_hamilton), {QStringLiteral("AFLAC")});
        second.run();
        QCOMPARE(second.addedMentionIds().size(), 1);
        const qint64 aflacId = second.addedMentionIds().first();
        {
            Transaction tx(lib.connection());
            QCOMPARE(EntitySpread::takeBack(lib.connection(), first.addedMentionIds()),
                     (QList<qint64> {m_other, m_pending}));
            tx.commit();
        }
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 1);
        const QList<Mention> mentions = lib.entities().mentionsOf(m_pending);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.at(0).id, hamiltonBefore);
        QCOMPARE(mentions.at(1).id, aflacId);
        QCOMPARE(mentions.at(1).span, spanOf(body(m_pending), QStringLiteral("AFLAC")));
        ArticleListRepository list(lib.connection());
        QCOMPARE(list.row(m_pending)->suggestions, 3); // the quote, Hamilton twice
        QVERIFY(!EntityEditRepository(lib.connection()).mentionCounts().contains(m_entity));
        QCOMPARE(EntityEditRepository(lib.connection()).mentionCounts().value(m_hamilton), 3);
        // Acting on the remaining id turns the set into rows with that id; nothing taken back returns.
        EntityEditRepository(lib.connection()).setMentionStatus(aflacId, ReviewStatus::Rejected);
        QCOMPARE(countRows(lib, QStringLiteral("pending_suggestions")), 0);
        QCOMPARE(lib.entities().mentionsOf(m_pending).size(), 2);
        QVERIFY(lib.entities().mentionsOf(m_pending).at(1).status == ReviewStatus::Rejected);
        // Taking back twice changes nothing.
        {
            Transaction tx(lib.connection());
            QVERIFY(EntitySpread::takeBack(lib.connection(), first.addedMentionIds()).isEmpty());
            tx.commit();
        }
        QCOMPARE(lib.entities().mentionsOf(m_pending).size(), 2);
    }

    void itWorksThroughTheCandidatesInSteps()
    {
        // Steps of the smallest budget still move on, one slice each, and only the named names spread.
        Library &lib = *m_library;
        Entity entity = *lib.entities().find(m_entity);
        EntitySpread spread(lib.connection(), entity, {QStringLiteral("AFL")});
        spread.start();
        QCOMPARE(spread.candidateCount(), 1);
        QVERIFY(!spread.isFinished());
        QVERIFY(!spread.step(0));
        QVERIFY(spread.isFinished());
        QCOMPARE(spread.examinedCount(), 1);
        QCOMPARE(spread.takeRecentlyChanged(), (QList<qint64> {m_pending}));
        QVERIFY(spread.takeRecentlyChanged().isEmpty());
        const QList<Mention> mentions = lib.entities().mentionsOf(m_pending);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.last().span, spanOf(body(m_pending), QStringLiteral("AFL")));
        // Taken back from the end of the pending set: the set is as the import left it.
        {
            Transaction tx(lib.connection());
            QCOMPARE(EntitySpread::takeBack(lib.connection(), spread.addedMentionIds()), (QList<qint64> {m_pending}));
            tx.commit();
        }
        QSqlQuery q(lib.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT json_array_length(mentions) FROM pending_suggestions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(lib.entities().mentionsOf(m_pending).size(), 1);
    }

    void anEntityDeletedBeforeTheNextStepStopsIt()
    {
        Library &lib = *m_library;
        EntitySpread spread = spreadFromSource();
        spread.start();
        EntityEditRepository(lib.connection()).remove(m_entity);
        QVERIFY(!spread.step());
        QVERIFY(spread.addedMentionIds().isEmpty());
        QCOMPARE(lib.entities().mentionsOf(m_pending).size(), 1);
    }

    void namesAreFoundOnAnyLineButNeverAcrossOne()
    {
        Library &lib = *m_library;
        const qint64 lines = add(QStringLiteral("😀 First line.\nThey wrote to America First\nLegal.\n\nThen "
                                                "AMERICA FIRST LEGAL and America First Legal again."));
        EntitySpread spread = spreadFromSource();
        spread.run();
        const QList<Mention> mentions = lib.entities().mentionsOf(lines);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.at(0).span, spanOf(body(lines), QStringLiteral("AMERICA FIRST LEGAL"), 0, 1));
        QCOMPARE(mentions.at(1).span, spanOf(body(lines), QStringLiteral("America First Legal"), 0, 1));
    }

    void namesWithoutWordsFindNothing()
    {
        Library &lib = *m_library;
        Entity odd = *lib.entities().find(m_entity);
        EntitySpread spread(lib.connection(), odd, {QStringLiteral("\"?\""), QStringLiteral("—")});
        spread.run();
        QCOMPARE(spread.candidateCount(), 0);
    }

    void aRecordedSpreadStoppedMidwayGoesOnWhenTheLibraryIsOpenedAgain()
    {
        // Recorded, then stopped after its first article, as closing the window stops it.
        const QString path = m_library->path();
        {
            EntitySpread spread = spreadFromSource();
            spread.record();
            QVERIFY(spread.recordId() > 0);
            spread.start();
            QCOMPARE(spread.candidateCount(), 2);
            QVERIFY(spread.step(0));
            QCOMPARE(spread.examinedCount(), 1);
        }
        QCOMPARE(m_library->entities().mentionsOf(m_other).size(), 3);
        QCOMPARE(m_library->entities().mentionsOf(m_pending).size(), 1);
        m_library = std::make_unique<Library>(path);
        Library &lib = *m_library;
        const QList<SpreadRecord> records = SpreadRecordRepository(lib.connection()).all();
        QCOMPARE(records.size(), 1);
        const SpreadRecord &record = records.first();
        QCOMPARE(record.entityId, m_entity);
        QCOMPARE(record.names, (QStringList {QStringLiteral("America First Legal"), QStringLiteral("AFL")}));
        QCOMPARE(record.skipArticles, (QList<qint64> {m_source}));
        QCOMPARE(record.doneThrough, m_other);
        QVERIFY(!record.takeBack);

        // Resumed: only the article left is examined, and the record goes with the last slice.
        EntitySpread resumed(lib.connection(), *lib.entities().find(m_entity), record);
        resumed.run();
        QCOMPARE(resumed.candidateCount(), 1);
        QCOMPARE(resumed.changedArticleCount(), 1);
        QCOMPARE(lib.entities().mentionsOf(m_pending).size(), 3);
        QCOMPARE(lib.entities().mentionsOf(m_other).size(), 3);
        QCOMPARE(resumed.recordId(), 0);
        QVERIFY(SpreadRecordRepository(lib.connection()).all().isEmpty());
    }

    void aSpreadWithNothingToFindForgetsItsRecord()
    {
        Library &lib = *m_library;
        EntitySpread spread(lib.connection(), *lib.entities().find(m_entity), {QStringLiteral("Nowhere Named")});
        spread.record();
        QCOMPARE(SpreadRecordRepository(lib.connection()).all().size(), 1);
        spread.run();
        QCOMPARE(spread.candidateCount(), 0);
        QVERIFY(SpreadRecordRepository(lib.connection()).all().isEmpty());
    }

    void anUndoneSpreadIsRecordedAsATakeBackUntilItsEntityGoes()
    {
        Library &lib = *m_library;
        SpreadRecordRepository records(lib.connection());
        EntitySpread spread = spreadFromSource();
        spread.record();
        spread.start();
        QVERIFY(spread.step(0));
        // Undone mid-way: the spread's record becomes the take-back's, with the mentions to remove.
        const QList<qint64> added = spread.addedMentionIds();
        QCOMPARE(added.size(), 1);
        QCOMPARE(records.recordTakeBack(spread.recordId(), m_entity, added), spread.recordId());
        records.setTakenBack(spread.recordId(), 1);
        QCOMPARE(records.all().size(), 1);
        QCOMPARE(records.all().first().takeBack, std::optional<QList<qint64>>(added));
        QCOMPARE(records.all().first().takenBack, 1);
        // A finished spread has no record left: its take-back gets a new one.
        const qint64 another = records.recordTakeBack(0, m_entity, {7, 8});
        QVERIFY(another > spread.recordId());
        QCOMPARE(records.all().size(), 2);
        // The entity deleted: its records go, and there is nothing to take back for it.
        EntityEditRepository(lib.connection()).remove(m_entity);
        QVERIFY(records.all().isEmpty());
        QCOMPARE(records.recordTakeBack(0, m_entity, added), 0);
        QVERIFY(records.all().isEmpty());
    }

private:
    qint64 add(const QString &text)
    {
        Article a;
        a.title = QStringLiteral("Article %1").arg(text.left(10));
        a.body = text;
        m_library->articles().insert(a);
        return a.id;
    }
    QString body(qint64 id) const { return m_library->articles().find(id)->body; }
    qint64 version(qint64 id) const { return m_library->articles().find(id)->versionId; }
    EntitySpread spreadFromSource() const
    {
        return EntitySpread(m_library->connection(), *m_library->entities().find(m_entity), {}, {m_source});
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_source = 0;
    qint64 m_other = 0;
    qint64 m_pending = 0;
    qint64 m_entity = 0;
    qint64 m_place = 0;
    qint64 m_hamilton = 0;
};

QTEST_GUILESS_MAIN(TestEntitySpread)
#include "tst_entityspread.moc"
