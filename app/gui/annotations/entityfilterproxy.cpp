#include "annotations/entityfilterproxy.h"

#include "annotations/annotationroles.h"
#include "annotations/entitymodel.h"

namespace lede {

EntityFilterProxy::EntityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EntityFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void EntityFilterProxy::setArticleOnly(bool only)
{
    m_articleOnly = only;
    invalidateFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, EntityModel::Name, sourceParent);
    if (name.data(IsGroupRole).toBool())
        return false; // kept by recursive filtering when a child matches
    if (m_articleOnly && sourceModel()->index(sourceRow, EntityModel::InArticle, sourceParent).data().toInt() == 0)
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
        || name.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace lede
