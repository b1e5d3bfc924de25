// The edges and kinds of names that a word list alone gets wrong: particles ("Le Pen",
// "al-Assad"), connectors inside organisations' names, honorifics, given names before dictionary
// words, firms joined by "&", doctrines and holidays (lib/analysis/entityrecognizer.cpp,
// entityclassifier.cpp, entitycues.cpp, namecontext.cpp).
#include "analysis/analyzer.h"
#include "analysis/coreference.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/sentencesplitter.h"
#include "analysis/tokenizer.h"
#include "entitytestsupport.h"

#include <QTest>

using namespace lede;

class TstEntityNames : public QObject
{
    Q_OBJECT
private:
    // Every mention of the body as "text=kind", after coreference settled the kinds.
    static QStringList mentions(const QString &body)
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/entitynames-countries.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entitynames-regions.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entitynames-words.txt"));
        return entitytest::mentions(gazetteer, body, entitytest::Names::KindOnly);
    }
    static QString is(const QString &text, EntityKind kind) { return entitytest::is(text, kind); }
    static bool mentioned(const QStringList &found, const QString &text) { return entitytest::mentioned(found, text); }

private Q_SLOTS:
    void particlesOpenAPersonsName()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, Le Pen said so."))
                    .contains(is(QStringLiteral("Le Pen"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("The fate of Bashar al-Assad is unclear."))
                    .contains(is(QStringLiteral("Bashar al-Assad"), EntityKind::Person)));
    }
    void aRomanceArticleOpensABodyUnlessAPersonIsNamedInFull()
    {
        QCOMPARE(mentions(QStringLiteral("He spoke to La Raza in May. La Raza cheered."))
                     .count(is(QStringLiteral("La Raza"), EntityKind::Organization)),
                 2);
        const QStringList f = mentions(QStringLiteral("Later, Marine Le Pen spoke. On Monday, Le Pen said no."));
        QVERIFY(f.contains(is(QStringLiteral("Marine Le Pen"), EntityKind::Person)));
        // The full name writes "Le" with its capital too: the particle stays ("de Blasio" below).
        QVERIFY(f.contains(is(QStringLiteral("Le Pen"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("Pen")));
    }
    void aParticleOpeningASentenceLeavesTheSurnameOfAFullerName()
    {
        const QStringList f = mentions(QStringLiteral("Mayor Bill de Blasio spoke. De Blasio said no."));
        QVERIFY(f.contains(is(QStringLiteral("Blasio"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("De Blasio")));
    }
    void anOrganisationsHeadWordKeepsItsFirstWordAtASentenceStart()
    {
        QVERIFY(mentions(QStringLiteral("Judicial Watch has sued the department."))
                    .contains(is(QStringLiteral("Judicial Watch"), EntityKind::Organization)));
    }
    void connectorsInsideAnOrganisationsName()
    {
        QVERIFY(mentions(QStringLiteral("He spoke at the Center for Strategic and International Studies."))
                    .contains(is(QStringLiteral("Center for Strategic and International Studies"),
                                 EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("She joined the Coalition for the Homeless in May."))
                    .contains(is(QStringLiteral("Coalition for the Homeless"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("He led the Clinton Global Initiative for years."))
                    .contains(is(QStringLiteral("Clinton Global Initiative"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("They spoke of the War on Terror again."))
                    .contains(is(QStringLiteral("War on Terror"), EntityKind::Event)));
        // After a body's "of", dictionary words on both sides of "and" name what the body is of.
        const QStringList f = mentions(
            QStringLiteral("For two years he ran the Department of Housing and Urban Development in the capital."));
        QVERIFY2(
            f.contains(is(QStringLiteral("Department of Housing and Urban Development"), EntityKind::Organization)),
            qPrintable(f.join(u'|')));
        // A name after "and" is a second body's.
        QVERIFY(!mentioned(mentions(QStringLiteral("He taught at the University of Harborville and Carnegie Mellon.")),
                           QStringLiteral("University of Harborville and Carnegie Mellon")));
    }
    void andBeforeABodyWithItsOwnConnectorStartsANewName()
    {
        const QStringList f =
            mentions(QStringLiteral("He spoke at the Center for Public Progress and Americans for Safer Streets."));
        QVERIFY2(f.contains(is(QStringLiteral("Center for Public Progress"), EntityKind::Organization)),
                 qPrintable(f.join(u'|')));
        QVERIFY2(mentioned(f, QStringLiteral("Americans for Safer Streets")), qPrintable(f.join(u'|')));
        // A people's word dropped from the end takes the "and" that joined it along.
        const QStringList g = mentions(QStringLiteral("He spoke at the Center for Public Progress and Americans."));
        QVERIFY2(g.contains(is(QStringLiteral("Center for Public Progress"), EntityKind::Organization)),
                 qPrintable(g.join(u'|')));
        QVERIFY2(!mentioned(g, QStringLiteral("Center for Public Progress and")), qPrintable(g.join(u'|')));
    }
    void andBeforeAFirstNameStartsANewName()
    {
        const QStringList f = mentions(QStringLiteral("Later, Cooper and Martha Raddatz of ABC News moderated."));
        QVERIFY(f.contains(is(QStringLiteral("Martha Raddatz"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("ABC News"), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Cooper and Martha Raddatz of ABC News")));
    }
    void anAmpersandJoinsFirmsNotPeople()
    {
        QVERIFY(mentions(QStringLiteral("She was a partner at Cushman & Wakefield then."))
                    .contains(is(QStringLiteral("Cushman & Wakefield"), EntityKind::Organization)));
        const QStringList f = mentions(QStringLiteral("Later, Rudy Giuliani & Sen. Jeff Sessions arrived."));
        QVERIFY(f.contains(is(QStringLiteral("Rudy Giuliani"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Jeff Sessions"), EntityKind::Person)));
    }
    void aPlaceBeforeATitleWithItsPlaceWord()
    {
        const QStringList f = mentions(QStringLiteral("He met former New York City Mayor Ann Lee in June."));
        QVERIFY(f.contains(is(QStringLiteral("New York City"), EntityKind::Place)));
        QVERIFY(f.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
    }
    void aTitleBeforeAFirstNameOutweighsAHeadWord()
    {
        QVERIFY(mentions(QStringLiteral("In May, Gov. Nathan Deal vowed to act."))
                    .contains(is(QStringLiteral("Nathan Deal"), EntityKind::Person)));
    }
    void whatATitleIsOfIsNoPerson()
    {
        const QStringList f = mentions(QStringLiteral("Beau Biden, the former Attorney General of Georgia, died."));
        QVERIFY(f.contains(is(QStringLiteral("Georgia"), EntityKind::Place)));
        QVERIFY(!f.contains(is(QStringLiteral("Georgia"), EntityKind::Person)));
    }
    void anHonorificMakesAPerson()
    {
        QVERIFY(mentions(QStringLiteral("He was glad to chat with Mr. Chesky about it."))
                    .contains(is(QStringLiteral("Chesky"), EntityKind::Person)));
    }
    void aGivenNameBeforeADictionaryWordIsAPerson()
    {
        QVERIFY(mentions(QStringLiteral("He managed stars like Charlie Sheen in 1990."))
                    .contains(is(QStringLiteral("Charlie Sheen"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("He sold coal to Marla Energy in May."))
                    .contains(is(QStringLiteral("Marla Energy"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("Crowds cheered at Yankee Stadium on Sunday."))
                    .contains(is(QStringLiteral("Yankee Stadium"), EntityKind::Place)));
    }
    void aCompanyHasPlants()
    {
        const QStringList f = mentions(QStringLiteral("He toured a Carrier plant. Carrier said it would stay."));
        QCOMPARE(f.count(is(QStringLiteral("Carrier"), EntityKind::Organization)), 2);
    }
    void doctrinesPeoplesAndHolidaysAreNoEntities()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Communism fell and Islamophobia grew."));
        QVERIFY(!mentioned(f, QStringLiteral("Communism")));
        QVERIFY(!mentioned(f, QStringLiteral("Islamophobia")));
        QVERIFY(!mentioned(mentions(QStringLiteral("He met the Azerbaijani leader.")), QStringLiteral("Azerbaijani")));
        QVERIFY(mentions(QStringLiteral("They met at Christmas in Paris."))
                    .contains(is(QStringLiteral("Christmas"), EntityKind::Event)));
    }
    void aPeoplesWordWrittenAfterAFirstNameIsASurname()
    {
        // Where a verb, a comma or a possessive follows it; before a noun it still describes.
        const QStringList f = mentions(
            QStringLiteral("Mark Cuban owns a team. Cuban said he would not run, and Cuban's fans cheered. Cuban "
                           "exiles protested. Asked again, Cuban demurred."));
        QCOMPARE(f.count(is(QStringLiteral("Cuban"), EntityKind::Person)), 3);
        QVERIFY(!mentioned(mentions(QStringLiteral("Ann Cole met Virginia Democrats. Democrats said no.")),
                           QStringLiteral("Democrats")));
    }
    void shortNamesOfMedia()
    {
        QVERIFY(mentions(QStringLiteral("He appeared on RT in May."))
                    .contains(is(QStringLiteral("RT"), EntityKind::Organization)));
        QVERIFY(!mentioned(mentions(QStringLiteral("RT @ann: what a night")), QStringLiteral("RT")));
        QVERIFY(mentions(QStringLiteral("He told USA Today about it."))
                    .contains(is(QStringLiteral("USA Today"), EntityKind::Organization)));
    }
    void brokenEncodingMakesNoName()
    {
        const QString body =
            QStringLiteral("He was held at Guant") + QChar(0xC3) + QChar(0xA1) + QStringLiteral("namo Bay, Cuba.");
        QVERIFY(!mentioned(mentions(body), QStringLiteral("Guant") + QChar(0xC3)));
    }
};

QTEST_GUILESS_MAIN(TstEntityNames)
#include "tst_entitynames.moc"
