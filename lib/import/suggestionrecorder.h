#pragma once

#include "analysis/analyzer.h"
#include "domain/article.h"
#include "domain/wordkey.h"
#include "storage/entityrepository.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace lede {

class Library;

// What editors confirmed in the library, for an Analyzer to find again in every article.
QList<KnownEntity> confirmedEntities(Library &library);

// Stores an analysis of an article as suggestions: entities (found or created, with the mention's
// words as an alias), mentions and quotes with their speakers. Suggestions from an earlier analysis
// are replaced; what an editor confirmed, rejected or wrote is kept, and a new suggestion overlapping
// one of those is dropped: the editor has decided about that place. Runs inside the caller's
// transaction.
//
// Entity ids and aliases already written are remembered, so that a bulk import does not ask the
// store again for "Donald Trump" in every article; forget() drops that memory, which a caller must
// do after rolling back a transaction this recorder wrote in.
//
// recordNew() gives a new entity its id at once but writes it, and new aliases, only at flush():
// thousands of them in two statements instead of three statements each. Until then the store does
// not know those entities, so the caller flushes before anything else reads or creates entities
// and before it commits.
class SuggestionRecorder
{
public:
    explicit SuggestionRecorder(Library &library);

    // What record() stored: new suggestions, and the editor's quotes and mentions it kept.
    struct Recorded
    {
        int quotes = 0;
        int mentions = 0;
        int kept = 0;
    };
    Recorded record(const Article &article, const AnalysisResult &analysis);
    // The same for an article just inserted: there is nothing earlier to replace or keep, and the
    // suggestions go in as one compact pending set (see PendingSuggestions), the cheap form for a
    // bulk import; they read as suggested quotes and mentions all the same.
    void recordNew(const Article &article, const AnalysisResult &analysis);
    void forget();
    // Writes the entities and aliases recordNew() kept back.
    void flush();
    // Joins the people recorded since the last call to the one person each stands for across the
    // library, where that is clear: variants of a full name (see NameVariantJoin), then one-word
    // names (see ShortFormJoin); and organisations' acronyms to the one organisation the library
    // ties each to (see AcronymJoin); returns how many entities were joined into others.
    // For the end of an import or an analysis, outside the caller's transaction: it flushes and
    // writes in one of its own. A storage error leaves the entities as they were and is logged.
    int joinShortForms();

private:
    qint64 entityFor(const QString &name, EntityKind kind, bool deferred);
    void addAlias(qint64 entityId, const QString &alias, bool deferred);
    Recorded store(const Article &article, const AnalysisResult &analysis, bool isNew);

    Library &m_library;
    QHash<TaggedWordKey, qint64> m_entityIds; // (name, kind) -> id
    QSet<TaggedWordKey> m_aliases; // (alias, entity id)
    QList<EntityRepository::NewEntity> m_newEntities; // given ids, not written yet
    QList<QPair<qint64, QString>> m_newAliases;
    qint64 m_nextEntityId = 0; // 0: ask the store
    QSet<WordKey> m_personNames; // kept across forget(): a name to consider again does no harm
    QSet<WordKey> m_organisationNames; // one-word ones, likewise
};

} // namespace lede
