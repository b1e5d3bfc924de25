// Where a name starts and ends, and what it is, when the words around it mislead: photo credits
// that look like headlines, dictionary words that open a company's name, prepositions and
// headline verbs that title case writes with a capital, forums, time zones
// (lib/analysis/entityrecognizer.cpp, entityclassifier.cpp, namecontext.cpp, headwordnames.cpp).
#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "entitytestsupport.h"

#include <QTest>

using namespace lede;

class TstEntityEdges : public QObject
{
    Q_OBJECT
private:
    static QStringList mentions(const QString &body)
    {
        static const Gazetteer gazetteer(QStringLiteral(LEDE_TEST_DATA "/analysis/entitynames-countries.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entitynames-regions.json"),
                                         QStringLiteral(LEDE_TEST_DATA "/analysis/entityedges-words.txt"));
        return entitytest::mentions(gazetteer, body, entitytest::Names::KindOnly);
    }
    static QString is(const QString &text, EntityKind kind) { return entitytest::is(text, kind); }
    static bool mentioned(const QStringList &found, const QString &text) { return entitytest::mentioned(found, text); }

private Q_SLOTS:
    void aPhotoCreditIsNoHeadline()
    {
        // Four capitalised words alone in a paragraph would be a headline, where "Images" is a word.
        const QStringList f =
            mentions(QStringLiteral("The crowd cheered.\n\nScott Olson via Getty Images.\n\nThen he spoke."));
        QVERIFY(f.contains(is(QStringLiteral("Getty Images"), EntityKind::Organization)));
        QVERIFY(f.contains(is(QStringLiteral("Scott Olson"), EntityKind::Person)));
        QVERIFY(!f.contains(is(QStringLiteral("Getty"), EntityKind::Person)));
        // The agency alone, in a credit: no person called Getty.
        QVERIFY(mentions(QStringLiteral("The crowd cheered.\n\nGetty/Instagram.\n\nThen he spoke."))
                    .contains(is(QStringLiteral("Getty"), EntityKind::Organization)));
    }
    void aDictionaryWordOpensACompanysName()
    {
        const QStringList f = mentions(QStringLiteral("He sold his stake to Time Warner Cable last year."));
        QVERIFY(f.contains(is(QStringLiteral("Time Warner Cable"), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Warner Cable")));
    }
    void aCapitalisedPrepositionOpensNoName()
    {
        const QStringList f = mentions(QStringLiteral("Rubio, Unlike Cruz, will stay in the state."));
        QVERIFY(mentioned(f, QStringLiteral("Cruz")));
        QVERIFY(!mentioned(f, QStringLiteral("Unlike Cruz")));
    }
    void aWorksTitleAfterTheIsNoPaper()
    {
        const QStringList f = mentions(QStringLiteral("A column headlined The Rats Are Scurrying ran on Monday."));
        QVERIFY(!mentioned(f, QStringLiteral("Rats")));
        QVERIFY(mentions(QStringLiteral("He wrote a column for The Rats in May."))
                    .contains(is(QStringLiteral("Rats"), EntityKind::Organization)));
    }
    void aForumIsABodyUnlessCandidatesMeetAtIt()
    {
        QVERIFY(mentions(QStringLiteral("He is president of the American Action Forum, a think tank."))
                    .contains(is(QStringLiteral("American Action Forum"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("They met at the Commander-in-Chief Forum in September."))
                    .contains(is(QStringLiteral("Commander-in-Chief Forum"), EntityKind::Event)));
    }
    void aTimeZoneWrittenOutIsNoEntity()
    {
        const QStringList f = mentions(QStringLiteral("The polls close at 8 p.m. Eastern Standard Time on Tuesday."));
        QVERIFY(!mentioned(f, QStringLiteral("Eastern Standard Time")));
        QVERIFY(!mentioned(f, QStringLiteral("Time")));
    }
    void aPersonsNameEndsBeforeAnd()
    {
        const QStringList f =
            mentions(QStringLiteral("On Monday, Ann Lee and Harbor News National Security Editor Tom Reed spoke."));
        QVERIFY(f.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("Ann Lee and Harbor News National Security")));
    }
    void andBetweenTwoKnownNamesMakesTwo()
    {
        // Two names the lists know, each whole, joined by "and": two bodies, two places.
        const QStringList f = mentions(QStringLiteral("He faulted the United Nations and European Union for it."));
        QVERIFY2(f.contains(is(QStringLiteral("United Nations"), EntityKind::Organization)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("European Union"), EntityKind::Organization)));
        const QStringList g = mentions(QStringLiteral("He won the Ohio and Rhode Island primaries."));
        QVERIFY2(g.contains(is(QStringLiteral("Ohio"), EntityKind::Place)), qPrintable(g.join(u'|')));
        QVERIFY(g.contains(is(QStringLiteral("Rhode Island"), EntityKind::Place)));
        // A country whose own name holds "and" stays one.
        const QStringList h = mentions(QStringLiteral("He flew on to Bosnia and Herzegovina for the talks."));
        QVERIFY2(h.contains(is(QStringLiteral("Bosnia and Herzegovina"), EntityKind::Place)), qPrintable(h.join(u'|')));
    }
    void anOfficeNamesWhatItIsFor()
    {
        // "for" after a title written with capitals: what the office is for is part of it, up to the
        // holder's name; without a name the whole run is the office.
        const QStringList f =
            mentions(QStringLiteral("The United Nations High Commissioner for Human Rights objected to it."));
        QVERIFY2(f.contains(
                     is(QStringLiteral("United Nations High Commissioner for Human Rights"), EntityKind::Organization)),
                 qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Human Rights")));
        const QStringList g =
            mentions(QStringLiteral("The talks began when Minister for Foreign Affairs Julie Bishop arrived."));
        QVERIFY2(g.contains(is(QStringLiteral("Julie Bishop"), EntityKind::Person)), qPrintable(g.join(u'|')));
        QVERIFY(!mentioned(g, QStringLiteral("Foreign Affairs Julie Bishop")));
    }
    void anOfficeNamesWhatItIsOf()
    {
        // "of" and more than one word after a title: what the office is of, up to the holder's name.
        const QStringList f =
            mentions(QStringLiteral("Director of National Intelligence James Clapper spoke on Monday."));
        QVERIFY2(f.contains(is(QStringLiteral("James Clapper"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Intelligence James Clapper")));
        const QStringList g =
            mentions(QStringLiteral("The union will sit out, Director of Government Affairs Phil Smith wrote."));
        QVERIFY2(g.contains(is(QStringLiteral("Phil Smith"), EntityKind::Person)), qPrintable(g.join(u'|')));
        // Dictionary words after "of" with no holder: an office, not a body.
        const QStringList h = mentions(QStringLiteral("Ann Lee, Director of Research at Harbor Bank, said so."));
        QVERIFY2(!mentioned(h, QStringLiteral("Research")), qPrintable(h.join(u'|')));
        QVERIFY(mentions(QStringLiteral("Tom Reed, Director of Government Affairs at Harbor Bank, left."))
                    .filter(QStringLiteral("Government Affairs"))
                    .isEmpty());
        // What comes before the title still names a place or a body; a place the title is of too.
        const QStringList i = mentions(QStringLiteral("Tom Reed, the first White House Chief of Staff, left."));
        QVERIFY2(mentioned(i, QStringLiteral("White House")), qPrintable(i.join(u'|')));
        QVERIFY2(mentions(QStringLiteral("Ann Lee, the former Attorney General of Ohio, left."))
                     .contains(is(QStringLiteral("Ohio"), EntityKind::Place)),
                 "a place a title is of");
    }
    void onJoinsANameOnlyAfterABodysWord()
    {
        const QStringList f = mentions(QStringLiteral(
            "Ann Lee hosts The Harbor Hour on Harbor News. She spoke to the Council on Foreign Relations."));
        QVERIFY(f.contains(is(QStringLiteral("Harbor News"), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Harbor Hour on Harbor News")));
        QVERIFY(f.contains(is(QStringLiteral("Council on Foreign Relations"), EntityKind::Organization)));
    }
    void aMiddleInitialWithoutItsFullStop()
    {
        const QStringList f = mentions(QStringLiteral("It was the choice of George W Bush in 2003."));
        QVERIFY(f.contains(is(QStringLiteral("George W Bush"), EntityKind::Person)));
        QVERIFY(!mentioned(mentions(QStringLiteral("A dictator, said Christina N Luis Ortiz.")),
                           QStringLiteral("Christina N Luis Ortiz")));
    }
    void anAdjectiveMadeWithAHyphenIsNoPartOfTheName()
    {
        const QStringList f = mentions(QStringLiteral("Voters in Democratic-leaning Georgia backed him."));
        QVERIFY(f.contains(is(QStringLiteral("Georgia"), EntityKind::Place)));
        QVERIFY(!mentioned(f, QStringLiteral("Democratic-leaning Georgia")));
        // Before a noun too: an adjective, not the party.
        const QStringList g = mentions(QStringLiteral("Voters left at twice the rate in GOP-heavy areas."));
        QVERIFY2(!mentioned(g, QStringLiteral("GOP-heavy")), qPrintable(g.join(u'|')));
    }
    void aBodyIsBasedSomewhere()
    {
        QVERIFY(mentions(QStringLiteral("The deal with Dublin-based Zentrix fell through."))
                    .contains(is(QStringLiteral("Zentrix"), EntityKind::Organization)));
        QVERIFY(mentions(QStringLiteral("The Texas-based Matt Reed said no."))
                    .contains(is(QStringLiteral("Matt Reed"), EntityKind::Person)));
    }
    void aMagazineIsABody()
    {
        const QStringList f = mentions(QStringLiteral("The race is over, wrote Time magazine on Monday."));
        QVERIFY(f.contains(is(QStringLiteral("Time"), EntityKind::Organization)));
    }
    void aNameBeforeAPluralAfterInIsNoPlace()
    {
        const QStringList f = mentions(QStringLiteral("Fans hum in Zentrix furnaces. Later, Zentrix said no."));
        QVERIFY(mentioned(f, QStringLiteral("Zentrix")));
        QVERIFY(!f.contains(is(QStringLiteral("Zentrix"), EntityKind::Place)));
    }
    void aFirstNameAndAPlaceWordThatIsASurname()
    {
        QVERIFY(mentions(QStringLiteral("The films of Michael Bay made money."))
                    .contains(is(QStringLiteral("Michael Bay"), EntityKind::Person)));
    }
    void whatOnlyACompanyHasOutweighsIn()
    {
        const QStringList f = mentions(QStringLiteral(
            "Ackman said Zentrix was worth more. Ackman raised his stake in Zentrix. Zentrix shares fell."));
        QCOMPARE(f.count(is(QStringLiteral("Zentrix"), EntityKind::Organization)), 3);
    }
    void aHeadlinesDictionaryWordAfterAFirstNameIsTheSurname()
    {
        const QStringList f = mentions(QStringLiteral("Jeff Sessions, Rudy Giuliani Wear Hats In Texas\n\nThey did."));
        QVERIFY(f.contains(is(QStringLiteral("Jeff Sessions"), EntityKind::Person)));
        // Where the headline goes on after the word, the word is the headline's.
        QVERIFY(!mentioned(mentions(QStringLiteral("Paul Votes To Condemn The Plan Today\n\nIt did.")),
                           QStringLiteral("Paul Votes")));
    }
    void aHyphenatedAdjectiveBeforeAnElectedBody()
    {
        const QStringList f = mentions(QStringLiteral("He clashed with the Republican-controlled Congress again."));
        QVERIFY(f.contains(is(QStringLiteral("Congress"), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Republican-controlled Congress")));
    }
    void aStatesNicknameIsAPlace()
    {
        QVERIFY(mentions(QStringLiteral("He won the Granite State easily."))
                    .contains(is(QStringLiteral("Granite State"), EntityKind::Place)));
    }
    void aPlaceWordAloneAfterTheIsThePlace()
    {
        const QStringList f = mentions(QStringLiteral("They met leaders of the Gulf countries."));
        QVERIFY2(f.contains(is(QStringLiteral("Gulf"), EntityKind::Place)), qPrintable(f.join(u'|')));
        // The government of the city the article is about is no place called City.
        QVERIFY(!mentioned(mentions(QStringLiteral("They said the City would sue.")), QStringLiteral("City")));
    }
    void anHonorificMakesAPersonOfAnyWord()
    {
        QVERIFY(mentions(QStringLiteral("It was over, Ms. White said."))
                    .contains(is(QStringLiteral("White"), EntityKind::Person)));
        QVERIFY(mentions(QStringLiteral("On Monday, Mr. King said so."))
                    .contains(is(QStringLiteral("King"), EntityKind::Person)));
        QVERIFY(!mentions(QStringLiteral("They say Mr. President, this is bad."))
                     .contains(is(QStringLiteral("President"), EntityKind::Person)));
    }
    void anOfficeWrittenWithAHyphenIsATitle()
    {
        const QStringList f = mentions(QStringLiteral("On Monday, U.N. Secretary-General Ban Ki-moon spoke."));
        QVERIFY2(f.contains(is(QStringLiteral("Ban Ki-moon"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("U.N."), EntityKind::Organization)));
        QVERIFY(!mentioned(f, QStringLiteral("Secretary-General Ban Ki-moon")));
    }
    void aKoreanNameKeepsItsFamilyName()
    {
        // "Ban" opens the sentence and is a dictionary word; the given name after it makes it a name.
        const QStringList f = mentions(QStringLiteral("Ban Ki-moon, the secretary general, spoke. Self-made men."));
        QVERIFY2(f.contains(is(QStringLiteral("Ban Ki-moon"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Ki-moon")));
        // An adjective made with a hyphen is no given name.
        QVERIFY(
            !mentioned(mentions(QStringLiteral("He met New York-based donors.")), QStringLiteral("New York-based")));
    }
    void aChambersSpeakerIsATitle()
    {
        const QStringList f = mentions(QStringLiteral("It was shown by Speaker of the House Newt Gingrich in 1994."));
        QVERIFY2(f.contains(is(QStringLiteral("Newt Gingrich"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("House Newt Gingrich")));
        // Alone, the office: nobody in particular.
        QVERIFY(!mentioned(mentions(QStringLiteral("He said the Speaker of the House would decide.")),
                           QStringLiteral("Speaker of the House")));
    }
    void aTownSigningALetterIsAPlace()
    {
        // The town and its state close the letter; the next paragraph's capital does not go on with it.
        const QStringList f = mentions(QStringLiteral("Michael Pravica.\n\nHenderson, Nev.\n\nWill it ever stop?"));
        QVERIFY2(f.contains(is(QStringLiteral("Henderson"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Michael Pravica"), EntityKind::Person)));
    }
    void aCompassPointsInitialBeforeAPlace()
    {
        const QStringList f = mentions(QStringLiteral("The talks in N. France failed, said John W. Smith."));
        QVERIFY2(f.contains(is(QStringLiteral("N. France"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("John W. Smith"), EntityKind::Person)));
    }
    void aNameBeforeTheNounItQualifiesIsNoPlace()
    {
        const QStringList f = mentions(
            QStringLiteral("Sheldon Adelson gave money. Another sum in Adelson cash is coming. Adelson said so."));
        QVERIFY2(!f.contains(is(QStringLiteral("Adelson"), EntityKind::Place)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Adelson"), EntityKind::Person)));
        // A place's own noun after it keeps it a place.
        QVERIFY(mentions(QStringLiteral("The town lies in Sirnak province, on the border."))
                    .contains(is(QStringLiteral("Sirnak"), EntityKind::Place)));
    }
    void moreGivenNamesMakePeople()
    {
        const QStringList f = mentions(QStringLiteral("The race pits Colleen Deacon against Cory Gardner's ally."));
        QVERIFY2(f.contains(is(QStringLiteral("Colleen Deacon"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Cory Gardner"), EntityKind::Person)));
    }
    void aLawKnownByItsSloganOrItsSponsors()
    {
        const QStringList f = mentions(QStringLiteral(
            "Schools struggled under No Child Left Behind. They kept Dodd-Frank but not Glass-Steagall."));
        QVERIFY2(f.contains(is(QStringLiteral("No Child Left Behind"), EntityKind::Law)), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Child Left Behind")));
        QVERIFY(f.contains(is(QStringLiteral("Dodd-Frank"), EntityKind::Law)));
        QVERIFY(f.contains(is(QStringLiteral("Glass-Steagall"), EntityKind::Law)));
        // At a sentence's start too, where "No" is otherwise the word.
        QVERIFY(mentions(QStringLiteral("No Child Left Behind expired."))
                    .contains(is(QStringLiteral("No Child Left Behind"), EntityKind::Law)));
    }
    void aCourtCaseNamesItsPartiesAsOneLaw()
    {
        const QStringList f =
            mentions(QStringLiteral("After Brown v. Board of Education, the court heard Citizens United v. FEC."));
        QVERIFY2(f.contains(is(QStringLiteral("Brown v. Board of Education"), EntityKind::Law)),
                 qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Citizens United v. FEC"), EntityKind::Law)));
        QVERIFY(!mentioned(f, QStringLiteral("FEC")));
        // Its first party keeps its place at a sentence's start, dictionary word or not.
        QVERIFY(mentions(QStringLiteral("Roe v. Wade was decided in 1973."))
                    .contains(is(QStringLiteral("Roe v. Wade"), EntityKind::Law)));
        // A capital "V." is a middle initial; "vs." sets rivals against each other.
        const QStringList g = mentions(QStringLiteral("He met Vladimir V. Putin. It was Ann Lee vs. Tom Reed."));
        QVERIFY(g.contains(is(QStringLiteral("Vladimir V. Putin"), EntityKind::Person)));
        QVERIFY(g.contains(is(QStringLiteral("Ann Lee"), EntityKind::Person)));
        QVERIFY(g.contains(is(QStringLiteral("Tom Reed"), EntityKind::Person)));
    }
    void aCountBeforeAPluralCountsThings()
    {
        const QStringList f = mentions(QStringLiteral("The Post gave him four Pinocchios for it. She won 3 Emmys."));
        QVERIFY2(!mentioned(f, QStringLiteral("Pinocchios")), qPrintable(f.join(u'|')));
        QVERIFY(!mentioned(f, QStringLiteral("Emmys")));
        // A name before the noun it qualifies is still the name.
        QVERIFY(mentioned(mentions(QStringLiteral("It angered many Sanders supporters.")), QStringLiteral("Sanders")));
    }
    void aProgrammeNamedAfterItsHostIsNoPerson()
    {
        const QStringList f =
            mentions(QStringLiteral("Megyn Kelly hosts The Kelly File on weeknights. Kelly said so."));
        QVERIFY2(f.contains(is(QStringLiteral("Kelly File"), EntityKind::Organization)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Kelly"), EntityKind::Person)));
    }
    void aCompanyTheDictionaryKnowsAsAName()
    {
        // The test dictionary lists both as proper nouns, as Debian's does: alone they would be
        // guessed to be people.
        const QStringList f = mentions(QStringLiteral("On Monday, Intel said profits rose. Nabisco will move jobs."));
        QVERIFY2(f.contains(is(QStringLiteral("Intel"), EntityKind::Organization)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Nabisco"), EntityKind::Organization)));
    }
    void anEventKnownByOneName()
    {
        const QStringList f = mentions(QStringLiteral("Voters backed Brexit in June, after the Great Recession."));
        QVERIFY2(f.contains(is(QStringLiteral("Brexit"), EntityKind::Event)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Great Recession"), EntityKind::Event)));
    }
    void aRunHoldingABodyAndAPersonIsTwoNames()
    {
        // A comma left out, or a word written before a full name: the run of capitals holds two names.
        // Each case: the body, the expected mentions, a mention that must not be there.
        const struct
        {
            const char *body;
            QStringList expected;
            const char *notThere;
        } cases[] = {
            {"Donald Trump spoke. At the board of the Washington Post Trump said it would end.",
             {is(QStringLiteral("Washington Post"), EntityKind::Organization),
              is(QStringLiteral("Trump"), EntityKind::Person)},
             "Washington Post Trump"},
            {"Later in Iowa Hillary Clinton spoke to voters.",
             {is(QStringLiteral("Iowa"), EntityKind::Place), is(QStringLiteral("Hillary Clinton"), EntityKind::Person)},
             "Iowa Hillary Clinton"},
            {"He was on Fox News Sean Hannity with his guests.",
             {is(QStringLiteral("Fox News"), EntityKind::Organization),
              is(QStringLiteral("Sean Hannity"), EntityKind::Person)},
             "Fox News Sean Hannity"},
            {"It is harder than beating Crooked Hillary Clinton in a debate.",
             {is(QStringLiteral("Hillary Clinton"), EntityKind::Person)},
             "Crooked Hillary Clinton"},
            {"The fight with Iron Mike Tyson was short.",
             {is(QStringLiteral("Mike Tyson"), EntityKind::Person)},
             "Iron Mike Tyson"},
            {"Hillary Clinton won. Filipino Clinton staffers held dinners.",
             {is(QStringLiteral("Clinton"), EntityKind::Person)},
             "Filipino Clinton"},
            {"Donald Trump spoke. A donor paid for an Anti-Donald Trump plane banner.",
             {is(QStringLiteral("Trump"), EntityKind::Person)},
             "Anti-Donald Trump"},
            // After an ambassador's post the person follows, a first name no list knows or not.
            {"The U.S. Ambassador to the European Union Gordon Sondland testified.",
             {is(QStringLiteral("European Union"), EntityKind::Organization),
              is(QStringLiteral("Gordon Sondland"), EntityKind::Person)},
             "European Union Gordon Sondland"},
            {"China's ambassador to Britain Liu Xiaming spoke on the radio.",
             {is(QStringLiteral("Britain"), EntityKind::Place), is(QStringLiteral("Liu Xiaming"), EntityKind::Person)},
             "Britain Liu Xiaming"},
        };
        for (const auto &c : cases) {
            const QStringList f = mentions(QString::fromUtf8(c.body));
            for (const QString &e : c.expected)
                QVERIFY2(f.contains(e), qPrintable(QString::fromUtf8(c.body) + u" -> " + f.join(u'|')));
            QVERIFY2(!mentioned(f, QString::fromUtf8(c.notThere)), qPrintable(f.join(u'|')));
        }
        // A surname alone before "of" and a place: the person and the place.
        const QStringList of = mentions(QStringLiteral("The talks stalled, and Aliyev of Azerbaijan left Paris."));
        QVERIFY2(of.contains(is(QStringLiteral("Azerbaijan"), EntityKind::Place)), qPrintable(of.join(u'|')));
        QVERIFY(!mentioned(of, QStringLiteral("Aliyev of Azerbaijan")));
        // Not a person's own name that opens with a place's word and is named so elsewhere.
        const QStringList foxx = mentions(QStringLiteral("Virginia Foxx spoke. Later Rep. Virginia Foxx left."));
        QVERIFY2(foxx.contains(is(QStringLiteral("Virginia Foxx"), EntityKind::Person)), qPrintable(foxx.join(u'|')));
        // Nor a title of a chamber before its holder ("Speaker of the House").
        const QStringList speaker = mentions(QStringLiteral("Back then Speaker of the House Newt Gingrich backed it."));
        QVERIFY2(!mentioned(speaker, QStringLiteral("Speaker of the House")), qPrintable(speaker.join(u'|')));
        QVERIFY(speaker.contains(is(QStringLiteral("Newt Gingrich"), EntityKind::Person)));
    }
    void anOfficeWrittenShortIsATitle()
    {
        const QStringList f =
            mentions(QStringLiteral("The group wants to impeach AG Lynch, said a statement by DJ Beverly Bond."));
        QVERIFY2(f.contains(is(QStringLiteral("Lynch"), EntityKind::Person)), qPrintable(f.join(u'|')));
        QVERIFY(f.contains(is(QStringLiteral("Beverly Bond"), EntityKind::Person)));
        QVERIFY(!mentioned(f, QStringLiteral("AG Lynch")));
    }
    void aNameThatWhoFollowsIsAPerson()
    {
        // "whit" is a dictionary word: opening a name of two words it made a body.
        const QStringList f = mentions(QStringLiteral("The plan failed, said Whit Ayres, who was his pollster."));
        QVERIFY2(f.contains(is(QStringLiteral("Whit Ayres"), EntityKind::Person)), qPrintable(f.join(u'|')));
        // "who" after a preposition's object is about the noun before it.
        const QStringList aide = mentions(QStringLiteral("The plan failed, said an aide to Whit Ayres, who left."));
        QVERIFY2(!aide.contains(is(QStringLiteral("Whit Ayres"), EntityKind::Person)), qPrintable(aide.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TstEntityEdges)
#include "tst_entityedges.moc"
