#include "import/suggestionrecorder.h"

#include "domain/textoffsets.h"
#include "storage/library.h"

#include <QHash>
#include <QSet>

namespace lede {
namespace {

using SpanKey = QPair<int, int>;

} // namespace

SuggestionRecorder::SuggestionRecorder(Library &library)
    : m_library(library)
{ }

void SuggestionRecorder::record(const Article &article, const AnalysisResult &analysis)
{
    const TextOffsets offsets(article.body);
    m_library.quotes().removeSuggested(article.id);
    m_library.entities().removeSuggestedMentions(article.id);

    QSet<SpanKey> reviewedQuotes;
    for (const Quote &q : m_library.quotes().ofArticle(article.id))
        reviewedQuotes.insert({q.span.start, q.span.end});
    QSet<SpanKey> reviewedMentions;
    for (const Mention &m : m_library.entities().mentionsOf(article.id))
        reviewedMentions.insert({m.span.start, m.span.end});

    // One entity per canonical name: the kind comes from the entity findings, speakers default to people.
    QHash<QString, EntityKind> kindOf;
    for (const EntityFinding &e : analysis.entities)
        kindOf.insert(e.name, e.kind);
    QHash<QString, qint64> entityIds;
    auto entityFor = [&](const QString &name, EntityKind fallback) {
        const auto found = entityIds.constFind(name);
        if (found != entityIds.constEnd())
            return *found;
        const qint64 id = m_library.entities().ensure(name, kindOf.value(name, fallback));
        entityIds.insert(name, id);
        return id;
    };

    QSet<QPair<qint64, QString>> aliasesAdded;
    for (const EntityFinding &e : analysis.entities) {
        const TextSpan span = offsets.toCodePoints(e.start, e.end);
        if (reviewedMentions.contains({span.start, span.end}) || e.name.isEmpty())
            continue;
        Mention mention;
        mention.articleId = article.id;
        mention.versionId = article.versionId;
        mention.span = span;
        mention.entityId = entityFor(e.name, e.kind);
        m_library.entities().insertMention(mention);
        const QString words = article.body.mid(e.start, e.end - e.start);
        if (words != e.name && !aliasesAdded.contains({mention.entityId, words})) {
            m_library.entities().addAlias(mention.entityId, words);
            aliasesAdded.insert({mention.entityId, words});
        }
    }

    for (const QuoteFinding &f : analysis.quotes) {
        Quote quote;
        quote.articleId = article.id;
        quote.versionId = article.versionId;
        quote.span = offsets.toCodePoints(f.start, f.end);
        if (reviewedQuotes.contains({quote.span.start, quote.span.end}))
            continue;
        quote.kind = f.kind;
        quote.cue = f.cue;
        if (!f.speaker.isEmpty())
            quote.speakerEntityId = entityFor(f.speaker, EntityKind::Person);
        if (f.speakerStart >= 0 && f.speakerEnd >= f.speakerStart)
            quote.speakerSpan = offsets.toCodePoints(f.speakerStart, f.speakerEnd);
        m_library.quotes().insert(quote);
    }
}

} // namespace lede
