#include "givenarticle.h"
#include "import/importer.h"
#include "import/namevariantjoin.h"
#include "storage/entityrepository.h"
#include "storage/library.h"
#include "storage/quoterepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lede;

namespace {

// "Donald J. Trump spoke in Ohio.": one mention of the name as written, its canonical name too.
SourceArticle naming(const QString &name, const QString &where = QStringLiteral("Ohio"))
{
    return ArticleBuilder(QStringLiteral("%1 spoke in %2.").arg(name, where)).entity(name, name).source();
}

// The same, and the surname: "Donald Trump spoke in Ohio. Later Trump left."
SourceArticle namingWithSurname(const QString &name, const QString &where = QStringLiteral("Ohio"))
{
    const QString surname = name.section(u' ', -1);
    return ArticleBuilder(QStringLiteral("%1 spoke in %2. Later %3 left.").arg(name, where, surname))
        .entity(name, name)
        .entity(surname, name)
        .source();
}

} // namespace

// Spelling variants of one person's full name ("Donald J. Trump", "DONALD TRUMP") join one entity
// across the library, whatever order the articles come in; two people whose names differ in the
// middle ("George W." and "George H.W. Bush") and a Jr. stay apart; the editor's entities are kept.
class TestNameVariantJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("v%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void whichFormsJoin_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("joined"); // "from>into"
        const auto l = [](std::initializer_list<const char16_t *> s) {
            QStringList out;
            for (const char16_t *w : s)
                out << QString::fromUtf16(w);
            return out;
        };
        QTest::newRow("middle initial") << l({u"Donald J. Trump", u"Donald Trump"})
                                        << l({u"Donald J. Trump>Donald Trump"});
        QTest::newRow("middle name") << l({u"Hillary Rodham Clinton", u"Hillary Clinton"})
                                     << l({u"Hillary Rodham Clinton>Hillary Clinton"});
        QTest::newRow("capitals, no-break space, possessive")
            << l({u"DONALD TRUMP", u"Donald\u00A0Trump", u"Donald Trump\u2019s", u"Donald Trump"})
            << l({u"DONALD TRUMP>Donald Trump", u"Donald\u00A0Trump>Donald Trump",
                  u"Donald Trump\u2019s>Donald Trump"});
        QTest::newRow("initial and name") << l({u"Franklin D. Roosevelt", u"Franklin Delano Roosevelt"})
                                          << l({u"Franklin D. Roosevelt>Franklin Delano Roosevelt"});
        QTest::newRow("initials with and without dots")
            << l({u"George H.W. Bush", u"George HW Bush"}) << l({u"George HW Bush>George H.W. Bush"});
        QTest::newRow("two people in the middle")
            << l({u"George Bush", u"George W. Bush", u"George H.W. Bush"}) << QStringList();
        QTest::newRow("two middle names") << l({u"John F. Kerry", u"John R. Kerry"}) << QStringList();
        QTest::newRow("junior") << l({u"Donald Trump", u"Donald Trump Jr."}) << QStringList();
        QTest::newRow("other first name") << l({u"Bill Clinton", u"Hillary Clinton"}) << QStringList();
        QTest::newRow("headline, no name")
            << l({u"Ted Cruz", u"Ted Cruz Apologizes To Ben Carson For Telling Supporters Ted Cruz"}) << QStringList();
    }
    void whichFormsJoin()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, joined);
        QList<EntityJoinRepository::Named> forms;
        for (const QString &n : names)
            forms.append({forms.size() + 1, n, ReviewStatus::Suggested, {n}});
        QStringList got;
        for (const auto &[from, into] : NameVariantJoin::joinsFor(forms))
            got << forms.at(from - 1).name + u'>' + forms.at(into - 1).name;
        got.sort();
        joined.sort();
        QCOMPARE(got, joined);
    }

    void variantsBecomeOnePersonInAnyOrder_data()
    {
        QTest::addColumn<QStringList>("names");
        const QString j = QStringLiteral("Donald J. Trump");
        const QString plain = QStringLiteral("Donald Trump");
        const QString caps = QStringLiteral("DONALD TRUMP");
        QTest::newRow("plain first") << QStringList {plain, j, caps};
        QTest::newRow("initial first") << QStringList {j, caps, plain};
        QTest::newRow("capitals first") << QStringList {caps, plain, j};
    }
    void variantsBecomeOnePersonInAnyOrder()
    {
        QFETCH(QStringList, names);
        Importer importer(*m_library);
        QList<qint64> articles;
        for (const QString &n : std::as_const(names)) // one import each, as a feed brings them
            articles << importer.importArticle(naming(n)).articleId;

        const QList<Entity> people = persons();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Donald Trump"));
        for (const QString &n : std::as_const(names))
            QVERIFY2(people.first().aliases.contains(n), qPrintable(n));
        for (qint64 a : std::as_const(articles))
            QCOMPARE(m_library->entities().mentionsOf(a).first().entityId, people.first().id);
    }

    void aSpeakerVariantJoinsWithItsQuote()
    {
        Importer importer(*m_library);
        importer.importArticle(naming(QStringLiteral("Hillary Clinton")));
        const qint64 b =
            importer
                .importArticle(
                    ArticleBuilder(QStringLiteral("\"We are stronger together,\" Hillary Rodham Clinton said."))
                        .quote(QStringLiteral("Hillary Rodham Clinton"), QStringLiteral("Hillary Rodham Clinton"))
                        .source())
                .articleId;
        const QList<Entity> people = persons();
        QCOMPARE(names(people), QStringList {QStringLiteral("Hillary Clinton")});
        QCOMPARE(m_library->quotes().ofArticle(b).first().speakerEntityId, people.first().id);
    }

    void differentPeopleStayApart()
    {
        SourceDocument document; // one import
        for (const QString &n :
             {QStringLiteral("George Bush"), QStringLiteral("George W. Bush"), QStringLiteral("George H.W. Bush"),
              QStringLiteral("Donald Trump"), QStringLiteral("Donald Trump Jr.")})
            document.articles << naming(n);
        Importer(*m_library).importDocument(document);
        QCOMPARE(names(persons()),
                 QStringList({QStringLiteral("Donald Trump"), QStringLiteral("Donald Trump Jr."),
                              QStringLiteral("George Bush"), QStringLiteral("George H.W. Bush"),
                              QStringLiteral("George W. Bush")}));
    }

    void aJoinMadeEarlierKeepsASecondPersonApart()
    {
        // "George Bush" and "George W. Bush" were one person while the library knew only him; the
        // articles of that join stay his, and "George H.W. Bush", arriving later, stays apart.
        Importer importer(*m_library);
        const qint64 a = importer.importArticle(naming(QStringLiteral("George Bush"))).articleId;
        const qint64 b = importer.importArticle(naming(QStringLiteral("George W. Bush"))).articleId;
        QCOMPARE(names(persons()), QStringList {QStringLiteral("George Bush")});
        const qint64 c = importer.importArticle(naming(QStringLiteral("George H.W. Bush"))).articleId;

        QCOMPARE(names(persons()), QStringList({QStringLiteral("George Bush"), QStringLiteral("George H.W. Bush")}));
        const qint64 george = *m_library->entities().idOf(QStringLiteral("George Bush"), EntityKind::Person);
        QCOMPARE(m_library->entities().mentionsOf(a).first().entityId, george);
        QCOMPARE(m_library->entities().mentionsOf(b).first().entityId, george);
        QVERIFY(m_library->entities().mentionsOf(c).first().entityId != george);
    }

    void theEditorsEntityIsTheTargetAndKeepsItsName()
    {
        Importer importer(*m_library);
        importer.importArticle(naming(QStringLiteral("Donald J. Trump")));
        const qint64 editors = *m_library->entities().idOf(QStringLiteral("Donald J. Trump"), EntityKind::Person);
        m_library->entities().setStatus(editors, ReviewStatus::Confirmed);
        const qint64 b = importer.importArticle(naming(QStringLiteral("Donald Trump"))).articleId;

        const QList<Entity> people = persons();
        QCOMPARE(names(people), QStringList {QStringLiteral("Donald J. Trump")});
        QVERIFY(people.first().status == ReviewStatus::Confirmed);
        QCOMPARE(m_library->entities().mentionsOf(b).first().entityId, editors);
    }

    void twoConfirmedEntitiesOfOneNameLeaveTheVariantsApart()
    {
        for (const QString &n : {QStringLiteral("Donald J. Trump"), QStringLiteral("Donald John Trump")})
            m_library->entities().setStatus(m_library->entities().ensure(n, EntityKind::Person),
                                            ReviewStatus::Confirmed);
        Importer(*m_library).importArticle(naming(QStringLiteral("Donald Trump")));
        QCOMPARE(persons().size(), 3);
    }

    void aRejectedEntityIsNeitherJoinedNorATarget()
    {
        Importer importer(*m_library);
        importer.importArticle(naming(QStringLiteral("Donald Trump")));
        const qint64 rejected = *m_library->entities().idOf(QStringLiteral("Donald Trump"), EntityKind::Person);
        m_library->entities().setStatus(rejected, ReviewStatus::Rejected);
        importer.importArticle(naming(QStringLiteral("Donald J. Trump")));
        importer.importArticle(naming(QStringLiteral("DONALD TRUMP")));

        QCOMPARE(names(persons()), QStringList({QStringLiteral("Donald J. Trump"), QStringLiteral("Donald Trump")}));
        QVERIFY(m_library->entities().find(rejected)->status == ReviewStatus::Rejected);
        QCOMPARE(m_library->entities().find(rejected)->aliases, QStringList {QStringLiteral("Donald Trump")});
    }

    void aSurnameFindsTheJoinedPerson()
    {
        // Without the variants joined first, "Trump" had two entities to choose from.
        Importer importer(*m_library);
        importer.importArticle(namingWithSurname(QStringLiteral("Donald J. Trump")));
        importer.importArticle(namingWithSurname(QStringLiteral("Donald Trump"), QStringLiteral("Iowa")));
        const qint64 c = importer
                             .importArticle(ArticleBuilder(QStringLiteral("Trump won the state."))
                                                .entity(QStringLiteral("Trump"), QStringLiteral("Trump"))
                                                .source())
                             .articleId;
        const QList<Entity> people = persons();
        QCOMPARE(names(people), QStringList {QStringLiteral("Donald Trump")});
        QCOMPARE(m_library->entities().mentionsOf(c).first().entityId, people.first().id);
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

QTEST_GUILESS_MAIN(TestNameVariantJoin)
#include "tst_namevariantjoin.moc"
