#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// Sources that speak for a whole sentence ("According to …,") and verbs whose neighbours are not
// speakers ("called X").
class TstAttributionSentences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accordingToOpeningTheSentenceNamesItsSource()
    {
        // No name or person noun after "according to": the words themselves are the source.
        const QString body = QStringLiteral("Mary Fields had a checkup. According to her family doctor, the senator "
                                            "is in \"remarkably good shape\" for her age.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("remarkably"));
        QCOMPARE(mention(body, q), QStringLiteral("her family doctor"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void accordingToADocumentFiledBySomeoneNamesWhoFiledIt()
    {
        // Not "a court document filed", cut before its agent: the prosecutor who filed it.
        const QString body = QStringLiteral("The charge will not stand, as the evidence is \"not enough to prove "
                                            "it,\" according to a court document filed by state attorney Ann Lee.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("not enough"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(q.cue, QStringLiteral("according to"));
    }
    void accordingToInsideAReportIsNoSource()
    {
        // "said that according to its count": the party's own count, the speaker is who said it.
        const QString body = QStringLiteral("Win Htein, a party official, said on Tuesday that according to its "
                                            "count, the party won, but \"we are still counting the seats.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("we are"));
        QVERIFY2(q.speaker.endsWith(QStringLiteral("Htein")), qPrintable(q.speaker));
    }
    void aStateAbbreviationAfterANameEndsNoSentence()
    {
        // "(R-Tex.)", "(Mont.)": the period belongs to the state, so "said" still follows the name.
        for (const QString &label : {QStringLiteral("(R-Tex.)"), QStringLiteral("(Mont.)")}) {
            const QString body = QStringLiteral("\"We are done here,\" Sen. Ann Lee %1 said.").arg(label);
            const QuoteFinding q = quoteOf(body, QStringLiteral("We are"));
            QCOMPARE(q.speaker, QStringLiteral("Ann Lee"));
            QCOMPARE(q.cue, QStringLiteral("said"));
        }
    }
    void nameAfterANamingVerbIsNoSpeaker()
    {
        const QString body = QStringLiteral("Mark Udall spoke in Denver on Sunday. Udall thanked the volunteers and "
                                            "called Citizens United \"a disaster for our democracy.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a disaster"));
        QCOMPARE(q.speaker, QStringLiteral("Mark Udall"));
    }
    void closingAttributionBeforeAnApposition()
    {
        // The sentence's last comma opens an apposition; the attribution is after the one before.
        const QString body =
            QStringLiteral("The slogan \"bring the jobs home\" speaks to workers who lost their pensions in the last "
                           "recession, said Ruth Alvarez, a sociologist at Temple University.");
        const QuoteFinding q = quoteOf(body, QStringLiteral("bring the"));
        QCOMPARE(q.speaker, QStringLiteral("Ruth Alvarez"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void participleSharesTheSubjectOfItsClause()
    {
        // "saying" joins the clause "he used stronger language", whose subject is the pronoun.
        const QString body =
            QStringLiteral("President Obama has been criticized for the term, though at a news conference last week he "
                           "used stronger language, saying the group \"must be destroyed.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("must be"));
        QCOMPARE(mention(body, q), QStringLiteral("he"));
        QCOMPARE(q.speaker, QStringLiteral("Obama"));
    }
    void verbAfterAndSharesTheSubjectOfItsClause()
    {
        const QString body = QStringLiteral("Col. Larry Wilkins started the rant when he brought up the bombing "
                                            "and later said, \"It's not just one group shooting people.\"");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("It's not"))), QStringLiteral("he"));
    }
    void reportedClauseIsNotTheClauseJoined()
    {
        // "noted that he taught": the pronoun opens what was noted; "added" joins "The president noted".
        const QString body = QStringLiteral("Barack Obama spoke on Tuesday. The president noted that he taught "
                                            "law, and added: \"I know a little about this.\"");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("I know"))), QStringLiteral("The president"));
    }
    void pronounInsideTheSentenceOfAPersonOfUnknownGender()
    {
        // Nothing tells Okafor's gender; "she" in the sentence Okafor opens still stands for Okafor,
        // not for the woman named before.
        const QString body = QStringLiteral(
            "Maria Lopez left the meeting early.\nOkafor agreed to the deal, though she later said it was "
            "\"the best we could get.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("the best")).speaker, QStringLiteral("Okafor"));
    }
    void pronounAfterAPersonOfUnknownGenderNamedJustBefore()
    {
        // Nothing tells Okoro's gender; "she" right after Okoro spoke is Okoro, not the woman
        // named paragraphs before.
        const QString body =
            QStringLiteral("Mayor Diane Brooks opened the hearing on Tuesday.\nThe council then heard from residents.\n"
                           "\"We owe them answers,\" Okoro said.\n\"Nobody listened to us for years,\" she continued.");
        QCOMPARE(quoteOf(body, QStringLiteral("Nobody listened")).speaker, QStringLiteral("Okoro"));
    }
    void aSurnameThatIsAFirstNameTellsNoGender()
    {
        // "Omar" is a man's first name, but here the surname of Ilhan Omar, whose gender nothing
        // tells: "She" after her sentence is her, not the woman named before.
        const QString body = QStringLiteral(
            "Host Jeanine Pirro spoke about Ilhan Omar.\nOmar asked for compassion in a letter, saying she did not "
            "think a severe sentence would help. She added, \"We must teach the defendant love.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("We must")).speaker, QStringLiteral("Ilhan Omar"));
    }
    void whereTheWordsWereSaidIsNoSpeaker()
    {
        // "said in a statement": the statement is where the mayor spoke, not who spoke.
        const QString body =
            QStringLiteral("\"The roads will reopen soon,\" the mayor, Tim Moore, said in a statement.");
        QCOMPARE(quoteOf(body, QStringLiteral("The roads")).speaker, QStringLiteral("Tim Moore"));
    }
    void pronounInsideTheSentenceOfAPersonAfterAPlaceAndTitle()
    {
        // "Texas Gov. Dan Miller" opens the sentence: "he" is Miller, not Abbott, named last.
        const QString body = QStringLiteral(
            "Texas Gov. Dan Miller thanked Greg Abbott, though he later said the plan was \"far too costly.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("far too")).speaker, QStringLiteral("Dan Miller"));
    }
    void whoIsSpokenToAfterAParticipleIsNoSpeaker()
    {
        const QString body = QStringLiteral("Another intelligence source speaking to Fox News said, \"The agents "
                                            "are looking at the donations.\"");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("The agents"))),
                 QStringLiteral("Another intelligence source"));
    }
    void indefiniteDescriptionIsSomeoneNew()
    {
        // "a longtime adviser" is not Hillary Clinton, the person named last.
        const QString body = QStringLiteral("Hillary Clinton campaigned in Ohio on Monday.\n\"She is tired of "
                                            "the attacks,\" a longtime adviser said.");
        QCOMPARE(quoteOf(body, QStringLiteral("She is")).speaker, QStringLiteral("a longtime adviser"));
    }
    void commentedIsASpeechVerb()
    {
        const QString body = QStringLiteral(
            "Donald Trump was popular online.\nHe would be a better president \"no matter what,\" one user commented.");
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("no matter"))), QStringLiteral("one user"));
    }
    void accusesAndConcludeAreSpeechVerbs()
    {
        const QString body = QStringLiteral(
            "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he's \"losing the war.\"\n"
            "\"The attacks show that many oppose any immigrants,\" the editors conclude.");
        QCOMPARE(quoteOf(body, QStringLiteral("leading")).speaker, QStringLiteral("Ted Cruz"));
        QCOMPARE(mention(body, quoteOf(body, QStringLiteral("The attacks"))), QStringLiteral("the editors"));
    }
    void assuredIsASpeechVerb()
    {
        // "Jones assured the crowd" attributes the quotation; Trump only called Jones up.
        const QString body = QStringLiteral(
            "At a rally that night, Trump called Jones onto the stage. \"Nothing will change, folks,\" Jones "
            "assured the crowd.");
        QCOMPARE(quoteOf(body, QStringLiteral("Nothing will")).speaker, QStringLiteral("Jones"));
    }
    void theHolderOfARoleSpeaks()
    {
        // The body or person before the role only says whose spokesman he is.
        const QString body = QStringLiteral("\"We disagree,\" said Google's spokesman, Tom Reid. \"We will "
                                            "appeal,\" said a Google spokeswoman, Ann Lee.");
        QCOMPARE(quoteOf(body, QStringLiteral("We disagree")).speaker, QStringLiteral("Tom Reid"));
        QCOMPARE(quoteOf(body, QStringLiteral("We will")).speaker, QStringLiteral("Ann Lee"));
        // The same holder when the role opens a sentence whose second verb brings the quotation.
        const QString joined = QStringLiteral("Google's chief spokesman, Tom Reid, called the ruling unfair and "
                                              "said: \"We will appeal.\"");
        QCOMPARE(quoteOf(joined, QStringLiteral("We will")).speaker, QStringLiteral("Tom Reid"));
        // And without the possessive: the company's name before the role says whose it is.
        const QString plain = QStringLiteral("A Google spokeswoman, Ann Lee, called the ruling unfair and said: "
                                             "\"We will appeal.\"");
        QCOMPARE(quoteOf(plain, QStringLiteral("We will")).speaker, QStringLiteral("Ann Lee"));
    }
    void pluralAfterAPrepositionIsANoun()
    {
        // "of Republican claims": "claims" is a noun, not the cue of "Republican".
        const QString body = QStringLiteral("PolitiFact rated 32% of Republican claims as \"false\" or \"pants on "
                                            "fire,\" compared to 11% of Democratic claims.");
        QCOMPARE(quoteOf(body, QStringLiteral("pants on")).speaker, QStringLiteral("PolitiFact"));
    }
    void colonLineOpenedBySubordinateClause()
    {
        const QString body = QStringLiteral("When Wallace died in 1998, President Bill Clinton released the "
                                            "following statement:\n\n\"Hillary and I offer our condolences to his "
                                            "family.\"");
        QCOMPARE(quoteOf(body, QStringLiteral("Hillary and")).speaker, QStringLiteral("Bill Clinton"));
    }
    void sentenceAfterAClosingAttributionGoesOnReportingIt()
    {
        const QString body = QStringLiteral(
            "Professor Alan Marsh studies rumours. This makes it hard to dislodge false stories, Marsh said. Good "
            "information can still drive out bad, but usually only when \"the truth is sexier than the lie.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("the truth"));
        QCOMPARE(q.speaker, QStringLiteral("Alan Marsh"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
    void pronounAfterASentenceReportingAnothersWordsIsTheReporter()
    {
        // The sentence before reports what someone else does or says; its subject, who reports, is
        // who "he" stands for, not the person inside the report.
        const std::pair<const char *, const char *> cases[] = {
            {"Chris Cox spoke for the group.\nCox says Obama is trying to distract from the attacks. He says "
             "the country needs no more \"lectures that are devoid of facts.\"",
             "Chris Cox"},
            {"Ted Cruz spoke at the convention.\nCruz never mentioned Trump by name. Instead, he said that "
             "\"no one fought harder than we did.\"",
             "Ted Cruz"},
        };
        for (const auto &[text, speaker] : cases) {
            const QString body = QString::fromUtf8(text);
            const QuoteFinding q = quoteOf(body, body.mid(body.lastIndexOf(u'"', body.size() - 2) + 1, 8));
            QVERIFY2(q.end > q.start, text);
            QCOMPARE(q.speaker, QString::fromUtf8(speaker));
        }
    }
    void descriptionBeforeARelativeClauseSpeaks()
    {
        const QString body = QStringLiteral(
            "Marco Rubio met donors in Miami.\nOne attendee, who spoke on the condition of anonymity, said the "
            "message was that \"this is not going to be over in February.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("this is"));
        QCOMPARE(mention(body, q), QStringLiteral("One attendee"));
        QCOMPARE(q.cue, QStringLiteral("said"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionSentences)
#include "tst_attributionsentences.moc"
