#pragma once

#include <QSortFilterProxyModel>

namespace lede {

// Filters the entity tree by name or alias and, optionally, to the entities of the open article;
// a kind stays while one of its entities does.
class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntityFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setArticleOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_articleOnly = false;
};

} // namespace lede
