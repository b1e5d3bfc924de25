#include "analysis/analyzer.h"
#include "speakertestsupport.h"

#include <QTest>

using namespace lede;
using lede::speakertest::mention;
using lede::speakertest::quoteOf;

// The subject of the quotation's own sentence as its speaker (attributionsubjects.cpp).
class TstAttributionSubjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameAfterASpeechVerbIsNoSubject()
    {
        // The second quotation's window opens at "and said": Rubio is talked about, not speaking.
        const QString body = QStringLiteral(
            "Donald Trump spoke in Iowa on Monday.\nHe said that Hillary Clinton is playing the \"women card big "
            "league\" and said that Marco Rubio is \"weak like a baby.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("weak like"));
        QCOMPARE(q.speaker, QStringLiteral("Donald Trump"));
        QCOMPARE(mention(body, q), QStringLiteral("He"));
    }
    void pronounAfterASpeechVerbIsNoSubject()
    {
        const QString body = QStringLiteral(
            "Ann Cole met voters on Tuesday.\nShe praised the plan as \"a fair deal for every family in town\" and "
            "added they will \"see the results by spring.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("see the"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Cole"));
    }
    void nameAfterANounAndItsVerbIsTheObject()
    {
        const QString body = QStringLiteral("Bob Miller led the team in Libya.\nThe book accuses Miller of treating "
                                            "the guards like \"hired help from the mall.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("hired help"));
        QCOMPARE(q.speaker, QStringLiteral("The book"));
    }
    void itBeforeAVerbOfItsOwnIsTheSubject()
    {
        // "Meanwhile" is no speaker; "it" stands for the newspaper that attacked.
        const QString body = QStringLiteral(
            "The Washington Post published an editorial on Sunday.\nMeanwhile, it attacked Trump, saying he \"has "
            "offended Hispanics, women and the disabled with his insults.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("has offended"));
        QCOMPARE(mention(body, q), QStringLiteral("it"));
        QCOMPARE(q.speaker, QStringLiteral("Washington Post"));
    }
    void itStandsForTheWritingNamedSinceTheLastBody_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        // The writing, not the newspaper named before it, goes on.
        QTest::newRow("affidavit") << QStringLiteral(
            "The Washington Post reported the arrest.\n\"He grabbed her arm,\" Marc Bujnowski wrote in the "
            "affidavit. It continued: \"Probable cause exists.\"")
                                   << QStringLiteral("Probable") << QStringLiteral("the affidavit");
        // A body named further in the sentence than the writing is what the writing is about.
        QTest::newRow("body after the writing")
            << QStringLiteral("Ann Lee spoke.\nA coalition of groups sent a letter urging Congress to act. \"Congress "
                              "has failed the families,\" it read.")
            << QStringLiteral("Congress has") << QStringLiteral("a letter");
        QTest::newRow("writing opening its sentence")
            << QStringLiteral("The email, released by Judicial Watch, was sent after the attack on the CIA Annex.\n"
                              "\u201cI just tried you on the phone,\u201d it reads.")
            << QStringLiteral("I just") << QStringLiteral("The email");
        // The body opens the sentence or speaks: it is "it".
        QTest::newRow("body that speaks")
            << QStringLiteral("Ann Lee spoke.\nIn a blog post on Friday, Twitter said threats were banned. It added, "
                              "\"We will act.\"")
            << QStringLiteral("We will") << QStringLiteral("Twitter");
        // A body before the writing in its sentence wrote it, and speaks through it.
        QTest::newRow("body that wrote it")
            << QStringLiteral("Ann Lee spoke.\nIn a reply, the Electoral Commission, which regulates campaign "
                              "finances, issued a statement. Critically, it said, \"We have no role in this.\"")
            << QStringLiteral("We have") << QStringLiteral("Electoral Commission");
        // "its statement" is the statement of whatever "it" is.
        QTest::newRow("its writing") << QStringLiteral(
            "GunBroker pulled the listing.\n\"No one here knows him,\" the company wrote in its "
            "statement. It added, \"We want no part in it.\"")
                                     << QStringLiteral("We want") << QStringLiteral("GunBroker");
    }
    void itStandsForTheWritingNamedSinceTheLastBody()
    {
        QFETCH(QString, body);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const QuoteFinding q = quoteOf(body, quote);
        QCOMPARE(q.speaker, speaker);
        QCOMPARE(mention(body, q).toLower(), QStringLiteral("it"));
    }
    void itIsIsNoSubject()
    {
        // "it is" says nothing about who speaks: the senator does.
        const QString body = QStringLiteral(
            "Sen. Amy Grant spoke on Monday.\nGrant said the vote was close. It is now \"a matter for the courts to "
            "decide.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("a matter"));
        QVERIFY(mention(body, q) != QStringLiteral("It"));
    }
    void descriptionAfterAsOpeningTheSentenceSpeaks()
    {
        // The weekly is spoken to; the employee speaks.
        const QString body = QStringLiteral(
            "Carly Fiorina announced layoffs.\nAs one employee told Palo Alto Weekly, \"She wants to put fear in "
            "our hearts, and she has done that.\"");
        const QuoteFinding q = quoteOf(body, QStringLiteral("She wants"));
        QCOMPARE(mention(body, q), QStringLiteral("one employee"));
        QCOMPARE(q.cue, QStringLiteral("told"));
    }
    void aRoleForAPersonIsSomeoneElse()
    {
        // A spokesman's words are not the candidate's: the whole description speaks, not Ann Lee.
        const QStringList openings = {
            QStringLiteral("A spokesman for Ann Lee said:"), QStringLiteral("Two aides to Ann Lee said:"),
            QStringLiteral("Aides to Ann Lee said:"), QStringLiteral("A spokeswoman for Mayor Ann Lee said:"),
            QStringLiteral("An aide to council member Ann Lee said:")};
        for (const QString &opening : openings) {
            const QString body =
                QStringLiteral("Ann Lee met voters on Monday.\n%1 \u201cWe are done for the year.\u201d").arg(opening);
            const QuoteFinding q = quoteOf(body, QStringLiteral("We are"));
            QCOMPARE(q.speaker, opening.chopped(QStringLiteral(" said:").size()));
        }
    }
    void aRoleHeldInAPlaceIsNotThePlace()
    {
        // An ambassador to Britain does not speak for Britain: the description speaks.
        const QStringList openings = {QStringLiteral("China's ambassador to Britain said:"),
                                      QStringLiteral("The U.S. envoy to the Netherlands said:")};
        for (const QString &opening : openings) {
            const QString body = QStringLiteral("%1 “We are done for the year.”").arg(opening);
            QCOMPARE(quoteOf(body, QStringLiteral("We are")).speaker, opening.chopped(QStringLiteral(" said:").size()));
        }
        // A name before an apposition that is somebody's role speaks, however long the role.
        const QString envoy = QStringLiteral(
            "Brett McGurk, President Obama's special envoy to the coalition fighting the Islamic State, said: "
            "“We are done for the year.”");
        QCOMPARE(quoteOf(envoy, QStringLiteral("We are")).speaker, QStringLiteral("Brett McGurk"));
    }
    void aTitlePostedSomewhereIsThePost()
    {
        // A title, "to" and where it is held name the post; the holder named after it speaks, else
        // the whole description, before the verb or after it.
        const QList<std::pair<const char *, const char *>> cases = {
            {"“We are done for the year,” Chad's Ambassador to France said.", "Chad's Ambassador to France"},
            {"“We are done for the year,” said the U.S. Ambassador to Israel.", "the U.S. Ambassador to Israel"},
            {"“We are done for the year,” Ambassador to France Jane Hartley said.", "Jane Hartley"},
            {"“We are done for the year,” said Ambassador to France Jane Hartley.", "Jane Hartley"},
        };
        for (const auto &[text, speaker] : cases) {
            const QString body = QString::fromUtf8(text);
            QCOMPARE(quoteOf(body, QStringLiteral("We are")).speaker, QString::fromUtf8(speaker));
        }
        // The place before the title is a place of its own, not a body called "U.S. Ambassador".
        const QString body = QString::fromUtf8(std::get<0>(cases.at(1)));
        const QList<EntityFinding> entities = Analyzer().analyze(body).entities;
        const bool place = std::any_of(entities.cbegin(), entities.cend(), [&](const EntityFinding &e) {
            return body.mid(e.start, e.end - e.start) == u"U.S." && e.kind == EntityKind::Place;
        });
        QVERIFY(place);
        QVERIFY(std::none_of(entities.cbegin(), entities.cend(), [&](const EntityFinding &e) {
            return body.mid(e.start, e.end - e.start).contains(u"Ambassador");
        }));
    }
    void aRoleForABodySpeaksForIt()
    {
        // A department's spokeswoman speaks for the department; a title before a name is the person's.
        const QString department = QStringLiteral("\u201cWe are done for the year,\u201d a spokeswoman for the State "
                                                  "Department said.");
        QCOMPARE(quoteOf(department, QStringLiteral("We are")).speaker, QStringLiteral("State Department"));
        const QString titled = QStringLiteral("President of Mexico Enrique Pena Nieto said: \u201cWe are done for "
                                              "the year.\u201d");
        QCOMPARE(quoteOf(titled, QStringLiteral("We are")).speaker, QStringLiteral("Enrique Pena Nieto"));
        const QString office = QStringLiteral("\u201cWe are done for the year,\u201d the former secretary of state "
                                              "John Kerry said.");
        QCOMPARE(quoteOf(office, QStringLiteral("We are")).speaker, QStringLiteral("John Kerry"));
    }
    void aPlainVerbAfterAModalReportsTheQuotation()
    {
        // "could only quip:": the subject of the clause with the verb speaks, not the sentence's first.
        const QString body = QStringLiteral("The timing was so odd that Ann Lee could only quip: \u201cI guess "
                                            "the holiday was booked.\u201d");
        const QuoteFinding q = quoteOf(body, QStringLiteral("I guess"));
        QCOMPARE(q.speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(q.cue, QStringLiteral("quip"));
    }
};

QTEST_GUILESS_MAIN(TstAttributionSubjects)
#include "tst_attributionsubjects.moc"
