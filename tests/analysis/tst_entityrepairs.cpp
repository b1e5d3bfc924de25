// Names an editor would see wrong in the sidebar, each from a general cause: words mojibake broke
// into pieces, a first name an obscure subdivision shares, peoples named by colour, polar regions,
// a particle the full name writes with its capital, a word capitalised only to open sentences
// (and a place a list knows that opens one with such a word),
// titles inside names, and deities, diseases, rooms and towers taken for people or bodies
// (lib/analysis/brokenwords.cpp, entityclassifier.cpp, entityrecognizer.cpp, namecontext.cpp,
// wordlists.cpp, entitycues.cpp).
#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "entitytestsupport.h"

#include <QTest>

using namespace lede;

class TstEntityRepairs : public QObject
{
    Q_OBJECT
private:
    static QStringList mentions(const QString &body)
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/entityrepairs-countries.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entityrepairs-regions.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entityrepairs-words.txt"));
        return entitytest::mentions(gazetteer, body, entitytest::Names::KindOnly);
    }
    static QString is(const QString &text, EntityKind kind) { return entitytest::is(text, kind); }
    static bool mentioned(const QStringList &found, const QString &text) { return entitytest::mentioned(found, text); }

private Q_SLOTS:
    void aWordMojibakeBrokeIsOneName()
    {
        // "Peña" written as UTF-8 read as Latin-1.
        const QString pena = QStringLiteral("Pe") + QChar(0xC3) + QChar(0xB1) + u'a';
        const QStringList f = mentions(QStringLiteral("President Enrique %1 Nieto met them.").arg(pena));
        QVERIFY2(f.contains(is(QStringLiteral("Enrique %1 Nieto").arg(pena), EntityKind::Person)),
                 qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Enrique Pe") + QChar(0xC3)));
        QVERIFY(!mentioned(f, QStringLiteral("Nieto")));
    }
    void aDecomposedBrokenWordKeepsItsDigitsAndCapitals()
    {
        // "Gülen" after mojibake and a normaliser: "GA", a combining tilde, "1⁄4len".
        const QString gulen = QStringLiteral("GA") + QChar(0x0303) + u'1' + QChar(0x2044) + QStringLiteral("4len");
        const QStringList f = mentions(QStringLiteral("They met a cleric named Fethullah %1, who lives here. "
                                                      "They met %1 too.")
                                           .arg(gulen));
        QVERIFY2(f.contains(is(QStringLiteral("Fethullah ") + gulen, EntityKind::Person)), qPrintable(f.join(u'|')));
        // The piece before the fraction slash is no name of its own, and the whole is no code.
        QVERIFY(!mentioned(f, gulen.left(4)));
        QVERIFY(mentioned(f, gulen));
    }
    void aFirstNameThatOnlyAFarSubdivisionSharesIsAPerson()
    {
        const QStringList f = mentions(QStringLiteral("\u201CI like Paul, but not now,\u201D she said."));
        QVERIFY2(f.contains(is(QStringLiteral("Paul"), EntityKind::Person)), qPrintable(f.join(u'|')));
        // A state a curated list knows stays a place, first name or not.
        QVERIFY(mentions(QStringLiteral("They voted early in Virginia."))
                    .contains(is(QStringLiteral("Virginia"), EntityKind::Place)));
    }
    void aRegionIsTheObjectOfAVerbWithItsSubject()
    {
        const QStringList f = mentions(QStringLiteral("If one adds Nebraska, they win."));
        QVERIFY2(f.contains(is(QStringLiteral("Nebraska"), EntityKind::Place)), qPrintable(f.join(u'|')));
        // In inverted order the verb still makes a speaker of a region's name.
        QVERIFY(mentions(QStringLiteral("\u201CNo,\u201D said Bolton."))
                    .contains(is(QStringLiteral("Bolton"), EntityKind::Person)));
    }
    void peoplesNamedByColourAreNoEntities()
    {
        const QStringList f = mentions(QStringLiteral("Polls say Blacks and Whites voted early."));
        QVERIFY2(!mentioned(f, QStringLiteral("Blacks")), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Whites")));
    }
    void aPeoplesPluralIsNoEntity()
    {
        // The word list has "sunni" and "turk"; their plurals name groups too.
        const QStringList f = mentions(QStringLiteral("Polls say Sunnis and Turks voted early."));
        QVERIFY2(!mentioned(f, QStringLiteral("Sunnis")), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Turks")));
        // A country named in the plural stays a place.
        QVERIFY(mentions(QStringLiteral("They voted early in the Philippines."))
                    .contains(is(QStringLiteral("Philippines"), EntityKind::Place)));
    }
    void thePolarRegionsArePlaces()
    {
        const QStringList f = mentions(QStringLiteral("They drilled in Arctic waters."));
        QVERIFY2(f.contains(is(QStringLiteral("Arctic"), EntityKind::Place)), qPrintable(f.join(u'|')));
    }
    void aParticleWrittenWithItsCapitalStaysInTheName()
    {
        const QStringList f = mentions(QStringLiteral("Marine Le Pen spoke on Monday. Le Pen said it was over."));
        QVERIFY2(f.contains(is(QStringLiteral("Le Pen"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Pen")));
    }
    void aTranscriptsTurnIsLabelledWithASpeaker()
    {
        const QStringList f = mentions(
            QStringLiteral("Partial transcript follows.\n\n\"WALLACE: Let us start.\n\n\"(CROSSTALK.)\n\nZORN: Me?"));
        QVERIFY2(f.contains(is(QStringLiteral("WALLACE"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("ZORN"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("CROSSTALK")));
        QVERIFY(!mentioned(f, QStringLiteral("Me")));
        // Capitals with a colon inside a paragraph are no turn.
        QVERIFY(!mentions(QStringLiteral("They met the ZORN: a body."))
                     .contains(is(QStringLiteral("ZORN"), EntityKind::Person)));
    }
    void aMiddleInitialBeforeTheLastWordMakesAPerson()
    {
        // "Tribe" heads bodies ("the Seminole Tribe"); after a middle initial it is a surname.
        const QStringList f = mentions(QStringLiteral("Another critic, Laurence H. Tribe, likened the rules to it."));
        QVERIFY2(f.contains(is(QStringLiteral("Laurence H. Tribe"), EntityKind::Person)), qPrintable(f.join(u'|')));
    }
    void aHolidaysNameIsOneEvent()
    {
        const QStringList f = mentions(QStringLiteral("Labor Day is over. They met on New Year\u2019s Eve."));
        QVERIFY2(f.contains(is(QStringLiteral("Labor Day"), EntityKind::Event)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("New Year\u2019s Eve"), EntityKind::Event)));
        QVERIFY(!mentioned(f, QStringLiteral("Day")));
        QVERIFY(!mentioned(f, QStringLiteral("Eve")));
        // A particle inside makes no person of a holiday's name.
        QVERIFY(mentions(QStringLiteral("They met on Cinco de Mayo."))
                    .contains(is(QStringLiteral("Cinco de Mayo"), EntityKind::Event)));
    }
    void thePlanetIsAPlace()
    {
        const QStringList f = mentions(QStringLiteral("The warming will alter the Earth's climate."));
        QVERIFY2(f.contains(is(QStringLiteral("Earth"), EntityKind::Place)), qPrintable(f.join(u'|')));
    }
    void aPhotoCreditNamesThePhotographer()
    {
        // "Countess" is a dictionary word, which would make a body of the name elsewhere.
        const QStringList f =
            mentions(QStringLiteral("The crowd cheered.\n\nJemal Countess via Getty Images.\n\nThen he spoke."));
        QVERIFY2(f.contains(is(QStringLiteral("Jemal Countess"), EntityKind::Person)), qPrintable(f.join(u'|')));
    }
    void aPeoplesPluralBeforeForNamesAGroup()
    {
        const QStringList f = mentions(QStringLiteral("He ran a project for Americans for Prosperity in May."));
        QVERIFY2(f.contains(is(QStringLiteral("Americans for Prosperity"), EntityKind::Organization)),
                 qPrintable(f.join(u'|')));
    }
    void aWordLeftAloneByAPartyWordIsNoName()
    {
        const QStringList f = mentions(QStringLiteral("They met. Establishment Republicans are angry."));
        QVERIFY2(!mentioned(f, QStringLiteral("Establishment")), qPrintable(f.join(u'|')));
        // A name the article capitalises inside a sentence too stays one.
        QVERIFY(mentioned(mentions(QStringLiteral("Young Republicans are angry. They met Young.")),
                          QStringLiteral("Young")));
    }
    void aWordCapitalisedOnlyToOpenSentencesIsNoName()
    {
        const QStringList f =
            mentions(QStringLiteral("Superdelegates are party leaders. The superdelegates vote too."));
        QVERIFY2(!mentioned(f, QStringLiteral("Superdelegates")), qPrintable(f.join(u'|')));
        // Without the small spelling the capital may be a name's.
        QVERIFY(mentioned(mentions(QStringLiteral("Zentrix spoke. They met.")), QStringLiteral("Zentrix")));
    }
    void aTitleTheListsLackedStaysOutOfTheName()
    {
        const QStringList f = mentions(QStringLiteral("Sec. John Kerry met them. Then Alderman Jason Ervin spoke, "
                                                      "and Then-Sen. Clinton voted."));
        QVERIFY2(f.contains(is(QStringLiteral("John Kerry"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Jason Ervin"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Clinton"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("Sec. John Kerry")));
        QVERIFY(!mentioned(f, QStringLiteral("Alderman Jason Ervin")));
        QVERIFY(!mentioned(f, QStringLiteral("Then-Sen. Clinton")));
        QVERIFY(mentions(QStringLiteral("They met Editor-in-Chief Ben Smith."))
                    .contains(is(QStringLiteral("Ben Smith"), EntityKind::Person)));
    }
    void aStatesShortFormThatIsATitleTooStaysTheState()
    {
        const QStringList f = mentions(QStringLiteral("He lives in Dover, Del., with them. Del. Marcia Price voted."));
        QVERIFY2(f.contains(is(QStringLiteral("Del."), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Marcia Price"), EntityKind::Person)));
    }
    void aPlaceALowerCaseTitleIsOfIsNoSurname()
    {
        const QStringList f = mentions(QStringLiteral("He met the mayor of Los Angeles on Monday."));
        QVERIFY2(f.contains(is(QStringLiteral("Los Angeles"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Angeles")));
        // A town no list knows, whose name opens with a place's word, is not its mayor's surname.
        const QStringList g = mentions(QStringLiteral("\"Yes,\" said Ann Lee, the mayor of Fort Pierce."));
        QVERIFY2(g.contains(is(QStringLiteral("Fort Pierce"), EntityKind::Place)), qPrintable(g.join(u'|')));
        QVERIFY(!mentioned(g, QStringLiteral("Pierce")));
    }
    void deitiesDiseasesAndScalesAreNoEntities()
    {
        const QStringList f =
            mentions(QStringLiteral("They thanked God for the Zika funding on a day of 90 degrees Fahrenheit."));
        QVERIFY2(!mentioned(f, QStringLiteral("God")), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Zika")));
        QVERIFY(!mentioned(f, QStringLiteral("Fahrenheit")));
    }
    void aConfederateFlagOnBroadwayNamesNoPerson()
    {
        const QStringList f = mentions(QStringLiteral("They waved a Confederate flag on Broadway."));
        QVERIFY2(!mentioned(f, QStringLiteral("Confederate")), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Broadway"), EntityKind::Place)));
    }
    void roomsAndTowersArePlaces()
    {
        const QStringList f = mentions(QStringLiteral("They met in the Situation Room and then at Trump Tower."));
        QVERIFY2(f.contains(is(QStringLiteral("Situation Room"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Trump Tower"), EntityKind::Place)));
    }
    void aMonthAfterAFirstNameIsTheSurname()
    {
        const QStringList f =
            mentions(QStringLiteral("Theresa May met Brian May in London. They meet again on May 5."));
        QVERIFY2(f.contains(is(QStringLiteral("Theresa May"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Brian May"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("May")));
        QVERIFY(!mentioned(f, QStringLiteral("Theresa")));
    }
    void britishPartiesAreOrganisations()
    {
        const QStringList f = mentions(QStringLiteral("Labour's spokesman, Tom Reid, said the Tories and the SNP "
                                                      "lost seats."));
        QVERIFY2(f.contains(is(QStringLiteral("Labour"), EntityKind::Organization)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Tories"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("SNP"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Tom Reid"), EntityKind::Person)));
    }
    void aPartyNamedForItsMembersIsAnOrganisation()
    {
        const QStringList f = mentions(QStringLiteral("Voters in the Deep South backed the Liberal Democrats."));
        QVERIFY2(f.contains(is(QStringLiteral("Liberal Democrats"), EntityKind::Organization)),
                 qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Deep South"), EntityKind::Place)));
        // Members of a party are a group, not an organisation's name.
        QVERIFY(!mentioned(mentions(QStringLiteral("Democrats and Republicans agreed.")), QStringLiteral("Democrats")));
    }
    void lawsNamedWithOfOrOpeningWithNo()
    {
        const QStringList f = mentions(QStringLiteral("The Bill of Rights and the Treaty of Versailles outlived the No "
                                                      "Child Left Behind Act."));
        QVERIFY2(f.contains(is(QStringLiteral("Bill of Rights"), EntityKind::Law)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Treaty of Versailles"), EntityKind::Law)));
        QVERIFY(f.contains(is(QStringLiteral("No Child Left Behind Act"), EntityKind::Law)));
        // "No" opening a sentence before other names is still no part of them.
        QVERIFY(
            !mentioned(mentions(QStringLiteral("No Democrats voted for Ann Lee.")), QStringLiteral("No Democrats")));
    }
    void aPlaceAndAPartyLabelThePersonAfterThem()
    {
        const QStringList f = mentions(QStringLiteral("Missouri Republican Roy Blunt and Texas Democrat Beto "
                                                      "O'Rourke met Florida Republican Sen. Marco Rubio."));
        QVERIFY2(f.contains(is(QStringLiteral("Missouri"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Roy Blunt"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Texas"), EntityKind::Place)));
        QVERIFY(f.contains(is(QStringLiteral("Beto O'Rourke"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Florida"), EntityKind::Place)));
        QVERIFY(f.contains(is(QStringLiteral("Marco Rubio"), EntityKind::Person)));
        // A party's own body after the place is one name.
        QVERIFY(mentions(QStringLiteral("The Iowa Republican Party met."))
                    .contains(is(QStringLiteral("Iowa Republican Party"), EntityKind::Organization)));
    }
    void aKnownPlaceOpeningASentenceKeepsItsFirstWord()
    {
        // "New" opening a sentence is the dictionary's word, unless a list knows the words it opens
        // as a place, before a title and a name too.
        const QStringList opening =
            mentions(QStringLiteral("They met on Monday. New Jersey Gov. Chris Christie spoke there."));
        QVERIFY2(opening.contains(is(QStringLiteral("New Jersey"), EntityKind::Place)), qPrintable(opening.join(u'|')));
        QVERIFY(opening.contains(is(QStringLiteral("Chris Christie"), EntityKind::Person)));
        QVERIFY(!mentioned(opening, QStringLiteral("Jersey")));
    }
    void twoWordsTheProseCapitalisesTogetherStayANameOpeningASentence()
    {
        // "Zero" and "Hedge" are dictionary words; written with capitals inside a sentence they are a
        // name, and opening one they are the same name, not "Hedge" alone.
        const QStringList f = mentions(QStringLiteral("The figures ran on Zero Hedge. Zero Hedge said so."));
        QCOMPARE(f.count(is(QStringLiteral("Zero Hedge"), EntityKind::Organization)), 2);
        QVERIFY2(!mentioned(f, QStringLiteral("Hedge")), qPrintable(f.join(u'|')));
        // Before a person's name, the pair is still a word and the name: "Crooked Hillary Clinton".
        const QStringList g = mentions(QStringLiteral("They control Crooked Hillary. Crooked Hillary Clinton spends."));
        QVERIFY2(g.contains(is(QStringLiteral("Hillary Clinton"), EntityKind::Person)), qPrintable(g.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TstEntityRepairs)
#include "tst_entityrepairs.moc"
