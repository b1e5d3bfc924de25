#include "feeds/feedsdialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lede {
namespace {

QSpinBox *intervalSpinBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, SubscriptionRepository::kMaxRefreshMinutes);
    box->setValue(SubscriptionRepository::kDefaultRefreshMinutes);
    box->setSuffix(FeedsDialog::tr(" min"));
    return box;
}

} // namespace

FeedsDialog::FeedsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
    , m_interval(intervalSpinBox(this))
    , m_error(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_refresh(new QPushButton(tr("Refresh &Now"), this))
    , m_url(new QLineEdit(this))
    , m_newInterval(intervalSpinBox(this))
{
    setObjectName(QStringLiteral("feedsDialog"));
    setWindowTitle(tr("Feeds"));
    m_table->setObjectName(QStringLiteral("feedTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Feed"), tr("Address"), tr("Every"), tr("Unread"), tr("Last checked")});
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_table->setMinimumWidth(640);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("feedsMessage"));
    m_url->setPlaceholderText(tr("https://example.org/feed.xml"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("New feed address"));
    m_newInterval->setAccessibleName(tr("Refresh interval of the new feed"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    m_table->setAccessibleName(tr("Feeds"));

    auto *selected = new QFormLayout;
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch(1);
    intervalRow->addWidget(m_refresh);
    intervalRow->addWidget(m_remove);
    auto *intervalLabel = new QLabel(tr("Refresh &every:"), this);
    intervalLabel->setBuddy(m_interval);
    selected->addRow(intervalLabel, intervalRow);
    selected->addRow(tr("Last error:"), m_error);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_newInterval);
    addRow->addWidget(add);
    auto *addForm = new QFormLayout;
    auto *urlLabel = new QLabel(tr("New &feed:"), this);
    urlLabel->setBuddy(m_url);
    addForm->addRow(urlLabel, addRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(selected);
    layout->addSpacing(8);
    layout->addLayout(addForm);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &FeedsDialog::selectionChanged);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT removeRequested(id);
    });
    connect(m_refresh, &QPushButton::clicked, this, &FeedsDialog::refreshRequested);
    connect(m_interval, &QSpinBox::editingFinished, this, [this] {
        const qint64 id = selectedId();
        for (const Subscription &s : std::as_const(m_subscriptions)) {
            if (s.id == id && s.refreshMinutes != m_interval->value())
                Q_EMIT intervalChanged(id, m_interval->value());
        }
    });
    auto requestAdd = [this] {
        m_message->clear();
        Q_EMIT addRequested(m_url->text().trimmed(), m_newInterval->value());
    };
    connect(add, &QPushButton::clicked, this, requestAdd);
    // Return adds the typed feed; it must never reach Remove, which a dialog would otherwise
    // make its default as its first button.
    add->setDefault(true);
    m_remove->setAutoDefault(false);
    m_refresh->setAutoDefault(false);
    setSubscriptions({});
}

qint64 FeedsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void FeedsDialog::setSubscriptions(const QList<Subscription> &subscriptions)
{
    const qint64 keep = selectedId();
    m_subscriptions = subscriptions;
    m_table->clear();
    QTreeWidgetItem *current = nullptr;
    const QLocale locale;
    for (const Subscription &s : subscriptions) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, s.title.isEmpty() ? s.url : s.title);
        item->setText(1, s.url);
        item->setText(2, tr("%n min", nullptr, s.refreshMinutes));
        item->setText(3, QString::number(s.unread));
        item->setText(4,
                      s.lastChecked.isValid() ? locale.toString(s.lastChecked.toLocalTime(), QLocale::ShortFormat)
                                              : tr("never"));
        item->setData(0, Qt::UserRole, s.id);
        if (!s.lastError.isEmpty()) {
            // As in the Feeds section: a sign in the text keeps the names aligned.
            item->setText(0, QStringLiteral("\u26A0 ") + item->text(0));
            item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(0, s.lastError);
        }
        if (s.id == keep || !current)
            current = item;
    }
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    m_table->setCurrentItem(current);
    selectionChanged();
}

void FeedsDialog::selectionChanged()
{
    const qint64 id = selectedId();
    const Subscription *chosen = nullptr;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.id == id)
            chosen = &s;
    }
    m_interval->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    if (!chosen) {
        m_error->setText(m_subscriptions.isEmpty() ? tr("No feeds yet: add one below.") : QString());
        return;
    }
    const QSignalBlocker block(m_interval);
    m_interval->setValue(chosen->refreshMinutes);
    m_error->setText(chosen->lastError.isEmpty() ? tr("none") : chosen->lastError);
}

void FeedsDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void FeedsDialog::setRefreshing(bool refreshing)
{
    m_refresh->setEnabled(!refreshing);
    m_refresh->setText(refreshing ? tr("Refreshing…") : tr("Refresh &Now"));
}

} // namespace lede
