#include "claims/claimdeskmodel.h"

#include "annotations/claimmodel.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QLocale>

namespace lede {

ClaimDeskModel::ClaimDeskModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClaimDeskModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void ClaimDeskModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString error;
    try {
        if (m_library)
            m_rows = m_library->claims().ofLibrary();
    } catch (const StorageError &e) {
        error = e.message();
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

int ClaimDeskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimDeskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimDeskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClaimListing &row = m_rows.at(index.row());
    const Claim &c = row.claim;
    if (role == StatusRole)
        return int(c.status);
    if (role == Qt::ToolTipRole && index.column() == Summary && !c.explanation.isEmpty())
        return c.explanation;
    // Sorting by the time compares times, not the words they are written in.
    if (role == Qt::UserRole && index.column() == Modified)
        return c.modified;
    if (role == Qt::UserRole && index.column() == Status)
        return int(c.status);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (Column(index.column())) {
    case Status:
        return ClaimModel::statusName(int(c.status));
    case Verdict:
        return c.verdictLabel;
    case Summary:
        return c.summary.simplified();
    case Article:
        return row.articleTitle.isEmpty() ? tr("Article %1").arg(c.articleId) : row.articleTitle;
    case Modified:
        return QLocale().toString(c.modified.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClaimDeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Verdict:
        return tr("Verdict");
    case Summary:
        return tr("Claim");
    case Article:
        return tr("Article");
    case Modified:
        return tr("Changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lede
