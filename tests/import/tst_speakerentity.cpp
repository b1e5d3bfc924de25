#include "analysis/gazetteer.h"
#include "import/importer.h"
#include "import/speakerentity.h"
#include "storage/entityrepository.h"
#include "storage/library.h"
#include "storage/quoterepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lede;

namespace {

// An article whose analysis is given: one quote (the first "…" of the body) spoken by `speaker`
// at the first `speakerText` after it, and people found at the given words.
SourceArticle article(const QString &body, const QString &speaker, const QString &speakerText,
                      const QStringList &people = {})
{
    SourceArticle source;
    source.article.body = body;
    source.article.title = QStringLiteral("Test");
    source.origin = QStringLiteral("test");
    AnalysisResult analysis;
    for (const QString &person : people) {
        const int at = int(body.indexOf(person));
        analysis.entities.append({at, at + int(person.size()), person, EntityKind::Person});
    }
    QuoteFinding q;
    q.start = int(body.indexOf(u'"')) + 1;
    q.end = int(body.indexOf(u'"', q.start));
    q.speaker = speaker;
    q.speakerStart = int(body.indexOf(speakerText, q.end));
    q.speakerEnd = q.speakerStart + int(speakerText.size());
    q.cue = QStringLiteral("said");
    analysis.quotes.append(q);
    source.givenAnalysis = analysis;
    return source;
}

} // namespace

// Which speakers the analysis gave without an entity of their name become entities: "Officials
// said" opening a sentence names nobody; "Sessions said" does when the article writes Sessions as
// a name elsewhere.
class TestSpeakerEntity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("s%1.lede").arg(++m_n))); }
    void cleanup() { m_library.reset(); }

    void aCapitalisedWordNamesSomebodyOnlyWhereTheArticleWritesItAsAName_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("entity"); // empty: none

        QTest::newRow("common noun opening a sentence")
            << QStringLiteral("The bridge is shut. \"It opens in May.\" Officials said so on Monday.")
            << QStringLiteral("Officials") << QString();
        QTest::newRow("and within a longer name")
            << QStringLiteral("\"We will strike.\" Teachers said it twice. The American Federation of Teachers agreed.")
            << QStringLiteral("Teachers") << QString();
        QTest::newRow("a dictionary word the article writes as a name")
            << QStringLiteral("\"We act now.\" Sessions said. The bill, Sessions added, is due in May.")
            << QStringLiteral("Sessions") << QStringLiteral("Sessions");
        QTest::newRow("a proper name opening a sentence")
            << QStringLiteral("\"The city follows state law.\" Negrete said so on Monday.") << QStringLiteral("Negrete")
            << QStringLiteral("Negrete");
        QTest::newRow("a description") << QStringLiteral("\"No.\" The protesters said it loudly.")
                                       << QStringLiteral("The protesters") << QString();
        // A party's members as a group are no one person, nor the party's organisation (which speaks
        // through its officials, and which the analysis finds as "the Democratic Party" or "the
        // DNC"): the quote keeps their words, as with "Officials".
        QTest::newRow("a party's members")
            << QStringLiteral("The vote is near. \"We have the votes,\" Democrats said, and Republicans, too.")
            << QStringLiteral("Democrats") << QString();
        QTest::newRow("a party's members in a chamber")
            << QStringLiteral("\"The bill is dead,\" Senate Republicans said on Monday.")
            << QStringLiteral("Senate Republicans") << QString();
        QTest::newRow("a group of believers")
            << QStringLiteral("\"We pray,\" Catholics in the city said.") << QStringLiteral("Catholics") << QString();
        QTest::newRow("a name with a party word first")
            << QStringLiteral("\"I won,\" Republican Lee Zeldin said.") << QStringLiteral("Republican Lee Zeldin")
            << QStringLiteral("Republican Lee Zeldin");
    }
    void aCapitalisedWordNamesSomebodyOnlyWhereTheArticleWritesItAsAName()
    {
        QFETCH(QString, body);
        QFETCH(QString, speaker);
        QFETCH(QString, entity);
        QVERIFY2(Gazetteer::instance().isLoaded(), "the word list (wamerican) is needed");
        const qint64 id = Importer(*m_library).importArticle(article(body, speaker, speaker)).articleId;
        const QList<Quote> quotes = m_library->quotes().ofArticle(id);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().speakerName, speaker); // the quote keeps the speaker's words either way
        const QList<Entity> entities = m_library->entities().all();
        if (entity.isEmpty()) {
            QCOMPARE(quotes.first().speakerEntityId, 0);
            QVERIFY(entities.isEmpty());
        } else {
            QCOMPARE(entities.size(), 1);
            QCOMPARE(entities.first().name, entity);
            QCOMPARE(quotes.first().speakerEntityId, entities.first().id);
        }
    }

    void aSurnameSpeakerIsThePersonTheArticleNames()
    {
        const QString body = QStringLiteral("Jeff Sessions met the press. \"We act now.\" Sessions said so again.");
        const qint64 id = Importer(*m_library)
                              .importArticle(article(body, QStringLiteral("Sessions"), QStringLiteral("Sessions said"),
                                                     {QStringLiteral("Jeff Sessions")}))
                              .articleId;
        const QList<Entity> entities = m_library->entities().all();
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.first().name, QStringLiteral("Jeff Sessions"));
        QCOMPARE(m_library->quotes().ofArticle(id).first().speakerEntityId, entities.first().id);
    }

    void aSentenceStartIsTold_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("inside");
        QTest::newRow("text start") << QStringLiteral("Pence spoke.") << false;
        QTest::newRow("after a full stop") << QStringLiteral("It rained. Pence spoke.") << false;
        QTest::newRow("after a quotation") << QStringLiteral("\u201CNo.\u201D Pence spoke.") << false;
        QTest::newRow("new paragraph") << QStringLiteral("It rained\n\nPence spoke.") << false;
        QTest::newRow("after a comma") << QStringLiteral("It rained, Pence said.") << true;
        QTest::newRow("within a name") << QStringLiteral("Vice President Pence spoke.") << false;
        QTest::newRow("part of a word") << QStringLiteral("the Pencey school") << false;
    }
    void aSentenceStartIsTold()
    {
        QFETCH(QString, body);
        QFETCH(bool, inside);
        QCOMPARE(SpeakerEntity::isWrittenInsideASentence(QStringLiteral("Pence"), body), inside);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestSpeakerEntity)
#include "tst_speakerentity.moc"
