#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Speaker rules, through the analyzer that wires tokens, entities and coreference together.
class TstAttribution : public QObject
{
    Q_OBJECT
private:
    // The quotations only: a reported clause around a partial quotation is tst_indirectspeech's.
    static QuoteFinding quote(const QString &body, int index)
    {
        Analyzer analyzer;
        analyzer.setIncludeIndirect(false);
        const AnalysisResult r = analyzer.analyze(body);
        if (index >= r.quotes.size())
            return {};
        return r.quotes.at(index);
    }
private Q_SLOTS:
    void verbAfterTheQuote()
    {
        const QString body = QStringLiteral("\"We do not use City resources,\" Mayor Lana Negrete wrote.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(q.speaker, QStringLiteral("Lana Negrete"));
        QCOMPARE(mention(body, q), QStringLiteral("Lana Negrete"));
        QCOMPARE(q.cue, QStringLiteral("wrote"));
    }
    void invertedOrder()
    {
        const QString body = QStringLiteral("\u201cWe will win the state,\u201d said Tom Brady, a local organizer.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Tom Brady"));
    }
    void verbBeforeTheQuote()
    {
        const QString body =
            QStringLiteral("In her statement, Lana Negrete noted the City is \"working with partners.\"");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(q.speaker, QStringLiteral("Lana Negrete"));
        QCOMPARE(q.cue, QStringLiteral("noted"));
        QCOMPARE(toString(q.kind), toString(QuoteKind::Partial));
    }
    void relativeClauseBetweenNameAndVerb()
    {
        const QString body = QStringLiteral("Greg Sims spoke first.\n\"It is over,\" Sims, who ran twice, said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Greg Sims"));
    }
    void pronounResolvesToEarlierPerson()
    {
        const QString body = QStringLiteral("Mary Walsh arrived late.\n\"I am sorry for the delay,\" she said.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(mention(body, q), QStringLiteral("she"));
        QCOMPARE(q.speaker, QStringLiteral("Mary Walsh"));
    }
    void descriptionResolvesToOrganisation()
    {
        const QString body = QStringLiteral("The letter came from Miller's nonprofit, America First Legal.\n"
                                            "\"Sanctuary cities are breaking the law,\" the legal nonprofit wrote.");
        const QuoteFinding q = quote(body, 0);
        QCOMPARE(mention(body, q), QStringLiteral("the legal nonprofit"));
        QCOMPARE(q.speaker, QStringLiteral("America First Legal"));
    }
    void aBodySpeaksByTheKindItIsAndByItsWholeName()
    {
        const std::pair<const char16_t *, const char16_t *> cases[] = {
            // "the company" passes over the court named last to the firm named before it.
            {u"In May, the town was sued by Harbor Freight Inc. over a fence.\n"
             u"The Harbor District Court heard the case on Monday.\n"
             u"\"We are pleased with the ruling,\" the company said.",
             u"Harbor Freight Inc."},
            // The names after "for the" and "of" are the body's; the verb after them is still its own.
            {u"Mary Walsh pleaded guilty on Monday.\n"
             u"\"We will appeal,\" the U.S. Attorney's Office for the Western District of New York said.",
             u"U.S. Attorney's Office"},
            // "the newspaper" passes over a body that publishes no news to the newspaper before it.
            {u"The Baton Rouge Advocate criticised the candidate on Friday.\n"
             u"She cares most about the Electoral College, it argued.\n"
             u"\"Louisiana deserves a visit,\" the newspaper wrote.",
             u"Baton Rouge Advocate"},
            // "the campaign" is the candidate's, not the body named last.
            {u"Ann Lee spoke to the Associated Press on Monday.\n"
             u"\"We will look at a recount,\" the campaign said.",
             u"the campaign"}};
        for (const auto &[body, speaker] : cases)
            QCOMPARE(quote(QString::fromUtf16(body), 0).speaker, QString::fromUtf16(speaker));
    }
    void quoteOnlyParagraphKeepsTheSpeaker()
    {
        const QString body = QStringLiteral("\"We do not use City resources,\" Lana Negrete wrote.\n"
                                            "\"Our Police Department follows state law.\"");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Lana Negrete"));
    }
    void secondQuoteOfTheParagraph()
    {
        const QString body = QStringLiteral("\"It is late,\" Ann Lee said. \"We should go home now.\"");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Ann Lee"));
    }
    void accordingTo()
    {
        const QString body = QStringLiteral("\"The vote was fair and final,\" according to Ann Lee.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(quote(body, 0).cue, QStringLiteral("according to"));
    }
    void transcriptLine()
    {
        const QString body = QStringLiteral("\"WALLACE: Let us start with the news tonight.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("WALLACE"));
    }
    void partyLabelBeforeTheVerb()
    {
        const QString body = QStringLiteral("\"We will pass it,\" Sen. Mitch McConnell, R-Ky., said on Monday.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Mitch McConnell"));
        const QString inBrackets =
            QStringLiteral("Gov. Mary Fallin (R-OK) said nominee Donald Trump is \"a fighter.\"");
        QCOMPARE(quote(inBrackets, 0).speaker, QStringLiteral("Mary Fallin"));
    }
    void nameBetweenCommasBeforeTheVerb()
    {
        const QString body = QStringLiteral("After winning the primary, Gov. John Kasich, said, \"We did it.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("John Kasich"));
        // An office written with capitals between the commas describes the name before it.
        const QString office = QStringLiteral(
            "Pankaj Pandey, Head of Research at ICICI Securities, said, \"It is a stock-picker's market.\"");
        QCOMPARE(quote(office, 0).speaker, QStringLiteral("Pankaj Pandey"));
    }
    void participleTakesTheSentenceSubject()
    {
        const QString body =
            QStringLiteral("Phil Kerpen needled the reporter Ann Lee, saying, \"Do your homework first.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Phil Kerpen"));
    }
    void invertedAfterAComma()
    {
        const QString body =
            QStringLiteral("It means \"a big defeat\" for the union, said Geert Wilders, a Dutch politician.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Geert Wilders"));
    }
    void personAndPastTenseVerbAfterTheQuote()
    {
        const QString body = QStringLiteral("\"Sit down, go back home,\" Donald Trump barked at the reporter.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Donald Trump"));
    }
    void lineEndingInAColonIntroducesTheQuote()
    {
        const QString body = QStringLiteral("Stated Roger Stone:\n\n\"There is evidence that they cheated.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Roger Stone"));
    }
    void documentSpeaksForItsAuthor()
    {
        const QString body = QStringLiteral("Cities got a letter from the nonprofit America First Legal.\n"
                                            "The letter sent on Monday noted that \"federal law has consequences.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("America First Legal"));
        const QString order =
            QStringLiteral("Ann Lee spoke first.\nIt follows an order signed by Donald Trump directing "
                           "officials \"to ensure that cities do not receive funds.\"");
        QCOMPARE(quote(order, 0).speaker, QStringLiteral("Donald Trump"));
    }
    void roleNounPointsBackAtThePersonNamedLast()
    {
        const QString body = QStringLiteral("Bill Clinton hired Doug Schoen in 1995.\n"
                                            "\"She may reconsider,\" the former pollster said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Doug Schoen"));
    }
    void officeTitleNamesItsHolder()
    {
        // "the senator" is the person named with "Sen.", though another was named since.
        const QString body = QStringLiteral("Sen. Ann Lee met Tom Reid on Monday.\n"
                                            "\"We will fund the harbor,\" the senator said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Ann Lee"));
        // Nobody named as mayor, and the last person named holds another office: the
        // description stays itself.
        const QString other = QStringLiteral("The bill angered Senator Mary Jones.\n"
                                             "\"We will see,\" the mayor said.");
        QCOMPARE(quote(other, 0).speaker, QStringLiteral("the mayor"));
        // A role someone else's possessive names is not the role of the person named last.
        const QString owned = QStringLiteral("Ann Lee spoke in Ohio.\n"
                                             "\"We are ready,\" the company's chief executive said.");
        QCOMPARE(quote(owned, 0).speaker, QStringLiteral("the company's chief executive"));
    }
    void anOpeningAdverbIsNoPartOfTheSpeaker()
    {
        const QString first = QStringLiteral("Tom Reid arrived late.\n"
                                             "First his wife said, \"We are leaving now.\"");
        QCOMPARE(quote(first, 0).speaker, QStringLiteral("his wife"));
        // A title's word stays: "First Lady" is the office.
        const QString lady = QStringLiteral("First Lady Ann Lee said, \"We are here to stay.\"");
        QCOMPARE(quote(lady, 0).speaker, QStringLiteral("Ann Lee"));
    }
    void aRoleSomeoneOwnsIsNotItsOwner()
    {
        // The leader speaks, not the party: before the quotation and after it.
        const QString before = QStringLiteral("Labour's leader called the plan \"a betrayal of the north\" on Monday.");
        QCOMPARE(quote(before, 0).speaker, QStringLiteral("Labour's leader"));
        const QString after = QStringLiteral("\"We will not stand by,\" Labour's leader said.");
        QCOMPARE(quote(after, 0).speaker, QStringLiteral("Labour's leader"));
        // "his spokesman" is not he; nor is "her campaign" whichever body was named last.
        const QString pronoun = QStringLiteral("Tom Reid met the Harbor Council on Monday.\n"
                                               "\"He has no comment,\" his spokesman said.");
        QCOMPARE(quote(pronoun, 0).speaker, QStringLiteral("his spokesman"));
        const QString campaign = QStringLiteral("Ann Lee spoke to the Harbor Council on Monday.\n"
                                                "\"We are done,\" her campaign said.");
        QCOMPARE(quote(campaign, 0).speaker, QStringLiteral("her campaign"));
    }
    void aPronounOpeningASentenceIsTheLastSentencesSubject()
    {
        // Both are people of unknown gender; the one the previous sentence was about speaks.
        const QString body = QStringLiteral("Amadou Magassa met Kofi Mensah.\n"
                                            "He said: \"Everyone needs to drink today.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Amadou Magassa"));
    }
    void aPronounAfterWordsNamingNoOneGoesBackThroughPronouns()
    {
        // "he" after words that name no one, with a "He" opening the sentence before it: the person
        // who opened the sentence before that speaks, not the drink named last.
        const QString body = QStringLiteral("Amadou Magassa sold water and Gatorade on Broad Street. He said he came "
                                            "up with the idea himself.\n"
                                            "\"Sales were great,\" he said, wiping his face.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Amadou Magassa"));
    }
    void theSentenceBeforeSpeaksThroughItsSubjectNotItsFirstName()
    {
        const std::pair<const char16_t *, const char16_t *> cases[] = {
            // A role's owner opening the sentence before is not its subject: the named role is.
            {u"Tom Hale spoke on Monday. Barack Obama consultant Kofi Mensah picked up the thread.\n"
             u"\"Voters want more,\" he said.",
             u"Kofi Mensah"},
            // "Hale's plan …" is about something of his: the pronoun is left to the names before.
            {u"Kofi Mensah studied the budget. Hale's plan may be costly for Sam Okafor.\n"
             u"\"It will not pass,\" he said.",
             u"Sam Okafor"},
            // A sentence that was someone else's report: its speaker goes on, not its subject.
            {u"Tom Hale won the crowd over, Kofi Mensah said.\n\"He was articulate,\" he said.", u"Kofi Mensah"}};
        for (const auto &[body, speaker] : cases)
            QCOMPARE(quote(QString::fromUtf16(body), 0).speaker, QString::fromUtf16(speaker));
    }
    void signatureAfterAHorizontalBar()
    {
        const QString body = QStringLiteral("\u201cHe represents our greatest shame.\u201d\u2015 Pamela Padilla\n"
                                            "\u201cI cannot believe it.\u201d \u2015 Jacklyn Ashley");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Pamela Padilla"));
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Jacklyn Ashley"));
    }
    void participleAfterADescriptionSubject()
    {
        const QString body =
            QStringLiteral("Marco Rubio spoke in Ohio.\nThe Florida senator emailed supporters saying: "
                           "\"We will keep fighting for every vote.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Marco Rubio"));
    }
    void aPlaceQualifyingTheSpeakerIsNotTheSpeaker()
    {
        // "the Florida senator said": the article names Marco Rubio with Florida and the title.
        const QString named = QStringLiteral("Florida Sen. Marco Rubio spoke in Ohio.\n\"We will keep fighting,\" "
                                             "the Florida senator said.");
        QCOMPARE(quote(named, 0).speaker, QStringLiteral("Marco Rubio"));
        // Nobody is named with the place: the description speaks, not the place and not whoever
        // was named last.
        const QString unnamed = QStringLiteral("Marco Rubio met Ann Lee in Ohio.\n\"We will keep fighting,\" the "
                                               "Wisconsin Republican said.");
        QCOMPARE(quote(unnamed, 0).speaker, QStringLiteral("the Wisconsin Republican"));
        const std::pair<QString, QString> described[] = {
            // The only senator the article names is the one meant; not one it names with another
            // state, and not when it names two.
            {QStringLiteral("Sen. Marco Rubio met Gov. Ann Lee in Ohio.\n\"We will keep fighting,\" the Florida "
                            "senator said."),
             QStringLiteral("Marco Rubio")},
            {QStringLiteral("Marco Rubio met Sen. Joni Ernst, R-Iowa, in Ohio.\n\"We will keep fighting,\" the "
                            "Florida senator said."),
             QStringLiteral("the Florida senator")},
            {QStringLiteral("Sen. Marco Rubio met Sen. Ann Lee in Ohio.\n\"We will keep fighting,\" the Florida "
                            "senator said."),
             QStringLiteral("the Florida senator")},
            {QStringLiteral("Sen. Marco Rubio (R-Fla.) met Iowa Sen. Joni Ernst.\n\"We will keep fighting,\" the "
                            "Florida senator said."),
             QStringLiteral("Marco Rubio")},
            // A body's office is its holder's, when the article names them with the body and the
            // title; its spokesman speaks for the body.
            {QStringLiteral("Senate Majority Leader Ann Lee met Tom Reid.\nThe Senate majority leader said, \"We "
                            "will settle.\""),
             QStringLiteral("Ann Lee")},
            {QStringLiteral("Senate Majority Leader Ann Lee met Tom Reid.\n\"We will settle,\" a Senate "
                            "spokesman said."),
             QStringLiteral("Senate")},
        };
        for (const auto &[body, speaker] : described)
            QCOMPARE(quote(body, 0).speaker, speaker);
        const QString man = QStringLiteral("\"We will keep fighting,\" a Texas man said.");
        QCOMPARE(quote(man, 0).speaker, QStringLiteral("a Texas man"));
        // A body of the place's own speaks for it.
        const QString police = QStringLiteral("Donald Trump spoke in Ohio.\n\"We are ready,\" Cleveland police said.");
        QCOMPARE(quote(police, 0).speaker, QStringLiteral("Cleveland"));
    }
    void aRelativeClauseWithoutCommasDescribesTheSpeaker()
    {
        // "a man who attended the meeting said": the man speaks, not the speaker before.
        const QString body = QStringLiteral("\"We need unity,\" Mayor Ann Lee said.\n\"We need roads,\" a Texas man "
                                            "who attended the meeting said.");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("a Texas man"));
    }
    void anUnnamedSourceIsNoNamedPerson()
    {
        // "one source", like "a source", brings someone new in: not Ann Lee, named last.
        const QString body = QStringLiteral("Mayor Ann Lee spoke on Tuesday.\n\"The plan is dead,\" one former "
                                            "official said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("one former official"));
        // Nor are plurals without an -s somebody named before: the man police shot did not speak.
        const QString police = QStringLiteral("Police shot Keith Scott on Tuesday.\n\"He refused to drop the gun,\" "
                                              "police said.");
        QCOMPARE(quote(police, 0).speaker, QStringLiteral("police"));
        const QString people = QStringLiteral("Ann Lee spoke on Tuesday.\n\"It could do more,\" people who have "
                                              "fought such threats say.");
        QCOMPARE(quote(people, 0).speaker, QStringLiteral("people"));
    }
    void capitalisedWordIsNotAVerb()
    {
        const QString body =
            QStringLiteral("Donald Trump also said that the United States has become \"a dumping ground.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Donald Trump"));
    }
    void nameOpeningTheAttributionWinsOverTheListener()
    {
        const QString body =
            QStringLiteral("\"We should rally behind him,\" Lindsey Graham, a former candidate, told CBS News.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Lindsey Graham"));
        const QString titled =
            QStringLiteral("\"Your votes are bound,\" House Speaker Paul Ryan, the convention chair, "
                           "told the delegates.");
        QCOMPARE(quote(titled, 0).speaker, QStringLiteral("Paul Ryan"));
        // After a place or a body, a role with a word saying which: the person holds it.
        const QString roles[] = {
            QStringLiteral("\"We will respond,\" White House press secretary Josh Earnest said Tuesday."),
            QStringLiteral("\"We will respond,\" Iowa deputy director Josh Earnest said Tuesday.")};
        for (const QString &role : roles)
            QCOMPARE(quote(role, 0).speaker, QStringLiteral("Josh Earnest"));
    }
    void nameAndColonBeforeTheQuote()
    {
        const QString body = QStringLiteral("More from the pollsters - Philip Bump: \"The numbers are not close.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Philip Bump"));
    }
    void quotationInsideASentenceIsTheSubjects()
    {
        const QString body =
            QStringLiteral("\"We won,\" Ann Lee said. After the vote, Jeb Bush referred to Marco Rubio "
                           "as \"a gifted speaker\" on Monday.");
        QCOMPARE(quote(body, 1).speaker, QStringLiteral("Jeb Bush"));
    }
    void laterQuotationOfTheSentenceSpeaksForAnEarlierOne()
    {
        const QString body =
            QStringLiteral("While the Council has not acted on \"the hardest cases,\" the "
                           "resolutions affirm its \"commitment to all residents,\" Lana Negrete said.");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Lana Negrete"));
    }
    void clauseAfterTheVerbIsNotTheSpeaker()
    {
        const QString body =
            QStringLiteral("Donald Trump spoke and said the federal judge had \"an absolute conflict.\"");
        QCOMPARE(quote(body, 0).speaker, QStringLiteral("Donald Trump"));
    }
    void pronounOpeningAColonIntroduction()
    {
        const QString body = QStringLiteral("Ann Price wrote to the members on Friday.\n\n"
                                            "Tom Hale did not answer.\n\n"
                                            "She then listed her reasons:\n\n"
                                            "\"First, the budget is far too small.\"\n\n"
                                            "\"Second, nobody asked the teachers.\"");
        const QuoteFinding first = quoteOf(body, QStringLiteral("First"));
        QCOMPARE(mention(body, first), QStringLiteral("She"));
        QCOMPARE(first.speaker, QStringLiteral("Ann Price"));
        QCOMPARE(quoteOf(body, QStringLiteral("Second")).speaker, QStringLiteral("Ann Price"));
    }
    void relativePronounIsTheMention()
    {
        const QString body = QStringLiteral("Greg Sims, who has in the past called the plan \"a total failure,\" "
                                            "left early.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a total"));
        QCOMPARE(mention(body, q), QStringLiteral("who"));
        QCOMPARE(q.speaker, QStringLiteral("Greg Sims"));
    }
    void quotationEndingItsSentenceIsNotTheNextSentencesSpeech()
    {
        const QString body = QStringLiteral("Mary Walsh met Tom Hale on Monday. Tom Hale wants the party to be "
                                            "\"closely coordinated.\" She added that the race was close.");
        QCOMPARE(quoteOf(body, QStringLiteral("closely")).speaker, QStringLiteral("Tom Hale"));
    }
    void pastTenseVerbBeforeAName()
    {
        const QString body = QStringLiteral("Mary Walsh opened the show.\n\n"
                                            "\"This is fantastic!\" beamed Donald Hartley, a delegate.");
        QCOMPARE(quoteOf(body, QStringLiteral("This is")).speaker, QStringLiteral("Donald Hartley"));
    }
    void partyLabelBeforeTheComma()
    {
        const QString body = QStringLiteral("Mary Walsh lost.\n\n"
                                            "After winning the state, Gov. John Kasich (R-OH), said, "
                                            "\"We are going all the way.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("We are")).speaker, QStringLiteral("John Kasich"));
    }
    void subjectAfterAnOpeningPhrase()
    {
        const QString body = QStringLiteral("Speaking to Mary Walsh in Concord, which votes on Tuesday, Jeb Bush "
                                            "referred to his rival as \"a bright leader\" on Monday.");
        QCOMPARE(quoteOf(body, QStringLiteral("a bright")).speaker, QStringLiteral("Jeb Bush"));
    }
    void pronounAndVerbClosingTheSentenceAfterAComma()
    {
        const QString body = QStringLiteral("Ann Price questioned Tom Hale for an hour.\n\n"
                                            "\"This just is not right,\" Hale said. \"You squeezed employees\" to "
                                            "drive up the price, she said.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("You squeezed"));
        QCOMPARE(mention(body, q), QStringLiteral("she"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Price"));
    }
    void descriptionOpeningTheSentenceSpeaks()
    {
        const QString body = QStringLiteral("Mary Walsh spoke first.\n\n"
                                            "The conservative magazine has been outspoken, arguing the plan is "
                                            "\"a costly mistake for everyone.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a costly"));
        QCOMPARE(mention(body, q), QStringLiteral("The conservative magazine"));
    }
    void pronounRefersToTheSentencesSubject()
    {
        const QString body = QStringLiteral("Ann Price says she admired the courage of Mary Walsh through what "
                                            "she calls a \"war of some pretty unpleasant words.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("war of"));
        QCOMPARE(mention(body, q), QStringLiteral("she"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Price"));
    }
    void accordingToNamesTheOuterSource()
    {
        const QString body = QStringLiteral("Senator Mark Hale met the donors.\n\"You have been unfair,\" he told "
                                            "them, according to the Tulsa Herald.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("You have"));
        QCOMPARE(mention(body, q), QStringLiteral("Tulsa Herald"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void accordingToInTheNextSentenceIsNotTheSource()
    {
        const QString body = QStringLiteral(
            "Senator Mark Hale met the donors.\nHale said, \"You have been unfair.\" The cause, according to the Tulsa "
            "Herald, was money.");
        QCOMPARE(quoteOf(body, QStringLiteral("You have")).speaker, QStringLiteral("Mark Hale"));
    }
    void accordingToAReportByAName()
    {
        const QString body = QStringLiteral("Senator Mark Hale spoke in Casper.\n\"We will win,\" Hale said, according "
                                            "to a report by Tulsa Radio.");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("We will"))), QStringLiteral("Tulsa Radio"));
    }
    void aRecordOfTheWordsIsNoSource()
    {
        // A transcript, a statement or audio is where the writer read or heard the words: the one
        // who said them speaks.
        const char *records[] = {"a transcript of the show", "audio provided by Tulsa Radio", "a statement"};
        for (const char *record : records) {
            const QString body = QStringLiteral("Senator Mark Hale spoke in Casper.\n\"We will win,\" he told them, "
                                                "according to %1.")
                                     .arg(QString::fromUtf8(record));
            QCOMPARE(quoteOf(body, QStringLiteral("We will")).speaker, QStringLiteral("Mark Hale"));
        }
    }
    void nearestSubjectPronounSpeaksAPartialQuote()
    {
        const QString body =
            QStringLiteral("Mark Hale met Anna Lopez on Monday.\nOn a cold day in late May she flew home with "
                           "\"no regrets at all\" about the trip.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("no regrets"));
        QCOMPARE(q.speaker, QStringLiteral("Anna Lopez"));
        QCOMPARE(mention(body, q), QStringLiteral("she"));
    }
    void pronounOfASubordinateClauseIsTalkedAbout()
    {
        const QString body = QStringLiteral("Mark Hale met Anna Lopez on Monday.\nLopez called Hale a hypocrite "
                                            "because he had taken \"about $200,000\" "
                                            "from banks.");
        QCOMPARE(quoteOf(body, QStringLiteral("about")).speaker, QStringLiteral("Anna Lopez"));
    }
    void nameAfterToldBeforeAColonIsTheAddressee()
    {
        const QString body = QStringLiteral("Mark Hale later told Tulsa Radio: \"We will win this fight.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("We will")).speaker, QStringLiteral("Mark Hale"));
    }
    void descriptionJoinedByAndBeforeTheVerb()
    {
        const QString body = QStringLiteral(
            "\"North Korea is run by a lunatic,\" the Florida senator and presidential candidate said in a statement.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("North Korea"));
        QCOMPARE(mention(body, q), QStringLiteral("the Florida senator and presidential candidate"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void attributionClosingTheSentenceAfterAComma()
    {
        const QString body = QStringLiteral("Mark Hale spoke in May.\nThe new rule was \"particularly burdensome\" on "
                                            "poor voters, the lawsuit alleges.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("particularly"));
        QCOMPARE(mention(body, q), QStringLiteral("the lawsuit"));
        QCOMPARE(q.cue, QStringLiteral("alleges"));
    }
    void closingAttributionLeavesAQuotationItsOwnVerb()
    {
        const QString body = QStringLiteral(
            "Mark Hale met Anna Lopez.\nHe called it \"a fair deal\" and Hale said so, paraphrasing Lopez's remarks.");
        QCOMPARE(quoteOf(body, QStringLiteral("a fair")).speaker, QStringLiteral("Mark Hale"));
    }
    void speechNounAfterAPossessiveIsNoCue()
    {
        const QString body = QStringLiteral(
            "Anna Lopez runs the fact checks.\nLopez rated 32% of Hale's claims as \"mostly false\" this year.");
        QCOMPARE(quoteOf(body, QStringLiteral("mostly")).speaker, QStringLiteral("Anna Lopez"));
    }
    void reportInsideAReportIsTheOuterSpeakers()
    {
        const QString body = QStringLiteral("Anna Lopez met Mark Hale in May.\nLopez said that Hale recalls the "
                                            "meeting being \"very tense\" at first.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("very tense"));
        QCOMPARE(q.speaker, QStringLiteral("Anna Lopez"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void asSomeonePutIt()
    {
        const QString after = QStringLiteral("Mark Hale met the donors.\nThe rule needs a \"lawful source of income,\" "
                                             "as a Tulsa Herald editorial put it.");
        QCOMPARE(mention(after, quoteOf(after, QStringLiteral("lawful"))), QStringLiteral("Tulsa Herald"));
        const QString before = QStringLiteral(
            "Mark Hale met the donors.\nHe was seen, as Anna Lopez put it in a long essay, as \"the operator.\"");
        QCOMPARE(quoteOf(before, QStringLiteral("the operator")).speaker, QStringLiteral("Anna Lopez"));
    }
    void participleAddingThatIsTheMainSpeakers()
    {
        const QString body = QStringLiteral(
            "Anna Lopez ran the count.\n\"It speaks volumes,\" she said, adding that Mark Hale will work hard in "
            "November. \"They are waiting.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("They are"));
        QCOMPARE(q.speaker, QStringLiteral("Anna Lopez"));
    }
    void pollReportsTheAnswersOfAShare()
    {
        const QString body = QStringLiteral("In a Tulsa Herald poll released Monday, 31% of voters said they were "
                                            "\"extremely enthusiastic\" about it.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("extremely"));
        QCOMPARE(mention(body, q), QStringLiteral("a Tulsa Herald poll"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void subordinateClauseOpeningTheSentenceHasItsOwnSubject()
    {
        const QString body = QStringLiteral(
            "Anna Lopez and Mark Hale spoke.\nWhen Hale appeared late Monday, Lopez declined to claim victory, only "
            "saying she felt \"a sigh of relief\" at the numbers.");
        QCOMPARE(quoteOf(body, QStringLiteral("a sigh")).speaker, QStringLiteral("Anna Lopez"));
    }
    void phraseAfterAPrepositionModifiesTheSpeaker()
    {
        const QString body =
            QStringLiteral("Protesters marching through the streets chanted \"What curfew?\" all night.");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("What curfew"))),
                 QStringLiteral("Protesters marching through the streets"));
    }
};

QTEST_GUILESS_MAIN(TstAttribution)
#include "tst_attribution.moc"
