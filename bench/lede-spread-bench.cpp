// lede-spread-bench: times giving the articles already in a library the mentions of an entity an
// editor just confirmed (EntitySpread), as the desktop application does after an accept.
//
//   lede-spread-bench LIBRARY [--import DIR] [--copies N] [--stop-after MS] NAME...
//
// --import DIR imports a folder first (analysed, as `lede-cli import` does); --copies N then adds N
// copies of every article (text, version and pending suggestions) and rebuilds the full-text
// index, to reach the size of a large library in seconds. Each NAME is then confirmed (as an
// existing entity of that name, or a new organisation) and spread, then taken back. The library is
// changed: run it on a scratch copy. --stop-after MS then spreads each name again, stops it after
// MS (as closing the window does) and resumes it from the library's record, as the next opening does.
#include "import/entityspread.h"
#include "import/importer.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/spreadrecordrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace lede;

namespace {

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError(StorageError::Kind::Failed, sql.left(60) + QStringLiteral(": ") + q.lastError().text());
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        throw StorageError(StorageError::Kind::Failed, sql.left(60) + QStringLiteral(": ") + q.lastError().text());
    return q.value(0).toLongLong();
}

// Copies of every article with new ids; URLs are dropped (they are unique per article).
void addCopies(Library &library, int copies)
{
    const QSqlDatabase db = library.connection();
    const qint64 articles = scalar(db, QStringLiteral("SELECT max(id) FROM articles"));
    const qint64 versions = scalar(db, QStringLiteral("SELECT max(id) FROM article_versions"));
    exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Transaction tx(db);
    for (int k = 1; k <= copies; ++k) {
        const QString a = QString::number(k * articles);
        const QString v = QString::number(k * versions);
        const QString last = QString::number(articles);
        exec(db,
             QStringLiteral("INSERT INTO articles (id, title, byline, site, published, language, dateline, "
                            "source_format, current_version_id, imported_at, updated_at) SELECT id + %1, title, "
                            "byline, site, published, language, dateline, source_format, current_version_id + %2, "
                            "imported_at, updated_at FROM articles WHERE id <= %3")
                 .arg(a, v, last));
        exec(db,
             QStringLiteral("INSERT INTO article_versions (id, article_id, seq, body, content_hash, created_at) "
                            "SELECT id + %2, article_id + %1, seq, body, content_hash || '-%4', created_at "
                            "FROM article_versions WHERE article_id <= %3")
                 .arg(a, v, last, QString::number(k)));
        exec(db,
             QStringLiteral("INSERT INTO pending_suggestions SELECT article_id + %1, version_id + %2, mentions, "
                            "quotes, quote_count, created_at FROM pending_suggestions WHERE article_id <= %3")
                 .arg(a, v, last));
        exec(db,
             QStringLiteral("INSERT INTO pending_entities SELECT article_id + %1, entity_id, mentions, spoken "
                            "FROM pending_entities WHERE article_id <= %2")
                 .arg(a, last));
    }
    exec(db, QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"));
    tx.commit();
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

// A spread stopped after `stopAfter` ms (the window closed), then resumed from its record as the
// next opening of the library does; both halves' mentions are then taken back.
void stopAndResume(Library &library, qint64 entityId, const QString &name, int stopAfter, QTextStream &out)
{
    const Entity entity = *library.entities().find(entityId);
    QList<qint64> added;
    int examined = 0;
    int candidates = 0;
    QElapsedTimer timer;
    timer.start();
    {
        EntitySpread first(library.connection(), entity, {name});
        first.record();
        first.start();
        candidates = first.candidateCount();
        while (timer.elapsed() < stopAfter && first.step(50)) { }
        examined = first.examinedCount();
        added = first.addedMentionIds();
    }
    const qint64 beforeClose = timer.elapsed();
    timer.start();
    const QList<SpreadRecord> records = SpreadRecordRepository(library.connection()).all();
    int left = 0;
    for (const SpreadRecord &record : records) {
        EntitySpread resumed(library.connection(), entity, record);
        resumed.run();
        left += resumed.candidateCount();
        added << resumed.addedMentionIds();
    }
    const qint64 resuming = timer.elapsed();
    {
        Transaction tx(library.connection());
        EntitySpread::takeBack(library.connection(), added);
        tx.commit();
    }
    out << name << ", stopped after " << beforeClose << " ms at " << examined << " of " << candidates
        << " candidates; resumed from " << records.size() << " record(s): " << left << " candidates in " << resuming
        << " ms; " << added.size() << " mentions in all\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times spreading confirmed entities in a library."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("a scratch library (changed)"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("entity names to confirm and spread"));
    parser.addOption({QStringLiteral("import"), QStringLiteral("import this folder first"), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("copies"), QStringLiteral("then add N copies of every article"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("stop-after"),
                      QStringLiteral("then spread each name again, stopped after MS as a closed window stops it, "
                                     "and resume it from the library's record"),
                      QStringLiteral("ms")});
    parser.process(app);
    const int stopAfter =
        parser.isSet(QStringLiteral("stop-after")) ? parser.value(QStringLiteral("stop-after")).toInt() : -1;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);
    QTextStream out(stdout);
    try {
        Library library(args.takeFirst());
        QElapsedTimer timer;
        if (parser.isSet(QStringLiteral("import"))) {
            timer.start();
            Importer(library).importPaths({parser.value(QStringLiteral("import"))});
            out << "import: " << timer.elapsed() << " ms\n";
        }
        if (parser.isSet(QStringLiteral("copies"))) {
            timer.start();
            addCopies(library, parser.value(QStringLiteral("copies")).toInt());
            out << "copies: " << timer.elapsed() << " ms\n";
        }
        out << "library: " << library.articles().count() << " articles, "
            << scalar(library.connection(), QStringLiteral("SELECT count(*) FROM pending_suggestions"))
            << " with a pending set\n";
        // What the sidebar's entity list reads when it is shown and after an entity edit: the
        // entities with their aliases, then their mention counts. Three times, the first cold.
        for (int run = 1; run <= 3; ++run) {
            timer.start();
            const int entities = int(library.entities().all().size());
            const qint64 listed = timer.elapsed();
            timer.start();
            const int counted = int(EntityEditRepository(library.connection()).mentionCounts().size());
            const qint64 counting = timer.elapsed();
            out << "entity list (run " << run << "): " << entities << " entities with aliases in " << listed << " ms, "
                << counted << " mention counts in " << counting << " ms, total " << listed + counting << " ms\n";
            out.flush();
        }
        out.flush();
        for (const QString &name : std::as_const(args)) {
            EntityEditRepository edits(library.connection());
            std::optional<qint64> id = edits.findByName(name, EntityKind::Organization);
            for (EntityKind kind : {EntityKind::Person, EntityKind::Place, EntityKind::Other})
                id = id ? id : edits.findByName(name, kind);
            const qint64 entityId = id ? *id : library.entities().ensure(name, EntityKind::Organization);
            library.entities().setStatus(entityId, ReviewStatus::Confirmed);
            EntitySpread spread(library.connection(), *library.entities().find(entityId), {name});
            timer.start();
            // Recorded as the window records it, so that the figures include noting the progress.
            spread.record();
            spread.start();
            const qint64 search = timer.elapsed();
            qint64 slowest = 0;
            int steps = 0;
            for (bool more = !spread.isFinished(); more; ++steps) {
                QElapsedTimer step;
                step.start();
                more = spread.step(50);
                slowest = std::max(slowest, step.elapsed());
            }
            const qint64 total = timer.elapsed();
            timer.start();
            {
                Transaction tx(library.connection());
                EntitySpread::takeBack(library.connection(), spread.addedMentionIds());
                tx.commit();
            }
            out << name << ": " << spread.candidateCount() << " candidates (full-text query " << search << " ms), "
                << spread.addedMentionIds().size() << " mentions added in " << spread.changedArticleCount()
                << " articles; " << total << " ms in " << steps << " steps of 50 ms budget (slowest " << slowest
                << " ms); taken back in " << timer.elapsed() << " ms\n";
            out.flush();
            if (stopAfter >= 0)
                stopAndResume(library, entityId, name, stopAfter, out);
        }
    } catch (const StorageError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 2;
    }
    return 0;
}
