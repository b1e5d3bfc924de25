#include "analysis/analyzer.h"

#include <QFile>
#include <QTest>

using namespace lede;

// The whole pipeline on a short article written for the tests (tests/data/analysis/article.txt).
class TstAnalyzer : public QObject
{
    Q_OBJECT
private:
    QString m_body;
    AnalysisResult m_result;

    const QuoteFinding *quoteStarting(const QString &text) const
    {
        for (const QuoteFinding &q : m_result.quotes) {
            if (m_body.mid(q.start, q.end - q.start).startsWith(text))
                return &q;
        }
        return nullptr;
    }
    EntityKind kindOf(const QString &text) const
    {
        for (const EntityFinding &e : m_result.entities) {
            if (m_body.mid(e.start, e.end - e.start) == text)
                return e.kind;
        }
        return EntityKind::Other;
    }
    bool hasEntity(const QString &text) const
    {
        for (const EntityFinding &e : m_result.entities) {
            if (m_body.mid(e.start, e.end - e.start) == text)
                return true;
        }
        return false;
    }
private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(LEDE_TEST_DATA "/analysis/article.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_body = QString::fromUtf8(file.readAll());
        m_result = Analyzer().analyze(m_body);
    }
    void quotesHaveSpeakers()
    {
        const QuoteFinding *q = quoteStarting(QStringLiteral("We will not use town money"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Rosa Delgado"));
        q = quoteStarting(QStringLiteral("Our police follow the law"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Rosa Delgado"));
        q = quoteStarting(QStringLiteral("Towns that refuse"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Liberty Watch Foundation"));
    }
    void singleWordsAndTitlesAreNotSpeech()
    {
        // A status the town is declared (not) to have: a label, not speech.
        const QuoteFinding *q = quoteStarting(QStringLiteral("sanctuary town"));
        QVERIFY(q);
        QCOMPARE(toString(q->kind), toString(QuoteKind::Scare));
        q = quoteStarting(QStringLiteral("unlawful"));
        QVERIFY(q);
        QVERIFY(!isSpeech(q->kind));
        q = quoteStarting(QStringLiteral("Town Council Votes on Immigration"));
        QVERIFY(q);
        QCOMPARE(toString(q->kind), toString(QuoteKind::Title));
    }
    void entitiesHaveKinds()
    {
        QCOMPARE(toString(kindOf(QStringLiteral("Rosa Delgado"))), toString(EntityKind::Person));
        QCOMPARE(toString(kindOf(QStringLiteral("Delgado"))), toString(EntityKind::Person));
        QCOMPARE(toString(kindOf(QStringLiteral("Town Council"))), toString(EntityKind::Organization));
        QCOMPARE(toString(kindOf(QStringLiteral("Liberty Watch Foundation"))), toString(EntityKind::Organization));
        QCOMPARE(toString(kindOf(QStringLiteral("Harbor Protection Act"))), toString(EntityKind::Law));
        QVERIFY(!hasEntity(QStringLiteral("Approved")));
    }
    void wordsOfQuotedTitlesAreNotEntities()
    {
        const QuoteFinding *title = quoteStarting(QStringLiteral("Town Council Votes on Immigration"));
        QVERIFY(title);
        for (const EntityFinding &e : m_result.entities)
            QVERIFY(e.start < title->start || e.start >= title->end);
    }
    void hyphenatedCommonWordsAreNotNames()
    {
        const AnalysisResult r = Analyzer().analyze(QStringLiteral("\"So-called rules are fine,\" Ann Lee said."));
        for (const EntityFinding &e : r.entities)
            QVERIFY(e.name != QStringLiteral("So-called"));
    }
    void twoKnownBodiesAfterTheAreTwo()
    {
        // With the packaged word lists "The" opening a sentence starts the run of capitals; the two
        // bodies after it are still two.
        const AnalysisResult r = Analyzer().analyze(
            QStringLiteral("Talks failed on Monday.\n\nThe United Nations and European Union objected to the plan."));
        QStringList names;
        for (const EntityFinding &e : r.entities)
            names << e.name;
        QVERIFY2(names.contains(QStringLiteral("United Nations")), qPrintable(names.join(u'|')));
        QVERIFY(names.contains(QStringLiteral("European Union")));
    }
    void knownEntitiesAreFoundEverywhere()
    {
        Analyzer analyzer;
        analyzer.setKnownEntities(
            {{QStringLiteral("Port Verde Gazette"), EntityKind::Organization, {QStringLiteral("the Gazette")}}});
        const AnalysisResult r = analyzer.analyze(QStringLiteral("Readers wrote to Port Verde Gazette on Monday."));
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities.first().name, QStringLiteral("Port Verde Gazette"));
        QCOMPARE(toString(r.entities.first().kind), toString(EntityKind::Organization));
    }
    void scareQuoteInsideAQuotation()
    {
        const QString body =
            QStringLiteral("\"So-called 'sanctuary' jurisdictions are breaking the law,\" the group wrote.");
        const AnalysisResult r = Analyzer().analyze(body);
        bool scare = false;
        bool outerIsSpeech = false;
        for (const QuoteFinding &q : r.quotes) {
            const QString text = body.mid(q.start, q.end - q.start);
            if (text == QStringLiteral("sanctuary"))
                scare = q.kind == QuoteKind::Scare && q.speaker.isEmpty();
            if (text.startsWith(QStringLiteral("So-called")))
                outerIsSpeech = q.kind == QuoteKind::Direct;
        }
        QVERIFY(scare);
        QVERIFY(outerIsSpeech);
    }
    void termInsideAQuotation()
    {
        const QString body = QStringLiteral("\u201cThe phrase \u2018radical reform\u2019 means nothing,\u201d Ann "
                                            "Price said.");
        const AnalysisResult r = Analyzer().analyze(body);
        bool term = false;
        for (const QuoteFinding &q : r.quotes)
            term = term
                || (body.mid(q.start, q.end - q.start) == QStringLiteral("radical reform")
                    && q.kind == QuoteKind::Term);
        QVERIFY(term);
    }
    void quotationQuotedBySpeakerIsNotReportedApart()
    {
        const QString body = QStringLiteral("\"He told me 'we will never give up on this town' and I believed "
                                            "him,\" Ann Price said. \"We don't shut down,\" she added.");
        Analyzer analyzer;
        analyzer.setIncludeIndirect(false);
        const AnalysisResult r = analyzer.analyze(body);
        QCOMPARE(r.quotes.size(), 2);
    }
    void knownNamesTheCapitalRulesMissAreFound()
    {
        // Confirmed by an editor: found even where capitalisation alone would not make a name of them.
        Analyzer analyzer;
        analyzer.setKnownEntities({{QStringLiteral("Procter and Gamble"), EntityKind::Organization, {}},
                                   {QStringLiteral("Doctors without Borders"), EntityKind::Organization, {}},
                                   {QStringLiteral("Carrier"), EntityKind::Organization, {}}});
        const QString body = QStringLiteral("Carrier cut jobs. Workers at Procter and Gamble and "
                                            "Doctors without Borders wrote to Carrier.");
        const AnalysisResult r = analyzer.analyze(body);
        QStringList found;
        for (const EntityFinding &e : r.entities) {
            if (e.kind == EntityKind::Organization)
                found << body.mid(e.start, e.end - e.start);
        }
        QCOMPARE(found,
                 (QStringList {QStringLiteral("Carrier"), QStringLiteral("Procter and Gamble"),
                               QStringLiteral("Doctors without Borders"), QStringLiteral("Carrier")}));
    }
    void knownNameInLowerCaseIsNotAMention()
    {
        Analyzer analyzer;
        analyzer.setKnownEntities({{QStringLiteral("Carrier"), EntityKind::Organization, {}}});
        QVERIFY(analyzer.analyze(QStringLiteral("The mail carrier came late.")).entities.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAnalyzer)
#include "tst_analyzer.moc"
