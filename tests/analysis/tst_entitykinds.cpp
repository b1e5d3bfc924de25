// The entity rules that look past a single name: its edges, its neighbours and the rest of the
// article (lib/analysis/entitykinds.cpp, entitycues.cpp and the run rules of the recognizer).
#include "analysis/analyzer.h"
#include "analysis/coreference.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/sentencesplitter.h"
#include "analysis/tokenizer.h"
#include "entitytestsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace lede;

class TstEntityKinds : public QObject
{
    Q_OBJECT
private:
    // Every mention of the body as "text=kind" (the canonical name after "/" when it differs).
    static QStringList mentions(const QString &body)
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/iso_3166-1.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entity-regions.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entity-words.txt"));
        return entitytest::mentions(gazetteer, body, entitytest::Names::WithCanonical);
    }
    static QString is(const QString &text, EntityKind kind) { return entitytest::is(text, kind); }
    static bool mentioned(const QStringList &found, const QString &text) { return entitytest::mentioned(found, text); }

private Q_SLOTS:
    void partyWordsAreNotPartOfAName()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Senate Republicans met a Democratic Senate."));
        QCOMPARE(f.count(is(QStringLiteral("Senate"), EntityKind::Organization)), 2);
        QVERIFY(!mentioned(f, QStringLiteral("Senate Republicans")));
        QVERIFY(!mentioned(f, QStringLiteral("Democratic Senate")));
        QVERIFY(mentions(QStringLiteral("He is a California Republican now."))
                    .contains(is(QStringLiteral("California"), EntityKind::Place)));
    }
    void houseAndSenateAreTwoBodies()
    {
        const QStringList f = mentions(QStringLiteral("Leaders in the House and Senate agreed."));
        QVERIFY(f.contains(is(QStringLiteral("House"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Senate"), EntityKind::Organization)));
    }
    void platformsAndProgrammesAreNoOrganisations()
    {
        QVERIFY(!mentioned(mentions(QStringLiteral("Her Twitter followers doubled.")), QStringLiteral("Twitter")));
        QVERIFY(!mentioned(mentions(QStringLiteral("He posted it on Facebook at once.")), QStringLiteral("Facebook")));
        QVERIFY(!mentioned(mentions(QStringLiteral("He watched a YouTube video.")), QStringLiteral("YouTube")));
        QVERIFY(mentions(QStringLiteral("Cuts to Medicare worry him."))
                    .contains(is(QStringLiteral("Medicare"), EntityKind::Other)));
    }
    void aPlatformThatActsIsACompany()
    {
        // The company, where it acts or speaks; its name is not the surname of a longer one.
        const QStringList f = mentions(QStringLiteral("A group calls itself Wilayat Twitter. In a post on Friday, "
                                                      "Twitter said it had suspended the accounts."));
        QVERIFY2(f.contains(is(QStringLiteral("Twitter"), EntityKind::Organization)), qPrintable(f.join(u'|')));
        QVERIFY(mentions(QStringLiteral("Since then, Facebook has removed the page."))
                    .contains(is(QStringLiteral("Facebook"), EntityKind::Organization)));
    }
    void districtJoinsItsCityAndStateLabelsAreNoPlaces()
    {
        QVERIFY(mentions(QStringLiteral("Talks in Washington, D.C., ended."))
                    .contains(is(QStringLiteral("Washington, D.C."), EntityKind::Place)));
        const QStringList f = mentions(QStringLiteral("On Monday, Rep. Ann Lee (Calif.) voted."));
        QVERIFY(f.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("Calif.")));
    }
    void aRegionThatSpeaksIsAPerson()
    {
        QVERIFY(mentions(QStringLiteral("Talks failed, Kerry said."))
                    .contains(is(QStringLiteral("Kerry"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("He flew to Kerry on Monday."))
                    .contains(is(QStringLiteral("Kerry"), EntityKind::Place)));
    }
    void theSurnameOfAPersonNamedInFullOutweighsARegion()
    {
        const QStringList f = mentions(QStringLiteral("John Kerry spoke. Later the talks with Kerry ended."));
        QVERIFY(f.contains(QStringLiteral("Kerry=person/John Kerry")));
    }
    void aPlaceCueTypesEveryMentionOfAnUnknownName()
    {
        const QStringList f = mentions(QStringLiteral("Police in Zarlow met. Later Zarlow said it was calm."));
        QCOMPARE(f.count(is(QStringLiteral("Zarlow"), EntityKind::Place)), 2);
        QVERIFY(mentions(QStringLiteral("On Monday, Zarlow, Vermont, voted. Zarlow is small."))
                    .contains(is(QStringLiteral("Zarlow"), EntityKind::Place)));
        // A list of names is no place: "Zoe Zarlow, France Quill".
        QVERIFY(!mentions(QStringLiteral("On Monday, Zoe Zarlow, France Quill and others sang."))
                     .contains(is(QStringLiteral("Zoe Zarlow"), EntityKind::Place)));
    }
    void aCompanyCueTypesEveryMentionOfAnUnknownName()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Zentrix shares fell and Zentrix said little."));
        QCOMPARE(f.count(is(QStringLiteral("Zentrix"), EntityKind::Organization)), 2);
    }
    void titleCaseHeadlineWordsAreNoNames()
    {
        const QStringList f = mentions(QStringLiteral("Ann Lee Wins Vote After Tom Hale Goes Home\n\nAnn Lee won."));
        QVERIFY(f.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Tom Hale"), EntityKind::Person)));
        QCOMPARE(f.size(), 3);
        // A dictionary word alone in a headline is no name either.
        QVERIFY(mentions(QStringLiteral("People Vote After Rain Goes Home")).isEmpty());
    }
    void formerAloneIsNoTitle()
    {
        QVERIFY(mentions(QStringLiteral("Former DNC chairman Tom Hale spoke."))
                    .contains(is(QStringLiteral("DNC"), EntityKind::Organization)));
    }
    void aLawWordAloneNamesALaw()
    {
        QVERIFY(mentions(QStringLiteral("They swore to defend the Constitution."))
                    .contains(is(QStringLiteral("Constitution"), EntityKind::Law)));
    }
    void namesWithDigitsAreCodes()
    {
        QVERIFY(mentions(QStringLiteral("He applied for an EB-5 visa."))
                    .contains(is(QStringLiteral("EB-5"), EntityKind::Other)));
    }
    void timeZonesSuffixesAndInitialsAreNoEntities()
    {
        QVERIFY(mentions(QStringLiteral("The vote closes at 8 p.m. EDT on Monday.")).isEmpty());
        QVERIFY(mentions(QStringLiteral("The form was signed by Q. on Monday.")).isEmpty());
    }
    void aNameEndingInAWordOfTimeIsAnEvent()
    {
        QVERIFY(mentions(QStringLiteral("They met again on New Year with friends."))
                    .contains(is(QStringLiteral("New Year"), EntityKind::Event)));
    }
    void aPlaceJoinedByAHyphenIsAModifier()
    {
        QVERIFY(mentions(QStringLiteral("They met at the U.S.-France talks.")).isEmpty());
    }
    void aPersonsNameStopsBeforeAnOrganisation()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Tom Hale of Harbor Watch Fund spoke."));
        QVERIFY(f.contains(is(QStringLiteral("Tom Hale"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Harbor Watch Fund"), EntityKind::Organization)));
        const QStringList g = mentions(QStringLiteral("On Monday, Ann Lee and Harbor Watch Fund sued."));
        QVERIFY(g.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
        QVERIFY(g.contains(is(QStringLiteral("Harbor Watch Fund"), EntityKind::Organization)));
    }
    void organisationNamesWithConnectors()
    {
        QVERIFY(mentions(QStringLiteral("The Commission on Presidential Debates met."))
                    .contains(is(QStringLiteral("Commission on Presidential Debates"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("He gave the State of the Union speech."))
                    .contains(is(QStringLiteral("State of the Union"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("On Monday, the Swiss People\u2019s Party won more seats than before."))
                    .contains(is(QStringLiteral("Swiss People\u2019s Party"), EntityKind::Organization)));
    }
    void aRegionAfterAPrepositionDoesNotSpeak()
    {
        QVERIFY(mentions(QStringLiteral("The senator from Kerry says no."))
                    .contains(is(QStringLiteral("Kerry"), EntityKind::Place)));
    }
    void sitesAndBuildingsArePlaces()
    {
        const QStringList f =
            mentions(QStringLiteral("On Monday, the group met at the Capitol and then at the Zarlow Monument."));
        QVERIFY(f.contains(is(QStringLiteral("Capitol"), EntityKind::Place)));
        QVERIFY(f.contains(is(QStringLiteral("Zarlow Monument"), EntityKind::Place)));
    }
    void organisationsJoinedByAndAreTwo()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Zentrix Inc and Quillon Inc merged."));
        QVERIFY(f.contains(is(QStringLiteral("Zentrix Inc"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Quillon Inc"), EntityKind::Organization)));
    }
    void peoplesAloneAreNoEntity()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, every Polish American voted.")).isEmpty());
    }
    void aPlainWordAfterATitleIsNoSurname()
    {
        QVERIFY(mentions(QStringLiteral("She was crowned Miss Rain on Monday.")).isEmpty());
        QVERIFY(mentions(QStringLiteral("She met Mayor Zarlow on Monday."))
                    .contains(is(QStringLiteral("Zarlow"), EntityKind::Person)));
    }
    // Rules added for issue 4's margin: each with a sentence of its own.
    void aNameAListKnowsWholeKeepsItsSmallLastWord()
    {
        QVERIFY(mentions(QStringLiteral("Fighters of the Islamic State fled."))
                    .contains(is(QStringLiteral("Islamic State"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("On Monday, Judicial Watch sued."))
                    .contains(is(QStringLiteral("Judicial Watch"), EntityKind::Organization)));
    }
    void aCountrysOfficialNameIsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("They flew to the United States of America."))
                    .contains(is(QStringLiteral("United States of America"), EntityKind::Place)));
    }
    void aRegionBeforeAPeopleIsAnAdjective()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, South Korean and Latin American envoys met.")).isEmpty());
        QVERIFY(mentions(QStringLiteral("On Monday, Swiss voters and Ohioans met.")).isEmpty());
    }
    // Rules added for issue 4's margin, second round.
    void aPlaceNounAndOfNameAPlace()
    {
        QVERIFY(mentions(QStringLiteral("Police patrolled the city of Zarlow on Monday."))
                    .contains(is(QStringLiteral("Zarlow"), EntityKind::Place)));
        QVERIFY(mentions(QStringLiteral("Ferries reach the island of Quillon daily."))
                    .contains(is(QStringLiteral("Quillon"), EntityKind::Place)));
    }
    void aLowerCaseTitleAndOfTakeTheBodyOutOfTheName()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, former secretary of State Hillary Clinton spoke."));
        QVERIFY(f.contains(is(QStringLiteral("Hillary Clinton"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("State Hillary Clinton")));
        const QStringList g = mentions(QStringLiteral("On Monday, the governor of Ohio Ann Zarlow spoke."));
        QVERIFY(g.contains(is(QStringLiteral("Ohio"), EntityKind::Place)));
        QVERIFY(g.contains(is(QStringLiteral("Ann Zarlow"), EntityKind::Person)));
    }
    void aCompoundTitleKeepsItsFirstWord()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Senate Press Secretary Ann Zarlow said no."));
        QVERIFY(f.contains(is(QStringLiteral("Ann Zarlow"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Senate"), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Senate Press")));
    }
    void aPlainWordOfAPlaceBeforeOfAndAPlaceIsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("Boats crossed the Horn of California."))
                    .contains(is(QStringLiteral("Horn of California"), EntityKind::Place)));
    }
    void aPluralOfPlacesEndsAPlacesName()
    {
        const QStringList f = mentions(QStringLiteral("Envoys from the Baltic States and the Zarlow Side met."));
        QVERIFY(f.contains(is(QStringLiteral("Baltic States"), EntityKind::Place)));
        QVERIFY(f.contains(is(QStringLiteral("Zarlow Side"), EntityKind::Place)));
    }
    void aPeopleAfterAPlaceDescribes()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Ohio Latino voters met."));
        QVERIFY(f.contains(is(QStringLiteral("Ohio"), EntityKind::Place)));
        QVERIFY(!mentioned(f, QStringLiteral("Ohio Latino")));
    }
    void aDatelineNamesAPlace()
    {
        const QStringList f =
            mentions(QStringLiteral("ZARLOW (Reuters) \u2013 Ann Bell spoke.\n\nLater, Zarlow slept."));
        QVERIFY(!f.filter(QRegularExpression(QStringLiteral("^ZARLOW=place"))).isEmpty());
        QVERIFY(!f.filter(QRegularExpression(QStringLiteral("^Zarlow=place"))).isEmpty());
        // Capitals before a hyphen glued to them are no dateline.
        QVERIFY(!mentions(QStringLiteral("QUILLON- Ann Bell spoke."))
                     .contains(is(QStringLiteral("QUILLON"), EntityKind::Place)));
    }
    void alOpensAName()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Al Zarlow met Ann Bell et al. there."));
        QVERIFY(f.contains(is(QStringLiteral("Al Zarlow"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("al")));
    }
    void aSurnameAfterALowerCaseTitleOfABody()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, the secretary of State Zarlow spoke."));
        QVERIFY(!f.filter(QRegularExpression(QStringLiteral("^Zarlow=person"))).isEmpty());
        QVERIFY(!mentioned(f, QStringLiteral("State Zarlow")));
    }
    void placesJoinedByAHyphenAreAPlace()
    {
        QVERIFY(mentions(QStringLiteral("Trade across the France-Ohio route grew."))
                    .contains(is(QStringLiteral("France-Ohio"), EntityKind::Place)));
    }
    void aNumberedDistrictIsAConstituency()
    {
        const QStringList f =
            mentions(QStringLiteral("She ran in Ohio's 9th Congressional District and the 4th District."));
        QVERIFY(f.contains(is(QStringLiteral("Ohio"), EntityKind::Place)));
        QVERIFY(!f.contains(is(QStringLiteral("Congressional District"), EntityKind::Organization)));
        QVERIFY(!f.contains(is(QStringLiteral("District"), EntityKind::Organization)));
    }
    void anAdjectiveOpensABodysNameAtAParagraphsStart()
    {
        QVERIFY(mentions(QStringLiteral("She left.\n\nUnited Zarlow Council members stayed."))
                    .contains(is(QStringLiteral("United Zarlow Council"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("She left.\n\nInternational Zarlow Fund slashes its forecast."))
                    .contains(is(QStringLiteral("International Zarlow Fund"), EntityKind::Organization)));
    }
    void capitalsOrACompanysOfficeBeforeATitleNameABody()
    {
        const QStringList f =
            mentions(QStringLiteral("On Monday, ZPD Commissioner Ann Bell met Quillon Zarlow Chairman Tom Reed."));
        QVERIFY(f.contains(is(QStringLiteral("ZPD"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Quillon Zarlow"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Tom Reed"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("On Monday, Quillon Zarlow CEO Tom Reed quit."))
                    .contains(is(QStringLiteral("Quillon Zarlow"), EntityKind::Organization)));
    }
    void aCompanysShortNameOpensItsNameBeforeASpeechVerb()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, Exxon Zarlow said no."))
                    .contains(is(QStringLiteral("Exxon Zarlow"), EntityKind::Organization)));
    }
    void aDictionaryWordOpeningASpeakersNameMakesABody()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, Rain Zarlow said no."))
                    .contains(is(QStringLiteral("Rain Zarlow"), EntityKind::Organization)));
        // A dictionary word as the surname is a person's ("Becky Quick said").
        QVERIFY(mentions(QStringLiteral("On Monday, Zarlow Rain said no."))
                    .contains(is(QStringLiteral("Zarlow Rain"), EntityKind::Person)));
    }
    void foundersAndClientsAreACompanys()
    {
        QCOMPARE(mentions(QStringLiteral("On Monday, Zentrix said little. Zentrix's clients left."))
                     .count(is(QStringLiteral("Zentrix"), EntityKind::Organization)),
                 2);
        QCOMPARE(mentions(QStringLiteral("On Monday, Quillon said little. The Quillon founders left."))
                     .count(is(QStringLiteral("Quillon"), EntityKind::Organization)),
                 2);
    }
    void theSurnameOfAPersonNamedInFullOutweighsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("Ann Paris spoke. Later, Paris left."))
                    .contains(QStringLiteral("Paris=person/Ann Paris")));
        QVERIFY(mentions(QStringLiteral("On Monday, Paris voted."))
                    .contains(is(QStringLiteral("Paris"), EntityKind::Place)));
    }
    void aGuessedPersonAfterTheIsABody()
    {
        // "said Zarvex" alone would make a person; "the Zarvex." says a body, for every mention.
        QCOMPARE(mentions(QStringLiteral("Later, said Zarvex, the vote was close. Voters backed the Zarvex."))
                     .count(is(QStringLiteral("Zarvex"), EntityKind::Organization)),
                 2);
        // Before a noun the name qualifies it: "the Obama administration" is still Obama's.
        QVERIFY(mentions(QStringLiteral("Obama spoke. Later the Obama administration said no."))
                    .contains(is(QStringLiteral("Obama"), EntityKind::Person)));
    }
    void capitalsInANameMakeABody()
    {
        QVERIFY(mentions(QStringLiteral("Voters backed the Eurosceptic SVP on Monday."))
                    .contains(is(QStringLiteral("Eurosceptic SVP"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("On Monday, J.J. Zarlow voted."))
                    .contains(is(QStringLiteral("J.J. Zarlow"), EntityKind::Person)));
    }
    void aGuessTakesTheKindOfTheListItStandsIn()
    {
        QVERIFY(mentions(QStringLiteral("Rallies in Vermont, California and Zarbton drew crowds."))
                    .contains(is(QStringLiteral("Zarbton"), EntityKind::Place)));
        // A town and its state are no list: the name after them keeps its own kind.
        QVERIFY(!mentions(QStringLiteral("At a court in Vermont, California, Zarlow said no."))
                     .contains(is(QStringLiteral("Zarlow"), EntityKind::Place)));
    }
    void aCountryAfterOtherWordsIsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, Vichy France fell."))
                    .contains(is(QStringLiteral("Vichy France"), EntityKind::Place)));
    }
    void aStatesShortFormBeforeTheSentenceEndIsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("He spoke in Zarbton, Tex. Then he left."))
                    .contains(is(QStringLiteral("Tex"), EntityKind::Place)));
    }
    void accountsAndTagsAreNoNames()
    {
        QVERIFY(!mentioned(mentions(QStringLiteral("It was a win for Us on Monday.")), QStringLiteral("Us")));
        QVERIFY(mentions(QStringLiteral("Follow @ZarlowNews and #NeverZarlow online.")).isEmpty());
    }
    void dictionaryWordsInCapitalsAreNoNames()
    {
        const QStringList f =
            mentions(QStringLiteral("Ann Lee wrote.\n\nZARLOW WINS VOTE IN VERMONT - Later he spoke."));
        QVERIFY(f.contains(is(QStringLiteral("VERMONT"), EntityKind::Place)));
        QVERIFY(!mentioned(f, QStringLiteral("ZARLOW WINS VOTE")));
        QVERIFY(!mentioned(f, QStringLiteral("ZARLOW WINS VOTE IN VERMONT")));
    }
    void anAdjectiveOpensANameAtASentencesStart()
    {
        QVERIFY(mentions(QStringLiteral("National Guard members arrived."))
                    .contains(is(QStringLiteral("National Guard"), EntityKind::Organization)));
    }
    void aPostalCodeAfterTheIsABody()
    {
        QVERIFY(mentions(QStringLiteral("Veterans called the VA on Monday."))
                    .contains(is(QStringLiteral("VA"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("He lives in Zarbton, VA now."))
                    .contains(is(QStringLiteral("VA"), EntityKind::Place)));
    }
    void abbreviationsOfThingsAreNoBodies()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, voters showed an ID and took a DNA test.")).isEmpty());
    }
    void aNameHyphenWordCompoundIsAnAdjective()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, a Vermont-based group met.")).isEmpty());
        QVERIFY(mentions(QStringLiteral("On Monday, a Zarlow-dominated board met.")).isEmpty());
        // A capital-less part of a name is no such word.
        QVERIFY(mentions(QStringLiteral("On Monday, Secretary General Ban Ki-moon spoke."))
                    .contains(is(QStringLiteral("Ban Ki-moon"), EntityKind::Person)));
    }
    void rolesBeforeANameAreTitles()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Chair Debbie Zarlow and Senators John Quill spoke."));
        QVERIFY(f.contains(is(QStringLiteral("Debbie Zarlow"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("John Quill"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("On Monday, Rep. Bill Zarlow voted."))
                    .contains(is(QStringLiteral("Bill Zarlow"), EntityKind::Person)));
    }
    void aTitleWithItsBodyNamesTheOffice()
    {
        const QStringList f =
            mentions(QStringLiteral("Secretary Ann Zarlow spoke. She was Secretary of State for years."));
        QCOMPARE(f.count(is(QStringLiteral("Ann Zarlow"), EntityKind::Person)), 1);
        QVERIFY(!mentioned(f, QStringLiteral("Secretary")));
    }
    void aPartyBeforeAPersonIsALabel()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Republican Donald Zarlow voted."));
        QVERIFY(f.contains(is(QStringLiteral("Donald Zarlow"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("Republican Donald Zarlow")));
        const QStringList g = mentions(QStringLiteral("On Monday, said Ann Lee, Democrat of Vermont, it ended."));
        QVERIFY(g.contains(is(QStringLiteral("Vermont"), EntityKind::Place)));
        QVERIFY(!mentioned(g, QStringLiteral("Democrat of Vermont")));
    }
    void placePrefixesWithAFullStop()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, they climbed Mt. Zarlow."))
                    .contains(is(QStringLiteral("Mt. Zarlow"), EntityKind::Place)));
    }
    void companiesAndShowsByTheirNames()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, he joined Goldman Sachs."))
                    .contains(is(QStringLiteral("Goldman Sachs"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("On Monday, she was on The Zarlow Show."))
                    .contains(is(QStringLiteral("Zarlow Show"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("On Monday, the Vermont Zarlows won."))
                    .contains(is(QStringLiteral("Vermont Zarlows"), EntityKind::Organization)));
    }
    void twoNamesBeforeOfAndAPlaceAreAPersonOfThatPlace()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, Rob Zarlow of Vermont voted."));
        QVERIFY(f.contains(is(QStringLiteral("Rob Zarlow"), EntityKind::Person)));
        QVERIFY(f.contains(is(QStringLiteral("Vermont"), EntityKind::Place)));
        // A body's name before "of" stays whole: "Supreme Court of Vermont".
        QVERIFY(mentions(QStringLiteral("On Monday, the Supreme Court of Vermont ruled."))
                    .contains(is(QStringLiteral("Supreme Court of Vermont"), EntityKind::Organization)));
    }
    void bodiesJoinedByASlashAreOneName()
    {
        QVERIFY(mentions(QStringLiteral("On Monday, a Zentrix Inc/Quillon Inc poll came out."))
                    .contains(is(QStringLiteral("Zentrix Inc/Quillon Inc"), EntityKind::Organization)));
        // People stay two: "Ann Lee/Tom Hale".
        QVERIFY(mentions(QStringLiteral("On Monday, Sen. Ann Lee/Sen. Tom Hale spoke."))
                    .contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
    }
    void aNameBeforeItsStateIsTheTown()
    {
        QVERIFY(mentions(QStringLiteral("A tunnel in Douglas, California, was found."))
                    .contains(is(QStringLiteral("Douglas"), EntityKind::Place)));
    }
    void timeZoneCitiesArePlacesUnlessAPersonHasTheName()
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/iso_3166-1.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entity-regions.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entity-words.txt"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entity-zones.tab"));
        QVERIFY(gazetteer.isCity(u"pyongyang"));
        QVERIFY(gazetteer.isCity(u"little rock"));
        QVERIFY(!gazetteer.isCity(u"davis")); // an Antarctic station, named after a person
        // A city that is also a word counts when the word list has it capitalised too.
        QVERIFY(gazetteer.isCity(u"phoenix"));
        QVERIFY(!gazetteer.isCity(u"resolute"));
        const auto kindsOf = [&](const QString &body) {
            TokenizedText tokenized = Tokenizer().tokenize(body);
            const QList<TokenRange> sentences = SentenceSplitter().split(tokenized.tokens);
            QList<EntityMention> found = EntityRecognizer(gazetteer).recognize(body, tokenized.tokens, sentences);
            const Coreference coreference(found, tokenized.tokens, {}, {});
            QStringList out;
            for (const EntityMention &m : std::as_const(found))
                out.append(m.surface + QLatin1Char('=') + toString(m.kind));
            return out;
        };
        QVERIFY(kindsOf(QStringLiteral("Envoys left Pyongyang on Monday."))
                    .contains(is(QStringLiteral("Pyongyang"), EntityKind::Place)));
        // A capital speaks for its government.
        QVERIFY(kindsOf(QStringLiteral("On Monday, Pyongyang said no."))
                    .contains(is(QStringLiteral("Pyongyang"), EntityKind::Place)));
        QVERIFY(kindsOf(QStringLiteral("Ann Pyongyang spoke. Later the talks with Pyongyang ended."))
                    .contains(is(QStringLiteral("Pyongyang"), EntityKind::Person)));
    }
    void aPlaceInADatelinesCapitalsIsNamedAsTheProseWritesIt()
    {
        const QStringList f = mentions(QStringLiteral("VERMONT \u2014 Voters in Vermont met on Monday."));
        QVERIFY2(f.contains(QStringLiteral("VERMONT=place/Vermont")), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Vermont"), EntityKind::Place)));
    }
    void namesNextToAPlacesNounArePlaces()
    {
        // Names no list knows, each a person's name alone; the plural of a place's noun next to the
        // list says what they are. Each case: the body, the places expected.
        const std::pair<const char *, QStringList> cases[] = {
            {"Trump lost Wisconsin’s Brown and Racine counties to Cruz.",
             {QStringLiteral("Brown"), QStringLiteral("Racine")}},
            {"Ads ran in the suburban counties of Macomb and Oakland last week.",
             {QStringLiteral("Macomb"), QStringLiteral("Oakland")}},
            {"Jets flew along the borders of the Baltic countries.", {QStringLiteral("Baltic")}},
            // A place's noun in the singular, right after the name.
            {"Atrocities continue in the Darfur region of Sudan.", {QStringLiteral("Darfur")}},
            // The county's own name alone, elsewhere in the article.
            {"Voters in Loudoun County decide. \"We have to win Loudoun,\" he said.", {QStringLiteral("Loudoun")}},
        };
        for (const auto &[text, places] : cases) {
            const QStringList f = mentions(QString::fromUtf8(text));
            for (const QString &place : places)
                QVERIFY2(f.contains(is(place, EntityKind::Place)), qPrintable(f.join(u'|')));
        }
        // A person named in full stays one before such a noun ("Trump counties").
        const QStringList trump = mentions(QStringLiteral("Donald Trump won. Clinton and Trump counties split."));
        QVERIFY2(trump.contains(QStringLiteral("Trump=person/Donald Trump")), qPrintable(trump.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TstEntityKinds)
#include "tst_entitykinds.moc"
