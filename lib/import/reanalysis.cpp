#include "import/reanalysis.h"

#include "storage/library.h"
#include "storage/transaction.h"

#include <QSet>

namespace lede {
namespace {

// Articles per transaction: few enough that a cancel is quick, enough that commits cost little.
constexpr int kBatch = 100;

} // namespace

Reanalysis::Reanalysis(Library &library)
    : m_library(library)
    , m_recorder(library)
{
    m_analyzer.setKnownEntities(confirmedEntities(m_library));
}

Reanalysis::Outcome Reanalysis::run(const QList<qint64> &articleIds)
{
    Outcome outcome;
    QSet<qint64> named; // by the suggestions replaced
    const int total = int(articleIds.size());
    int done = 0;
    while (done < total) {
        if (m_cancel && m_cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        Outcome batch;
        const int end = std::min(total, done + kBatch);
        Transaction tx(m_library.connection());
        try {
            for (int i = done; i < end; ++i) {
                const std::optional<Article> article = m_library.articles().find(articleIds.at(i));
                if (!article)
                    continue;
                for (qint64 entity : m_library.entities().suggestedIn(article->id))
                    named.insert(entity);
                const SuggestionRecorder::Recorded r = m_recorder.record(*article, m_analyzer.analyze(article->body));
                ++batch.articles;
                batch.quotes += r.quotes;
                batch.mentions += r.mentions;
                batch.kept += r.kept;
            }
            tx.commit();
        } catch (...) {
            m_recorder.forget(); // its memory of entity ids may name rows the rollback took back
            throw;
        }
        outcome.articles += batch.articles;
        outcome.quotes += batch.quotes;
        outcome.mentions += batch.mentions;
        outcome.kept += batch.kept;
        done = end;
        if (m_progress)
            m_progress(done, total);
    }
    m_recorder.joinShortForms(); // "Trump" alone joins "Donald Trump", now that every article is done
    // Last: the recorder remembers entity ids while it runs, and one removed meanwhile could be
    // named again by a later article.
    if (!named.isEmpty()) {
        Transaction tx(m_library.connection());
        outcome.entitiesRemoved = m_library.entities().removeUnused(named.values());
        tx.commit();
        m_recorder.forget();
    }
    return outcome;
}

} // namespace lede
