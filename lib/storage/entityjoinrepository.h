#pragma once

#include "domain/entity.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace lede {

// Reads what deciding about a short name needs ("Trump": which people the library has it as an
// alias of, and in how many articles each is named) and joins suggested entities into others.
// See ShortFormJoin for the rule; this holds the SQL only.
class EntityJoinRepository
{
public:
    // Joins' changes to the pending sets, held back while passes of joins run one after another
    // (SuggestionRecorder::joinShortForms()), so that each set is read and written once for all of
    // them instead of once per pass. Until rewriteHeldBack(), the sets may name entities joined
    // away: nothing in between may read them (the passes read entities, aliases and
    // pending_entities, which join() keeps up to date).
    struct HeldBack
    {
        QHash<qint64, qint64> into; // each joined entity -> the entity it is part of now
        QList<qint64> articles; // whose sets named a joined entity, perhaps more than once
    };
    // With heldBack, join() leaves the pending sets to rewriteHeldBack().
    explicit EntityJoinRepository(const QSqlDatabase &db, HeldBack *heldBack = nullptr);

    struct Candidate
    {
        qint64 id = 0;
        QString name;
        ReviewStatus status = ReviewStatus::Suggested;
    };
    // A suggested entity named by a short form, and the other entities of its kind, not rejected,
    // that have that short form as an alias.
    struct ShortForm
    {
        qint64 id = 0;
        QString name;
        QList<Candidate> candidates;
    };
    // The short forms among these names that name a suggested entity of that kind with at least
    // one candidate.
    QList<ShortForm> shortForms(const QStringList &names, EntityKind kind) const;
    // The names of one word, sorted: the same work in the same order, whatever order the names
    // were collected in.
    static QStringList oneWordNames(const QStringList &names);
    // The articles that name the entity, as a mention or a quote's speaker: how many, which.
    int articlesNaming(qint64 entityId) const;
    QList<qint64> articleIdsNaming(qint64 entityId) const;
    QStringList aliasesOf(qint64 entityId) const;

    // The entities of that kind, not rejected, whose names begin with one of these words (for a
    // person's first name: "Donald" finds "Donald Trump", "Donald J. Trump" and "Donald Trump Jr."),
    // aliases left empty (see aliasesOf()).
    struct Named
    {
        qint64 id = 0;
        QString name;
        ReviewStatus status = ReviewStatus::Suggested;
        QStringList aliases;
    };
    QList<Named> beginningWith(const QStringList &words, EntityKind kind) const;

    // Joins each first entity into the second: its mentions, the quotes it speaks (rows and pending
    // sets alike) and its aliases go over, and it is deleted. Call inside a transaction; the first
    // entities must be suggested ones (an editor's decisions are not joined away).
    void join(const QList<QPair<qint64, qint64>> &fromInto);
    // Rewrites the sets that the joins held back name, each once. Call inside their transaction.
    void rewriteHeldBack(const HeldBack &heldBack);

private:
    void holdBack(const QHash<qint64, qint64> &into, const QString &idsJson);
    void rewritePendingSets(const QHash<qint64, qint64> &into, const QString &articlesQuery, const QString &idsJson);

    QSqlDatabase m_db;
    HeldBack *m_heldBack = nullptr;
};

} // namespace lede
