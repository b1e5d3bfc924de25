#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace lede {

// A spread of a confirmed entity that is not done yet, as the library keeps it (schema 6), so that
// closing the window, switching libraries or a crash does not leave it half done: the next opening
// of the library finishes it.
struct SpreadRecord
{
    qint64 id = 0;
    qint64 entityId = 0;
    QStringList names;
    QList<qint64> skipArticles;
    // The candidates (ascending article ids) up to this one are done.
    qint64 doneThrough = 0;
    // Once undone: the mentions it added, to be removed, and how many of them are.
    std::optional<QList<qint64>> takeBack;
    int takenBack = 0;
};

// The entity_spreads table. Every call writes or reads one row; callers choose the transaction.
class SpreadRecordRepository
{
public:
    explicit SpreadRecordRepository(const QSqlDatabase &db);

    // Records a spread about to start; returns its id.
    qint64 recordSpread(qint64 entityId, const QStringList &names, const QList<qint64> &skipArticles);
    void setDoneThrough(qint64 id, qint64 articleId);
    // The spread is undone: its mentions are to be removed (the record of the spread becomes that
    // of the take-back, or a new one when the spread had finished). Returns the record's id, or 0
    // when the entity is gone (its mentions went with it).
    qint64 recordTakeBack(qint64 id, qint64 entityId, const QList<qint64> &mentionIds);
    void setTakenBack(qint64 id, int count);
    void forget(qint64 id);
    // Every record, oldest first.
    QList<SpreadRecord> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
