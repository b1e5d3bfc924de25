#include "givenarticle.h"
#include "import/importer.h"
#include "import/reanalysis.h"
#include "import/sourcereader.h"
#include "storage/entityeditrepository.h"
#include "storage/entityrepository.h"
#include "storage/library.h"
#include "storage/quoterepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lede;

namespace {

// "Donald Trump spoke in Ohio. Later Trump left.": the analysis gives both the full name.
SourceArticle fullName(const QString &first = QStringLiteral("Donald"), const QString &last = QStringLiteral("Trump"))
{
    const QString name = first + u' ' + last;
    return ArticleBuilder(QStringLiteral("%1 spoke in Ohio. Later %2 left.").arg(name, last))
        .entity(name, name)
        .entity(last, name)
        .source();
}

// ""We will win," Trump said. Trump then left the rally.": a quote and a mention of "Trump".
SourceArticle surname(const QString &last)
{
    return ArticleBuilder(QStringLiteral("\"We will win,\" %1 said. %1 then left the rally.").arg(last))
        .quote(last, last)
        .entity(last, last)
        .source();
}

SourceArticle surnameOnly()
{
    return surname(QStringLiteral("Trump"));
}

} // namespace

// A bare surname across articles: "Trump" in one article is "Donald Trump" of another, when the
// library uses it for nobody else; "Clinton" with two Clintons stays apart; the editor's entities
// are the target and are never joined away.
class TestShortFormJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("j%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void aSurnameJoinsThePersonItStandsFor_data()
    {
        QTest::addColumn<bool>("fullNameFirst");
        QTest::newRow("full name first") << true;
        QTest::newRow("surname first") << false;
    }
    void aSurnameJoinsThePersonItStandsFor()
    {
        QFETCH(bool, fullNameFirst);
        Importer importer(*m_library);
        const qint64 a = importer.importArticle(fullNameFirst ? fullName() : surnameOnly()).articleId;
        const qint64 b = importer.importArticle(fullNameFirst ? surnameOnly() : fullName()).articleId;
        const qint64 onlyTrump = fullNameFirst ? b : a;
        const qint64 named = fullNameFirst ? a : b;

        const QList<Entity> people = persons();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Donald Trump"));
        QVERIFY(people.first().aliases.contains(QStringLiteral("Trump")));
        const qint64 trump = people.first().id;
        // Both articles' mentions, and the quote the surname spoke, are his.
        QCOMPARE(m_library->entities().mentionsOf(named).size(), 2);
        const QList<Mention> mentions = m_library->entities().mentionsOf(onlyTrump);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().entityId, trump);
        const QList<Quote> quotes = m_library->quotes().ofArticle(onlyTrump);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().speakerEntityId, trump);
        QCOMPARE(EntityEditRepository(m_library->connection()).mentionCounts().value(trump), 4);
    }

    void variantAndSurnameJoinedInOneImportLeaveEverySetNamingThePerson()
    {
        // One import, one end-of-import join: "Donald J. Trump" joins "Donald Trump" (a variant),
        // "Trump" joins him too (a surname). An article naming all three forms, and one naming the
        // variant only, then name him alone, in their mentions and as the quote's speaker.
        SourceDocument document;
        document.articles << fullName();
        document.articles << ArticleBuilder(QStringLiteral("\"We will win,\" Trump said. Donald J. Trump and Donald "
                                                           "Trump left."))
                                 .quote(QStringLiteral("Trump"), QStringLiteral("Trump"))
                                 .entity(QStringLiteral("Donald J. Trump"), QStringLiteral("Donald J. Trump"))
                                 .entity(QStringLiteral("Donald Trump"), QStringLiteral("Donald Trump"))
                                 .source();
        document.articles << ArticleBuilder(QStringLiteral("Donald J. Trump spoke in Ohio."))
                                 .entity(QStringLiteral("Donald J. Trump"), QStringLiteral("Donald J. Trump"))
                                 .source();
        Importer importer(*m_library);
        const QList<ImportOutcome> outcomes = importer.importDocument(document);
        QCOMPARE(outcomes.size(), 3);

        const QList<Entity> people = persons();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Donald Trump"));
        const qint64 trump = people.first().id;
        for (const ImportOutcome &o : outcomes) {
            for (const Mention &m : m_library->entities().mentionsOf(o.articleId))
                QCOMPARE(m.entityId, trump);
        }
        QCOMPARE(m_library->entities().mentionsOf(outcomes.at(1).articleId).size(), 2);
        QCOMPARE(m_library->entities().mentionsOf(outcomes.at(2).articleId).size(), 1);
        const QList<Quote> quotes = m_library->quotes().ofArticle(outcomes.at(1).articleId);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().speakerEntityId, trump);
        QCOMPARE(EntityEditRepository(m_library->connection()).mentionCounts().value(trump), 6);
    }

    void suggestionsAnEditorTurnedIntoRowsJoinToo()
    {
        Importer importer(*m_library);
        const qint64 b = importer.importArticle(surnameOnly()).articleId;
        // The editor confirms the mention: the article's suggestions become rows.
        const Mention mention = m_library->entities().mentionsOf(b).first();
        EntityEditRepository(m_library->connection()).setMentionStatus(mention.id, ReviewStatus::Confirmed);
        importer.importArticle(fullName());

        const QList<Entity> people = persons();
        QCOMPARE(people.size(), 1);
        const QList<Mention> after = m_library->entities().mentionsOf(b);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().entityId, people.first().id);
        QVERIFY(after.first().status == ReviewStatus::Confirmed);
        QCOMPARE(m_library->quotes().ofArticle(b).first().speakerEntityId, people.first().id);
    }

    void aSurnameOfTwoPeopleStaysApart()
    {
        Importer importer(*m_library);
        importer.importArticle(ArticleBuilder(QStringLiteral("Hillary Clinton spoke. Clinton left."))
                                   .entity(QStringLiteral("Hillary Clinton"), QStringLiteral("Hillary Clinton"))
                                   .entity(QStringLiteral("Clinton"), QStringLiteral("Hillary Clinton"))
                                   .source());
        importer.importArticle(ArticleBuilder(QStringLiteral("Bill Clinton spoke. Clinton stayed."))
                                   .entity(QStringLiteral("Bill Clinton"), QStringLiteral("Bill Clinton"))
                                   .entity(QStringLiteral("Clinton"), QStringLiteral("Bill Clinton"))
                                   .source());
        const qint64 c = importer
                             .importArticle(ArticleBuilder(QStringLiteral("Clinton won the state."))
                                                .entity(QStringLiteral("Clinton"), QStringLiteral("Clinton"))
                                                .source())
                             .articleId;
        // In the same import a surname of one person joins him.
        importer.importArticle(fullName(QStringLiteral("John"), QStringLiteral("Kasich")));
        importer.importArticle(surname(QStringLiteral("Kasich")));
        QCOMPARE(names(persons()),
                 QStringList({QStringLiteral("Bill Clinton"), QStringLiteral("Clinton"),
                              QStringLiteral("Hillary Clinton"), QStringLiteral("John Kasich")}));
        const std::optional<qint64> clinton = m_library->entities().idOf(QStringLiteral("Clinton"), EntityKind::Person);
        QCOMPARE(m_library->entities().mentionsOf(c).first().entityId, *clinton);
    }

    void aSecondPersonOfTheSurnameKeepsNewArticlesApart()
    {
        // One article names Hillary Clinton, and a feed brings nine that say "Clinton" only, one by
        // one: each joins her, the one Clinton the library knows.
        Importer importer(*m_library);
        importer.importArticle(ArticleBuilder(QStringLiteral("Hillary Clinton spoke. Clinton left."))
                                   .entity(QStringLiteral("Hillary Clinton"), QStringLiteral("Hillary Clinton"))
                                   .entity(QStringLiteral("Clinton"), QStringLiteral("Hillary Clinton"))
                                   .source());
        const qint64 hillary = *m_library->entities().idOf(QStringLiteral("Hillary Clinton"), EntityKind::Person);
        QList<qint64> joined;
        for (int i = 0; i < 9; ++i) {
            joined << importer
                          .importArticle(ArticleBuilder(QStringLiteral("Clinton won county %1.").arg(i))
                                             .entity(QStringLiteral("Clinton"), QStringLiteral("Clinton"))
                                             .source())
                          .articleId;
            QCOMPARE(m_library->entities().mentionsOf(joined.last()).first().entityId, hillary);
        }
        // Then Bill Clinton: a new article's "Clinton" may be either. The nine joined articles say
        // nothing of Hillary by name, so they don't make her the likelier one.
        importer.importArticle(ArticleBuilder(QStringLiteral("Bill Clinton spoke. Clinton stayed."))
                                   .entity(QStringLiteral("Bill Clinton"), QStringLiteral("Bill Clinton"))
                                   .entity(QStringLiteral("Clinton"), QStringLiteral("Bill Clinton"))
                                   .source());
        const qint64 c = importer
                             .importArticle(ArticleBuilder(QStringLiteral("Clinton won the state."))
                                                .entity(QStringLiteral("Clinton"), QStringLiteral("Clinton"))
                                                .source())
                             .articleId;

        const std::optional<qint64> clinton = m_library->entities().idOf(QStringLiteral("Clinton"), EntityKind::Person);
        QVERIFY(clinton);
        QCOMPARE(m_library->entities().mentionsOf(c).first().entityId, *clinton);
        for (qint64 a : std::as_const(joined)) // the joins made earlier stay
            QCOMPARE(m_library->entities().mentionsOf(a).first().entityId, hillary);
    }

    void theEditorsEntityIsTheTargetAndStaysAsItWas()
    {
        // The editor's "Donald Trump", named in one article; a suggested variant of his name in two.
        Importer importer(*m_library);
        importer.importArticle(fullName());
        const qint64 editors = *m_library->entities().idOf(QStringLiteral("Donald Trump"), EntityKind::Person);
        m_library->entities().setStatus(editors, ReviewStatus::Confirmed);
        for (const QString &where : {QStringLiteral("Ohio"), QStringLiteral("Iowa")})
            importer.importArticle(ArticleBuilder(QStringLiteral("Donald J. Trump spoke in %1. Trump left.").arg(where))
                                       .entity(QStringLiteral("Donald J. Trump"), QStringLiteral("Donald J. Trump"))
                                       .entity(QStringLiteral("Trump"), QStringLiteral("Donald J. Trump"))
                                       .source());
        const Entity before = *m_library->entities().find(editors);
        const qint64 b = importer.importArticle(surnameOnly()).articleId;

        QCOMPARE(m_library->entities().mentionsOf(b).first().entityId, editors);
        const Entity after = *m_library->entities().find(editors);
        QCOMPARE(after.name, before.name);
        QVERIFY(after.status == ReviewStatus::Confirmed);
        QCOMPARE(after.aliases, before.aliases); // "Trump" was one already
        // The variant of his name joined him too (NameVariantJoin), his name as the editor left it.
        QVERIFY(!m_library->entities().idOf(QStringLiteral("Donald J. Trump"), EntityKind::Person));
        QVERIFY(after.aliases.contains(QStringLiteral("Donald J. Trump")));
    }

    void theEditorsSurnameEntityIsNeverJoinedAway_data()
    {
        QTest::addColumn<ReviewStatus>("status");
        QTest::newRow("confirmed") << ReviewStatus::Confirmed;
        QTest::newRow("rejected") << ReviewStatus::Rejected;
    }
    void theEditorsSurnameEntityIsNeverJoinedAway()
    {
        QFETCH(ReviewStatus, status);
        Importer importer(*m_library);
        const qint64 b = importer.importArticle(surnameOnly()).articleId;
        importer.importArticle(surname(QStringLiteral("Kasich")));
        const qint64 trump = *m_library->entities().idOf(QStringLiteral("Trump"), EntityKind::Person);
        m_library->entities().setStatus(trump, status);
        importer.importArticle(fullName());
        importer.importArticle(fullName(QStringLiteral("John"), QStringLiteral("Kasich")));

        const std::optional<Entity> after = m_library->entities().find(trump);
        QVERIFY(after);
        QVERIFY(after->status == status);
        QCOMPARE(m_library->entities().mentionsOf(b).first().entityId, trump);
        // The suggested surname of the same import joins all the same.
        QCOMPARE(names(persons()),
                 QStringList({QStringLiteral("Donald Trump"), QStringLiteral("John Kasich"), QStringLiteral("Trump")}));
    }

    void aRejectedPersonIsNoTarget()
    {
        Importer importer(*m_library);
        importer.importArticle(fullName());
        const qint64 donald = *m_library->entities().idOf(QStringLiteral("Donald Trump"), EntityKind::Person);
        m_library->entities().setStatus(donald, ReviewStatus::Rejected);
        importer.importArticle(fullName(QStringLiteral("Donald J."), QStringLiteral("Trump")));
        const qint64 b = importer.importArticle(surnameOnly()).articleId;
        // The variant nobody rejected takes the surname; the rejected entity gets nothing.
        QCOMPARE(names(persons()), QStringList({QStringLiteral("Donald J. Trump"), QStringLiteral("Donald Trump")}));
        QVERIFY(m_library->entities().find(donald)->status == ReviewStatus::Rejected);
        QCOMPARE(m_library->entities().mentionsOf(b).first().entityId,
                 *m_library->entities().idOf(QStringLiteral("Donald J. Trump"), EntityKind::Person));
    }

private:
    QList<Entity> persons() const
    {
        QList<Entity> out;
        for (const Entity &e : m_library->entities().all()) {
            if (e.kind == EntityKind::Person)
                out << e;
        }
        return out;
    }
    static QStringList names(const QList<Entity> &entities)
    {
        QStringList out;
        for (const Entity &e : entities)
            out << e.name;
        out.sort();
        return out;
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestShortFormJoin)
#include "tst_shortformjoin.moc"
