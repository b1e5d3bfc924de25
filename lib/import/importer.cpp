#include "import/importer.h"

#include "analysis/gazetteer.h"
#include "import/bundle/annotationpayload.h"
#include "import/suggestionrecorder.h"
#include "storage/backgroundcheckpointer.h"
#include "storage/library.h"
#include "storage/pendingentityindex.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <cerrno>
#include <deque>
#include <future>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcImport, "lede.import", QtWarningMsg)
// The writer thread's CPU time per import, for measuring (QT_LOGGING_RULES="lede.import.timing.info=true").
Q_LOGGING_CATEGORY(lcImportTiming, "lede.import.timing", QtWarningMsg)

namespace lede {
namespace {

// The writer (one thread: SQLite takes one writer) is what an import waits for; the workers run
// ahead of it. Left at the same priority, the two workers and the writer share two cores by turns;
// lower, the workers take what the writer leaves (3,360 articles on two cores, idle machine,
// medians: 1.35 s at nice 0, 1.24 s at +5, 1.17 s at +10, 1.11 s at +15, 1.12 s at +19). Under
// Linux's autogroup scheduling (the default) a nice value only ranks threads of the same session,
// so the workers yield to the writer, not to other programs. Linux sets priorities per thread;
// elsewhere this does nothing.
void yieldToTheWriter()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const auto thread = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(nice + 15, 19)); // a lower priority needs no privilege
#endif
}

// CPU seconds this thread has used so far.
double threadCpuSeconds()
{
#ifdef Q_OS_LINUX
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
#else
    return 0;
#endif
}

} // namespace

Importer::Importer(Library &library)
    : m_library(library)
    , m_recorder(library)
{
    // What editors confirmed in this library is found again in every new article.
    m_analyzer.setKnownEntities(confirmedEntities(m_library));
}

Importer::~Importer()
{
    // Every public entry point commits before returning. A batch still open here was interrupted by
    // an exception (a locked library): it rolls back, articles the progress handler already
    // reported included, and the caller was told by that exception.
}

void Importer::setProgressHandler(std::function<void(int, int, const ImportOutcome &)> handler)
{
    m_progress = std::move(handler);
}

bool Importer::isImportableName(const QString &fileName)
{
    static const QStringList suffixes {QStringLiteral("txt"),   QStringLiteral("text"),  QStringLiteral("html"),
                                       QStringLiteral("htm"),   QStringLiteral("xhtml"), QStringLiteral("jsonl"),
                                       QStringLiteral("ndjson")};
    // Feed files too: a folder of saved feeds imports each item from the feed's own text.
    return suffixes.contains(QFileInfo(fileName).suffix().toLower()) || SourceReader::isFeedName(fileName);
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportOutcome> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isImportableName(file))
                    inFolder << file;
            }
            inFolder.sort();
            files << inFolder;
        } else if (info.exists()) {
            files << path; // named explicitly: try it whatever its suffix
        } else if (missing) {
            missing->append({ImportOutcome::Status::Failed,
                             path,
                             0,
                             {},
                             QCoreApplication::translate("lede::Import", "no such file or folder")});
        }
    }
    return files;
}

ImportOutcome Importer::write(SourceArticle source)
{
    Article &article = source.article;
    if (article.contentHash.isEmpty())
        article.contentHash = ArticleRepository::hashBody(article.body);
    if (const auto dup = m_library.articles().findDuplicate(article.contentHash, article.url)) {
        QString why = dup->byUrl
            ? QCoreApplication::translate("lede::Import", "same URL as article %1").arg(dup->articleId)
            : QCoreApplication::translate("lede::Import", "same text as article %1").arg(dup->articleId);
        if (dup->trashed)
            why += QCoreApplication::translate("lede::Import", " (in the trash)");
        // Annotations from a bundle or a Hypothesis export join the library's copy of the article.
        if (source.annotations) {
            m_recorder.flush(); // they read and create entities
            if (const std::optional<Article> existing = m_library.articles().find(dup->articleId))
                why += QStringLiteral("; ") + source.annotations->apply(m_library, *existing);
        }
        return {ImportOutcome::Status::Skipped, source.origin, dup->articleId, article.title, why};
    }
    if (source.annotations && source.annotations->attachesOnly())
        return {ImportOutcome::Status::Failed, source.origin, 0, article.title,
                QCoreApplication::translate("lede::Import",
                                            "no article in the library has the URL %1; import the article first")
                    .arg(article.url)};
    // The batch's articles enter the search index together when it commits (see commitBatch()).
    m_library.articles().insert(article, source.original, ArticleRepository::Indexing::Later);
    m_unindexed.append(article.id);
    const AnalysisResult analysis = source.givenAnalysis ? *source.givenAnalysis : m_analyzer.analyze(article.body);
    m_recorder.recordNew(article, analysis);
    if (source.annotations) {
        m_recorder.flush(); // they read and create entities
        source.annotations->apply(m_library, article);
    }
    return {ImportOutcome::Status::Imported, source.origin, article.id, article.title, {}};
}

