// Feed files through the ordinary importer (a folder, the GUI's Import): each item from the
// feed's own text, all of a feed or nothing of it.
#include "import/importer.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace lede;

class TestFeedFileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString feed(const char *name) { return QStringLiteral(LEDE_TEST_DATA "/feeds/") + QLatin1String(name); }
    std::unique_ptr<Library> newLibrary()
    {
        return std::make_unique<Library>(m_dir.filePath(QStringLiteral("f%1.lede").arg(++m_n)));
    }

private Q_SLOTS:
    void itemsBecomeArticles()
    {
        auto library = newLibrary();
        Importer importer(*library);
        const QList<ImportOutcome> outcomes = importer.importPaths({feed("atom.xml")});
        QCOMPARE(outcomes.size(), 2);
        const Article first = *library->articles().find(outcomes.at(0).articleId);
        QCOMPARE(first.title, QStringLiteral("Water rates to rise"));
        QCOMPARE(first.byline, QStringLiteral("Kim Lee and Raj Patel"));
        QCOMPARE(first.site, QStringLiteral("Valley Dispatch"));
        QCOMPARE(first.url, QStringLiteral("https://dispatch.example/water-rates"));
        QCOMPARE(first.published, QStringLiteral("2025-03-01T10:45:00"));
        // The full content wins over the summary; its paragraphs are kept.
        QCOMPARE(first.body,
                 QStringLiteral(
                     "Water rates will rise by 4 percent in April, the utility said.\n\nThe board voted on Friday."));
        QCOMPARE(outcomes.at(0).origin, QStringLiteral("https://dispatch.example/water-rates"));
    }

    void sameFeedTwiceIsSkipped()
    {
        auto library = newLibrary();
        Importer importer(*library);
        QCOMPARE(importer.importPaths({feed("rss2.xml")}).first().status, ImportOutcome::Status::Imported);
        const QList<ImportOutcome> again = importer.importPaths({feed("rss2.xml")});
        QCOMPARE(again.size(), 2);
        for (const ImportOutcome &o : again)
            QCOMPARE(o.status, ImportOutcome::Status::Skipped);
        QCOMPARE(library->articles().count(), 2);
    }

    void aFolderImportsItsFeedsAndRefusesOtherXml()
    {
        auto library = newLibrary();
        QTemporaryDir folder;
        QVERIFY(QFile::copy(feed("rss2.xml"), folder.filePath(QStringLiteral("courier.rss"))));
        lede::test::writeFile(folder, QStringLiteral("sitemap.xml"),
                              "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://a.example/</loc></url></urlset>\n");
        lede::test::writeFile(folder, QStringLiteral("story.txt"),
                              "Pier reopens\n\nThe pier reopened on Monday after repairs, the city said.\n");
        const QList<ImportOutcome> outcomes = Importer(*library).importPaths({folder.path()});
        QCOMPARE(outcomes.size(), 4); // two feed items, the sitemap, the story
        QStringList imported;
        QString sitemapError;
        for (const ImportOutcome &o : outcomes) {
            if (o.status == ImportOutcome::Status::Imported)
                imported << o.title;
            else if (o.origin.endsWith(QStringLiteral("sitemap.xml")))
                sitemapError = o.message;
        }
        imported.sort();
        QCOMPARE(imported,
                 (QStringList {QStringLiteral("Council approves pier repairs"),
                               QStringLiteral("Library hours extended"), QStringLiteral("Pier reopens")}));
        QCOMPARE(sitemapError, QStringLiteral("an XML file that is not an RSS, RDF or Atom feed"));
        QCOMPARE(library->articles().count(), 3);
    }

    void truncatedFeedImportsNothing()
    {
        auto library = newLibrary();
        Importer importer(*library);
        const QList<ImportOutcome> outcomes = importer.importPaths({feed("truncated.xml")});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, ImportOutcome::Status::Failed);
        QCOMPARE(outcomes.first().origin, feed("truncated.xml"));
        QVERIFY2(outcomes.first().message.startsWith(QStringLiteral("the feed is truncated (line ")),
                 qPrintable(outcomes.first().message));
        QCOMPARE(library->articles().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedFileImport)
#include "tst_feedfileimport.moc"
