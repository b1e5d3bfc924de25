#pragma once

#include "analysis/analyzer.h"
#include "domain/entity.h"
#include "domain/quote.h"
#include "import/suggestionrecorder.h"

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace lede {

class Library;

// One article's suggestions as they stand (quotes and entity mentions still merely suggested), with
// the names of the entities they point at: what an undo of Analyse Again puts back, even when an
// entity only they named has left the list meanwhile.
struct ArticleSuggestions
{
    struct NamedQuote
    {
        Quote quote;
        QString speaker; // the speaker entity's name, empty when it is no entity
        EntityKind speakerKind = EntityKind::Person;
        QStringList speakerAliases;
    };
    struct NamedMention
    {
        TextSpan span;
        QString entity;
        EntityKind kind = EntityKind::Other;
        QStringList aliases;
    };
    qint64 articleId = 0;
    qint64 versionId = 0;
    QList<NamedQuote> quotes;
    QList<NamedMention> mentions;
};

// Analyses articles already in the library again: after an update of Lede's analysis, or to find
// the entities editors confirmed since in older articles. Each article's suggestions are replaced;
// what an editor confirmed, rejected or wrote stays, and so do the places it covers (see
// SuggestionRecorder::record). Articles are done in batches of one transaction each: cancelling,
// or an error, keeps the batches done and leaves the others as they were. At the end, entities only
// the old suggestions named, and no editor decided about, leave the entity list.
class Reanalysis
{
public:
    struct Outcome
    {
        int articles = 0; // analysed again
        int quotes = 0; // suggested quotes now
        int mentions = 0; // suggested entity mentions now
        int kept = 0; // the editor's quotes and mentions left as they were
        int entitiesRemoved = 0; // suggested entities nothing names any more
        bool cancelled = false;
    };

    explicit Reanalysis(Library &library);

    // Read between articles: once set, the batch in hand is committed and the rest left alone.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called after each committed batch with the articles done so far and the total.
    void setProgressHandler(std::function<void(int done, int total)> handler) { m_progress = std::move(handler); }

    // Ids of articles that are gone are passed over. Throws StorageError (what was committed stays).
    Outcome run(const QList<qint64> &articleIds);

    // The article's suggestions now. Throws StorageError.
    static ArticleSuggestions suggestionsOf(Library &library, qint64 articleId);
    // Replaces the article's suggestions by these, on the same version of its text; the editor's
    // quotes and mentions stay. Entities only the replaced suggestions named, and no editor decided
    // about, leave the list, as after run(). Call inside a transaction; throws StorageError.
    static void putBack(Library &library, const ArticleSuggestions &suggestions);

private:
    Library &m_library;
    Analyzer m_analyzer;
    SuggestionRecorder m_recorder;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
};

} // namespace lede
