#pragma once

#include "domain/entity.h"

#include <QAbstractItemModel>
#include <QHash>

namespace lede {

class ArticleAnnotations;

// The library's entities grouped by kind: a two-level tree (kind, then entity) with aliases, the
// mentions across the library and the mentions in the open article. Loaded on first use.
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Aliases, Mentions, InArticle, ColumnCount };

    explicit EntityModel(ArticleAnnotations *annotations, QObject *parent = nullptr);

    // Reads the entities now if they have not been read yet.
    void ensureLoaded();
    void reload();
    // Forgets what was read (another library): read again on next use.
    void unload();
    bool isLoaded() const { return m_loaded; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Entity> entity(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 entityId) const;
    // Every entity name and alias, for completers.
    QStringList names() const;
    QList<Entity> allEntities() const;

    static QString kindName(EntityKind kind);

private:
    void recountArticle();
    void countArticle();

    struct Group
    {
        EntityKind kind;
        QList<Entity> entities;
    };
    ArticleAnnotations *m_annotations;
    QList<Group> m_groups;
    QHash<qint64, int> m_mentionCounts;
    QHash<qint64, int> m_articleCounts;
    bool m_loaded = false;
};

} // namespace lede
