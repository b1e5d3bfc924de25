// Text no article is written like (a speech verb opening the body, one-letter capitals, quotation
// marks and names in any order) still gets positions inside the body: the sidebar highlights and
// the library stores whatever analysis returns, so a position past the text is a broken sidebar.
// In the sanitizer build (CMakePresets.json "asan") an index out of range aborts the test too.
#include "analysis/analyzer.h"

#include <QTest>

#include <random>

using namespace lede;

namespace {

// Words and marks the rules look at: speech verbs, titles, pronouns, names, every quotation mark,
// dashes, brackets, line and paragraph breaks, letters outside the basic plane.
const QStringList &pieces()
{
    static const QStringList all = [] {
        QStringList p = QStringLiteral("said says told wrote added noted according to the a an of in on and but who "
                                       "that he she they it I Mr. Dr. Sen. Gov. President Mayor Council Department "
                                       "Act Inc. U.S. R-Fla. Negrete Lana Trump New Jersey ICE A Y so-called it's "
                                       "O'Brien ’s 's SAID NEGRETE")
                            .split(u' ');
        p << QStringLiteral("\"") << QStringLiteral("\u201c") << QStringLiteral("\u201d") << QStringLiteral("\u2018")
          << QStringLiteral("\u2019") << QStringLiteral("'") << QStringLiteral("\u00ab") << QStringLiteral("\u00bb")
          << QStringLiteral("\u201e") << QStringLiteral("\u2014") << QStringLiteral("--") << QStringLiteral("(")
          << QStringLiteral(")") << QStringLiteral(",") << QStringLiteral(".") << QStringLiteral(":")
          << QStringLiteral("?") << QStringLiteral("\n") << QStringLiteral("\n\n") << QStringLiteral("\u00a0")
          << QStringLiteral("e\u0301") << QStringLiteral("\U0001D49C") << QStringLiteral("\U0001F600");
        return p;
    }();
    return all;
}

// A text of `count` pieces, each followed by a space three times in four.
QString oddText(std::mt19937 &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += pieces().at(int(random() % pieces().size()));
        if (random() % 4 != 0)
            text += u' ';
    }
    return text;
}

// What is wrong with the result's positions, empty when nothing is.
QString misplaced(const QString &body, const AnalysisResult &result)
{
    const int size = int(body.size());
    for (const QuoteFinding &q : result.quotes) {
        if (q.start < 0 || q.start >= q.end || q.end > size)
            return QStringLiteral("quote at %1-%2").arg(q.start).arg(q.end);
        if ((q.speakerStart < 0) != (q.speakerEnd < 0)
            || (q.speakerStart >= 0 && (q.speakerStart >= q.speakerEnd || q.speakerEnd > size)))
            return QStringLiteral("speaker at %1-%2").arg(q.speakerStart).arg(q.speakerEnd);
    }
    for (const EntityFinding &e : result.entities) {
        if (e.start < 0 || e.start >= e.end || e.end > size || e.name.isEmpty())
            return QStringLiteral("entity \"%1\" at %2-%3").arg(e.name).arg(e.start).arg(e.end);
    }
    return {};
}

} // namespace

class TstOddText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodiesThatBrokeTheRulesBefore()
    {
        // A speech verb opening the body has no speaker phrase before it; "I Y", one-letter
        // capitals, are no name particle.
        const QString bodies[] = {QStringLiteral("said \"We will win,\" she said."),
                                  QStringLiteral("Says \"We will win.\""), QStringLiteral("ana I Y")};
        Analyzer analyzer;
        for (const QString &body : bodies) {
            const AnalysisResult result = analyzer.analyze(body);
            QVERIFY2(misplaced(body, result).isEmpty(), qPrintable(body));
        }
        const AnalysisResult said = analyzer.analyze(bodies[0]);
        QCOMPARE(said.quotes.size(), 1);
        QCOMPARE(body(bodies[0], said.quotes.first()), QStringLiteral("We will win,"));
    }
    void positionsStayInsideAnyText()
    {
        std::mt19937 random(20261128); // the same texts every run
        Analyzer analyzer;
        int quotes = 0;
        int entities = 0;
        for (int i = 0; i < 400; ++i) {
            const QString text = oddText(random, 5 + int(random() % 300));
            const AnalysisResult result = analyzer.analyze(text);
            const QString wrong = misplaced(text, result);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong + QStringLiteral(" in: ") + text));
            quotes += int(result.quotes.size());
            entities += int(result.entities.size());
        }
        // The texts are odd enough to break rules, not so odd that nothing is found.
        QVERIFY(quotes > 100);
        QVERIFY(entities > 100);
    }

private:
    static QString body(const QString &text, const QuoteFinding &q) { return text.mid(q.start, q.end - q.start); }
};

QTEST_GUILESS_MAIN(TstOddText)
#include "tst_oddtext.moc"