ImportOutcome Importer::importUnit(const SourceArticle &source)
{
    if (!m_batch) {
        m_batch = std::make_unique<Transaction>(m_library.connection());
        m_pending.clear();
        m_unindexed.clear();
        m_batchAge.start();
    }
    ImportOutcome outcome;
    try {
        outcome = write(source);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Locked)
            throw;
        // Part of this article may be in the batch: undo the batch and write again the articles
        // that went in before it. Rowids are handed out in order, so they get the same ids.
        m_batch.reset();
        m_recorder.forget();
        m_unindexed.clear();
        m_batch = std::make_unique<Transaction>(m_library.connection());
        for (const SourceArticle &earlier : std::as_const(m_pending))
            write(earlier);
        return {ImportOutcome::Status::Failed, source.origin, 0, source.article.title, e.message()};
    }
    m_pending.append(source);
    if (m_pending.size() >= kBatchArticles || m_batchAge.elapsed() >= kBatchMilliseconds)
        commitBatch();
    return outcome;
}

void Importer::commitBatch()
{
    if (!m_batch)
        return;
    m_recorder.flush();
    m_library.articles().indexForSearch(m_unindexed);
    m_batch->commit();
    if (m_checkpointer)
        m_checkpointer->request();
    m_batch.reset();
    m_pending.clear();
    m_unindexed.clear();
}

ImportOutcome Importer::importArticle(SourceArticle source)
{
    ImportOutcome outcome = importUnit(source);
    commitBatch();
    m_recorder.joinShortForms();
    return outcome;
}

QList<ImportOutcome> Importer::importInBatch(const SourceDocument &document)
{
    QList<ImportOutcome> outcomes;
    for (const SourceError &e : document.errors)
        outcomes.append({ImportOutcome::Status::Failed, e.origin, 0, {}, e.reason});
    for (const SourceArticle &a : document.articles)
        outcomes.append(importUnit(a));
    return outcomes;
}

QList<ImportOutcome> Importer::importDocument(const SourceDocument &document)
{
    QList<ImportOutcome> outcomes = importInBatch(document);
    commitBatch();
    m_recorder.joinShortForms();
    return outcomes;
}

SourceDocument Importer::prepare(const QString &file, const Analyzer &analyzer)
{
    SourceDocument doc = SourceReader::readFile(file);
    for (SourceArticle &a : doc.articles) {
        a.article.contentHash = ArticleRepository::hashBody(a.article.body);
        if (!a.givenAnalysis)
            a.givenAnalysis = analyzer.analyze(a.article.body);
    }
    return doc;
}

