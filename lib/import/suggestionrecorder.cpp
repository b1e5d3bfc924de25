#include "import/suggestionrecorder.h"

#include "import/acronymjoin.h"
#include "import/namevariantjoin.h"
#include "import/shortformjoin.h"
#include "import/speakerentity.h"
#include "storage/entityjoinrepository.h"

#include "domain/textoffsets.h"
#include "storage/library.h"
#include "storage/pendingsuggestions.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecorder, "lede.import.suggestions", QtWarningMsg)

namespace lede {
namespace {

// Whether the span overlaps one of the editor's (an article has few of them).
bool overlapsAny(const TextSpan &span, const QList<TextSpan> &reviewed)
{
    return std::any_of(reviewed.cbegin(), reviewed.cend(), [&](const TextSpan &r) { return r.overlaps(span); });
}

QStringList textsOf(const QSet<WordKey> &words)
{
    QStringList texts;
    texts.reserve(words.size());
    for (const WordKey &w : words)
        texts.append(w.text);
    return texts;
}

} // namespace

QList<KnownEntity> confirmedEntities(Library &library)
{
    QList<KnownEntity> known;
    for (const Entity &e : library.entities().confirmed())
        known.append({e.name, e.kind, e.aliases});
    return known;
}

SuggestionRecorder::SuggestionRecorder(Library &library)
    : m_library(library)
{ }

void SuggestionRecorder::forget()
{
    m_entityIds.clear();
    m_aliases.clear();
    m_newEntities.clear();
    m_newAliases.clear();
    m_nextEntityId = 0;
}

void SuggestionRecorder::flush()
{
    m_library.entities().insertMany(m_newEntities);
    m_library.entities().addAliases(m_newAliases);
    m_newEntities.clear();
    m_newAliases.clear();
    m_nextEntityId = 0; // others may create entities before the next article
}

int SuggestionRecorder::joinShortForms()
{
    if (m_personNames.isEmpty() && m_organisationNames.isEmpty())
        return 0;
    int joined = 0;
    QElapsedTimer clock;
    clock.start();
    try {
        Transaction tx(m_library.connection());
        flush();
        const QStringList names = textsOf(m_personNames);
        // The three passes leave the pending sets to one rewrite at the end: an article naming
        // "Donald J. Trump" and "Trump" is rewritten once, not once per pass.
        EntityJoinRepository::HeldBack heldBack;
        // Variants first: "Trump" then finds one "Donald Trump", not three spellings of him.
        const int variants = NameVariantJoin(m_library, &heldBack).run(names);
        const qint64 variantsMs = clock.restart();
        const int surnames = ShortFormJoin(m_library, &heldBack).run(names);
        const qint64 surnamesMs = clock.restart();
        const int acronyms = AcronymJoin(m_library, &heldBack).run(textsOf(m_organisationNames));
        EntityJoinRepository(m_library.connection()).rewriteHeldBack(heldBack);
        tx.commit();
        joined = variants + surnames + acronyms;
        qCInfo(lcRecorder) << "joined" << variants << "name variants in" << variantsMs << "ms," << surnames
                           << "surnames in" << surnamesMs << "ms," << acronyms << "acronyms and committed in"
                           << clock.elapsed() << "ms (" << names.size() << "person and" << m_organisationNames.size()
                           << "organisation names)";
    } catch (const StorageError &e) {
        // The articles are in; only the tidying of the entity list is not (it rolled back whole).
        qCWarning(lcRecorder) << "joining short names:" << e.message();
        return 0;
    }
    m_personNames.clear();
    m_organisationNames.clear();
    if (joined > 0)
        forget(); // it remembers ids of entities joined away
    return joined;
}

qint64 SuggestionRecorder::entityFor(const QString &name, EntityKind kind, bool deferred)
{
    const TaggedWordKey key {name, qint64(kind)};
    const auto found = m_entityIds.constFind(key);
    if (found != m_entityIds.constEnd())
        return *found;
    qint64 id = 0;
    if (!deferred) {
        id = m_library.entities().ensure(name, kind);
    } else if (const std::optional<qint64> existing = m_library.entities().idOf(name, kind)) {
        id = *existing;
    } else {
        if (m_nextEntityId == 0)
            m_nextEntityId = m_library.entities().firstFreeId();
        id = m_nextEntityId++;
        m_newEntities.append({id, name, kind}); // its name becomes an alias when written
    }
    m_entityIds.insert(key, id);
    m_aliases.insert({name, id}); // ensure() records the name as an alias
    return id;
}

void SuggestionRecorder::addAlias(qint64 entityId, const QString &alias, bool deferred)
{
    if (m_aliases.contains({alias, entityId}))
        return;
    if (deferred)
        m_newAliases.append({entityId, alias});
    else
        m_library.entities().addAlias(entityId, alias);
    m_aliases.insert({alias, entityId});
}

SuggestionRecorder::Recorded SuggestionRecorder::record(const Article &article, const AnalysisResult &analysis)
{
    flush(); // ensure() below must not give out an id kept back for a new entity
    return store(article, analysis, false);
}

void SuggestionRecorder::recordNew(const Article &article, const AnalysisResult &analysis)
{
    store(article, analysis, true);
}

SuggestionRecorder::Recorded SuggestionRecorder::store(const Article &article, const AnalysisResult &analysis,
                                                       bool isNew)
{
    const TextOffsets offsets(article.body);
    QList<TextSpan> reviewedQuotes;
    QList<TextSpan> reviewedMentions;
    if (!isNew) {
        // A pending set holds suggestions only (a change materialises it first): it goes whole.
        PendingSuggestions(m_library.connection()).discard(article.id);
        m_library.quotes().removeSuggested(article.id);
        m_library.entities().removeSuggestedMentions(article.id);
        for (const Quote &q : m_library.quotes().ofArticle(article.id))
            reviewedQuotes.append(q.span);
        for (const Mention &m : m_library.entities().mentionsOf(article.id))
            reviewedMentions.append(m.span);
    }
    Recorded recorded;
    recorded.kept = int(reviewedQuotes.size() + reviewedMentions.size());
    // With nothing of the editor's left, the new suggestions take the compact form, as at import.
    const bool compact = isNew || recorded.kept == 0;

    // One entity per canonical name: the kind comes from the entity findings, speakers default to people.
    QHash<WordKey, EntityKind> kindOf;
    QStringList people;
    for (const EntityFinding &e : analysis.entities) {
        kindOf.insert(e.name, e.kind);
        if (e.kind == EntityKind::Person)
            people << e.name;
    }
    QList<QPair<TextSpan, qint64>> mentions;
    mentions.reserve(analysis.entities.size());
    // An article names an entity in the same words again and again (PolNeAR's 840 training articles:
    // 46,921 mentions, 23,945 different): the alias table and the joins' name lists are asked once
    // per surface and entity.
    QHash<WordView, qint64> seenSurfaces; // surface -> the entity it was last recorded for
    for (const EntityFinding &e : analysis.entities) {
        const TextSpan span = offsets.toCodePoints(e.start, e.end);
        if (e.name.isEmpty() || overlapsAny(span, reviewedMentions))
            continue;
        const qint64 entity = entityFor(e.name, e.kind, isNew);
        mentions.append({span, entity});
        const QStringView surfaceView = QStringView(article.body).mid(e.start, e.end - e.start);
        const auto seen = seenSurfaces.find(surfaceView);
        if (seen != seenSurfaces.end() && *seen == entity)
            continue;
        seenSurfaces.insert(surfaceView, entity);
        const QString surface = surfaceView.toString();
        addAlias(entity, surface, isNew);
        if (e.kind == EntityKind::Person) {
            m_personNames.insert(e.name); // "Donald J. Trump" for NameVariantJoin
            if (!surface.contains(u' '))
                m_personNames.insert(surface); // "Trump" for ShortFormJoin, as an entity or an alias
        } else if (e.kind == EntityKind::Organization && !surface.contains(u' ')) {
            m_organisationNames.insert(surface); // "FBI" for AcronymJoin, as an entity or an alias
        }
    }
    if (!compact)
        m_library.entities().insertSuggestedMentions(article.id, article.versionId, mentions);

    QList<Quote> quotes;
    quotes.reserve(analysis.quotes.size());
    for (const QuoteFinding &f : analysis.quotes) {
        Quote quote;
        quote.articleId = article.id;
        quote.versionId = article.versionId;
        quote.span = offsets.toCodePoints(f.start, f.end);
        if (overlapsAny(quote.span, reviewedQuotes))
            continue;
        quote.kind = f.kind;
        quote.cue = f.cue;
        if (kindOf.contains(f.speaker)) {
            quote.speakerEntityId = entityFor(f.speaker, kindOf.value(f.speaker), isNew);
        } else if (const QString name = SpeakerEntity::nameFor(f.speaker, article.body, people); !name.isEmpty()) {
            quote.speakerEntityId = entityFor(name, kindOf.value(name, EntityKind::Person), isNew);
            m_personNames.insert(name);
        }
        const bool hasMention = f.speakerStart >= 0 && f.speakerEnd >= f.speakerStart;
        if (hasMention)
            quote.speakerSpan = offsets.toCodePoints(f.speakerStart, f.speakerEnd);
        // A speaker that is no entity, and that its mention does not name ("They" for "The groups"),
        // keeps the analysis's words, as `lede-cli analyze` gives them.
        quote.speakerLabel = speakerLabelFor(
            quote, f.speaker,
            hasMention ? std::optional(QStringView(article.body).mid(f.speakerStart, f.speakerEnd - f.speakerStart))
                       : std::nullopt);
        quotes.append(quote);
    }
    if (compact)
        PendingSuggestions(m_library.connection()).store(article.id, article.versionId, mentions, quotes);
    else
        m_library.quotes().insertSuggested(article.id, article.versionId, quotes);
    recorded.quotes = int(quotes.size());
    recorded.mentions = int(mentions.size());
    return recorded;
}

} // namespace lede
