#include "annotations/entityspreadcontroller.h"

#include "annotations/articleannotations.h"
#include "annotations/elidinglabel.h"
#include "import/entityspread.h"
#include "storage/library.h"
#include "storage/spreadrecordrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <algorithm>

namespace lede {
namespace {

// A slice of work between two looks at the event queue: short enough that typing stays fluid.
constexpr int kStepMilliseconds = 40;
// Another writer (an import) holds the library: try again a little later.
constexpr int kRetryMilliseconds = 500;
// Mentions taken back per statement batch.
constexpr int kTakeBackSlice = 256;

} // namespace

EntitySpreadController::EntitySpreadController(ArticleAnnotations *annotations, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_timer(new QTimer(this))
    , m_status(new QWidget)
    , m_label(new ElidingLabel(m_status))
    , m_bar(new QProgressBar(m_status))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EntitySpreadController::runStep);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    m_status->setObjectName(QStringLiteral("spreadProgress"));
    m_label->setAccessibleName(tr("Suggesting an entity in other articles"));
    m_bar->setAccessibleName(tr("Articles searched"));
    m_bar->setMaximumWidth(m_bar->fontMetrics().averageCharWidth() * 20);
    m_bar->setTextVisible(false);
    m_status->hide();
}

EntitySpreadController::~EntitySpreadController()
{
    // Not yet given to a status bar (a test without a window): it is ours to delete.
    if (!m_status->parent())
        delete m_status;
}

std::shared_ptr<SpreadJob> EntitySpreadController::start(qint64 entityId, const QStringList &names, qint64 skipArticle,
                                                         const std::shared_ptr<SpreadGroup> &group)
{
    Library *library = m_annotations->library();
    if (!library)
        return {};
    std::optional<Entity> entity;
    try {
        entity = library->entities().find(entityId);
    } catch (const StorageError &e) {
        m_annotations->reportError(e.message());
    }
    if (!entity)
        return {};
    auto job = std::make_shared<SpreadJob>();
    job->entityId = entity->id;
    job->entityName = entity->name;
    if (group) {
        job->group = group;
        group->entityIds << entity->id;
        group->entityNames << entity->name;
    }
    job->spread = std::make_unique<EntitySpread>(library->connection(), *entity, names,
                                                 skipArticle ? QList<qint64> {skipArticle} : QList<qint64> {});
    try {
        job->spread->record();
    } catch (const StorageError &e) {
        // It still runs; only closing the window before it is done would leave the rest undone.
        m_annotations->reportError(e.message());
    }
    m_queue << job;
    if (m_queue.size() == 1)
        m_timer->start(0);
    showProgress();
    return job;
}

void EntitySpreadController::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && !m_queue.isEmpty())
        m_timer->start(0);
}

void EntitySpreadController::runStep()
{
    if (m_paused)
        return; // setPaused(false) starts again
    if (m_queue.isEmpty() || !m_annotations->library()) {
        stopAll();
        return;
    }
    const std::shared_ptr<SpreadJob> job = m_queue.first();
    bool done = false;
    try {
        done = job->takingBack ? runTakeBackStep(*job) : runSpreadStep(*job);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Locked) {
            m_timer->start(kRetryMilliseconds);
            return;
        }
        m_annotations->reportError(e.message());
        done = true;
    }
    if (done) {
        finishCurrent();
        return;
    }
    showProgress();
    m_timer->start(0);
}

bool EntitySpreadController::runSpreadStep(SpreadJob &job)
{
    job.spread->step(kStepMilliseconds);
    // The list's counts, and the sidebar if the editor opened one of them meanwhile.
    for (qint64 id : job.spread->takeRecentlyChanged()) {
        m_annotations->articleEdited(id);
        if (job.group)
            job.group->reachedArticles.insert(id);
    }
    return job.spread->isFinished();
}

