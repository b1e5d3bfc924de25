// Names whose last word usually tells their kind and here does not (lib/analysis/headwordnames.cpp):
// a party's convention, a law school, a person called Law or Deal, "Bill" alone. Beside each, the
// name the rule must leave alone. And the edges of names in a headline's capitals (namecontext.cpp).
#include "analysis/analyzer.h"

#include <QTest>

using namespace lede;

class TestHeadWordNames : public QObject
{
    Q_OBJECT

private:
    // The kind the analysis gives the first mention written exactly `text`.
    static QString kindOf(const QString &body, const QString &text)
    {
        for (const EntityFinding &e : Analyzer().analyze(body).entities) {
            if (body.mid(e.start, e.end - e.start) == text)
                return toString(e.kind);
        }
        return QStringLiteral("(none)");
    }

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<EntityKind>("kind");
        QTest::newRow("party convention")
            << QStringLiteral("Delegates arrived for the Democratic National Convention in Philadelphia.")
            << QStringLiteral("Democratic National Convention") << EntityKind::Event;
        QTest::newRow("GOP convention") << QStringLiteral("He spoke at the GOP Convention on Monday.")
                                        << QStringLiteral("GOP Convention") << EntityKind::Event;
        QTest::newRow("treaty convention") << QStringLiteral("The Geneva Convention protects prisoners of war.")
                                           << QStringLiteral("Geneva Convention") << EntityKind::Law;
        QTest::newRow("law school") << QStringLiteral("She teaches at the Maurer School of Law in Indiana.")
                                    << QStringLiteral("Maurer School of Law") << EntityKind::Organization;
        QTest::newRow("board of elections")
            << QStringLiteral("The Illinois Board of Elections counted the ballots.")
            << QStringLiteral("Illinois Board of Elections") << EntityKind::Organization;
        QTest::newRow("a law") << QStringLiteral("The Voting Rights Act passed in 1965.")
                               << QStringLiteral("Voting Rights Act") << EntityKind::Law;
        QTest::newRow("named initiative")
            << QStringLiteral("Some of the Clinton Global Initiative donors met in New York.")
            << QStringLiteral("Clinton Global Initiative") << EntityKind::Organization;
        QTest::newRow("first name and Law") << QStringLiteral("The group is run by Steven Law, a strategist.")
                                            << QStringLiteral("Steven Law") << EntityKind::Person;
        QTest::newRow("titled Deal") << QStringLiteral("The bill was signed by Gov. Nathan Deal on Tuesday.")
                                     << QStringLiteral("Nathan Deal") << EntityKind::Person;
        QTest::newRow("holiday") << QStringLiteral("The parade was held on Labor Day in Chicago.")
                                 << QStringLiteral("Labor Day") << EntityKind::Event;
        QTest::newRow("first name that is a word") << QStringLiteral("The team played in the Rose Bowl in Pasadena.")
                                                   << QStringLiteral("Rose Bowl") << EntityKind::Event;
        QTest::newRow("Bill alone") << QStringLiteral("Hillary Clinton arrived with Chelsea. Later, Bill joined them.")
                                    << QStringLiteral("Bill") << EntityKind::Person;
        QTest::newRow("church convention")
            << QStringLiteral("He spoke to the National Baptist Convention in Kansas City.")
            << QStringLiteral("National Baptist Convention") << EntityKind::Organization;
        QTest::newRow("numbered amendment") << QStringLiteral("He invoked his 5th Amendment rights on Monday.")
                                            << QStringLiteral("5th Amendment") << EntityKind::Law;
        QTest::newRow("the Constitution alone") << QStringLiteral("The judge said the Constitution forbids it.")
                                                << QStringLiteral("Constitution") << EntityKind::Law;
    }
    void aLawsWordAloneNamesNoLaw()
    {
        QCOMPARE(
            kindOf(QStringLiteral("Clinton hit Trump hard at the Convention on Monday."), QStringLiteral("Convention")),
            QStringLiteral("(none)"));
        QCOMPARE(kindOf(QStringLiteral("He invoked his 5th Amendment rights."), QStringLiteral("Amendment")),
                 QStringLiteral("(none)"));
        // A person whose surname is a law's word keeps it alone.
        QCOMPARE(kindOf(QStringLiteral("The group is run by Steven Law. On Monday, Law said it would grow."),
                        QStringLiteral("Law")),
                 toString(EntityKind::Person));
    }
    void aHeadlinesVerbsEndItsNames()
    {
        // A headline quoted in a sentence: its verbs, pronouns and conjunctions end the names around them.
        const QString body = QStringLiteral("She wrote that Chris Christie Is Over Marco Rubio and left.");
        QCOMPARE(kindOf(body, QStringLiteral("Chris Christie")), toString(EntityKind::Person));
        QCOMPARE(kindOf(body, QStringLiteral("Chris Christie Is Over Marco Rubio")), QStringLiteral("(none)"));
        QCOMPARE(kindOf(QStringLiteral("He set up a website called Cape Breton If Donald Trump Wins for them."),
                        QStringLiteral("Cape Breton If Donald Trump Wins")),
                 QStringLiteral("(none)"));
        // Capitals are an acronym, and prepositions stay inside a name.
        QCOMPARE(kindOf(QStringLiteral("She joined Students For Life of America in May."),
                        QStringLiteral("Students For Life of America")),
                 toString(EntityKind::Organization));
    }
    void daysNamedByTheirNeighboursAreNoEntities()
    {
        QCOMPARE(kindOf(QStringLiteral("Bloomberg turned 74 on Valentine's Day in New York."), QStringLiteral("Day")),
                 QStringLiteral("(none)"));
        QCOMPARE(kindOf(QStringLiteral("She will be ready on Day 1, the senator said."), QStringLiteral("Day")),
                 QStringLiteral("(none)"));
        // A person called Day still speaks.
        QCOMPARE(kindOf(QStringLiteral("Kristen Day leads the group. Day said the party had changed."),
                        QStringLiteral("Day")),
                 toString(EntityKind::Person));
    }
    void kinds()
    {
        QFETCH(QString, body);
        QFETCH(QString, name);
        QFETCH(EntityKind, kind);
        QCOMPARE(kindOf(body, name), toString(kind));
    }
};

QTEST_GUILESS_MAIN(TestHeadWordNames)
#include "tst_headwordnames.moc"