QList<ImportOutcome> Importer::importPaths(const QStringList &paths)
{
    const double writerCpuAtStart = threadCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    qint64 waitedMs = 0; // the writer waiting for the workers
    qint64 allPreparedMs = -1; // when the workers had prepared the last file
    // Reading, parsing and analysing run on worker threads, a window of files ahead of the
    // writer; the writer (this thread, the only one using the connection) takes them in order.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // The gazetteer (Debian's word lists and place names, some 25 ms to read) loads while the files
    // are listed, instead of holding up every worker's first article.
    pool.start([] { Gazetteer::instance(); });
    QList<ImportOutcome> outcomes;
    const QStringList files = collectFiles(paths, &outcomes);
    for (const ImportOutcome &o : std::as_const(outcomes)) {
        if (m_progress)
            m_progress(0, int(files.size()), o);
    }
    // A wide window: while the writer commits a batch (search indexing is most of that), the
    // workers keep preparing files instead of idling after a few (3.67x -> 3.26x the sqlite3
    // floor on 3,360 articles; peak memory 82 -> 87 MB).
    const qsizetype window = 128 * pool.maxThreadCount();
    std::deque<std::future<SourceDocument>> inFlight;
    qsizetype next = 0;
    auto launch = [&] {
        auto task =
            std::make_shared<std::packaged_task<SourceDocument()>>([file = files.at(next), analyzer = m_analyzer] {
                yieldToTheWriter(); // the pool's threads are this import's own
                return prepare(file, analyzer);
            });
        inFlight.push_back(task->get_future());
        pool.start([task] { (*task)(); });
        ++next;
    };
    while (next < files.size() && qsizetype(inFlight.size()) < window)
        launch();

    // A large import builds the entity count index once at its end instead of row by row, and
    // leaves the search index's segments unmerged until then.
    const bool suspendIndex = files.size() >= kFilesToSuspendIndex
        && files.size() * kSuspendIndexLibraryShare >= m_library.articles().count();
    if (suspendIndex) {
        PendingEntityIndex::drop(m_library.connection());
        m_library.articles().reserveBatchIndexMemory();
        m_library.articles().holdBackIndexMerges(true);
    }
    bool indexRestored = !suspendIndex;
    const auto restoreIndex = qScopeGuard([this, &indexRestored] {
        if (indexRestored)
            return;
        try {
            commitBatch();
            PendingEntityIndex::create(m_library.connection());
            m_library.articles().holdBackIndexMerges(false);
        } catch (const StorageError &) {
            // The next opening of the library builds it (Database::restoreIndexes()).
        }
    });

    // The writer's checkpoints move to a thread of their own while the import lasts; what the last
    // batch leaves in the log is copied when the library closes.
    BackgroundCheckpointer checkpointer(m_library.connection());
    m_checkpointer = &checkpointer;
    const auto forgetCheckpointer = qScopeGuard([this] { m_checkpointer = nullptr; });
    int done = 0;
    try {
        while (!inFlight.empty() && !(m_cancel && m_cancel->load())) {
            if (lcImportTiming().isInfoEnabled()) {
                if (allPreparedMs < 0 && next == files.size()
                    && inFlight.back().wait_for(std::chrono::seconds(0)) == std::future_status::ready)
                    allPreparedMs = clock.elapsed();
                const qint64 before = clock.elapsed();
                inFlight.front().wait();
                waitedMs += clock.elapsed() - before;
            }
            const SourceDocument document = inFlight.front().get();
            inFlight.pop_front();
            if (next < files.size())
                launch();
            const QList<ImportOutcome> fromFile = importInBatch(document);
            ++done;
            for (const ImportOutcome &o : fromFile) {
                qCDebug(lcImport) << o.origin << int(o.status) << o.message;
                if (m_progress)
                    m_progress(done, int(files.size()), o);
            }
            outcomes << fromFile;
        }
    } catch (...) {
        pool.clear();
        pool.waitForDone();
        throw;
    }
    pool.clear(); // on cancel: files not started are dropped; running ones finish unused
    pool.waitForDone();
    // The end runs on this thread alone; its parts are timed to see where that time goes.
    const qint64 lastFileMs = clock.elapsed();
    commitBatch();
    const qint64 lastBatchMs = clock.elapsed();
    // With every article in, and the entity index back, which the join reads. The search index's
    // merging is let go here too, while the checkpointer still takes the log: after it, that
    // commit copied the log into the library on this thread (7 ms) before closing copied it again.
    if (!indexRestored) {
        PendingEntityIndex::create(m_library.connection());
        m_library.articles().holdBackIndexMerges(false);
        indexRestored = true;
    }
    const qint64 entityIndexMs = clock.elapsed();
    m_recorder.joinShortForms();
    qCInfo(lcImportTiming) << files.size() << "files; writer thread CPU" << threadCpuSeconds() - writerCpuAtStart
                           << "s; waited for the workers" << waitedMs << "ms; all files prepared at" << allPreparedMs
                           << "ms; last file written at" << lastFileMs << "ms, last batch committed at" << lastBatchMs
                           << "ms, entity index built at" << entityIndexMs << "ms; done at" << clock.elapsed() << "ms";
    return outcomes;
}

} // namespace lede
