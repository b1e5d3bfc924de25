#pragma once

#include "exporting/exportscope.h"

#include <QObject>
#include <atomic>

namespace lede {

// Analyses the articles of a scope again on a worker thread, through a Library (and so a connection)
// of its own. The cancel flag is read between batches: the batches done stay done.
class ReanalysisWorker : public QObject
{
    Q_OBJECT

public:
    ReanalysisWorker(const QString &libraryPath, const ExportScope &scope);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total);
    // error: why it stopped early, empty when it did not.
    void finished(int articles, int quotes, int mentions, int kept, bool cancelled, const QString &error);

private:
    QString m_libraryPath;
    ExportScope m_scope;
    std::atomic_bool m_cancel {false};
};

} // namespace lede
