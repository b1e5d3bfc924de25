#pragma once

#include "exporting/exportscope.h"
#include "import/reanalysis.h"

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

    // Up to this many articles, the suggestions replaced are kept for Edit ▸ Undo (a few megabytes
    // at most); a larger run cannot be undone, and the dialog says so before it starts.
    static constexpr int kUndoableArticles = 500;

    void cancel() { m_cancel = true; }
    // After finished(): each article's suggestions before and after, in the same order; empty when
    // the run touched more than kUndoableArticles or failed.
    QList<ArticleSuggestions> takeBefore() { return std::move(m_before); }
    QList<ArticleSuggestions> takeAfter() { return std::move(m_after); }

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
    QList<ArticleSuggestions> m_before;
    QList<ArticleSuggestions> m_after;
};

} // namespace lede
