#include "exporting/exportworker.h"

#include "export/exportformats.h"
#include "export/exportselection.h"
#include "storage/library.h"
#include "storage/storageerror.h"

namespace lede {
namespace {

// Articles read per step: small enough that cancel and progress feel immediate.
constexpr int kStep = 20;

} // namespace

ExportWorker::ExportWorker(const QString &libraryPath, const ExportScope &scope, const QString &format,
                           const ExportOptions &options, const QString &outputPath)
    : m_libraryPath(libraryPath)
    , m_scope(scope)
    , m_format(format)
    , m_options(options)
    , m_outputPath(outputPath)
{ }

ExportSelection ExportWorker::loadSelection(Library &library, const QList<qint64> &ids,
                                            const std::function<void(int, int)> &progress,
                                            const std::atomic_bool *cancel)
{
    ExportSelection selection;
    selection.verdictScale = library.claims().verdictScale();
    for (qint64 from = 0; from < ids.size(); from += kStep) {
        if (cancel && cancel->load())
            break;
        const ExportSelection part = ExportSelection::load(library, ids.mid(from, kStep));
        selection.articles += part.articles;
        for (auto it = part.entities.constBegin(); it != part.entities.constEnd(); ++it)
            selection.entities.insert(it.key(), it.value());
        if (progress)
            progress(int(selection.articles.size()), int(ids.size()));
    }
    return selection;
}

void ExportWorker::run()
{
    QString error;
    int articles = 0;
    try {
        Library library(m_libraryPath, Database::OpenMode::MustExist);
        const QList<qint64> ids = m_scope.resolve(library, -1, &m_cancel);
        const ExportSelection selection = loadSelection(
            library, ids, [this](int done, int total) { Q_EMIT progress(done, total); }, &m_cancel);
        articles = int(selection.articles.size());
        if (!m_cancel) {
            const std::unique_ptr<ExportWriter> writer = ExportFormats::makeWriter(m_format, m_options);
            if (!writer)
                error = tr("there is no export format \"%1\"").arg(m_format);
            else if (ids.isEmpty())
                error = tr("there are no articles to export");
            else
                writer->writeFile(selection, m_outputPath, &error);
        }
    } catch (const StorageError &e) {
        error = e.message();
    }
    Q_EMIT finished(articles, error, m_cancel.load());
}

} // namespace lede
