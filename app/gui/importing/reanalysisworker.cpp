#include "importing/reanalysisworker.h"

#include "import/reanalysis.h"
#include "storage/library.h"
#include "storage/storageerror.h"

namespace lede {

ReanalysisWorker::ReanalysisWorker(const QString &libraryPath, const ExportScope &scope)
    : m_libraryPath(libraryPath)
    , m_scope(scope)
{ }

void ReanalysisWorker::run()
{
    Reanalysis::Outcome outcome;
    QString error;
    try {
        Library library(m_libraryPath, Database::OpenMode::MustExist);
        const QList<qint64> ids = m_scope.resolve(library, -1, &m_cancel);
        Q_EMIT progress(0, int(ids.size()));
        // Read here, on the worker, so that the window does not wait for a few hundred articles.
        const bool undoable = ids.size() <= kUndoableArticles;
        if (undoable) {
            for (qint64 id : ids)
                m_before.append(Reanalysis::suggestionsOf(library, id));
        }
        Reanalysis reanalysis(library);
        reanalysis.setCancelFlag(&m_cancel);
        reanalysis.setProgressHandler([this](int done, int total) { Q_EMIT progress(done, total); });
        outcome = reanalysis.run(ids);
        // After the whole run, the surname joins at its end included; articles a cancel left alone
        // come out as they went in.
        if (undoable) {
            for (qint64 id : ids)
                m_after.append(Reanalysis::suggestionsOf(library, id));
        }
    } catch (const StorageError &e) {
        error = e.message();
        m_before.clear();
        m_after.clear();
    }
    Q_EMIT finished(outcome.articles, outcome.quotes, outcome.mentions, outcome.kept, outcome.cancelled, error);
}

} // namespace lede
