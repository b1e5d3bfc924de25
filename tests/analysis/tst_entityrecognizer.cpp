#include "analysis/analyzer.h"
#include "analysis/coreference.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/sentencesplitter.h"
#include "analysis/tokenizer.h"

#include <QTest>

using namespace lede;

class TstEntityRecognizer : public QObject
{
    Q_OBJECT
private:
    struct Found
    {
        QString text;
        QString name;
        EntityKind kind;
    };
    QList<Found> find(const QString &body, const QList<KnownEntity> &known = {})
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/iso_3166-1.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/iso_3166-2.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/words.txt"));
        TokenizedText tokenized = Tokenizer().tokenize(body);
        QList<Token> &tokens = tokenized.tokens;
        const QList<TokenRange> sentences = SentenceSplitter().split(tokens);
        EntityRecognizer recognizer(gazetteer);
        QHash<WordKey, EntityKind> kinds;
        for (const KnownEntity &k : known)
            kinds.insert(k.name.toLower(), k.kind);
        recognizer.setKnown(kinds);
        QList<EntityMention> mentions = recognizer.recognize(body, tokens, sentences);
        Coreference coreference(mentions, tokens, known, Coreference::indexKnown(known));
        QList<Found> out;
        for (const EntityMention &m : mentions) {
            if (m.entity >= 0)
                out.append({m.surface, coreference.entities().at(m.entity).name, m.kind});
        }
        return out;
    }
    static const Found *byText(const QList<Found> &found, const QString &text)
    {
        for (const Found &f : found) {
            if (f.text == text)
                return &f;
        }
        return nullptr;
    }
    static QString kindText(const QList<Found> &found, const QString &text)
    {
        const Found *f = byText(found, text);
        return f ? toString(f->kind) : QStringLiteral("missing");
    }
    static QString nameText(const QList<Found> &found, const QString &text)
    {
        const Found *f = byText(found, text);
        return f ? f->name : QStringLiteral("missing");
    }
