// The JSON bundle carries a selection into another library without loss, and importing it twice,
// or into a library that already holds the article, adds nothing twice.
#include "exportfixture.h"

#include "export/bundlewriter.h"
#include "export/exportselection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace lede;

namespace {

// Everything a person wrote or reviewed on an article, without the ids a library gives.
QStringList annotationsOf(Library &library, qint64 articleId)
{
    QStringList out;
    for (const Quote &q : library.quotes().ofArticle(articleId)) {
        out << QStringLiteral("quote %1-%2 %3 %4 %5 %6 %7 %8")
                   .arg(q.span.start)
                   .arg(q.span.end)
                   .arg(q.speakerName, q.cue, toString(q.kind), toString(q.status))
                   .arg(q.speakerSpan ? q.speakerSpan->start : -1)
                   .arg(q.created.toString(Qt::ISODateWithMs));
    }
    for (const Mention &m : library.entities().mentionsOf(articleId)) {
        const Entity e = *library.entities().find(m.entityId);
        out << QStringLiteral("mention %1-%2 %3 %4 %5 [%6] %7")
                   .arg(m.span.start)
                   .arg(m.span.end)
                   .arg(e.name, toString(e.kind), toString(e.status), e.aliases.join(QLatin1Char('|')),
                        toString(m.status));
    }
    for (const Note &n : library.notes().ofArticle(articleId)) {
        out << QStringLiteral("note %1-%2 %3 %4 %5")
                   .arg(n.span.start)
                   .arg(n.span.end)
                   .arg(n.text, n.created.toString(Qt::ISODateWithMs), n.modified.toString(Qt::ISODateWithMs));
    }
    for (const Claim &c : library.claims().ofArticle(articleId)) {
        out << QStringLiteral("claim %1-%2 %3 %4 %5 %6 %7 %8")
                   .arg(c.span.start)
                   .arg(c.span.end)
                   .arg(c.summary, c.verdictLabel)
                   .arg(c.verdictValue.value_or(-1))
                   .arg(c.explanation, toString(c.status), c.created.toString(Qt::ISODateWithMs));
    }
    for (const Tag &t : library.tags().ofArticle(articleId))
        out << QStringLiteral("tag ") + t.name;
    out.sort();
    return out;
}

QByteArray exportBundle(Library &library, const QList<qint64> &ids = {})
{
    QString error;
    const QByteArray bytes = BundleWriter(ExportOptions {}).write(ExportSelection::load(library, ids), &error);
    return bytes;
}

} // namespace

class TestBundleRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_source = std::make_unique<Library>(m_dir.filePath(QStringLiteral("source-%1.lede").arg(++m_round)));
        m_seedId = ExportFixture::importSeed(*m_source);
        QVERIFY(m_seedId > 0);
        ExportFixture::annotateSeed(*m_source, m_seedId);
        m_mixedId = ExportFixture::addArticle(*m_source, QStringLiteral("שלום 🎉"), ExportFixture::mixedScriptBody(),
                                              QStringLiteral("https://example.org/mixed"));
        const QString body = ExportFixture::mixedScriptBody();
        m_source->addNote(m_mixedId, ExportFixture::spanOf(body, QStringLiteral("שלום לכולם")),
                          QStringLiteral("Hebrew greeting 👋"));
        // A speaker that is no entity, named by a label rather than its mention's words.
        Quote greeting;
        greeting.articleId = m_mixedId;
        greeting.versionId = m_source->articles().find(m_mixedId)->versionId;
        greeting.span = ExportFixture::spanOf(body, QStringLiteral("שלום לכולם"));
        greeting.speakerSpan = ExportFixture::spanOf(body, QStringLiteral("The mayor"));
        greeting.speakerLabel = QStringLiteral("the mayor of Haifa");
        greeting.status = ReviewStatus::Confirmed;
        m_source->quotes().insert(greeting);
    }

    void cleanup() { m_source.reset(); }

    void bundleIsVersionedAndHoldsEverything()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(exportBundle(*m_source)).object();
        QCOMPARE(bundle.value(QStringLiteral("lede_bundle")).toInt(), BundleWriter::kVersion);
        QCOMPARE(bundle.value(QStringLiteral("articles")).toArray().size(), 2);
        QCOMPARE(bundle.value(QStringLiteral("verdict_scale")).toArray().size(), 6);
        const QJsonArray entities = bundle.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 1);
        QVERIFY(
            entities.first().toObject().value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Negrete")));
        const QJsonObject seed = bundle.value(QStringLiteral("articles")).toArray().first().toObject();
        QCOMPARE(seed.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(seed.value(QStringLiteral("claims")).toArray().size(), 1);
        QCOMPARE(seed.value(QStringLiteral("mentions")).toArray().size(), 1);
        QCOMPARE(seed.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("immigration")});
    }

    void roundTripIntoNewLibraryKeepsEveryAnnotation()
    {
        const QString file = m_dir.filePath(QStringLiteral("bundle.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exportBundle(*m_source));
        out.close();

        Library target(m_dir.filePath(QStringLiteral("target-%1.lede").arg(m_round)));
        Importer importer(target);
        const QList<ImportOutcome> outcomes = importer.importPaths({file});
        QCOMPARE(outcomes.size(), 2);
        for (const ImportOutcome &o : outcomes)
            QCOMPARE(int(o.status), int(ImportOutcome::Status::Imported));

        const QList<ArticleSummary> articles = target.articles().list();
        QCOMPARE(articles.size(), 2);
        const Article copy = *target.articles().find(articles.at(0).id);
        const Article original = *m_source->articles().find(m_seedId);
        QCOMPARE(copy.body, original.body);
        QCOMPARE(copy.title, original.title);
        QCOMPARE(copy.url, original.url);
        QCOMPARE(copy.published, original.published);
        QCOMPARE(annotationsOf(target, articles.at(0).id), annotationsOf(*m_source, m_seedId));
        QCOMPARE(annotationsOf(target, articles.at(1).id), annotationsOf(*m_source, m_mixedId));
        QCOMPARE(target.entities().all().size(), 1);
        QCOMPARE(int(target.entities().all().first().status), int(ReviewStatus::Confirmed));

        // A second import recognises both articles and adds nothing.
        const QList<ImportOutcome> again = Importer(target).importPaths({file});
        for (const ImportOutcome &o : again) {
            QCOMPARE(int(o.status), int(ImportOutcome::Status::Skipped));
            QVERIFY2(o.message.contains(QStringLiteral("no new annotations")), qPrintable(o.message));
        }
        QCOMPARE(annotationsOf(target, articles.at(0).id), annotationsOf(*m_source, m_seedId));
    }

    void annotationsJoinAnArticleAlreadyThere()
    {
        Library target(m_dir.filePath(QStringLiteral("colleague-%1.lede").arg(m_round)));
        const qint64 mine = ExportFixture::importSeed(target);
        target.addNote(mine, {0, 5}, QStringLiteral("my own note"));
        // The colleague's library knows Negrete under another alias already.
        const qint64 entity = target.entities().ensure(QStringLiteral("Lana Negrete"), EntityKind::Person);
        target.entities().addAlias(entity, QStringLiteral("the mayor"));

        const QList<ImportOutcome> outcomes = importBytes(target, exportBundle(*m_source, {m_seedId}));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(int(outcomes.first().status), int(ImportOutcome::Status::Skipped));
        QCOMPARE(outcomes.first().articleId, mine);
        QCOMPARE(target.articles().count(), 1);
        QCOMPARE(target.notes().ofArticle(mine).size(), 2);
        QCOMPARE(target.claims().ofArticle(mine).size(), 1);
        const QList<Entity> entities = target.entities().all();
        QCOMPARE(entities.size(), 1);
        QVERIFY(entities.first().aliases.contains(QStringLiteral("the mayor")));
        QVERIFY(entities.first().aliases.contains(QStringLiteral("Negrete")));
    }

    void editedCopyReanchorsByWords()
    {
        Library target(m_dir.filePath(QStringLiteral("edited-%1.lede").arg(m_round)));
        const Article original = *m_source->articles().find(m_seedId);
        // Same URL, an editor's note added on top: every offset moves.
        const qint64 edited = ExportFixture::addArticle(
            target, original.title, QStringLiteral("Editor's note: updated.\n\n") + original.body, original.url);
        importBytes(target, exportBundle(*m_source, {m_seedId}));
        const Article copy = *target.articles().find(edited);
        const QList<Note> notes = target.notes().ofArticle(edited);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(TextOffsets(copy.body).slice(copy.body, notes.first().span),
                 QStringLiteral("reaffirmed last December"));
    }

    void newerBundleIsRefused()
    {
        const SourceDocument doc = SourceReader::readBytes(QByteArrayLiteral("{\"lede_bundle\": 99, \"articles\": []}"),
                                                           QStringLiteral("future.json"));
        QCOMPARE(doc.articles.size(), 0);
        QCOMPARE(doc.errors.size(), 1);
        QVERIFY(doc.errors.first().reason.contains(QStringLiteral("newer Lede")));
    }

    void singleJsonLinesArticleIsNotABundle()
    {
        const SourceDocument doc = SourceReader::readBytes(
            QByteArrayLiteral("{\"title\": \"T\", \"body\": \"Some text here.\"}"), QStringLiteral("one.json"));
        QCOMPARE(doc.articles.size(), 1);
        QVERIFY(!doc.articles.first().annotations);
    }

private:
    QList<ImportOutcome> importBytes(Library &target, const QByteArray &bytes)
    {
        return Importer(target).importDocument(SourceReader::readBytes(bytes, QStringLiteral("bundle.json")));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_source;
    qint64 m_seedId = 0;
    qint64 m_mixedId = 0;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(TestBundleRoundTrip)
#include "tst_bundleroundtrip.moc"
