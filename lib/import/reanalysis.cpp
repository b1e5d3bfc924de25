#include "import/reanalysis.h"

#include "storage/library.h"
#include "storage/pendingsuggestions.h"
#include "storage/transaction.h"

#include <QHash>
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

ArticleSuggestions Reanalysis::suggestionsOf(Library &library, qint64 articleId)
{
    ArticleSuggestions out;
    out.articleId = articleId;
    if (const std::optional<Article> article = library.articles().find(articleId))
        out.versionId = article->versionId;
    QHash<qint64, std::optional<Entity>> entities;
    const auto entity = [&](qint64 id) -> const std::optional<Entity> & {
        auto it = entities.find(id);
        if (it == entities.end())
            it = entities.insert(id, library.entities().find(id));
        return *it;
    };
    for (const Quote &q : library.quotes().ofArticle(articleId)) {
        if (q.status != ReviewStatus::Suggested || q.versionId != out.versionId)
            continue;
        ArticleSuggestions::NamedQuote named {q, {}, EntityKind::Person, {}};
        if (const std::optional<Entity> &speaker = entity(q.speakerEntityId)) {
            named.speaker = speaker->name;
            named.speakerKind = speaker->kind;
            named.speakerAliases = speaker->aliases;
        }
        out.quotes << named;
    }
    for (const Mention &m : library.entities().mentionsOf(articleId)) {
        if (m.status != ReviewStatus::Suggested || m.versionId != out.versionId)
            continue;
        if (const std::optional<Entity> &e = entity(m.entityId))
            out.mentions << ArticleSuggestions::NamedMention {m.span, e->name, e->kind, e->aliases};
    }
    return out;
}

void Reanalysis::putBack(Library &library, const ArticleSuggestions &suggestions)
{
    const qint64 articleId = suggestions.articleId;
    const QList<qint64> named = library.entities().suggestedIn(articleId);
    PendingSuggestions(library.connection()).discard(articleId);
    library.quotes().removeSuggested(articleId);
    library.entities().removeSuggestedMentions(articleId);
    // By name and kind: an entity only these suggestions named may have left the list, and comes back.
    // An article names its people many times: each name is looked up once (undoing Analyse Again on
    // 500 articles spent a fifth of its time in these lookups).
    QHash<QPair<QString, int>, qint64> known;
    const auto entityFor = [&library, &known](const QString &name, EntityKind kind, const QStringList &aliases) {
        const QPair<QString, int> key(name, int(kind));
        if (const auto found = known.constFind(key); found != known.cend())
            return *found;
        qint64 id = 0;
        if (const std::optional<qint64> existing = library.entities().idOf(name, kind)) {
            id = *existing;
        } else {
            id = library.entities().ensure(name, kind);
            for (const QString &alias : aliases)
                library.entities().addAlias(id, alias);
        }
        known.insert(key, id);
        return id;
    };
    QList<QPair<TextSpan, qint64>> mentions;
    for (const ArticleSuggestions::NamedMention &m : suggestions.mentions)
        mentions.append({m.span, entityFor(m.entity, m.kind, m.aliases)});
    library.entities().insertSuggestedMentions(articleId, suggestions.versionId, mentions);
    QList<Quote> quotes;
    for (const ArticleSuggestions::NamedQuote &q : suggestions.quotes) {
        Quote quote = q.quote;
        quote.speakerEntityId = q.speaker.isEmpty() ? 0 : entityFor(q.speaker, q.speakerKind, q.speakerAliases);
        quotes << quote;
    }
    library.quotes().insertSuggested(articleId, suggestions.versionId, quotes);
    library.entities().removeUnused(named);
}

} // namespace lede
