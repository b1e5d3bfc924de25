#pragma once

#include "analysis/analyzer.h"
#include "import/sourcereader.h"
#include "import/suggestionrecorder.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace lede {

class BackgroundCheckpointer;
class Library;
class Transaction;

struct ImportOutcome
{
    enum class Status { Imported, Skipped, Failed };
    Status status = Status::Failed;
    QString origin; // file, or file:line for JSON Lines
    qint64 articleId = 0; // the new article, or the one it duplicates
    QString title;
    QString message; // why it was skipped or failed
};

// Brings files and folders into a library. Each article goes in whole or not at all, so nothing is
// ever half-imported. Articles are committed in batches (every 250 articles or every second, and
// at the end or on cancel), because a commit per article makes SQLite and FTS5 rewrite the same
// pages thousands of times; when an article fails half-way, the batch is rolled back and the
// articles before it are written again. A crash loses at most the last uncommitted second of
// work, never part of an article. Duplicates (same text, or same URL) are
// skipped and reported. Each new article is analysed and its suggestions stored with it.
// A StorageError of kind Locked stops the import and propagates; other failures are per file.
class Importer
{
public:
    explicit Importer(Library &library);
    ~Importer();

    // Called after each article or failed file; done counts files, total is the files found.
    void setProgressHandler(std::function<void(int done, int total, const ImportOutcome &)> handler);
    // Checked between files: when it becomes true, the import stops after the current article.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Each of these commits what it imported before returning.
    QList<ImportOutcome> importPaths(const QStringList &paths);
    QList<ImportOutcome> importDocument(const SourceDocument &document);
    ImportOutcome importArticle(SourceArticle source);

    // The importable files under the paths (folders recursively, sorted by name); paths that do not
    // exist come back as failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportOutcome> *missing);
    static bool isImportableName(const QString &fileName);

private:
    // Small enough that the last batch, which nothing overlaps (its search indexing, commit and
    // checkpoint), is short; large enough that FTS5 flushes about one segment per batch. 3,360
    // articles: 1.07-1.14 s at 200-300, 1.15-1.19 at 500, 1.22-1.30 at 1,000.
    static constexpr int kBatchArticles = 250;
    static constexpr int kBatchMilliseconds = 1000;
    // From this many files, and a quarter of the articles already in the library, an import builds
    // the entity count index at its end (see PendingEntityIndex): building it then costs less than
    // keeping it up row by row. 3,360 articles: about 8% of the import's time row by row.
    static constexpr qsizetype kFilesToSuspendIndex = 500;
    static constexpr qsizetype kSuspendIndexLibraryShare = 4;

    // Reads a file and analyses its articles: what the worker threads do.
    static SourceDocument prepare(const QString &file, const Analyzer &analyzer);
    QList<ImportOutcome> importInBatch(const SourceDocument &document);
    // One article into the open batch, all of it or (after a failure) none of it.
    ImportOutcome importUnit(const SourceArticle &source);
    ImportOutcome write(SourceArticle source);
    void commitBatch();

    Library &m_library;
    SuggestionRecorder m_recorder;
    std::unique_ptr<Transaction> m_batch;
    QList<SourceArticle> m_pending; // what the open batch holds, to write again after a failure
    QList<qint64> m_unindexed; // the batch's new articles, indexed for search just before it commits
    QElapsedTimer m_batchAge;
    Analyzer m_analyzer;
    std::function<void(int, int, const ImportOutcome &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    BackgroundCheckpointer *m_checkpointer = nullptr; // while importPaths() runs
};

} // namespace lede
