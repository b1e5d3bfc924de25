#include "givenarticle.h"
#include "import/acronymjoin.h"
#include "import/importer.h"
#include "storage/entityrepository.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lede;

namespace {

constexpr EntityKind kOrg = EntityKind::Organization;

// "The FBI said so.": the acronym alone.
SourceArticle acronymOnly(const QString &acronym = QStringLiteral("FBI"))
{
    return ArticleBuilder(QStringLiteral("The %1 said so.").arg(acronym)).entity(acronym, acronym, kOrg).source();
}

// "The Federal Bureau of Investigation (FBI) agreed. The FBI left.": the analysis ties them.
SourceArticle tied(const QString &name = QStringLiteral("Federal Bureau of Investigation"),
                   const QString &acronym = QStringLiteral("FBI"))
{
    return ArticleBuilder(QStringLiteral("The %1 (%2) agreed. The %2 left.").arg(name, acronym))
        .entity(name, name, kOrg)
        .entity(acronym, name, kOrg)
        .entity(acronym, name, kOrg)
        .source();
}

} // namespace

// An organisation's acronym alone in one article ("FBI") joins the organisation another article
// ties it to ("Federal Bureau of Investigation (FBI)"), when the library ties it to one only.
class TestAcronymJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("a%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void standsFor_data()
    {
        QTest::addColumn<QString>("shortForm");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stands");
        QTest::newRow("initials") << QStringLiteral("FBI") << QStringLiteral("Federal Bureau of Investigation") << true;
        QTest::newRow("hyphenated") << QStringLiteral("TPP") << QStringLiteral("Trans-Pacific Partnership") << true;
        QTest::newRow("some initials") << QStringLiteral("ICE")
                                       << QStringLiteral("U.S. Immigration and Customs Enforcement") << true;
        QTest::newRow("with dots") << QStringLiteral("U.N.") << QStringLiteral("United Nations") << true;
        QTest::newRow("in capitals") << QStringLiteral("VERIZON") << QStringLiteral("Verizon") << true;
        QTest::newRow("the usual way, not capitals") << QStringLiteral("Verizon") << QStringLiteral("VERIZON") << false;
        QTest::newRow("a word of the name") << QStringLiteral("PAC") << QStringLiteral("Ready PAC") << false;
        QTest::newRow("no acronym") << QStringLiteral("Committee") << QStringLiteral("Senate Budget Committee")
                                    << false;
        QTest::newRow("letters out of order")
            << QStringLiteral("BIF") << QStringLiteral("Federal Bureau of Investigation") << false;
    }
    void standsFor()
    {
        QFETCH(QString, shortForm);
        QFETCH(QString, name);
        QFETCH(bool, stands);
        QCOMPARE(AcronymJoin::standsFor(shortForm, name), stands);
    }

    void anAcronymJoinsTheOrganisationItIsTiedTo_data()
    {
        QTest::addColumn<bool>("acronymFirst");
        QTest::newRow("acronym first") << true;
        QTest::newRow("full name first") << false;
    }
    void anAcronymJoinsTheOrganisationItIsTiedTo()
    {
        QFETCH(bool, acronymFirst);
        Importer importer(*m_library);
        const qint64 a = importer.importArticle(acronymFirst ? acronymOnly() : tied()).articleId;
        const qint64 b = importer.importArticle(acronymFirst ? tied() : acronymOnly()).articleId;
        const qint64 only = acronymFirst ? a : b;

        const QList<Entity> organisations = ofKind(kOrg);
        QCOMPARE(organisations.size(), 1);
        QCOMPARE(organisations.first().name, QStringLiteral("Federal Bureau of Investigation"));
        QCOMPARE(m_library->entities().mentionsOf(only).first().entityId, organisations.first().id);
    }

    void anAcronymOfTwoStaysApart()
    {
        Importer importer(*m_library);
        importer.importArticle(tied(QStringLiteral("Immigration and Customs Enforcement"), QStringLiteral("ICE")));
        importer.importArticle(tied(QStringLiteral("Institution of Civil Engineers"), QStringLiteral("ICE")));
        const qint64 c = importer.importArticle(acronymOnly(QStringLiteral("ICE"))).articleId;
        QCOMPARE(ofKind(kOrg).size(), 3);
        QCOMPARE(m_library->entities().mentionsOf(c).first().entityId,
                 *m_library->entities().idOf(QStringLiteral("ICE"), kOrg));
    }

    void theEditorsAcronymEntityStays()
    {
        Importer importer(*m_library);
        importer.importArticle(acronymOnly());
        const qint64 fbi = *m_library->entities().idOf(QStringLiteral("FBI"), kOrg);
        m_library->entities().setStatus(fbi, ReviewStatus::Confirmed);
        importer.importArticle(tied());
        QVERIFY(m_library->entities().find(fbi)->status == ReviewStatus::Confirmed);
        QCOMPARE(ofKind(kOrg).size(), 2);
    }

private:
    QList<Entity> ofKind(EntityKind kind) const
    {
        QList<Entity> out;
        for (const Entity &e : m_library->entities().all()) {
            if (e.kind == kind)
                out << e;
        }
        return out;
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestAcronymJoin)
#include "tst_acronymjoin.moc"
