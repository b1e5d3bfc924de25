#pragma once

#include "domain/entity.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class QLabel;
class QProgressBar;
class QTimer;
class QWidget;

namespace lede {

class ArticleAnnotations;
class EntitySpread;

// Spreads started by one edit (Accept All Suggested Quotes confirms several speakers): they show
// one progress and end with one message, that begins with `summary` (what the edit did).
struct SpreadGroup
{
    QString summary;
    QList<qint64> entityIds;
    QStringList entityNames;
    int done = 0; // jobs finished
    QSet<qint64> reachedArticles; // the other articles that got mentions
    bool cancelled = false; // undone: nothing to report
};

// One spread of an entity to the other articles: what the undo command that asked for it holds,
// so that an undo can stop it and take back what it added.
struct SpreadJob
{
    qint64 entityId = 0;
    QString entityName;
    std::shared_ptr<SpreadGroup> group; // when started with others
    bool resumed = false; // recorded by an earlier session, gone on with at this opening
    std::unique_ptr<EntitySpread> spread; // while it runs; gone once finished or stopped
    QList<qint64> addedMentionIds;
    int changedArticles = 0;
    bool takingBack = false; // undone: its mentions are being removed
    int takenBack = 0; // how many of addedMentionIds are removed
    qint64 recordId = 0; // the library's record of the take-back, while it runs
};

// Runs spreads (see import/entityspread.h) a slice at a time on the window's thread, between
// events, so that the editor keeps working while a name common in a large library is found;
// shows progress in the status bar. Spreads queue behind each other; taking one back (undo) goes
// first, in slices too: tens of thousands of mentions take seconds to remove.
//
// Each spread and each take-back is recorded in the library until done (see EntitySpread::record()):
// closing the window or switching libraries stops them at once, and the next opening of the
// library goes on with them (resumeRecorded()).
class EntitySpreadController : public QObject
{
    Q_OBJECT

public:
    explicit EntitySpreadController(ArticleAnnotations *annotations, QObject *parent = nullptr);
    ~EntitySpreadController() override;

    // Starts spreading the entity's names (all of them when `names` is empty) to every article but
    // `skipArticle`, as a member of `group` if one is given. Returns nothing when the entity is gone.
    std::shared_ptr<SpreadJob> start(qint64 entityId, const QStringList &names, qint64 skipArticle,
                                     const std::shared_ptr<SpreadGroup> &group = {});
    // Stops the job if it still runs, then removes what it added that is still merely suggested,
    // in the background like the spread.
    void takeBack(const std::shared_ptr<SpreadJob> &job);
    // Stops every job (the library is about to close); what they added stays, and what is left is
    // recorded in the library.
    void stopAll();
    // Goes on with the spreads and take-backs the library recorded as not done (the window closed,
    // or Lede crashed, before they were): take-backs first, as an undo queues them.
    void resumeRecorded();
    bool isBusy() const { return !m_queue.isEmpty(); }
    // While an import writes, a slice would wait for its batches with the window frozen: the
    // spreads wait instead, and go on when it is done.
    void setPaused(bool paused);

    // The label and progress bar for the status bar, hidden while nothing runs.
    QWidget *statusWidget() const { return m_status; }

Q_SIGNALS:
    // A spread, or the last spread of a group, finished: the entities it spread and a line for the
    // status bar.
    void finished(const QList<qint64> &entityIds, const QString &message);

private:
    void runStep();
    bool runSpreadStep(SpreadJob &job);
    bool runTakeBackStep(SpreadJob &job);
    void finishCurrent();
    void showProgress();
    void finishGroup(const SpreadJob &job);
    // Where a spread of these names (one, or a list) put suggested mentions.
    static QString reachedMessage(int articles, const QString &names);

    ArticleAnnotations *m_annotations;
    QList<std::shared_ptr<SpreadJob>> m_queue; // the first one runs
    QTimer *m_timer;
    bool m_paused = false;
    QWidget *m_status;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace lede
