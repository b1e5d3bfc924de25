#include "importing/importworker.h"

#include "import/importer.h"
#include "storage/library.h"
#include "storage/storageerror.h"

namespace lede {

ImportWorker::ImportWorker(const QString &libraryPath, const QStringList &paths)
    : m_libraryPath(libraryPath)
    , m_paths(paths)
{ }

void ImportWorker::run()
{
    int imported = 0;
    int skipped = 0;
    QStringList failures;
    qint64 first = 0;
    try {
        Library library(m_libraryPath, Database::OpenMode::MustExist);
        Importer importer(library);
        importer.setCancelFlag(&m_cancel);
        importer.setProgressHandler([this](int done, int total, const ImportOutcome &outcome) {
            Q_EMIT progress(done, total, outcome.title.isEmpty() ? outcome.origin : outcome.title);
        });
        for (const ImportOutcome &o : importer.importPaths(m_paths)) {
            switch (o.status) {
            case ImportOutcome::Status::Imported:
                ++imported;
                if (!first)
                    first = o.articleId;
                break;
            case ImportOutcome::Status::Skipped:
                ++skipped;
                break;
            case ImportOutcome::Status::Failed:
                failures << tr("%1: %2").arg(o.origin, o.message);
                break;
            }
        }
    } catch (const StorageError &e) {
        failures << tr("The library: %1").arg(e.message());
    }
    Q_EMIT finished(imported, skipped, failures, first, m_cancel.load());
}

} // namespace lede
