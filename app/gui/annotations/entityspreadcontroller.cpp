#include "annotations/entityspreadcontroller.h"

#include "annotations/articleannotations.h"
#include "import/entityspread.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace lede {
namespace {

// A slice of work between two looks at the event queue: short enough that typing stays fluid.
constexpr int kStepMilliseconds = 40;
// Another writer (an import) holds the library: try again a little later.
constexpr int kRetryMilliseconds = 500;

} // namespace

EntitySpreadController::EntitySpreadController(ArticleAnnotations *annotations, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_timer(new QTimer(this))
    , m_status(new QWidget)
    , m_label(new QLabel(m_status))
    , m_bar(new QProgressBar(m_status))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EntitySpreadController::runStep);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
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

std::shared_ptr<SpreadJob> EntitySpreadController::start(qint64 entityId, const QStringList &names, qint64 skipArticle)
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
    job->spread = std::make_unique<EntitySpread>(library->connection(), *entity, names,
                                                 skipArticle ? QList<qint64> {skipArticle} : QList<qint64> {});
    m_queue << job;
    if (m_queue.size() == 1)
        m_timer->start(0);
    showProgress();
    return job;
}

void EntitySpreadController::runStep()
{
    if (m_queue.isEmpty() || !m_annotations->library()) {
        stopAll();
        return;
    }
    const std::shared_ptr<SpreadJob> job = m_queue.first();
    try {
        job->spread->step(kStepMilliseconds);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Locked) {
            m_timer->start(kRetryMilliseconds);
            return;
        }
        m_annotations->reportError(e.message());
        finishCurrent();
        return;
    }
    // The list's counts, and the sidebar if the editor opened one of them meanwhile.
    for (qint64 id : job->spread->takeRecentlyChanged())
        m_annotations->articleEdited(id);
    if (job->spread->isFinished()) {
        finishCurrent();
        return;
    }
    showProgress();
    m_timer->start(0);
}

void EntitySpreadController::finishCurrent()
{
    const std::shared_ptr<SpreadJob> job = m_queue.takeFirst();
    job->addedMentionIds = job->spread->addedMentionIds();
    job->changedArticles = job->spread->changedArticleCount();
    job->spread.reset();
    if (!m_queue.isEmpty())
        m_timer->start(0);
    showProgress();
    if (!job->addedMentionIds.isEmpty())
        m_annotations->entitiesEdited(); // the entity list's counts
    Q_EMIT finished(job->entityId,
                    tr("%1: suggested in %n other article(s)", nullptr, job->changedArticles).arg(job->entityName));
}

void EntitySpreadController::takeBack(const std::shared_ptr<SpreadJob> &job)
{
    if (!job)
        return;
    const qsizetype at = m_queue.indexOf(job);
    if (at >= 0) {
        job->addedMentionIds = job->spread->addedMentionIds();
        job->spread.reset();
        m_queue.removeAt(at);
        if (at == 0 && !m_queue.isEmpty())
            m_timer->start(0);
        showProgress();
    }
    Library *library = m_annotations->library();
    if (!library || job->addedMentionIds.isEmpty())
        return;
    QList<qint64> changed;
    try {
        Transaction tx(library->connection());
        changed = EntitySpread::takeBack(library->connection(), job->addedMentionIds);
        tx.commit();
    } catch (const StorageError &e) {
        m_annotations->reportError(e.message());
        return;
    }
    job->addedMentionIds.clear();
    job->changedArticles = 0;
    for (qint64 id : std::as_const(changed))
        m_annotations->articleEdited(id);
    m_annotations->entitiesEdited();
}

void EntitySpreadController::stopAll()
{
    for (const std::shared_ptr<SpreadJob> &job : std::as_const(m_queue)) {
        job->addedMentionIds = job->spread->addedMentionIds();
        job->spread.reset();
    }
    m_queue.clear();
    m_timer->stop();
    showProgress();
}

void EntitySpreadController::showProgress()
{
    if (m_queue.isEmpty()) {
        m_status->hide();
        return;
    }
    const SpreadJob &job = *m_queue.first();
    m_label->setText(tr("Suggesting %1 in other articles…").arg(job.entityName));
    // Until the full-text search has named the candidates: a busy bar.
    m_bar->setRange(0, job.spread->candidateCount());
    m_bar->setValue(job.spread->examinedCount());
    m_status->show();
}

} // namespace lede
