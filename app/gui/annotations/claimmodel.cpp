#include "annotations/claimmodel.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"

namespace lede {

ClaimModel::ClaimModel(ArticleAnnotations *annotations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_annotations(annotations)
{
    connect(annotations, &ArticleAnnotations::aboutToChange, this, [this] { beginResetModel(); });
    connect(annotations, &ArticleAnnotations::articleLoaded, this, [this] { endResetModel(); });
    connect(annotations, &ArticleAnnotations::annotationsChanged, this, [this] { endResetModel(); });
}

int ClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations->claims().size());
}
int ClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimModel::statusName(int status)
{
    switch (ClaimStatus(status)) {
    case ClaimStatus::ToCheck:
        return tr("To check");
    case ClaimStatus::InProgress:
        return tr("In progress");
    case ClaimStatus::Checked:
        return tr("Checked");
    case ClaimStatus::Published:
        return tr("Published");
    }
    return {};
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &c = m_annotations->claims().at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case SpanStartRole:
        return c.span.start;
    case SpanEndRole:
        return c.span.end;
    case StatusRole:
        return int(c.status);
    case Qt::ToolTipRole:
        return c.explanation.isEmpty() ? m_annotations->text(c.span) : c.explanation;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Summary:
            return c.summary.simplified();
        case Verdict:
            return c.verdictLabel.isEmpty() ? tr("(none)") : c.verdictLabel;
        case Status:
            return statusName(int(c.status));
        case Explanation:
            return c.explanation.simplified();
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Summary:
        return tr("Claim");
    case Verdict:
        return tr("Verdict");
    case Status:
        return tr("Status");
    case Explanation:
        return tr("Explanation");
    }
    return {};
}

int ClaimModel::rowOf(qint64 claimId) const
{
    const QList<Claim> &claims = m_annotations->claims();
    for (int i = 0; i < claims.size(); ++i)
        if (claims.at(i).id == claimId)
            return i;
    return -1;
}

} // namespace lede
