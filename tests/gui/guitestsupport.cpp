#include "guitestsupport.h"

#include "import/importer.h"
#include "import/sourcereader.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

namespace lede::testsupport {

QString copySeedArticle(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("santa-monica-sanctuary-policy.txt"));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(LEDE_TEST_DATA "/gui/santa-monica-sanctuary-policy.txt"), target))
        qFatal("cannot copy the seed article");
    return target;
}

// The suggestions the storage and model tests start from, fixed so that they do not change when
// the analyzer improves: each segment in double quotation marks as a direct quote with no speaker,
// and no entities (the tests add the entities they need).
static AnalysisResult quotationMarkSegments(const QString &body)
{
    AnalysisResult result;
    int open = -1;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\n')) {
            if (open >= 0 && i > open)
                result.quotes.append({open, i, QuoteKind::Direct, {}, -1, -1, {}});
            open = -1;
        } else if (open < 0 && (c == QLatin1Char('"') || c == QChar(0x201C))) {
            open = i + 1;
        } else if (open >= 0 && (c == QLatin1Char('"') || c == QChar(0x201D))) {
            result.quotes.append({open, i, QuoteKind::Direct, {}, -1, -1, {}});
            open = -1;
        }
    }
    return result;
}

std::unique_ptr<Library> seededLibrary(const QTemporaryDir &dir, qint64 *articleId)
{
    auto library = std::make_unique<Library>(dir.filePath(QStringLiteral("seed.lede")));
    SourceDocument document = SourceReader::readFile(copySeedArticle(dir));
    for (SourceArticle &a : document.articles)
        a.givenAnalysis = quotationMarkSegments(a.article.body);
    const QList<ImportOutcome> outcomes = Importer(*library).importDocument(document);
    if (outcomes.size() != 1 || outcomes.first().status != ImportOutcome::Status::Imported)
        qFatal("the seed article did not import");
    if (articleId)
        *articleId = outcomes.first().articleId;
    return library;
}

void addManyArticles(Library &library, int count)
{
    const QSqlDatabase db = library.connection();
    // Articles and versions point at each other; with the check deferred, every version insert would
    // scan all articles for the pending reference. The helper writes consistent rows itself.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    Transaction tx(db);
    QSqlQuery article(db);
    article.prepare(QStringLiteral(
        "INSERT INTO articles (id, title, byline, site, published, source_format, imported_at, updated_at, "
        "current_version_id) VALUES (?, ?, ?, ?, ?, 'text', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
        "?)"));
    QSqlQuery version(db);
    version.prepare(QStringLiteral("INSERT INTO article_versions (id, article_id, seq, body, content_hash, created_at) "
                                   "VALUES (?, ?, 1, ?, ?, '2025-01-01T00:00:00.000Z')"));
    const qint64 base = 1000000;
    const QStringList sites {QStringLiteral("Daily Planet"), QStringLiteral("The Lookout"), QStringLiteral("Gazette")};
    for (int i = 0; i < count; ++i) {
        const qint64 id = base + i;
        const QDate day = QDate(2000, 1, 1).addDays(i % 9000);
        article.addBindValue(id);
        article.addBindValue(QStringLiteral("Story %1").arg(i, 6, 10, QLatin1Char('0')));
        article.addBindValue(QStringLiteral("Reporter %1").arg(i % 97));
        article.addBindValue(sites.at(i % sites.size()));
        article.addBindValue(day.toString(Qt::ISODate));
        article.addBindValue(id);
        if (!article.exec())
            qFatal("insert article failed");
        version.addBindValue(id);
        version.addBindValue(id);
        version.addBindValue(QStringLiteral("Body of story %1.").arg(i));
        version.addBindValue(QStringLiteral("hash%1").arg(i));
        if (!version.exec())
            qFatal("insert version failed");
    }
    tx.commit();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void clearEntitySuggestions(Library &library)
{
    QSqlQuery q(library.connection());
    for (const char *sql :
         {"DELETE FROM mentions WHERE status = 'suggested'",
          "UPDATE quotes SET speaker_entity_id = NULL, speaker_start = NULL, speaker_end = NULL "
          "WHERE speaker_entity_id IN (SELECT id FROM entities WHERE status = 'suggested')",
          "DELETE FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE status = 'suggested')",
          "DELETE FROM entities WHERE status = 'suggested'"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            qFatal("clearing entity suggestions failed");
    }
}

std::unique_ptr<QSettings> temporarySettings(const QTemporaryDir &dir)
{
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

int pdfPageCount(const QByteArray &pdf)
{
    // Each page is an object "/Type /Page"; the page tree is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int pages = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace lede::testsupport
