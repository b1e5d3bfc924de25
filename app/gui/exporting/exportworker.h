#pragma once

#include "export/exportoptions.h"
#include "exporting/exportscope.h"

#include <QObject>
#include <atomic>
#include <functional>

namespace lede {

class ExportSelection;

// Runs an export on a worker thread, through a Library (and so a connection) of its own: reads
// the articles a few at a time, reporting progress, then hands the selection to the format's
// writer, which replaces the file only once everything was written. The cancel flag is read
// between reads: a cancelled export writes nothing.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    ExportWorker(const QString &libraryPath, const ExportScope &scope, const QString &format,
                 const ExportOptions &options, const QString &outputPath);

    void cancel() { m_cancel = true; }

    // Reads the selection in steps (also used for the dialog's preview). Throws StorageError.
    static ExportSelection loadSelection(Library &library, const QList<qint64> &ids,
                                         const std::function<void(int done, int total)> &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total);
    // error: empty on success, otherwise the reason (the dialog names the file).
    void finished(int articles, const QString &error, bool cancelled);

private:
    QString m_libraryPath;
    ExportScope m_scope;
    QString m_format;
    ExportOptions m_options;
    QString m_outputPath;
    std::atomic_bool m_cancel {false};
};

} // namespace lede
