#pragma once

#include "analysis/analyzer.h"
#include "import/sourcereader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace lede {

class Library;

struct ImportOutcome
{
    enum class Status { Imported, Skipped, Failed };
    Status status = Status::Failed;
    QString origin; // file, or file:line for JSON Lines
    qint64 articleId = 0; // the new article, or the one it duplicates
    QString title;
    QString message; // why it was skipped or failed
};

// Brings files and folders into a library: one transaction per article, so an interrupted import
// keeps every article it finished and none half-way. Duplicates (same text, or same URL) are
// skipped and reported. Each new article is analysed and its suggestions stored with it.
// A StorageError of kind Locked stops the import and propagates; other failures are per file.
class Importer
{
public:
    explicit Importer(Library &library);

    // Called after each article or failed file; done counts files, total is the files found.
    void setProgressHandler(std::function<void(int done, int total, const ImportOutcome &)> handler);
    // Checked between files: when it becomes true, the import stops after the current article.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    QList<ImportOutcome> importPaths(const QStringList &paths);
    QList<ImportOutcome> importDocument(const SourceDocument &document);
    ImportOutcome importArticle(SourceArticle source);

    // The importable files under the paths (folders recursively, sorted by name); paths that do not
    // exist come back as failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportOutcome> *missing);
    static bool isImportableName(const QString &fileName);

private:
    Library &m_library;
    Analyzer m_analyzer;
    std::function<void(int, int, const ImportOutcome &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace lede