private Q_SLOTS:
    void titlesMakePeopleAndAliasesMerge()
    {
        const QList<Found> f = find(QStringLiteral("Mayor Lana Negrete spoke. Later, Negrete left."));
        QVERIFY(byText(f, QStringLiteral("Lana Negrete")));
        QCOMPARE(kindText(f, QStringLiteral("Lana Negrete")), toString(EntityKind::Person));
        QVERIFY(byText(f, QStringLiteral("Negrete")));
        QCOMPARE(nameText(f, QStringLiteral("Negrete")), QStringLiteral("Lana Negrete"));
    }
    void aBodysHeadWordAloneIsTheBodyNamedNearestBefore()
    {
        // "the Council" is the City Council the article named, not an entity of its own; with two
        // departments, the nearest one before.
        const QList<Found> f = find(QStringLiteral(
            "The City Council met. While the Council voted, the Police Department and the Fire Department "
            "waited. The Department said nothing."));
        QCOMPARE(nameText(f, QStringLiteral("Council")), QStringLiteral("City Council"));
        QCOMPARE(kindText(f, QStringLiteral("Council")), toString(EntityKind::Organization));
        QCOMPARE(nameText(f, QStringLiteral("Department")), QStringLiteral("Fire Department"));
        // With no body of that kind named, the word stays a name of its own.
        QCOMPARE(nameText(find(QStringLiteral("The Council voted on Monday.")), QStringLiteral("Council")),
                 QStringLiteral("Council"));
    }
    void headWordsGiveKinds()
    {
        const QList<Found> f =
            find(QStringLiteral("The measure went to the City Council under the California Values Act "
                                "near Orange County."));
        QCOMPARE(kindText(f, QStringLiteral("City Council")), toString(EntityKind::Organization));
        QCOMPARE(kindText(f, QStringLiteral("California Values Act")), toString(EntityKind::Law));
        QCOMPARE(kindText(f, QStringLiteral("Orange County")), toString(EntityKind::Place));
    }
    void gazetteerPlaces()
    {
        const QList<Found> f = find(QStringLiteral("Troops left France for Vermont."));
        QCOMPARE(kindText(f, QStringLiteral("France")), toString(EntityKind::Place));
        QCOMPARE(kindText(f, QStringLiteral("Vermont")), toString(EntityKind::Place));
    }
    void acronymJoinsItsExpansion()
    {
        const QList<Found> f =
            find(QStringLiteral("He directed U.S. Immigration and Customs Enforcement (ICE) to act. ICE did."));
        QVERIFY(byText(f, QStringLiteral("ICE")));
        QCOMPARE(nameText(f, QStringLiteral("ICE")), QStringLiteral("U.S. Immigration and Customs Enforcement"));
        QCOMPARE(kindText(f, QStringLiteral("ICE")), toString(EntityKind::Organization));
    }
    void sentenceInitialCommonWordIsNotAName()
    {
        const QList<Found> f = find(QStringLiteral("While it rained, nobody came."));
        QVERIFY(f.isEmpty());
    }
    void knownEntitiesWin()
    {
        const QList<Found> f = find(QStringLiteral("The letter came from America First Legal."),
                                    {{QStringLiteral("America First Legal"), EntityKind::Organization, {}}});
        QVERIFY(byText(f, QStringLiteral("America First Legal")));
        QCOMPARE(kindText(f, QStringLiteral("America First Legal")), toString(EntityKind::Organization));
    }
    void contractionsAreNotNames()
    {
        const QList<Found> f = find(QStringLiteral("Then I\u2019m sure We\u2019re fine, said Martin O\u2019Malley."));
        QVERIFY(!byText(f, QStringLiteral("I\u2019m")));
        QVERIFY(!byText(f, QStringLiteral("We\u2019re")));
        QCOMPARE(kindText(f, QStringLiteral("Martin O\u2019Malley")), toString(EntityKind::Person));
    }
    void titleAloneStandsForThePersonLastNamedWithIt()
    {
        const QList<Found> f = find(QStringLiteral("Later President Donald Trump spoke. The President left."));
        QCOMPARE(nameText(f, QStringLiteral("President")), QStringLiteral("Donald Trump"));
        QVERIFY(find(QStringLiteral("Then the President left.")).isEmpty());
    }
    void stateCodesAndAbbreviationsArePlaces()
    {
        const QList<Found> f =
            find(QStringLiteral("It follows CA state law, said Ann Lee of Fresno, Calif., on Monday."));
        QCOMPARE(kindText(f, QStringLiteral("CA")), toString(EntityKind::Place));
        QCOMPARE(kindText(f, QStringLiteral("Calif.")), toString(EntityKind::Place));
    }
    void peopleOfAPlaceAreNotEntities()
    {
        const QList<Found> f =
            find(QStringLiteral("All Santa Monicans and New Yorkers should feel safe in Santa Monica."));
        QVERIFY(!byText(f, QStringLiteral("Santa Monicans")));
        QVERIFY(!byText(f, QStringLiteral("New Yorkers")));
        QCOMPARE(kindText(f, QStringLiteral("Santa Monica")), toString(EntityKind::Place));
    }
    void partyLabelsAndPlatformsAreNotEntities()
    {
        const QList<Found> f = find(QStringLiteral("Then Sen. Ann Lee (R-Texas) wrote on Twitter about it."));
        QVERIFY(!byText(f, QStringLiteral("R-Texas")));
        QVERIFY(!byText(f, QStringLiteral("Twitter")));
    }
    void organisationNounBeforeAName()
    {
        const QList<Found> f = find(QStringLiteral("Money went to the nonprofit Harbor Watch Fund."));
        QCOMPARE(kindText(f, QStringLiteral("Harbor Watch Fund")), toString(EntityKind::Organization));
    }
    void placeBeforeATitle()
    {
        const QList<Found> f = find(QStringLiteral("Then Florida Gov. Rick Scott spoke."));
        QCOMPARE(kindText(f, QStringLiteral("Florida")), toString(EntityKind::Place));
        QCOMPARE(kindText(f, QStringLiteral("Rick Scott")), toString(EntityKind::Person));
    }
    void acronymOnlyJoinsANameItAbbreviates()
    {
        const QList<Found> f = find(QStringLiteral("WASHINGTON (AP) \u2014 Officials met on Monday."));
        QCOMPARE(nameText(f, QStringLiteral("AP")), QStringLiteral("AP"));
        QCOMPARE(kindText(f, QStringLiteral("AP")), toString(EntityKind::Organization));
    }
    void bodyBeforeATitle()
    {
        const QList<Found> f =
            find(QStringLiteral("On Monday, FBI Director James Comey spoke. House Speaker Paul Ryan listened."));
        QCOMPARE(kindText(f, QStringLiteral("FBI")), toString(EntityKind::Organization));
        QCOMPARE(kindText(f, QStringLiteral("James Comey")), toString(EntityKind::Person));
        QCOMPARE(kindText(f, QStringLiteral("House")), toString(EntityKind::Organization));
        QCOMPARE(kindText(f, QStringLiteral("Paul Ryan")), toString(EntityKind::Person));
    }
    void formerBeforeAPlaceAndATitle()
    {
        const QList<Found> f = find(QStringLiteral("Former Vermont Gov. Jim Douglas spoke."));
        QCOMPARE(kindText(f, QStringLiteral("Vermont")), toString(EntityKind::Place));
        QCOMPARE(kindText(f, QStringLiteral("Jim Douglas")), toString(EntityKind::Person));
    }
    void placeAfterAPersonsName()
    {
        const QList<Found> f = find(QStringLiteral("On Monday, Sen. Tom Hale of Vermont voted no."));
        QCOMPARE(kindText(f, QStringLiteral("Tom Hale")), toString(EntityKind::Person));
        QCOMPARE(kindText(f, QStringLiteral("Vermont")), toString(EntityKind::Place));
    }
    void secretaryOfStateIsATitle()
    {
        const QList<Found> f = find(QStringLiteral("Then former Secretary of State Ann Price spoke."));
        QCOMPARE(kindText(f, QStringLiteral("Ann Price")), toString(EntityKind::Person));
    }
    void groupsAreNotEntities()
    {
        const QList<Found> f =
            find(QStringLiteral("On Monday, Millennials and African Americans voted, and PACs paid."));
        QCOMPARE(kindText(f, QStringLiteral("Millennials")), QStringLiteral("missing"));
        QCOMPARE(kindText(f, QStringLiteral("African Americans")), QStringLiteral("missing"));
        QCOMPARE(kindText(f, QStringLiteral("PACs")), QStringLiteral("missing"));
    }
    void wordThatIsAlsoANameOpeningASentence()
    {
        QCOMPARE(kindText(find(QStringLiteral("Rather than wait, Tom Hale left.")), QStringLiteral("Rather")),
                 QStringLiteral("missing"));
        // Written as a name inside a sentence, the same word is a name at the start of one too.
        const QList<Found> f = find(QStringLiteral("The network hired Dan Rather. Rather said no."));
        QCOMPARE(nameText(f, QStringLiteral("Rather")), QStringLiteral("Dan Rather"));
    }
    void aPlaceBetweenAnArticleAndAPartyMember()
    {
        // "a Sarasota Republican": where the member is from, even where no list knows the place.
        const QList<Found> f = find(QStringLiteral("Tom Beruff, a Sarasota Republican, argued for the plan."));
        QCOMPARE(kindText(f, QStringLiteral("Sarasota")), toString(EntityKind::Place));
        QCOMPARE(kindText(f, QStringLiteral("Tom Beruff")), toString(EntityKind::Person));
        // A person the article names is one: "a Reagan Republican".
        const QList<Found> g =
            find(QStringLiteral("Ronald Reagan won twice. Tom Beruff, a Reagan Republican, argued for the plan."));
        QCOMPARE(kindText(g, QStringLiteral("Reagan")), toString(EntityKind::Person));
    }
    void surnameThatIsADictionaryWordOpeningASentence()
    {
        // Written after a first name and never in lower case, a dictionary word is the surname.
        const struct
        {
            QString body, surname, person;
        } named[] = {{QStringLiteral("Mike Pence spoke in Ohio. Pence said the plan works."), QStringLiteral("Pence"),
                      QStringLiteral("Mike Pence")},
                     {QStringLiteral("Rep. David Jolly voted no. Jolly said the plan fails."), QStringLiteral("Jolly"),
                      QStringLiteral("David Jolly")}};
        for (const auto &n : named)
            QCOMPARE(nameText(find(n.body), n.surname), n.person);
        // Written in lower case too, it stays the word.
        const QString word = QStringLiteral("David Jolly left early. Jolly crowds stayed, feeling jolly.");
        QCOMPARE(kindText(find(word), QStringLiteral("Jolly")), QStringLiteral("missing"));
    }
    void organisationWordHoldsAForName()
    {
        const QList<Found> f = find(QStringLiteral("The money came from the Center for Responsive Politics."));
        QCOMPARE(kindText(f, QStringLiteral("Center for Responsive Politics")), toString(EntityKind::Organization));
    }
    void capitalisedArticleInsideASentenceOpensAName()
    {
        const QList<Found> f = find(QStringLiteral("Miller wrote a letter to The Lookout in 2002."));
        QCOMPARE(kindText(f, QStringLiteral("Lookout")), toString(EntityKind::Organization));
    }
    void brandWithAnInnerCapitalIsAnOrganisation()
    {
        const QList<Found> f = find(QStringLiteral("Workers at the plant told BuzzFeed they were upset."));
        QCOMPARE(kindText(f, QStringLiteral("BuzzFeed")), toString(EntityKind::Organization));
        QCOMPARE(kindText(find(QStringLiteral("The votes of Sen. McCain counted.")), QStringLiteral("McCain")),
                 toString(EntityKind::Person));
    }
    void oneUnknownWordIsAnOrganisationUnlessKnownAsAName()
    {
        QCOMPARE(kindText(find(QStringLiteral("The deal with Allergan fell apart.")), QStringLiteral("Allergan")),
                 toString(EntityKind::Organization));
        // The dictionary knows Obama as a name.
        QCOMPARE(kindText(find(QStringLiteral("The deal with Obama fell apart.")), QStringLiteral("Obama")),
                 toString(EntityKind::Person));
        // Named in full once, the surname alone is the person everywhere.
        const QList<Found> f = find(QStringLiteral("Ann Zorwick spoke. The deal with Zorwick fell apart."));
        QCOMPARE(kindText(f, QStringLiteral("Zorwick")), toString(EntityKind::Person));
    }
    void partyShortNameBeforeANounIsAnAdjective()
    {
        const QList<Found> f = find(QStringLiteral("On Monday, the GOP debate was loud."));
        QCOMPARE(kindText(f, QStringLiteral("GOP")), QStringLiteral("missing"));
        const QList<Found> g = find(QStringLiteral("On Monday, voters left the GOP, and the GOP has changed."));
        QCOMPARE(kindText(g, QStringLiteral("GOP")), toString(EntityKind::Organization));
    }
    void adjectiveOpeningAName()
    {
        const QList<Found> f = find(QStringLiteral("Rates rose after the Federal Reserve met near the Pacific Ocean."));
        QCOMPARE(kindText(f, QStringLiteral("Federal Reserve")), toString(EntityKind::Organization));
        QCOMPARE(kindText(f, QStringLiteral("Pacific Ocean")), toString(EntityKind::Place));
        QCOMPARE(kindText(find(QStringLiteral("Many said Federal officials met.")), QStringLiteral("Federal")),
                 QStringLiteral("missing"));
    }
    void surnamesBeforeTheFullNameAreOnePerson()
    {
        const QList<Found> f =
            find(QStringLiteral("Then Zorwick spoke. The deal with Zorwick fell apart. On Monday, Ann Zorwick wrote."));
        int zorwicks = 0;
        for (const Found &found : f) {
            if (found.text == QStringLiteral("Zorwick")) {
                ++zorwicks;
                QCOMPARE(found.name, QStringLiteral("Ann Zorwick"));
                QCOMPARE(toString(found.kind), toString(EntityKind::Person));
            }
        }
        QCOMPARE(zorwicks, 2);
    }
};

QTEST_GUILESS_MAIN(TstEntityRecognizer)
#include "tst_entityrecognizer.moc"
