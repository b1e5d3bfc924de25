// Hypothesis's JSON export lands as notes on the library's article with the same URL, each on
// the passage its TextQuoteSelector names, even where the page's white space differs.
#include "exportfixture.h"

#include "i18n/translationloader.h"
#include "import/bundle/passageanchor.h"

#include <QTemporaryDir>

using namespace lede;

class TestHypothesisImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The summary's plural ("2 Hypothesis notes added") comes from the English translation, as in the apps.
    void initTestCase() { TranslationLoader::install(QCoreApplication::instance(), QStringLiteral("en")); }

    void notesLandOnTheirPassages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("hypothesis.json"));
        QVERIFY(QFile::copy(ExportFixture::dataPath(QStringLiteral("hypothesis-export.json")), file));
        Library library(dir.filePath(QStringLiteral("h.lede")));
        const qint64 id = ExportFixture::importSeed(library);

        const QList<ImportOutcome> outcomes = Importer(library).importPaths({file});
        const Article article = *library.articles().find(id);
        const QList<Note> notes = library.notes().ofArticle(id);
        QCOMPARE(notes.size(), 2);
        const TextOffsets offsets(article.body);
        QStringList passages;
        for (const Note &n : notes)
            passages << offsets.slice(article.body, n.span);
        QVERIFY(passages.contains(QStringLiteral("initially adopted by City Council resolution")));
        QVERIFY(passages.contains(QStringLiteral("Approved in October 2017,")));
        const Note &first = notes.first().text.contains(QStringLiteral("clerk")) ? notes.first() : notes.last();
        QVERIFY(first.text.contains(QStringLiteral("Tags: follow-up")));
        QVERIFY(first.text.contains(QStringLiteral("Checker One")));
        QCOMPARE(first.created, QDateTime(QDate(2025, 2, 20), QTime(9, 15), Qt::UTC));

        bool attached = false, pageNoteReported = false;
        for (const ImportOutcome &o : outcomes) {
            if (o.articleId == id && o.message.contains(QStringLiteral("2 Hypothesis notes added"))
                && o.message.contains(QStringLiteral("1 not placed")))
                attached = true;
            if (o.status == ImportOutcome::Status::Failed && o.message.contains(QStringLiteral("mark no passage")))
                pageNoteReported = true;
        }
        QVERIFY(attached);
        QVERIFY(pageNoteReported);
        QCOMPARE(library.articles().count(), 1);

        // Importing the same export again adds nothing.
        Importer(library).importPaths({file});
        QCOMPARE(library.notes().ofArticle(id).size(), 2);
    }

    void withoutTheArticleNothingIsCreated()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("empty.lede")));
        const QList<ImportOutcome> outcomes =
            Importer(library).importPaths({ExportFixture::dataPath(QStringLiteral("hypothesis-export.json"))});
        QCOMPARE(library.articles().count(), 0);
        bool explained = false;
        for (const ImportOutcome &o : outcomes)
            explained |= o.status == ImportOutcome::Status::Failed
                && o.message.contains(QStringLiteral("no article in the library has the URL"));
        QVERIFY(explained);
    }

    void anchorPrefersTheContextThatMatches()
    {
        const QString body = QStringLiteral("He said no. Then 🎉 she said no. Later they said no.");
        const std::optional<TextSpan> span =
            PassageAnchor::locate(body, QStringLiteral("said no"), QStringLiteral("she "), QStringLiteral(". Later"));
        QVERIFY(span);
        QCOMPARE(ExportFixture::codePointSlice(body, span->start, span->end), QStringLiteral("said no"));
        QCOMPARE(span->start, 23); // after the emoji, in code points
        QVERIFY(!PassageAnchor::locate(body, QStringLiteral("absent words")));
    }
};

QTEST_GUILESS_MAIN(TestHypothesisImport)
#include "tst_hypothesisimport.moc"
