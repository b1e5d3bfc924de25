#include "import/importer.h"

#include "import/suggestionrecorder.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "lede.import", QtWarningMsg)

namespace lede {

Importer::Importer(Library &library)
    : m_library(library)
{
    // What editors confirmed in this library is found again in every new article.
    QList<KnownEntity> known;
    for (const Entity &e : m_library.entities().confirmed())
        known.append({e.name, e.kind, e.aliases});
    m_analyzer.setKnownEntities(known);
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
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
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
            missing->append({ImportOutcome::Status::Failed, path, 0, {}, QStringLiteral("no such file or folder")});
        }
    }
    return files;
}

ImportOutcome Importer::importArticle(SourceArticle source)
{
    Article &article = source.article;
    article.contentHash = ArticleRepository::hashBody(article.body);
    Transaction tx(m_library.connection());
    if (const auto dup = m_library.articles().findDuplicate(article.contentHash, article.url)) {
        QString why = dup->byUrl ? QStringLiteral("same URL as article %1").arg(dup->articleId)
                                 : QStringLiteral("same text as article %1").arg(dup->articleId);
        if (dup->trashed)
            why += QStringLiteral(" (in the trash)");
        return {ImportOutcome::Status::Skipped, source.origin, dup->articleId, article.title, why};
    }
    m_library.articles().insert(article, source.original);
    const AnalysisResult analysis = source.givenAnalysis ? *source.givenAnalysis : m_analyzer.analyze(article.body);
    SuggestionRecorder(m_library).record(article, analysis);
    tx.commit();
    return {ImportOutcome::Status::Imported, source.origin, article.id, article.title, {}};
}

QList<ImportOutcome> Importer::importDocument(const SourceDocument &document)
{
    QList<ImportOutcome> outcomes;
    for (const SourceError &e : document.errors)
        outcomes.append({ImportOutcome::Status::Failed, e.origin, 0, {}, e.reason});
    for (const SourceArticle &a : document.articles) {
        try {
            outcomes.append(importArticle(a));
        } catch (const StorageError &e) {
            if (e.kind() == StorageError::Kind::Locked)
                throw;
            outcomes.append({ImportOutcome::Status::Failed, a.origin, 0, a.article.title, e.message()});
        }
    }
    return outcomes;
}

QList<ImportOutcome> Importer::importPaths(const QStringList &paths)
{
    QList<ImportOutcome> outcomes;
    const QStringList files = collectFiles(paths, &outcomes);
    for (const ImportOutcome &o : std::as_const(outcomes)) {
        if (m_progress)
            m_progress(0, int(files.size()), o);
    }
    int done = 0;
    for (const QString &file : files) {
        if (m_cancel && m_cancel->load())
            break;
        const QList<ImportOutcome> fromFile = importDocument(SourceReader::readFile(file));
        ++done;
        for (const ImportOutcome &o : fromFile) {
            qCDebug(lcImport) << o.origin << int(o.status) << o.message;
            if (m_progress)
                m_progress(done, int(files.size()), o);
        }
        outcomes << fromFile;
    }
    return outcomes;
}

} // namespace lede
