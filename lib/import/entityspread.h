#pragma once

#include "analysis/knownnames.h"
#include "domain/entity.h"
#include "domain/textspan.h"
#include "storage/spreadrecordrepository.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace lede {

// Gives the articles already in a library what an import after an editor confirmed an entity
// would give them: a suggested mention wherever their current text names it (its name or an
// alias, whole words, matched as KnownNames matches at import). A place that already carries a
// mention, of any entity and status, or overlaps one, keeps it: what an editor confirmed,
// rejected or wrote is never touched or doubled.
//
// Built for large libraries: the full-text index names the candidate articles (one query), and
// step() works through them a slice at a time, each slice one transaction, so that a window can
// stay responsive and show progress between slices. Everything it added is in addedMentionIds(),
// for undo (takeBack()). Qt Core and Sql only, so that the command line can call it too.
//
// A recorded spread (record()) is kept in the library until its last slice: each slice notes how
// far it got in the same transaction, so that one stopped by closing the library, or by a crash,
// goes on where it stopped when resumed from its record (see SpreadRecordRepository).
class EntitySpread
{
public:
    // `names`: the names to look for; empty means the entity's name and every alias. Articles
    // listed in `skipArticles` are left alone (the one the editor confirmed it in).
    EntitySpread(const QSqlDatabase &db, const Entity &entity, const QStringList &names = {},
                 const QList<qint64> &skipArticles = {});
    // Goes on with a recorded spread of the entity, after the candidates it had done.
    EntitySpread(const QSqlDatabase &db, const Entity &entity, const SpreadRecord &record);

    // Records the spread in the library, so that it survives the window; throws StorageError.
    void record();
    // Its record's id; 0 when not recorded, or done (the record is gone with the last slice).
    qint64 recordId() const { return m_recordId; }

    // Finds the candidate articles. Call once, before step(); throws StorageError.
    void start();
    // Matches and writes the next candidates in one transaction, until about `budgetMs` passed (at
    // least one article). Returns whether candidates remain. Throws StorageError (nothing of the
    // failed slice is kept; calling again retries it).
    bool step(int budgetMs = 50);
    // start() and every step().
    void run();

    const Entity &entity() const { return m_entity; }
    const QStringList &names() const { return m_names; }
    int candidateCount() const { return int(m_candidates.size()); }
    int examinedCount() const { return m_next; }
    bool isFinished() const { return m_started && m_next >= m_candidates.size(); }
    const QList<qint64> &addedMentionIds() const { return m_added; }
    int changedArticleCount() const { return int(m_changedArticles.size()); }
    // The articles that got mentions since the last call (so that a view can re-read them).
    QList<qint64> takeRecentlyChanged();

    // Where a text names the entity, in code points, leaving out the places `taken` overlaps.
    QList<TextSpan> find(const QString &body, const QList<TextSpan> &taken) const;

    // Removes those of the mentions that are still merely suggested (what an editor accepted or
    // rejected since stays); returns the articles that changed. Call inside a transaction.
    static QList<qint64> takeBack(const QSqlDatabase &db, const QList<qint64> &mentionIds);

private:
    QList<TextSpan> matches(const QString &body) const;
    static QList<TextSpan> withoutTaken(const QList<TextSpan> &spans, const QList<TextSpan> &taken);

    QSqlDatabase m_db;
    Entity m_entity;
    QStringList m_names;
    QSet<qint64> m_skip;
    qint64 m_recordId = 0;
    qint64 m_doneThrough = 0; // the candidates up to this article id were done before
    KnownNames m_known;
    QStringList m_firstWords; // lower case, as the tokenizer splits the names
    bool m_started = false;
    QList<qint64> m_candidates;
    int m_next = 0;
    QList<qint64> m_added;
    QSet<qint64> m_changedArticles;
    QList<qint64> m_recentlyChanged;
};

} // namespace lede
