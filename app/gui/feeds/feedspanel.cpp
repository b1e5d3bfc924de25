#include "feeds/feedspanel.h"

#include "feeds/feedlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lede {

FeedsPanel::FeedsPanel(FeedListModel *model, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("feedsPanel"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 0);
    auto *title = new QLabel(tr("<b>Feeds</b>"), this);
    header->addWidget(title, 1);
    for (QAction *a : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    m_view->setObjectName(QStringLiteral("feedList"));
    m_view->setModel(model);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Feeds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const qint64 id = index.isValid() ? index.data(FeedListModel::SubscriptionIdRole).toLongLong() : 0;
        if (id != m_current) {
            m_current = id;
            Q_EMIT currentFeedChanged(id);
        }
    });
    // A reload keeps the chosen feed chosen (or falls back to all articles when it is gone).
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_current);
        if (row < 0) {
            m_current = 0;
            Q_EMIT currentFeedChanged(0);
        }
        m_view->setCurrentIndex(m_model->index(std::max(row, 0)));
        fitHeight();
    });
    m_view->setCurrentIndex(model->index(0));
    fitHeight();
}

qint64 FeedsPanel::currentFeedId() const
{
    return m_current;
}

void FeedsPanel::selectFeed(qint64 subscriptionId)
{
    const int row = m_model->rowOf(subscriptionId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

// Tall enough for a few feeds without scrolling; a long list scrolls instead of crowding out the articles.
void FeedsPanel::fitHeight()
{
    // Without subscriptions the section would only say "All articles": it stays out of the way
    // until the first feed is added (File > Feeds…).
    setVisible(m_model->rowCount() > 1);
    const int rows = std::clamp(m_model->rowCount(), 1, 6);
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 4);
    m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
}

} // namespace lede
