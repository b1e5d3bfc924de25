#include "claims/claimdesk.h"

#include "annotations/claimmodel.h"
#include "claims/claimdeskmodel.h"
#include "domain/claim.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lede {

// Keeps the rows of one status (or all) whose claim, verdict or article has every word typed.
class ClaimDeskFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(int status, const QString &text)
    {
        m_status = status;
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *source = sourceModel();
        if (m_status >= 0 && source->index(row, 0, parent).data(ClaimDeskModel::StatusRole).toInt() != m_status)
            return false;
        const QString haystack = source->index(row, ClaimDeskModel::Summary, parent).data().toString()
            + QLatin1Char(' ') + source->index(row, ClaimDeskModel::Verdict, parent).data().toString()
            + QLatin1Char(' ') + source->index(row, ClaimDeskModel::Article, parent).data().toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    int m_status = -1;
    QStringList m_words;
};

namespace {

const QString kGeometryKey = QStringLiteral("claimDesk/geometry");
const QString kColumnsKey = QStringLiteral("claimDesk/columns");
const QString kStatusKey = QStringLiteral("claimDesk/status");

} // namespace

ClaimDesk::ClaimDesk(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_model(new ClaimDeskModel(this))
    , m_filter(new ClaimDeskFilter(this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_settings(settings)
{
    setObjectName(QStringLiteral("claimDesk"));
    setWindowTitle(tr("All Claims"));
    m_status->setObjectName(QStringLiteral("claimDeskStatus"));
    m_status->setAccessibleName(tr("Show claims of this status"));
    m_status->addItem(tr("Every status"), -1);
    for (ClaimStatus s : {ClaimStatus::ToCheck, ClaimStatus::InProgress, ClaimStatus::Checked, ClaimStatus::Published})
        m_status->addItem(ClaimModel::statusName(int(s)), int(s));
    m_text->setObjectName(QStringLiteral("claimDeskFilter"));
    m_text->setPlaceholderText(tr("Filter by words of the claim, its verdict or its article"));
    m_text->setAccessibleName(tr("Filter claims"));
    m_text->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("claimDeskView"));
    m_view->setAccessibleName(tr("Claims of the library"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClaimDeskModel::Modified, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ClaimDeskModel::Summary, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ClaimDeskModel::Status, em * 14);
    m_view->setColumnWidth(ClaimDeskModel::Verdict, em * 14);
    m_view->setColumnWidth(ClaimDeskModel::Article, em * 30);
    // The date whole, in whatever form the locale writes it.
    m_view->horizontalHeader()->setSectionResizeMode(ClaimDeskModel::Modified, QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("claimDeskCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    resize(em * 150, em * 60);
    restoreState();

    connect(m_status, &QComboBox::currentIndexChanged, this, &ClaimDesk::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &ClaimDesk::applyFilter);
    connect(m_view, &QTableView::activated, this, &ClaimDesk::activate);
    connect(m_model, &ClaimDeskModel::errorOccurred, this, &ClaimDesk::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimDesk::applyFilter);
}

void ClaimDesk::setLibrary(Library *library)
{
    m_model->setLibrary(library);
}

void ClaimDesk::restoreState()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    m_view->horizontalHeader()->restoreState(m_settings->value(kColumnsKey).toByteArray());
    const int status = m_status->findData(m_settings->value(kStatusKey, -1).toInt());
    m_status->setCurrentIndex(std::max(0, status));
}

void ClaimDesk::saveState() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
    m_settings->setValue(kStatusKey, m_status->currentData().toInt());
}

void ClaimDesk::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QDialog::showEvent(event);
}

void ClaimDesk::hideEvent(QHideEvent *event)
{
    saveState();
    QDialog::hideEvent(event);
}

void ClaimDesk::reload()
{
    // Reading every claim of a large library on each edit in the main window is wasted while
    // nobody looks at the desk.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 current = currentClaimId();
    m_model->reload();
    selectClaim(current);
}

qint64 ClaimDesk::currentClaimId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    return m_model->listing(m_filter->mapToSource(index).row()).claim.id;
}

void ClaimDesk::selectClaim(qint64 claimId)
{
    for (int row = 0; claimId != 0 && row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, ClaimDeskModel::Summary);
        if (m_model->listing(m_filter->mapToSource(index).row()).claim.id == claimId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void ClaimDesk::applyFilter()
{
    m_filter->setCriteria(m_status->currentData().toInt(), m_text->text());
    m_count->setText(countText());
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, ClaimDeskModel::Summary));
}

QString ClaimDesk::countText() const
{
    //: how many claims the list shows, of all the library's claims
    return tr("%1 of %n claim(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
}

void ClaimDesk::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ClaimListing &row = m_model->listing(m_filter->mapToSource(index).row());
    Q_EMIT claimActivated(row.claim.articleId, row.claim.id);
}

} // namespace lede