bool EntitySpreadController::runTakeBackStep(SpreadJob &job)
{
    Library *library = m_annotations->library();
    QElapsedTimer timer;
    timer.start();
    int next = job.takenBack;
    QList<qint64> changed;
    {
        Transaction tx(library->connection());
        while (next < job.addedMentionIds.size() && (next == job.takenBack || timer.elapsed() < kStepMilliseconds)) {
            const QList<qint64> slice = job.addedMentionIds.mid(next, kTakeBackSlice);
            changed << EntitySpread::takeBack(library->connection(), slice);
            next += int(slice.size());
        }
        if (job.recordId) {
            SpreadRecordRepository records(library->connection());
            if (next >= job.addedMentionIds.size())
                records.forget(job.recordId);
            else
                records.setTakenBack(job.recordId, next);
        }
        tx.commit();
    }
    job.takenBack = next;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (qint64 id : std::as_const(changed))
        m_annotations->articleEdited(id);
    return job.takenBack >= job.addedMentionIds.size();
}

void EntitySpreadController::finishCurrent()
{
    const std::shared_ptr<SpreadJob> job = m_queue.takeFirst();
    if (!m_queue.isEmpty())
        m_timer->start(0);
    showProgress();
    if (job->takingBack) {
        job->takingBack = false;
        job->recordId = 0; // forgotten with the last slice
        job->addedMentionIds.clear();
        job->changedArticles = 0;
        m_annotations->entitiesEdited();
        return;
    }
    job->addedMentionIds = job->spread->addedMentionIds();
    job->changedArticles = job->spread->changedArticleCount();
    job->spread.reset();
    if (!job->addedMentionIds.isEmpty())
        m_annotations->entitiesEdited(); // the entity list's counts
    if (job->group) {
        finishGroup(*job);
        return;
    }
    Q_EMIT finished({job->entityId}, reachedMessage(job->changedArticles, job->entityName));
}

QString EntitySpreadController::reachedMessage(int articles, const QString &names)
{
    // The mentions are what the sentence is about: their words agree in every language, however many
    // names the list holds.
    if (articles == 0)
        //: After an entity was confirmed: every other article naming it has a mention of it already
        return tr("No new mentions of %1 in other articles").arg(names);
    //: %1 is one name, or a list of names ("A, B and C")
    return tr("Mentions of %1 suggested in %n other article(s)", nullptr, articles).arg(names);
}

void EntitySpreadController::finishGroup(const SpreadJob &job)
{
    SpreadGroup &group = *job.group;
    ++group.done;
    if (group.done < group.entityIds.size() || group.cancelled)
        return;
    // One line for the whole edit: what it did, then where its entities were suggested (an
    // article that got several of them counts once).
    const int articles = int(group.reachedArticles.size());
    if (group.summary.isEmpty() || group.entityNames.size() == 1) {
        const QString reached = reachedMessage(articles, QLocale().createSeparatedList(group.entityNames));
        Q_EMIT finished(group.entityIds,
                        group.summary.isEmpty() ? reached : group.summary + QStringLiteral(" · ") + reached);
        return;
    }
    // The summary named them already ("Confirmed 2 speakers: A and B").
    const QString reached = articles == 0
        //: After "Confirmed 2 speakers: A and B": every other article naming them has mentions already
        ? tr("No new mentions of them in other articles")
        //: After "Confirmed 2 speakers: A and B"
        : tr("Their mentions suggested in %n other article(s)", nullptr, articles);
    Q_EMIT finished(group.entityIds, group.summary + QStringLiteral(" · ") + reached);
}

void EntitySpreadController::takeBack(const std::shared_ptr<SpreadJob> &job)
{
    if (!job || job->takingBack)
        return;
    if (job->group)
        job->group->cancelled = true; // its edit is undone: no summary of it
    qint64 spreadRecord = 0;
    if (job->spread) {
        job->addedMentionIds = job->spread->addedMentionIds();
        spreadRecord = job->spread->recordId();
        job->spread.reset();
        m_queue.removeAll(job);
    }
    Library *library = m_annotations->library();
    if (!library) {
        showProgress();
        return;
    }
    // Recorded before anything is removed, in place of the spread's record: a window closed before
    // the take-back is done finishes it at the next opening, and never goes on with the spread.
    try {
        Transaction tx(library->connection());
        SpreadRecordRepository records(library->connection());
        qint64 recordId = 0;
        if (!job->addedMentionIds.isEmpty())
            recordId = records.recordTakeBack(spreadRecord, job->entityId, job->addedMentionIds);
        else if (spreadRecord)
            records.forget(spreadRecord);
        tx.commit();
        job->recordId = recordId;
    } catch (const StorageError &e) {
        m_annotations->reportError(e.message());
    }
    if (job->addedMentionIds.isEmpty()) {
        showProgress();
        return;
    }
    // Before any spread still queued: a redo that follows finds the places free again.
    job->takingBack = true;
    job->takenBack = 0;
    m_queue.prepend(job);
    m_timer->start(0);
    showProgress();
}

