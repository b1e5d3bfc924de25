// Merging, splitting and renaming entities, and undoing each exactly.
#include "guitestsupport.h"

#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QTest>

using namespace lede;

class TestEntityEditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeMovesEverythingAndUnmergeRestoresIt();
    void splitMovesTheMentionsThatReadTheAlias();
    void renameKeepsTheOldNameFindable();

private:
    Mention mentionOf(const QString &text, qint64 entity, int occurrence = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;
};

void TestEntityEditRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = testsupport::seededLibrary(*m_dir, &m_article);
    testsupport::clearEntitySuggestions(*m_library);
}

void TestEntityEditRepository::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

Mention TestEntityEditRepository::mentionOf(const QString &text, qint64 entity, int occurrence)
{
    const Article a = *m_library->articles().find(m_article);
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(a.body.indexOf(text, at + 1));
    Q_ASSERT(at >= 0);
    Mention m;
    m.articleId = m_article;
    m.versionId = a.versionId;
    m.span = {at, at + int(text.size())};
    m.entityId = entity;
    m.status = ReviewStatus::Confirmed;
    m_library->entities().insertMention(m);
    return m;
}

void TestEntityEditRepository::mergeMovesEverythingAndUnmergeRestoresIt()
{
    EntityRepository &entities = m_library->entities();
    EntityEditRepository edits(m_library->connection());
    const qint64 full = entities.ensure(QStringLiteral("Mayor Lana Negrete"), EntityKind::Person);
    const qint64 shortName = entities.ensure(QStringLiteral("Negrete"), EntityKind::Person);
    entities.addAlias(shortName, QStringLiteral("the mayor"));
    const Mention m1 = mentionOf(QStringLiteral("Mayor Lana Negrete"), full);
    const Mention m2 = mentionOf(QStringLiteral("Negrete"), shortName, 2);
    const Quote quote = m_library->quotes().ofArticle(m_article).first();
    m_library->quotes().setSpeaker(quote.id, shortName, std::nullopt);
    QCOMPARE(edits.mentionCounts().value(shortName), 2);

    EntityMergeRecord record;
    {
        Transaction tx(m_library->connection());
        record = edits.merge(full, shortName);
        tx.commit();
    }
    QVERIFY(!entities.find(shortName));
    const Entity merged = *entities.find(full);
    QVERIFY(merged.aliases.contains(QStringLiteral("Negrete")));
    QVERIFY(merged.aliases.contains(QStringLiteral("the mayor")));
    QCOMPARE(m_library->quotes().find(quote.id)->speakerEntityId, full);
    for (const Mention &m : entities.mentionsOf(m_article))
        if (m.id == m2.id)
            QCOMPARE(m.entityId, full);
    QCOMPARE(edits.mentionCounts().value(full), 3);
    QVERIFY_THROWS_EXCEPTION(StorageError, edits.merge(full, full));

    {
        Transaction tx(m_library->connection());
        edits.unmerge(record);
        tx.commit();
    }
    const std::optional<Entity> back = entities.find(shortName);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("Negrete"));
    QVERIFY(back->aliases.contains(QStringLiteral("the mayor")));
    QCOMPARE(entities.find(full)->aliases, QStringList {QStringLiteral("Mayor Lana Negrete")});
    QCOMPARE(m_library->quotes().find(quote.id)->speakerEntityId, shortName);
    for (const Mention &m : entities.mentionsOf(m_article)) {
        if (m.id == m2.id)
            QCOMPARE(m.entityId, shortName);
        if (m.id == m1.id)
            QCOMPARE(m.entityId, full);
    }
}

void TestEntityEditRepository::splitMovesTheMentionsThatReadTheAlias()
{
    EntityRepository &entities = m_library->entities();
    EntityEditRepository edits(m_library->connection());
    const qint64 id = entities.ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
    entities.addAlias(id, QStringLiteral("Miller"));
    const Mention name = mentionOf(QStringLiteral("Lana Negrete"), id);
    const Mention wrong = mentionOf(QStringLiteral("Miller"), id);
    Transaction tx(m_library->connection());
    const EntitySplitRecord record = edits.splitAlias(id, QStringLiteral("Miller"));
    QVERIFY(record.newId != id);
    QCOMPARE(record.mentionIds, QList<qint64> {wrong.id});
    QVERIFY(!entities.find(id)->aliases.contains(QStringLiteral("Miller")));
    QCOMPARE(entities.find(record.newId)->name, QStringLiteral("Miller"));
    QVERIFY_THROWS_EXCEPTION(StorageError, edits.splitAlias(id, QStringLiteral("Lana Negrete")));
    edits.unsplit(record);
    tx.commit();
    QVERIFY(!entities.find(record.newId));
    QVERIFY(entities.find(id)->aliases.contains(QStringLiteral("Miller")));
    for (const Mention &m : entities.mentionsOf(m_article))
        QCOMPARE(m.entityId, id);
    Q_UNUSED(name);
}

void TestEntityEditRepository::renameKeepsTheOldNameFindable()
{
    EntityRepository &entities = m_library->entities();
    EntityEditRepository edits(m_library->connection());
    const qint64 id = entities.ensure(QStringLiteral("Negrete"), EntityKind::Person);
    QVERIFY(edits.rename(id, QStringLiteral("Lana Negrete")));
    QCOMPARE(entities.find(id)->name, QStringLiteral("Lana Negrete"));
    QCOMPARE(entities.find(id)->aliases, (QStringList {QStringLiteral("Lana Negrete"), QStringLiteral("Negrete")}));
    QCOMPARE(edits.findByName(QStringLiteral("Lana Negrete"), EntityKind::Person), id);
    edits.setKind(id, EntityKind::Organization);
    QVERIFY(entities.find(id)->kind == EntityKind::Organization);
    QVERIFY_THROWS_EXCEPTION(StorageError, edits.rename(id, QStringLiteral(" ")));
}

QTEST_GUILESS_MAIN(TestEntityEditRepository)
#include "tst_entityeditrepository.moc"
