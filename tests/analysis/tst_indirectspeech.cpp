#include "analysis/analyzer.h"

#include <QTest>

using namespace lede;

// Indirect speech through the analyzer, which turns it on by default.
class TstIndirectSpeech : public QObject
{
    Q_OBJECT
private:
    static QList<QuoteFinding> indirect(const QString &body, bool include = true)
    {
        Analyzer analyzer;
        analyzer.setIncludeIndirect(include);
        QList<QuoteFinding> found;
        for (const QuoteFinding &q : analyzer.analyze(body).quotes) {
            if (q.kind == QuoteKind::Indirect)
                found.append(q);
        }
        return found;
    }
    static QString span(const QString &body, const QuoteFinding &q) { return body.mid(q.start, q.end - q.start); }
    // Every report of `body` as "clause | speaker".
    static QStringList reports(const QString &body)
    {
        QStringList out;
        for (const QuoteFinding &q : indirect(body))
            out << span(body, q) + QStringLiteral(" | ") + q.speaker;
        return out;
    }
    // The first report of `body` as "clause | speaker", empty when there is none.
    static QString firstReport(const QString &body) { return reports(body).value(0); }
private Q_SLOTS:
    void verbThenClause()
    {
        const QString body = QStringLiteral("Mayor Lana Negrete said the city would not help federal agents.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the city would not help federal agents"));
        QCOMPARE(q.first().speaker, QStringLiteral("Lana Negrete"));
        QCOMPARE(q.first().cue, QStringLiteral("said"));
    }
    void thatAndTimeWordsAreSkipped()
    {
        const QString body = QStringLiteral("Ann Lee said Tuesday that the vote had been fair and final.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the vote had been fair and final"));
        // "this" is a time word before a time's noun, the clause's subject before its verb.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said this week that the vote had been fair.")),
                 QStringLiteral("the vote had been fair | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said this is a rough patch for the party.")),
                 QStringLiteral("this is a rough patch for the party | Ann Lee"));
    }
    void toldNeedsThat()
    {
        const QString body = QStringLiteral("Ann Lee told reporters that the plan was already dead.");
        QCOMPARE(span(body, indirect(body).value(0)), QStringLiteral("the plan was already dead"));
        QVERIFY(indirect(QStringLiteral("Ann Lee told reporters about the plan for the harbor.")).isEmpty());
        // Whom she told, and where and when, may take a few words.
        const QString where = QStringLiteral("Ann Lee told a crowd in Miami on Tuesday that the plan was dead.");
        QCOMPARE(span(where, indirect(where).value(0)), QStringLiteral("the plan was dead"));
        const QString hall = QStringLiteral(
            "Ann Lee told a crowded banquet hall at a hotel in downtown Baltimore that she is not giving up.");
        QCOMPARE(span(hall, indirect(hall).value(0)), QStringLiteral("she is not giving up"));
        // Or a clause opening with its subject pronoun: from there on, not from a later "that".
        const QString pronoun = QStringLiteral("Ann Lee told CNN on Sunday she believed that the vote was fair.");
        QCOMPARE(span(pronoun, indirect(pronoun).value(0)), QStringLiteral("she believed that the vote was fair"));
        // The pronoun and its verb written as one word.
        QCOMPARE(firstReport(QStringLiteral("Tom Reid told POLITICO he’ll work full-time on the harbor.")),
                 QStringLiteral("he’ll work full-time on the harbor | Tom Reid"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee told CNN they're leaning toward the plan.")),
                 QStringLiteral("they're leaning toward the plan | Ann Lee"));
        QVERIFY(indirect(QStringLiteral("Ann Lee told a story about how he built the harbor.")).isEmpty());
        // Or a question word: the clause is the question, not its later subject.
        const QString question =
            QStringLiteral("Ann Lee told a radio host on Thursday how surprised she was that the harbor closed.");
        QCOMPARE(span(question, indirect(question).value(0)),
                 QStringLiteral("how surprised she was that the harbor closed"));
        // An audience told, then a clause whose subject has its verb.
        const QString audience = QStringLiteral("Ann Lee told reporters the harbor would close in March.");
        QCOMPARE(span(audience, indirect(audience).value(0)), QStringLiteral("the harbor would close in March"));
        const QString council = QStringLiteral("Ann Lee told the council a vote had been set for May.");
        QCOMPARE(span(council, indirect(council).value(0)), QStringLiteral("a vote had been set for May"));
        QVERIFY(indirect(QStringLiteral("Ann Lee told reporters the story of the harbor.")).isEmpty());
        // A named object, then a clause whose subject opens with a possessive or "the" and has a verb.
        QCOMPARE(firstReport(QStringLiteral("Tom Reid told the AP his firm worked closely with the port.")),
                 QStringLiteral("his firm worked closely with the port | Tom Reid"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee told CNN the campaign would not give up.")),
                 QStringLiteral("the campaign would not give up | Ann Lee"));
        QVERIFY(indirect(QStringLiteral("Ann Lee told the Times the story of her life in the harbor.")).isEmpty());
    }
    void verbsWithAnObjectTakeAPronounClause()
    {
        // "announced" takes an object ("her resignation"); a pronoun and its verb are a clause.
        const QString body = QStringLiteral("Ann Lee announced she will resign her post after the vote.");
        QCOMPARE(span(body, indirect(body).value(0)), QStringLiteral("she will resign her post after the vote"));
        QVERIFY(indirect(QStringLiteral("Ann Lee announced her resignation after the vote.")).isEmpty());
    }
    void clauseThenAttribution()
    {
        const QString body = QStringLiteral("The council will vote on the plan next month, Ann Lee said.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("The council will vote on the plan next month"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        // Whom it was told to and when, after "told".
        QCOMPARE(firstReport(QStringLiteral("The council will vote on the plan next month, Ann Lee told The Harbor "
                                            "Times on Thursday.")),
                 QStringLiteral("The council will vote on the plan next month | Ann Lee"));
        // A clause after "told" is the report, not the words before.
        QCOMPARE(firstReport(QStringLiteral("The plant will close in May, the mayor told the council she would fight "
                                            "it.")),
                 QStringLiteral("she would fight it | the mayor"));
    }
    void accordingToOpeningTheSentence()
    {
        // The source need not be a name: the writer says where the claim comes from.
        const QString body = QStringLiteral("According to City officials, Santa Monica was not among the cities.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("Santa Monica was not among the cities"));
        QCOMPARE(q.first().speaker, QStringLiteral("City officials"));
        QCOMPARE(q.first().cue, QStringLiteral("according to"));
        QCOMPARE(body.mid(q.first().speakerStart, q.first().speakerEnd - q.first().speakerStart),
                 QStringLiteral("City officials"));
    }
    void accordingToAfterAShortOpening()
    {
        // A subject or a word that sets the scene before the aside: the whole sentence was reported.
        const QString turnout = QStringLiteral("Turnout, according to the Harbor Authority, has doubled since May.");
        QCOMPARE(
            firstReport(turnout),
            QStringLiteral("Turnout, according to the Harbor Authority, has doubled since May | Harbor Authority"));
        const QString but =
            QStringLiteral("But, according to the Harbor Authority, most of the piers will reopen in June.");
        QCOMPARE(indirect(but).value(0).speaker, QStringLiteral("Harbor Authority"));
        // Too few words on either side report nothing.
        QVERIFY(indirect(QStringLiteral("Not so, according to the Harbor Authority.")).isEmpty());
    }
    void accordingToClosingTheSentence()
    {
        const QString body = QStringLiteral("Romney had a ten-point lead among them, according to exit polls.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("Romney had a ten-point lead among them"));
        QCOMPARE(q.first().speaker, QStringLiteral("exit polls"));
        // Without the comma, "according to" belongs to the clause and reports nothing by itself.
        QVERIFY(indirect(QStringLiteral("They voted according to the rules of the House.")).isEmpty());
        // A poll is no one the article named before it.
        QCOMPARE(firstReport(QStringLiteral("Mayor Ann Lee spoke on Monday. Lee leads Tom Reid by six points, "
                                            "according to the poll.")),
                 QStringLiteral("Lee leads Tom Reid by six points | the poll"));
        // A source described at length.
        const QString longer = QStringLiteral("Clinton led among both men and women, according to early results of "
                                              "exit polls conducted for The Associated Press by Edison Research.");
        QCOMPARE(indirect(longer).value(0).speaker,
                 QStringLiteral("early results of exit polls conducted for The "
                                "Associated Press by Edison Research"));
        // The sentence's verb after the aside: all of the sentence was reported. Words about the
        // source after it are not.
        const QString inside =
            QStringLiteral("At the heart of the trouble, according to the mayor, is a lack of money.");
        QCOMPARE(span(inside, indirect(inside).value(0)),
                 QStringLiteral("At the heart of the trouble, according to the mayor, is a lack of money"));
        const QString about = QStringLiteral("Taxes would go up for most families, according to Ann Lee, a former aide "
                                             "to the governor.");
        QCOMPARE(span(about, indirect(about).value(0)), QStringLiteral("Taxes would go up for most families"));
        // Between dashes, the source is an aside inside the sentence, not after what it says.
        QVERIFY(indirect(
                    QStringLiteral("Most voters - 63 percent in May, according to a survey by Ann Lee - still back the "
                                   "plan for the harbor."))
                    .isEmpty());
    }
    void peopleNamedByTheirRoleSpeak()
    {
        const QString body = QStringLiteral("Campaign aides said the bus tour would end in Ohio next week.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the bus tour would end in Ohio next week"));
        QCOMPARE(q.first().speaker, QStringLiteral("Campaign aides"));
        // One of the people a report quotes unnamed: a witness, a neighbour.
        const QString witness = QStringLiteral("A witness said the bus had left the depot before noon.");
        QCOMPARE(indirect(witness).value(0).speaker, QStringLiteral("A witness"));
        const QString neighbour =
            QStringLiteral("A neighbour, who asked not to be named, told reporters the family had left in March.");
        QCOMPARE(firstReport(neighbour), QStringLiteral("the family had left in March | A neighbour"));
        // Nor is just any phrase before "said" a source.
        QVERIFY(indirect(QStringLiteral("The printed schedule said the bus tour would end in Ohio.")).isEmpty());
    }
    void aRoleIsTheHeadOfThePhraseNotItsLastWord()
    {
        // "member" is a role, but the phrase is about interests: "states" here is no speech verb.
        QVERIFY(indirect(QStringLiteral("As with so much at the United Nations, the interests of member states "
                                        "trump everything else."))
                    .isEmpty());
        const QString body = QStringLiteral("Members of Congress said the vote would come before the recess.");
        QCOMPARE(span(body, indirect(body).value(0)), QStringLiteral("the vote would come before the recess"));
        // A share of a group is the group speaking; the head of a body speaks for it.
        QCOMPARE(firstReport(QStringLiteral("In Texas, half of the harbor workers said they were angry about the "
                                            "vote.")),
                 QStringLiteral("they were angry about the vote | half of the harbor workers"));
        QCOMPARE(firstReport(QStringLiteral("The deputy head of the harbor board said the pier would reopen in "
                                            "May.")),
                 QStringLiteral("the pier would reopen in May | The deputy head of the harbor board"));
    }
    void anOpeningClauseIsNotTheAttribution()
    {
        const QString body =
            QStringLiteral("Back when he wrote his book, Ann Lee said that she considered debt a last resort.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("she considered debt a last resort"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        // A verb's form in an opening phrase ("note") is not the sentence's verb.
        QCOMPARE(firstReport(QStringLiteral("In a subsequent note to staff, Ann Lee said the pier would reopen in "
                                            "May.")),
                 QStringLiteral("the pier would reopen in May | Ann Lee"));
    }
    void attributionBetweenCommas()
    {
        // The whole reported sentence, the attribution within it: neither side alone says it all.
        const QString main =
            QStringLiteral("Ann Lee had two interviews, federal officials said, the first in Pakistan last spring.");
        QList<QuoteFinding> q = indirect(main);
        QCOMPARE(q.size(), 1);
        QCOMPARE(
            span(main, q.first()),
            QStringLiteral("Ann Lee had two interviews, federal officials said, the first in Pakistan last spring"));
        QCOMPARE(q.first().speaker, QStringLiteral("federal officials"));
        const QString scene =
            QStringLiteral("But to prevent problems, Ann Lee said, local officials should be vigilant.");
        q = indirect(scene);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(scene, q.first()),
                 QStringLiteral("But to prevent problems, Ann Lee said, local officials should be vigilant"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        const QString subject = QStringLiteral("The harbor, Mayor Ann Lee said, would reopen after the storm season.");
        QCOMPARE(span(subject, indirect(subject).value(0)),
                 QStringLiteral("The harbor, Mayor Ann Lee said, would reopen after the storm season"));
        // After an inverted attribution the words go on about the speaker; after a participle, about
        // what the speaker did: the clause before is the report.
        const QString inverted =
            QStringLiteral("The harbor will close in May, said Sen. Mitch McConnell, and reopen next year.");
        QCOMPARE(span(inverted, indirect(inverted).value(0)), QStringLiteral("The harbor will close in May"));
        const QString participle =
            QStringLiteral("The harbor will close in May, Ann Lee said, wiping rain off her glasses.");
        QCOMPARE(span(participle, indirect(participle).value(0)), QStringLiteral("The harbor will close in May"));
        // Neither side a clause: a scene and a word.
        QVERIFY(indirect(QStringLiteral("When she arrived at the party, Ann Lee said, yes.")).isEmpty());
    }
    void objectVerbsAreNotSpeech()
    {
        QVERIFY(indirect(QStringLiteral("Ann Lee added a note of caution about the plan.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee announced the plan for the new harbor.")).isEmpty());
    }
    void aVerbAfterAnArticleIsANoun()
    {
        // "a note", "their say": nouns, not what somebody does.
        const QString note = QStringLiteral("In a note to staff, Ann Lee said the harbor would close in May.");
        QCOMPARE(span(note, indirect(note).value(0)), QStringLiteral("the harbor would close in May"));
        QVERIFY(
            indirect(QStringLiteral("When the voters of Toledo had their say, they chose the harbor plan.")).isEmpty());
        // After a name's possessive a verb's form describes: "Lee's alleged scheme" is nobody speaking.
        QVERIFY(indirect(QStringLiteral("The clerk kept the ledgers for years, a part of Lee's alleged scheme."))
                    .isEmpty());
        // After a pronoun "'s" is "has", and the verb reports.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee is firm. She's said the harbor would close in May.")),
                 QStringLiteral("the harbor would close in May | Ann Lee"));
    }
    void pluralSourcesInThePresent()
    {
        // "experts say", "analysts said", "authorities said": sources in the plural, and the
        // present tense they speak in.
        const QString experts = QStringLiteral("But tax experts say the cuts would be swamped by other changes.");
        QList<QuoteFinding> q = indirect(experts);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(experts, q.first()), QStringLiteral("the cuts would be swamped by other changes"));
        QCOMPARE(q.first().speaker, QStringLiteral("tax experts"));
        const QString analysts = QStringLiteral("Foreign policy analysts said the vote would be close.");
        QCOMPARE(indirect(analysts).value(0).speaker, QStringLiteral("Foreign policy analysts"));
        const QString authorities = QStringLiteral("Authorities said the curfew would continue this weekend.");
        QCOMPARE(span(authorities, indirect(authorities).value(0)),
                 QStringLiteral("the curfew would continue this weekend"));
    }
    void groupsThatSpeakAsOne()
    {
        const QString opponents = QStringLiteral("Harbor opponents argued that the plan would cost the city millions.");
        QList<QuoteFinding> q = indirect(opponents);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(opponents, q.first()), QStringLiteral("the plan would cost the city millions"));
        QCOMPARE(q.first().speaker, QStringLiteral("Harbor opponents"));
        const QString allies = QStringLiteral("Allies say that she does not see any need to change the plan.");
        QCOMPARE(span(allies, indirect(allies).value(0)),
                 QStringLiteral("she does not see any need to change the plan"));
    }
    void theyStandsForTheGroupThatSpokeBefore()
    {
        // "they" is the plural subject of the speech verb before it, not the body named last.
        const QString groups = QStringLiteral("Ann Lee wrote to the Harbor Council on Monday. The plan is unfair, the "
                                              "groups say. They argue that the council should wait.");
        QCOMPARE(reports(groups).value(1), QStringLiteral("the council should wait | the groups"));
        // A group that believes or worries is one "they" can stand for too.
        const QString believe = QStringLiteral("Ann Lee wrote to the Harbor Council on Monday. Her advisers think "
                                               "the plan is unfair. In turn, they think the council should wait.");
        QCOMPARE(reports(believe).value(1), QStringLiteral("the council should wait | Her advisers"));
        // No group speaks before it: "they" stays "they", and still speaks.
        const QString none = QStringLiteral("Ann Lee met the Harbor Council on Monday in the old town hall.\n"
                                            "They said that the vote would wait.");
        QCOMPARE(firstReport(none), QStringLiteral("the vote would wait | They"));
        // A body opening the sentence before is what "they" stands for.
        const QString body = QStringLiteral("The Harbor Council voted on Monday. They said that the vote would stand.");
        QCOMPARE(firstReport(body), QStringLiteral("the vote would stand | Harbor Council"));
    }
    void itStandsForAWritingThatSpeaks()
    {
        // "It said" reports when "it" is the report named before, not the agency named before that.
        const QString report = QStringLiteral("The FDIC was hacked in 2015. The report also described the breaches. "
                                              "It said that officials had concealed the attack.");
        QCOMPARE(firstReport(report), QStringLiteral("officials had concealed the attack | The report"));
    }
    void wordsBetweenSubjectAndVerb()
    {
        const QString when = QStringLiteral("Ann Lee on Tuesday said she would vote against the plan.");
        QList<QuoteFinding> q = indirect(when);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(when, q.first()), QStringLiteral("she would vote against the plan"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        const QString also = QStringLiteral("Ann Lee has also said the harbor will close in May.");
        QCOMPARE(span(also, indirect(also).value(0)), QStringLiteral("the harbor will close in May"));
    }
    void clauseOpeningWithAnArticle()
    {
        // "said a curfew would continue" reports a clause; "said a prayer" does not.
        const QString curfew = QStringLiteral("City officials said a curfew would continue through the weekend.");
        QCOMPARE(span(curfew, indirect(curfew).value(0)),
                 QStringLiteral("a curfew would continue through the weekend"));
        QVERIFY(indirect(QStringLiteral("City officials said a prayer for the victims of the flood.")).isEmpty());
    }
    void prepositionsOpenNoClause()
    {
        const QString where = QStringLiteral("Ann Lee says at a rally in Toledo, Ohio, that the plan is dead.");
        QCOMPARE(span(where, indirect(where).value(0)), QStringLiteral("the plan is dead"));
        QVERIFY(indirect(QStringLiteral("Tax experts say about the plan for the harbor very little.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee complained about the noise in the harbor all week.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee explained the rule in the interview last week.")).isEmpty());
    }
    void titleCaseHeadlines()
    {
        // A headline capitalises its verb; the clause after it is what the person is reported to say.
        const QString body = QStringLiteral("Mayor Ann Lee Says The Harbor Will Close In May\n\nThe council met.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("The Harbor Will Close In May"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        // "Claims" after a preposition is a noun; in running text a capital verb is no verb at all.
        QVERIFY(indirect(QStringLiteral("Ann Lee Defends Herself Against Claims She Misled The Council\n\nShe "
                                        "spoke."))
                    .isEmpty());
        QVERIFY(indirect(QStringLiteral("The report by Simon Says Inc. was read to the council members.")).isEmpty());
    }
    void teaserHeadlinesReportNothing()
    {
        // Click-bait counts words or things; it does not report what was said.
        QVERIFY(indirect(QStringLiteral("Mayor Ann Lee Said The 7 Words Every Parent Was Thinking\n\nThe council met."))
                    .isEmpty());
    }
    void promisesReportTheirAct()
    {
        // A promise reports the act it commits to, up to where the sentence turns to something else.
        const QString vowed =
            QStringLiteral("Ann Lee vowed to form a task force on the harbor, a body that would meet monthly.");
        QList<QuoteFinding> q = indirect(vowed);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(vowed, q.first()), QStringLiteral("to form a task force on the harbor"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        const QString threatened = QStringLiteral("Ann Lee threatened not to sign the harbor budget this year.");
        QCOMPARE(span(threatened, indirect(threatened).value(0)),
                 QStringLiteral("not to sign the harbor budget this year"));
        // After other verbs "to" names whom they spoke to, and only "that" opens the clause.
        const QString told = QStringLiteral("Ann Lee said to reporters on Tuesday that the plan is dead.");
        QCOMPARE(span(told, indirect(told).value(0)), QStringLiteral("the plan is dead"));
        QVERIFY(indirect(QStringLiteral("Ann Lee said so in a statement to the council on Tuesday.")).isEmpty());
    }
    void nounsAndPassivesAreNotSpeech()
    {
        QVERIFY(indirect(QStringLiteral("Ann Lee was declared the winner of the council race on Tuesday.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee's claims that the harbor will close were denied.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee won in six states including Ohio and Maine, overtaking the "
                                        "victories of Tom Hale in smaller states such as Vermont."))
                    .isEmpty());
        // "She's said" is "she has said".
        const QString has = QStringLiteral("Ann Lee met the council. She's said the harbor will close in May.");
        QCOMPARE(span(has, indirect(has).value(0)), QStringLiteral("the harbor will close in May"));
    }
    void aReportInAnOpeningSubordinateClauseEndsAtItsComma()
    {
        QCOMPARE(firstReport(QStringLiteral("Although Ann Lee said the harbor would stay open, the council closed "
                                            "it in May.")),
                 QStringLiteral("the harbor would stay open | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("But while Tom Hale has said he opposes the new fees, his office keeps "
                                            "collecting them.")),
                 QStringLiteral("he opposes the new fees | Tom Hale"));
        QCOMPARE(firstReport(QStringLiteral("However, while Ann Lee says she is close to a deal, the talks have "
                                            "stalled.")),
                 QStringLiteral("she is close to a deal | Ann Lee"));
        // An opening phrase with its own comma before the verb leaves the report whole.
        QCOMPARE(firstReport(QStringLiteral("When asked, Ann Lee said the harbor would stay open, and the fees "
                                            "would fall.")),
                 QStringLiteral("the harbor would stay open, and the fees would fall | Ann Lee"));
    }
    void aSpeakerInAnAppositionReportsAfterTheVerb()
    {
        QCOMPARE(firstReport(QStringLiteral("One delegate not on the mayor's slate, Ann Lee, told The Harbor Times "
                                            "she was leaning toward Hale.")),
                 QStringLiteral("she was leaning toward Hale | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Similarly, Tom Hale, a former harbor commissioner, said he could not "
                                            "support the plan.")),
                 QStringLiteral("he could not support the plan | Tom Hale"));
        // After an inverted attribution the words name the speaker: the report is before it.
        QCOMPARE(firstReport(QStringLiteral("The meeting went badly from the start, said one council source in the "
                                            "room.")),
                 QStringLiteral("The meeting went badly from the start | one council source"));
    }
    void whatStandsForTheObject()
    {
        // "what" is the object of the words after the verb: they report nothing of their own.
        QVERIFY(indirect(QStringLiteral("The fight over what Ann Lee says her harbor plan would do has gone on "
                                        "for months."))
                    .isEmpty());
        QVERIFY(indirect(QStringLiteral("Reporters asked about what Tom Hale said when he resigned from the board "
                                        "in March."))
                    .isEmpty());
        const QString plain = QStringLiteral("Ann Lee says her harbor plan would cut the fees by half.");
        QCOMPARE(firstReport(plain), QStringLiteral("her harbor plan would cut the fees by half | Ann Lee"));
    }
    void verbsWithAnObject()
    {
        QVERIFY(indirect(QStringLiteral("Ann Lee maintained her lead over the mayor in the polls.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee claimed responsibility for the harbor plan last week.")).isEmpty());
        const QString clause = QStringLiteral("Ann Lee claimed a new era had begun for the harbor.");
        QCOMPARE(span(clause, indirect(clause).value(0)), QStringLiteral("a new era had begun for the harbor"));
    }
    void aSceneIsNoClause()
    {
        QVERIFY(indirect(QStringLiteral("Ann Lee spoke in Toledo.\n\nIn a long speech last week, Ann Lee "
                                        "declared:\n\nThe harbor will close."))
                    .isEmpty());
    }
    void quotationsAreLeftToTheQuoteRules()
    {
        QVERIFY(indirect(QStringLiteral("\"The plan is dead on arrival,\" Ann Lee said in the council.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee said in the council: \"The plan is dead on arrival.\"")).isEmpty());
        // Quoted words inside the reported clause leave it a report, the quotation within.
        const QString partial = QStringLiteral("Ann Lee said the plan was \"dead on arrival\" in the council.");
        QCOMPARE(firstReport(partial), QStringLiteral("the plan was \"dead on arrival\" in the council | Ann Lee"));
        // Archive quotation marks read as apostrophes still make the span a direct quotation.
        QVERIFY(indirect(QStringLiteral("''We will win the vote in May,'' Ann Lee said.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("''The plan is dead on arrival,'' Ann Lee said in the council.")).isEmpty());
        const QString archive = QStringLiteral("Ann Lee said the plan was ''dead on arrival'' in the council.");
        QCOMPARE(span(archive, indirect(archive).value(0)),
                 QStringLiteral("the plan was ''dead on arrival'' in the council"));
        // A sentence holding an archive quotation is left whole; the sentence before it is not.
        const QString next = QStringLiteral("Ann Lee said her friends feel the same way. ''It's all Facebook now,'' "
                                            "she said.");
        const QList<QuoteFinding> q = indirect(next);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(next, q.first()), QStringLiteral("her friends feel the same way"));
        // Inches after feet are no quotation mark.
        const QString inches = QStringLiteral("Ann Lee said the new statue of the mayor is 6'2'' tall.");
        QCOMPARE(span(inches, indirect(inches).value(0)), QStringLiteral("the new statue of the mayor is 6'2'' tall"));
    }
    void aSubjectAwayFromItsVerb()
    {
        // The sentence's subject, its own verb, then "and said".
        const QString joined =
            QStringLiteral("Mayor Lana Negrete visited the pier and said the city would rebuild it.");
        const QList<QuoteFinding> q = indirect(joined);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(joined, q.first()), QStringLiteral("the city would rebuild it"));
        QCOMPARE(q.first().speaker, QStringLiteral("Lana Negrete"));
        // A comma before "and" sets the second verb off.
        const QString comma =
            QStringLiteral("Mayor Lana Negrete visited the pier on Monday, and said the city would rebuild it.");
        QCOMPARE(firstReport(comma), QStringLiteral("the city would rebuild it | Lana Negrete"));
        // The name a relative clause follows; the clause ends at its comma.
        const QString relative = QStringLiteral("Mayor Lana Negrete, who said she would run again next year, left "
                                                "the meeting early.");
        const QList<QuoteFinding> r = indirect(relative);
        QCOMPARE(r.size(), 1);
        QCOMPARE(span(relative, r.first()), QStringLiteral("she would run again next year"));
        QCOMPARE(r.first().speaker, QStringLiteral("Lana Negrete"));
        // A relative clause that ends the sentence: the clause ends with it.
        const QString last = QStringLiteral("The bill passed on Tuesday, angering Senator Mary Jones, who said the "
                                            "vote was rushed.");
        const QList<QuoteFinding> l = indirect(last);
        QCOMPARE(l.size(), 1);
        QCOMPARE(span(last, l.first()), QStringLiteral("the vote was rushed"));
        QCOMPARE(l.first().speaker, QStringLiteral("Mary Jones"));
        // Not a list of names before "and", nor an idiom's object and a comma.
        QVERIFY(
            indirect(QStringLiteral("The mayor, Ann Lee and Tom Reid met and said the plan would wait.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee spoke twice and believe me, you will never see the plan.")).isEmpty());
    }
    void aSecondReportingVerbIsASecondReport()
    {
        // The spans of a sentence's reports, the speakers all Ann Lee's.
        const auto reports = [](const QString &body) {
            QStringList spans;
            for (const QuoteFinding &q : indirect(body)) {
                spans << span(body, q);
                if (q.speaker != u"Ann Lee")
                    spans << QStringLiteral("(said by %1)").arg(q.speaker);
            }
            return spans;
        };
        // "… and said …", "…, but said …": two reports by the same speaker, each its own clause.
        QCOMPARE(
            reports(QStringLiteral("Ann Lee said the harbor would close in May and said that the pier would "
                                   "stay open.")),
            QStringList({QStringLiteral("the harbor would close in May"), QStringLiteral("the pier would stay open")}));
        QCOMPARE(
            reports(QStringLiteral("Ann Lee admitted that the plan was late, but said the council would need "
                                   "more time.")),
            QStringList({QStringLiteral("the plan was late"), QStringLiteral("the council would need more time")}));
        // A dash before the second verb ends the first report too, and is left out of it.
        QCOMPARE(reports(QStringLiteral("Ann Lee said she would not stage a debate — and thinks that the council "
                                        "would rather wait.")),
                 QStringList({QStringLiteral("she would not stage a debate"),
                              QStringLiteral("the council would rather wait")}));
        // A plain form after "and" is a noun as often as a verb.
        QCOMPARE(reports(QStringLiteral("Ann Lee said the storm left anger and fear among the people of Toledo.")),
                 QStringList({QStringLiteral("the storm left anger and fear among the people of Toledo")}));
    }
    void aParticipleGoesOnFromTheSubject()
    {
        // ", saying …" after what the sentence's subject did: the subject said it.
        const QString body = QStringLiteral("Mayor Ann Lee criticized the plan, saying the courts have no business "
                                            "deciding what voters need.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the courts have no business deciding what voters need"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        // A subject that is no name, after words that set the scene: the first verb's subject.
        const QString judge = QStringLiteral(
            "In May, a federal judge sided with the harbor board, saying the law violated the state constitution.");
        QCOMPARE(firstReport(judge), QStringLiteral("the law violated the state constitution | a federal judge"));
        const QString arguing = QStringLiteral("Ann Lee voted against the bill, arguing that it would cost the city "
                                               "too much money.");
        QCOMPARE(span(arguing, indirect(arguing).value(0)), QStringLiteral("it would cost the city too much money"));
        // A dash may set the participle off.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee dismissed the accusations — saying the council had known "
                                            "about it for months.")),
                 QStringLiteral("the council had known about it for months | Ann Lee"));
        // A group with no name speaks too.
        QCOMPARE(firstReport(QStringLiteral("Some candidates have called for a new vote on the harbor, saying the "
                                            "council had rushed it.")),
                 QStringLiteral("the council had rushed it | Some candidates"));
        // A subject pronoun and its verb are a clause whatever the verb's form.
        QCOMPARE(firstReport(QStringLiteral("In a speech on Tuesday night, Mayor Ann Lee struck a measured tone, "
                                            "saying she understood the weight of the office.")),
                 QStringLiteral("she understood the weight of the office | Ann Lee"));
        // A report that goes on with a participle ends before it; what the participle adds is a
        // report of its own, by the same speaker.
        const QString adding = QStringLiteral("Ann Lee said the vote was rushed, adding that the council should "
                                              "wait a month.");
        const QList<QuoteFinding> a = indirect(adding);
        QCOMPARE(a.size(), 2);
        QCOMPARE(span(adding, a.at(0)), QStringLiteral("the vote was rushed"));
        QCOMPARE(span(adding, a.at(1)), QStringLiteral("the council should wait a month"));
        QCOMPARE(a.at(1).speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(a.at(1).cue, QStringLiteral("adding"));
        // The words before the comma are what the subject did, no speaker: "the head of the council"
        // did not say it.
        QVERIFY(indirect(QStringLiteral("The bill passed after a long night in the head of the council, saying the "
                                        "vote was rushed."))
                    .isEmpty());
        // A capitalised run that a noun goes on is not the subject; the whole phrase before the
        // first verb is, and the head of a longer one.
        QCOMPARE(firstReport(QStringLiteral("A New York judge rejected the request, saying the courts have no "
                                            "business deciding it.")),
                 QStringLiteral("the courts have no business deciding it | A New York judge"));
        QCOMPARE(firstReport(QStringLiteral("One aide inside City Hall tried to play it down, saying the comments "
                                            "were no big deal.")),
                 QStringLiteral("the comments were no big deal | One aide"));
        QVERIFY(indirect(QStringLiteral("Ann Lee left the room, saying nothing at all to the reporters.")).isEmpty());
        // A title's full stop and an adverb between the name and its verb.
        const QString titled = QStringLiteral("Wisconsin Rep. Paul Ryan later criticized the campaign, saying the "
                                              "party had to earn the trust of its voters.");
        QCOMPARE(indirect(titled).value(0).speaker, QStringLiteral("Paul Ryan"));
    }
    void aProgressiveReports()
    {
        // "is telling …", "are now arguing …": the -ing form after "be" is the sentence's verb.
        QCOMPARE(firstReport(QStringLiteral("Mayor Ann Lee is telling harbor workers that the pier will reopen "
                                            "in May.")),
                 QStringLiteral("the pier will reopen in May | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Council members are now arguing that the budget cannot pay for it.")),
                 QStringLiteral("the budget cannot pay for it | Council members"));
        // Not a passive's "be", nor the adjective: nothing is reported.
        QVERIFY(indirect(QStringLiteral("The vote was telling of the mayor's priorities for the harbor.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Mayor Ann Lee was telling the truth about the money.")).isEmpty());
    }
    void anotherSpeakerAfterTheFirstReport()
    {
        // ", but Tom Reid said …": the first report ends at the comma; the second is his.
        QCOMPARE(reports(QStringLiteral("Mayor Ann Lee said the vote was rushed, but Tom Reid said the council had "
                                        "waited long enough.")),
                 QStringList({QStringLiteral("the vote was rushed | Ann Lee"),
                              QStringLiteral("the council had waited long enough | Tom Reid")}));
        // A speaker named by a role is another speaker too, and so is one after a contrast (", while
        // …", ", although …"); ", and that …" goes on with the same report.
        struct TwoReports
        {
            QString sentence, first, second;
        };
        const TwoReports others[] = {
            {QStringLiteral("Ann Lee said the pier would reopen in May, but council member Tom Reid said the repairs "
                            "had barely begun."),
             QStringLiteral("the pier would reopen in May | Ann Lee"),
             QStringLiteral("the repairs had barely begun | Tom Reid")},
            {QStringLiteral("Ann Lee said the pier will reopen in May, while Tom Reid said the repairs had barely "
                            "begun."),
             QStringLiteral("the pier will reopen in May | Ann Lee"),
             QStringLiteral("the repairs had barely begun | Tom Reid")},
            {QStringLiteral("Ann Lee said the pier will reopen in May, although critics say the repairs had barely "
                            "begun."),
             QStringLiteral("the pier will reopen in May | Ann Lee"),
             QStringLiteral("the repairs had barely begun | critics")}};
        for (const TwoReports &r : others)
            QCOMPARE(reports(r.sentence), QStringList({r.first, r.second}));
        // A pronoun's short clause is a first report too.
        QCOMPARE(reports(QStringLiteral("Most voters said they were worried, and Ann Lee said the mayor would do "
                                        "better.")),
                 QStringList({QStringLiteral("they were worried | Most voters"),
                              QStringLiteral("the mayor would do better | Ann Lee")}));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the pier will reopen in May, while saying the repairs had "
                                            "barely begun.")),
                 QStringLiteral("the pier will reopen in May | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the odds were low, and that Americans should worry about "
                                            "other things.")),
                 QStringLiteral("the odds were low, and that Americans should worry about other things | Ann Lee"));
        // So does a verb the subject goes on with after ", but".
        QCOMPARE(
            firstReport(QStringLiteral("Ann Lee said the process was fair, but required a long wait at the polls.")),
            QStringLiteral("the process was fair | Ann Lee"));
        // So does a perfect with no subject of its own after ", and"; a subject of its own goes on.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the harbor must stay open, and has expressed support for "
                                            "a new tax.")),
                 QStringLiteral("the harbor must stay open | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the harbor must stay open, and the city has agreed to "
                                            "pay.")),
                 QStringLiteral("the harbor must stay open, and the city has agreed to pay | Ann Lee"));
        // So does the writer going on about the speaker after a contrast; not the speaker's own "although".
        QCOMPARE(firstReport(QStringLiteral("Ann Lee claimed paying no taxes was smart, although she again refused "
                                            "to release her returns.")),
                 QStringLiteral("paying no taxes was smart | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the plan is sound, although it would cost more than "
                                            "expected.")),
                 QStringLiteral("the plan is sound, although it would cost more than expected | Ann Lee"));
        // The writer's words about the report are not in it: an apposition naming it, a comparison.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee complained the vote had been rigged against her, a charge that "
                                            "the council denied.")),
                 QStringLiteral("the vote had been rigged against her | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Just 28 percent of voters said they had a positive view of Lee, compared "
                                            "with 33 percent last month.")),
                 QStringLiteral("they had a positive view of Lee | Just 28 percent of voters"));
        // A participle after "but" ends the report too.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said the plan is sound on paper but suggesting the cost is "
                                            "too high.")),
                 QStringLiteral("the plan is sound on paper | Ann Lee"));
    }
    void theSubjectBeforeItsRelativeClause()
    {
        // Not the place named in the relative clause.
        QCOMPARE(firstReport(QStringLiteral("A young woman who had studied in Montana asked Mayor Tom Reid what he "
                                            "thought of the harbor plan.")),
                 QStringLiteral("what he thought of the harbor plan | A young woman"));
    }
    void aGroupClosingTheSentence()
    {
        QCOMPARE(firstReport(QStringLiteral("Neither plan would change how much the middle class pays, analysts "
                                            "say.")),
                 QStringLiteral("Neither plan would change how much the middle class pays | analysts"));
        // "said so" points back at what was said; after a colon comes what they say.
        QVERIFY(
            indirect(QStringLiteral("And 64 percent call him competent, after 55 percent said so in May.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Their views differ from their father's, with one exception, friends say: "
                                        "fiscal policy."))
                    .isEmpty());
    }
    void aVerbAfterButGoesOnFromTheSubject()
    {
        QCOMPARE(firstReport(QStringLiteral("Mayor Ann Lee keeps her finances a secret but says her business has "
                                            "tripled since May.")),
                 QStringLiteral("her business has tripled since May | Ann Lee"));
    }
    void aRelativeClauseThenTheMainVerb()
    {
        // "Lee, who said …, said …": both reports are hers.
        QCOMPARE(reports(QStringLiteral("Mayor Ann Lee, who said she would run again, said the council had waited "
                                        "long enough.")),
                 QStringList({QStringLiteral("she would run again | Ann Lee"),
                              QStringLiteral("the council had waited long enough | Ann Lee")}));
    }
    void aRelativeClauseWithoutCommasReportsForItsAntecedent()
    {
        // "… who say …" with no comma: the words before "who" speak, not the word leading to them,
        // and the report ends at the next comma.
        const std::pair<QString, QString> cases[] = {
            {QStringLiteral("The vote gave fresh ammunition to Republicans who say the harbor plan is a money pit."),
             QStringLiteral("the harbor plan is a money pit | Republicans")},
            {QStringLiteral("Lee won among the 30 percent of voters who said the harbor does more to help the town."),
             QStringLiteral("the harbor does more to help the town | the 30 percent of voters")},
            {QStringLiteral("She spoke for the first time, echoing security experts who say the leaked files were "
                            "doctored, and left."),
             QStringLiteral("the leaked files were doctored | security experts")}};
        for (const auto &[sentence, expected] : cases)
            QCOMPARE(firstReport(sentence), expected);
    }
    void quotedWordsBeforeAJoinedVerb()
    {
        // A scare quote in what the subject did first leaves the verb joined after it.
        QCOMPARE(firstReport(QStringLiteral("Mayor Ann Lee called the plan “crazy” and said the council would "
                                            "lose the vote in May.")),
                 QStringLiteral("the council would lose the vote in May | Ann Lee"));
        // Quoted words after that verb are the quotation rules' to attribute.
        QVERIFY(indirect(QStringLiteral("Mayor Ann Lee called the plan “crazy” and said the council would “lose "
                                        "the vote in May.”"))
                    .isEmpty());
    }
    void anAsideAfterTheVerb()
    {
        // Between commas right after the verb, then "that" or a pronoun and its verb.
        const QString that = QStringLiteral("Ann Lee said, however, that the harbor would reopen in May.");
        QCOMPARE(span(that, indirect(that).value(0)), QStringLiteral("the harbor would reopen in May"));
        const QString pronoun = QStringLiteral("Ann Lee says, win or lose in the primary, she is staying in the race.");
        QCOMPARE(span(pronoun, indirect(pronoun).value(0)), QStringLiteral("she is staying in the race"));
        QVERIFY(indirect(QStringLiteral("Ann Lee said, adding a note on the harbor, nothing at all.")).isEmpty());
    }
    void anAsideAfterThat()
    {
        // "that, if elected, he would …": the clause from the aside's closing comma on.
        const QString body = QStringLiteral("Ann Lee said that, if elected, she would leave such decisions to "
                                            "military leaders.");
        QCOMPARE(span(body, indirect(body).value(0)),
                 QStringLiteral("she would leave such decisions to military leaders"));
        // "that" as the subject, the aside inside its clause: no clause follows the comma.
        QVERIFY(indirect(QStringLiteral("Ann Lee suggested that, and not her campaign, was the reason for the visit."))
                    .isEmpty());
    }
    void aPhraseOfTimeOrPlaceBeforeThePronounClause()
    {
        const QString after = QStringLiteral("Ann Lee said after the convention she would not accept the "
                                             "endorsement.");
        QCOMPARE(span(after, indirect(after).value(0)), QStringLiteral("she would not accept the endorsement"));
        const QString in = QStringLiteral("Ann Lee said in a statement she was proud of the vote.");
        QCOMPARE(span(in, indirect(in).value(0)), QStringLiteral("she was proud of the vote"));
        // After "of", the pronoun opens a relative clause on the noun; "so" opens a clause of purpose.
        QVERIFY(indirect(QStringLiteral("Ann Lee said of the meeting she had last week with the mayor very little."))
                    .isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee complained of the imbalance she sees in this country.")).isEmpty());
    }
    void aQuestionAsked()
    {
        // "asked whether …" reports the question from "whether" on; a request reports nothing.
        const QString body = QStringLiteral("Ann Lee asked whether the city could afford the new harbor.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("whether the city could afford the new harbor"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        const QString ifClause = QStringLiteral("Tom Reid asked if the council had read the report.");
        QCOMPARE(span(ifClause, indirect(ifClause).value(0)), QStringLiteral("if the council had read the report"));
        QVERIFY(indirect(QStringLiteral("Ann Lee asked the council to approve the new harbor plan.")).isEmpty());
        // The question after whom it was asked.
        const QString asked = QStringLiteral("Ann Lee asked Mayor Tom Reid whether the pier would reopen in May.");
        QCOMPARE(firstReport(asked), QStringLiteral("whether the pier would reopen in May | Ann Lee"));
        QVERIFY(
            indirect(QStringLiteral("Ann Lee asked the state court for quick action on the harbor case.")).isEmpty());
        // Or a question word after whom it was asked.
        const QString how = QStringLiteral("A reporter asked Mayor Ann Lee how she was feeling on caucus day.");
        QCOMPARE(firstReport(how), QStringLiteral("how she was feeling on caucus day | A reporter"));
        // A question no one is named asking leaves the verb after it.
        const QString when = QStringLiteral("Mayor Ann Lee, when asked what was wrong with the plan, responded "
                                            "that the costs were too high.");
        QCOMPARE(firstReport(when), QStringLiteral("the costs were too high | Ann Lee"));
    }
    void aSubjectWithAnApposition()
    {
        // "Name, apposition, said <clause>": the clause is after the verb, the speaker before it.
        const QString body = QStringLiteral("Gov. Ann Lee of Ohio, a Republican who has refused to endorse the plan, "
                                            "said the family deserved better.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the family deserved better"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        // An age before the apposition.
        const QString aged = QStringLiteral("Tom Reid, 58, who lives outside Toledo, says he did not know the plan.");
        QCOMPARE(firstReport(aged), QStringLiteral("he did not know the plan | Tom Reid"));
        // Two asides, the first describing the name: not the place in it.
        const std::pair<QString, QString> twoAsides[] = {
            {QStringLiteral("Sen. Tom Reid, facing a tough race in Ohio, a swing state, said he would welcome the "
                            "plan."),
             QStringLiteral("he would welcome the plan | Tom Reid")},
            {QStringLiteral("Ann Lee, who helped found Harbor Watch, a group based in Toledo, said she did not condone "
                            "the protest."),
             QStringLiteral("she did not condone the protest | Ann Lee")}};
        for (const auto &[sentence, expected] : twoAsides)
            QCOMPARE(firstReport(sentence), expected);
        // A relative clause in brackets.
        const QString bracketed =
            QStringLiteral("Tom Reid (who has 25 delegates to date) said it is possible to win the vote.");
        QCOMPARE(firstReport(bracketed), QStringLiteral("it is possible to win the vote | Tom Reid"));
        // "…, said she wanted …,": a pronoun and its verb after "said" are the report, not a speaker
        // named after the verb as in ", said Sen. Mitch McConnell,".
        const std::pair<QString, QString> pronounAfterVerb[] = {
            {QStringLiteral("Tom Reid, 69, said he had been flooded with angry mail, some of it from Ohio."),
             QStringLiteral("he had been flooded with angry mail, some of it from Ohio | Tom Reid")},
            {QStringLiteral("Ann Lee, 63, a voter raised in Chile, said she wanted a change, but found the plan too "
                            "harsh."),
             QStringLiteral("she wanted a change, but found the plan too harsh | Ann Lee")}};
        for (const auto &[sentence, expected] : pronounAfterVerb)
            QCOMPARE(firstReport(sentence), expected);
    }
    void aPronounAndItsVerbMakeAShortClause()
    {
        // Three words are a clause when a pronoun and its verb open them; other three-word objects are not.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said she supported it.")),
                 QStringLiteral("she supported it | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Labor Department officials said it would not.")),
                 QStringLiteral("it would not | Labor Department"));
        QVERIFY(indirect(QStringLiteral("Ann Lee said the harbor plan.")).isEmpty());
    }
    void anOpeningAdverbialBelongsToTheClause()
    {
        // "Even as …, …, the race will be tight, said Tom Reid, an analyst": the clause before the
        // attribution, not the apposition after it.
        const QString body = QStringLiteral("Even as the campaign moves to Ohio, a state she hoped to carry by a large "
                                            "margin, the race will be tight, said Tom Reid, an analyst in Toledo.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()),
                 QStringLiteral("Even as the campaign moves to Ohio, a state she hoped to carry "
                                "by a large margin, the race will be tight"));
        QCOMPARE(q.first().speaker, QStringLiteral("Tom Reid"));
    }
    void anAsideBetweenDashesLeavesTheSubject()
    {
        // As between commas: the name before the first dash speaks.
        for (const QString &dash : {QStringLiteral("--"), QStringLiteral("\u2014")}) {
            const QString body = QStringLiteral("Ann Lee %1 a council member since 2010 %1 said the mayor tended to "
                                                "make announcements at those meetings.")
                                     .arg(dash);
            QCOMPARE(firstReport(body),
                     QStringLiteral("the mayor tended to make announcements at those meetings | Ann Lee"));
        }
    }
    void aParticipleOpeningTheSentenceOnlySetsTheScene()
    {
        // "agreed" is in the opening phrase; the sentence's report is Lee's.
        QCOMPARE(firstReport(QStringLiteral("Writing for a panel that all agreed Reid won the debate, Ann Lee noted "
                                            "that the way Reid carried himself was critical.")),
                 QStringLiteral("the way Reid carried himself was critical | Ann Lee"));
    }
    void aNameAndAColonOnALineOfItsOwnReport()
    {
        // The headline's way: who speaks, a colon, what they said.
        QCOMPARE(firstReport(QStringLiteral("Mayor Ann Lee: The pier will reopen in May.\n\nThe council met.")),
                 QStringLiteral("The pier will reopen in May | Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Poll: Lee and Reid in dead heat before the vote.\n\nThe council met.")),
                 QStringLiteral("Lee and Reid in dead heat before the vote | Poll"));
        // Not inside a paragraph, nor words that are no name before the colon, nor a quotation after it.
        QVERIFY(indirect(QStringLiteral("The council met. Ann Lee: the pier will reopen in May.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Lee Hammers The Council Chair: the pier will reopen in May.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Ann Lee: \u201cThe pier will reopen in May.\u201d")).isEmpty());
    }
    void evidenceNamedWithWhenOrWhereItCameOut()
    {
        // The poll speaks, not the day it came out or the place it was taken in.
        QCOMPARE(firstReport(QStringLiteral("The latest poll released Friday shows that Lee leads Reid by 43 percent "
                                            "to 38 percent.")),
                 QStringLiteral("Lee leads Reid by 43 percent to 38 percent | The latest poll"));
        QCOMPARE(firstReport(QStringLiteral("Exit polls taken in South Carolina found that about three-quarters of "
                                            "voters support the ban.")),
                 QStringLiteral("about three-quarters of voters support the ban | Exit polls taken in South Carolina"));
        // A report's noun after an article is no verb: "of the reports" is part of the source.
        QCOMPARE(firstReport(QStringLiteral("Donations hit a record in August, an analysis of the reports shows.")),
                 QStringLiteral("Donations hit a record in August | an analysis of the reports"));
    }
    void anOpenerAfterThatIsInTheReport()
    {
        // "that in 1998," opens the reported clause, though a reporting verb ("think") follows it.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee said that in 1998, the council allowed the staff to think the "
                                            "pier was safe.")),
                 QStringLiteral("in 1998, the council allowed the staff to think the pier was safe | Ann Lee"));
    }
    void aRoleForAPersonReportsAsItself()
    {
        // The spokeswoman, not the candidate she speaks for; the aides, not the one they serve.
        QCOMPARE(firstReport(QStringLiteral("Ann Lee met voters on Monday. A spokeswoman for Ann Lee says neither "
                                            "she nor her campaign helped the woman.")),
                 QStringLiteral("neither she nor her campaign helped the woman | A spokeswoman for Ann Lee"));
        QCOMPARE(firstReport(QStringLiteral("Ann Lee met voters on Monday. Aides to Lee say she is shifting her "
                                            "tack toward her rival.")),
                 QStringLiteral("she is shifting her tack toward her rival | Aides to Lee"));
        // "to" and a verb is no role's object: the man is described by what he did.
        QVERIFY(!firstReport(QStringLiteral("The last man to mount a serious race says he does not think Lee will "
                                            "run."))
                     .endsWith(QStringLiteral("Lee")));
    }
    void aShareOfAGroupSpeaksForIt()
    {
        const QString body = QStringLiteral("Fifty-five percent of voters say the economy is worse than before; 30 "
                                            "percent say it is better.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        // The semicolon ends what the first share said.
        QCOMPARE(span(body, q.first()), QStringLiteral("the economy is worse than before"));
        QCOMPARE(q.first().speaker, QStringLiteral("Fifty-five percent of voters"));
        const QString majority = QStringLiteral("A majority of Republicans said the party should change course.");
        QCOMPARE(span(majority, indirect(majority).value(0)), QStringLiteral("the party should change course"));
        // A poll's share alone speaks for those asked.
        const QString poll = QStringLiteral("Sixty-six percent said it made no difference to them.");
        QCOMPARE(firstReport(poll), QStringLiteral("it made no difference to them | Sixty-six percent"));
        // A share in figures, and a role's plural, name those who speak as they stand.
        const QString figures = QStringLiteral("In a two-way race, 21 percent said they would not vote at all.");
        QCOMPARE(firstReport(figures), QStringLiteral("they would not vote at all | 21 percent"));
        const QString both = QStringLiteral("During the debate on Thursday, both candidates said it was no big deal.");
        QCOMPARE(indirect(both).value(0).speaker, QStringLiteral("both candidates"));
        // Any group before the plain "say" speaks for its members; not a pronoun's object.
        QCOMPARE(firstReport(QStringLiteral("Some say they hear echoes of the past in his comments.")),
                 QStringLiteral("they hear echoes of the past in his comments | Some"));
        QCOMPARE(firstReport(QStringLiteral("Associates say he is likely to run for the seat again.")),
                 QStringLiteral("he is likely to run for the seat again | Associates"));
        QVERIFY(indirect(QStringLiteral("Nobody in the room heard them say the harbor would close.")).isEmpty());
        // A people by its name speaks as one.
        const QString people = QStringLiteral("Many Americans say the economy is getting worse.");
        QCOMPARE(indirect(people).value(0).speaker, QStringLiteral("Many Americans"));
        // A share of documents says what they do, as "The reports say …".
        QCOMPARE(indirect(QStringLiteral("Most of the reports say the economy is worse than before.")).value(0).speaker,
                 QStringLiteral("Most of the reports"));
        // A fraction written out, a share of respondents, and a group with how it was asked.
        const QString shares[][2] = {
            {QStringLiteral("Even so, three-quarters of the voters said they were very worried about the economy."),
             QStringLiteral("they were very worried about the economy | three-quarters of the voters")},
            {QStringLiteral("Almost half of respondents said the party has become more hostile to Latinos."),
             QStringLiteral("the party has become more hostile to Latinos | Almost half of respondents")},
            {QStringLiteral("Some 56 percent of Cuban-Americans polled said they were much less likely to vote."),
             QStringLiteral("they were much less likely to vote | Some 56 percent of Cuban-Americans polled")}};
        for (const auto &share : shares)
            QCOMPARE(firstReport(share[0]), share[1]);
        // ", and more than 4 in 10 said …": a second share's report ends the first.
        QCOMPARE(reports(QStringLiteral("Three-quarters of the voters said they were very worried, and more than 4 "
                                        "in 10 said Ann Lee would be best at handling the economy.")),
                 QStringList({QStringLiteral("they were very worried | Three-quarters of the voters"),
                              QStringLiteral("Ann Lee would be best at handling the economy | 4 in 10")}));
    }
    void aGroupOfAPlaceSpeaksNotThePlace()
    {
        // "Iowa voters", "Cleveland police": people of the place, whom the place only locates.
        const QString groups[][2] = {
            {QStringLiteral("Six in 10 Virginia Democratic primary voters said Ann Lee is honest and trustworthy."),
             QStringLiteral("Ann Lee is honest and trustworthy | Six in 10 Virginia Democratic primary voters")},
            {QStringLiteral("Cleveland police said they are prepared for the thousands of people at the convention."),
             QStringLiteral("they are prepared for the thousands of people at the convention | Cleveland police")},
            // The group after a finding is who says: not "The poll showed a majority …".
            {QStringLiteral("The poll showed a majority of registered Ohio voters say the Senate should vote on the "
                            "nomination."),
             QStringLiteral("the Senate should vote on the nomination | a majority of registered Ohio voters")}};
        for (const auto &group : groups)
            QCOMPARE(firstReport(group[0]), group[1]);
        // The quotation rules agree: the group, not the place, said the quoted words.
        Analyzer analyzer;
        analyzer.setIncludeIndirect(false);
        const QString quoted =
            QStringLiteral("About four in 10 Iowa Republican caucus-goers say a candidate must \"share my values.\"");
        const QList<QuoteFinding> found = analyzer.analyze(quoted).quotes;
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().speaker, QStringLiteral("four in 10 Iowa Republican caucus-goers"));
    }
    void theSubjectsHeadSpeaksNotTheWordsAfterIt()
    {
        const QString experts = QStringLiteral(
            "Experts on North Korea and nuclear nonproliferation said the latest test could change that.");
        QCOMPARE(firstReport(experts), QStringLiteral("the latest test could change that | Experts"));
        // Not the person the sources are close to: the sources, named by what they are close to,
        // whatever noun they are.
        const QString sources =
            QStringLiteral("Sources close to Hillary Clinton said she would not attend the dinner.");
        QCOMPARE(indirect(sources).value(0).speaker, QStringLiteral("Sources close to Hillary Clinton"));
        QCOMPARE(firstReport(QStringLiteral("A person familiar with the planning for the meeting says the talks "
                                            "will focus on the budget.")),
                 QStringLiteral("the talks will focus on the budget | A person familiar with the planning for the "
                                "meeting"));
        QCOMPARE(firstReport(QStringLiteral("Those close to him say he is ready to quit the race.")),
                 QStringLiteral("he is ready to quit the race | Those close to him"));
        // A share alone speaks as it stands, a number in a phrase does not.
        QCOMPARE(firstReport(QStringLiteral("Nearly half said they prefer someone with experience in politics.")),
                 QStringLiteral("they prefer someone with experience in politics | Nearly half"));
        QVERIFY(indirect(QStringLiteral("A 2014 said the council had waited too long for the vote.")).isEmpty());
        // "Six in 10" speaks as it stands; a contraction's "'s" is a verb.
        QCOMPARE(firstReport(QStringLiteral("Six in 10 say he’s at least somewhat decisive about the plan.")),
                 QStringLiteral("he’s at least somewhat decisive about the plan | Six in 10"));
        const QString officials =
            QStringLiteral("Elected officials from both parties say he has forged a reputation as a hard worker.");
        QCOMPARE(firstReport(officials),
                 QStringLiteral("he has forged a reputation as a hard worker | Elected officials"));
        // A count of a group is a share of it.
        const QString voters = QStringLiteral("Nearly eight of 10 voters say they plan to watch the debate.");
        QCOMPARE(indirect(voters).value(0).speaker, QStringLiteral("Nearly eight of 10 voters"));
        // A head that names no source, or two subjects, speak no report.
        QVERIFY(indirect(QStringLiteral("The schedule of the tour said the bus would leave at noon.")).isEmpty());
        QVERIFY(indirect(QStringLiteral("Russia and its defenders in the region say the network is fair.")).isEmpty());
    }
    void evidenceShowsAFinding()
    {
        const QString polls = QStringLiteral("Instant polls showed Clinton was the winner of the debate.");
        QCOMPARE(firstReport(polls), QStringLiteral("Clinton was the winner of the debate | Instant polls"));
        QCOMPARE(indirect(polls).value(0).cue, QStringLiteral("showed"));
        const QString study = QStringLiteral(
            "Though the plan cuts taxes, a study by two economists found that most families would pay more.");
        QCOMPARE(firstReport(study), QStringLiteral("most families would pay more | a study"));
        const QString after =
            QStringLiteral("Donations to the fund doubled in August, an analysis of the filings shows.");
        QCOMPARE(span(after, indirect(after).value(0)), QStringLiteral("Donations to the fund doubled in August"));
        // A name holding the evidence noun is the source; a poll is no one named before it.
        const QString named = QStringLiteral(
            "A report by the Center for Economic and Policy Research found that the tax would raise $20 billion.");
        QCOMPARE(indirect(named).value(0).speaker, QStringLiteral("Center for Economic and Policy Research"));
        const QString unnamed =
            QStringLiteral("Mayor Ann Lee spoke on Monday. The poll found that most residents back the plan.");
        QCOMPARE(indirect(unnamed).value(0).speaker, QStringLiteral("The poll"));
        // A finding needs a clause: a poll showing a close race reports nothing.
        QVERIFY(indirect(QStringLiteral("Polls show a close contest in the state this fall.")).isEmpty());
        // A name and where it stands is one.
        QCOMPARE(firstReport(QStringLiteral("The survey shows Ann Lee leading Tom Reid by seven points.")),
                 QStringLiteral("Ann Lee leading Tom Reid by seven points | The survey"));
        QCOMPARE(firstReport(QStringLiteral("The latest poll found Ann Lee with 48 percent of the vote.")),
                 QStringLiteral("Ann Lee with 48 percent of the vote | The latest poll"));
        // Nor does anyone's finding count: only evidence shows.
        QVERIFY(indirect(QStringLiteral("The police found the car was stolen from a lot in Tulsa.")).isEmpty());
        // After "that" it does, when someone who can speak found it; not the place it was found in.
        QCOMPARE(firstReport(QStringLiteral("The researchers found that areas hit by trade shocks moved right.")),
                 QStringLiteral("areas hit by trade shocks moved right | The researchers"));
        QVERIFY(
            indirect(QStringLiteral("Exit polling in Ohio found that most voters backed the harbor plan.")).isEmpty());
        // A finding that is none leaves the report after it.
        const QString wallet = QStringLiteral("The man who found the wallet said it was empty when he picked it up.");
        QCOMPARE(span(wallet, indirect(wallet).value(0)), QStringLiteral("it was empty when he picked it up"));
    }
    void aSecondVerbAfterOneWithAnObject()
    {
        // The first verb reports no clause; the second, joined by "and", does for the same subject.
        const QString photo = QStringLiteral(
            "Mayor Ann Lee spoke on Monday. Lee later tweeted a photograph of the pier and said the city would "
            "rebuild it.");
        QCOMPARE(firstReport(photo), QStringLiteral("the city would rebuild it | Ann Lee"));
        const QString council = QStringLiteral(
            "In April, the Harbor Authority reported flat revenue and higher costs, and said it was still operating "
            "at a loss.");
        QCOMPARE(firstReport(council), QStringLiteral("it was still operating at a loss | Harbor Authority"));
        // The second verb needs a clause with a verb of its own.
        QVERIFY(indirect(QStringLiteral("Mayor Ann Lee studied in Boston and wrote her thesis on the harbor's "
                                        "history."))
                    .isEmpty());
    }
    void aParticipleAfterAQuotation()
    {
        // The quotation is the quotation rules'; what the speaker adds after it is a report.
        const QString body = QStringLiteral(
            "Mayor Ann Lee spoke on Tuesday. “We won the county,” she said, adding that the count would take a week.");
        const QList<QuoteFinding> q = indirect(body);
        QCOMPARE(q.size(), 1);
        QCOMPARE(span(body, q.first()), QStringLiteral("the count would take a week"));
        QCOMPARE(q.first().speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(q.first().cue, QStringLiteral("adding"));
        const QString inverted =
            QStringLiteral("“We won the county,” said Mayor Ann Lee, noting that the count would take a week.");
        QCOMPARE(firstReport(inverted), QStringLiteral("the count would take a week | Ann Lee"));
        // A second quotation after the participle is the quotation rules' too.
        QVERIFY(indirect(QStringLiteral("Mayor Ann Lee spoke on Tuesday. “We won the county,” she said, adding, "
                                        "“It will take a week.”"))
                    .isEmpty());
    }
    void switchedOff()
    {
        QVERIFY(indirect(QStringLiteral("Mayor Lana Negrete said the city would not help federal agents."), false)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIndirectSpeech)
#include "tst_indirectspeech.moc"