void EntitySpreadController::stopAll()
{
    for (const std::shared_ptr<SpreadJob> &job : std::as_const(m_queue)) {
        if (job->spread)
            job->addedMentionIds = job->spread->addedMentionIds();
        job->spread.reset();
        job->takingBack = false;
    }
    m_queue.clear();
    m_timer->stop();
    showProgress();
}

void EntitySpreadController::resumeRecorded()
{
    Library *library = m_annotations->library();
    if (!library)
        return;
    QList<std::shared_ptr<SpreadJob>> takeBacks;
    QList<std::shared_ptr<SpreadJob>> spreads;
    try {
        for (const SpreadRecord &record : SpreadRecordRepository(library->connection()).all()) {
            // The record goes with its entity, so the entity is there.
            const std::optional<Entity> entity = library->entities().find(record.entityId);
            auto job = std::make_shared<SpreadJob>();
            job->entityId = record.entityId;
            job->entityName = entity ? entity->name : QString();
            job->resumed = true;
            if (record.takeBack) {
                job->takingBack = true;
                job->addedMentionIds = *record.takeBack;
                job->takenBack = record.takenBack;
                job->recordId = record.id;
                takeBacks << job;
            } else if (entity) {
                job->spread = std::make_unique<EntitySpread>(library->connection(), *entity, record);
                spreads << job;
            }
        }
    } catch (const StorageError &e) {
        m_annotations->reportError(e.message());
        return;
    }
    m_queue << takeBacks << spreads;
    if (!m_queue.isEmpty() && !m_timer->isActive())
        m_timer->start(0);
    showProgress();
}

void EntitySpreadController::showProgress()
{
    if (m_queue.isEmpty()) {
        m_status->hide();
        return;
    }
    const SpreadJob &job = *m_queue.first();
    QString text;
    if (job.takingBack) {
        text = (job.resumed
                    ? tr("Finishing what was started earlier: taking back the suggestions of %1…").arg(job.entityName)
                    : tr("Taking back the suggestions of %1…").arg(job.entityName));
        m_bar->setRange(0, int(job.addedMentionIds.size()));
        m_bar->setValue(job.takenBack);
    } else if (job.group && job.group->entityIds.size() > 1) {
        // Several entities: one bar for all of them, each an equal share.
        const SpreadGroup &group = *job.group;
        const int count = int(group.entityIds.size());
        text = tr("Suggesting %1 in other articles (%2 of %3)…")
                   .arg(job.entityName, QString::number(std::min(group.done + 1, count)), QString::number(count));
        constexpr int share = 100;
        const int candidates = job.spread->candidateCount();
        const int part = candidates ? share * job.spread->examinedCount() / candidates : 0;
        m_bar->setRange(0, count * share);
        m_bar->setValue(group.done * share + part);
    } else {
        text = job.resumed
            ? tr("Finishing what was started earlier: suggesting %1 in other articles…").arg(job.entityName)
            : tr("Suggesting %1 in other articles…").arg(job.entityName);
        // Until the full-text search has named the candidates: a busy bar.
        m_bar->setRange(0, job.spread->candidateCount());
        m_bar->setValue(job.spread->examinedCount());
    }
    // A long name, or a long language, is elided rather than push the status bar's messages and
    // counts aside (see ElidingLabel): the tooltip has it whole.
    m_label->setText(text);
    m_label->setToolTip(text);
    m_status->show();
}

} // namespace lede
