#include "import/entityspread.h"

#include "analysis/analyzer.h"
#include "analysis/tokenizer.h"
#include "domain/textoffsets.h"
#include "storage/entityrepository.h"
#include "storage/entityspreadrepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

namespace lede {
namespace {

// Articles read per query inside a step.
constexpr int kSlice = 16;

} // namespace

EntitySpread::EntitySpread(const QSqlDatabase &db, const Entity &entity, const QStringList &names,
                           const QList<qint64> &skipArticles)
    : m_db(db)
    , m_entity(entity)
    , m_names(names)
    , m_skip(skipArticles.cbegin(), skipArticles.cend())
{
    if (m_names.isEmpty()) {
        m_names = entity.aliases;
        m_names.prepend(entity.name);
    }
    m_names.removeDuplicates();
    if (!m_names.isEmpty())
        m_known.build({KnownEntity {m_names.first(), entity.kind, m_names.mid(1)}});
    const Tokenizer tokenizer;
    for (const QString &name : std::as_const(m_names)) {
        const TokenizedText tokens = tokenizer.tokenize(name);
        if (!tokens.tokens.isEmpty() && !m_firstWords.contains(tokens.tokens.first().lower))
            m_firstWords << tokens.tokens.first().lower.toString();
    }
}

EntitySpread::EntitySpread(const QSqlDatabase &db, const Entity &entity, const SpreadRecord &record)
    : EntitySpread(db, entity, record.names, record.skipArticles)
{
    m_recordId = record.id;
    m_doneThrough = record.doneThrough;
}

void EntitySpread::record()
{
    Transaction tx(m_db);
    const qint64 id =
        SpreadRecordRepository(m_db).recordSpread(m_entity.id, m_names, QList<qint64>(m_skip.cbegin(), m_skip.cend()));
    tx.commit();
    m_recordId = id;
}

void EntitySpread::start()
{
    m_candidates.clear();
    for (qint64 id : EntitySpreadRepository(m_db).articlesNaming(m_names))
        if (!m_skip.contains(id) && id > m_doneThrough)
            m_candidates << id;
    m_next = 0;
    m_started = true;
}

QList<TextSpan> EntitySpread::find(const QString &body, const QList<TextSpan> &taken) const
{
    return withoutTaken(matches(body), taken);
}

QList<TextSpan> EntitySpread::matches(const QString &body) const
{
    QList<TextSpan> found;
    if (m_known.isEmpty())
        return found;
    // Only the lines where a name's first word occurs are tokenized: the tokenizer's words never
    // cross a line break, and KnownNames matches within a line, so this finds what tokenizing the
    // whole body would, at a fraction of the cost for a long article.
    const QString lower = Tokenizer::foldCase(body);
    QList<qsizetype> lineStarts;
    for (const QString &word : m_firstWords) {
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.size())) {
            const qsizetype start = lower.lastIndexOf(QLatin1Char('\n'), at) + 1;
            if (!lineStarts.contains(start))
                lineStarts << start;
        }
    }
    std::sort(lineStarts.begin(), lineStarts.end());
    const TextOffsets offsets(body);
    const Tokenizer tokenizer;
    for (const qsizetype start : std::as_const(lineStarts)) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = body.size();
        const QString line = body.mid(start, end - start);
        const TokenizedText text = tokenizer.tokenize(line);
        const int n = int(text.tokens.size());
        for (int i = 0; i < n; ++i) {
            EntityKind kind = EntityKind::Other;
            const int length = m_known.matchAt(text.tokens, i, &kind);
            if (length == 0)
                continue;
            found << offsets.toCodePoints(int(start) + text.tokens.at(i).start,
                                          int(start) + text.tokens.at(i + length - 1).end);
            i += length - 1;
        }
    }
    return found;
}

QList<TextSpan> EntitySpread::withoutTaken(const QList<TextSpan> &spans, const QList<TextSpan> &taken)
{
    QList<TextSpan> out;
    for (const TextSpan &span : spans) {
        bool free = true;
        for (const TextSpan &t : taken)
            free = free && !t.overlaps(span);
        if (free)
            out << span;
    }
    return out;
}

bool EntitySpread::step(int budgetMs)
{
    if (!m_started)
        start();
    if (isFinished()) {
        // Nothing (left) to examine: only the record to forget.
        if (m_recordId) {
            Transaction tx(m_db);
            SpreadRecordRepository(m_db).forget(m_recordId);
            tx.commit();
            m_recordId = 0;
        }
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(m_db);
    // Deleted meanwhile (an undo of the edit that made it): nothing left to spread.
    if (!EntityRepository(m_db).find(m_entity.id)) {
        m_next = int(m_candidates.size());
        m_recordId = 0; // went with the entity
        return false;
    }
    EntitySpreadRepository store(m_db);
    int next = m_next;
    QList<qint64> added;
    QList<qint64> changed;
    bool timeUp = false;
    while (next < m_candidates.size() && !timeUp) {
        const QList<qint64> slice = m_candidates.mid(next, kSlice);
        QHash<qint64, SpreadTarget> targets;
        for (SpreadTarget &t : store.targets(slice))
            targets.insert(t.articleId, std::move(t));
        // Article by article, so that a slow one (a long text, a large pending set) ends the step.
        for (qint64 id : slice) {
            ++next;
            if (const auto t = targets.constFind(id); t != targets.cend()) {
                QList<TextSpan> spans = matches(t->body);
                // What the text already carries is read only where the name is.
                if (!spans.isEmpty())
                    spans = withoutTaken(spans, store.takenSpans(t->articleId, t->versionId));
                if (!spans.isEmpty()) {
                    added << store.addSuggestedMentions(t->articleId, t->versionId, m_entity.id, spans);
                    changed << t->articleId;
                }
            }
            if (timer.elapsed() >= budgetMs) {
                timeUp = true;
                break;
            }
        }
    }
    const bool done = next >= m_candidates.size();
    if (m_recordId) {
        SpreadRecordRepository records(m_db);
        if (done)
            records.forget(m_recordId);
        else
            records.setDoneThrough(m_recordId, m_candidates.at(next - 1));
    }
    tx.commit();
    // Only what was committed counts: a failed slice is tried again by the next call.
    m_next = next;
    if (done)
        m_recordId = 0;
    m_added << added;
    for (qint64 id : std::as_const(changed)) {
        if (!m_changedArticles.contains(id)) {
            m_changedArticles.insert(id);
            m_recentlyChanged << id;
        }
    }
    return !isFinished();
}

void EntitySpread::run()
{
    start();
    while (step(1000)) { }
}

QList<qint64> EntitySpread::takeRecentlyChanged()
{
    QList<qint64> out;
    out.swap(m_recentlyChanged);
    return out;
}

QList<qint64> EntitySpread::takeBack(const QSqlDatabase &db, const QList<qint64> &mentionIds)
{
    return EntitySpreadRepository(db).removeSuggestedMentions(mentionIds);
}

} // namespace lede
