#include "annotations/entitymodel.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"
#include "storage/entityeditrepository.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QFont>

namespace lede {
namespace {

// internalId of a group row; entity rows carry their group's position + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

EntityModel::EntityModel(ArticleAnnotations *annotations, QObject *parent)
    : QAbstractItemModel(parent)
    , m_annotations(annotations)
{
    connect(annotations, &ArticleAnnotations::entitiesChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(annotations, &ArticleAnnotations::articleLoaded, this, &EntityModel::recountArticle);
    connect(annotations, &ArticleAnnotations::annotationsChanged, this, &EntityModel::recountArticle);
}

QString EntityModel::kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return tr("People");
    case EntityKind::Organization:
        return tr("Organisations");
    case EntityKind::Place:
        return tr("Places");
    case EntityKind::Law:
        return tr("Laws");
    case EntityKind::Event:
        return tr("Events");
    case EntityKind::Other:
        return tr("Other");
    }
    return {};
}

void EntityModel::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void EntityModel::reload()
{
    beginResetModel();
    m_loaded = true;
    m_groups.clear();
    m_mentionCounts.clear();
    if (Library *library = m_annotations->library()) {
        try {
            const QList<Entity> all = library->entities().all();
            m_mentionCounts = EntityEditRepository(library->connection()).mentionCounts();
            for (EntityKind kind : {EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Law,
                                    EntityKind::Event, EntityKind::Other}) {
                Group group {kind, {}};
                for (const Entity &e : all)
                    if (e.kind == kind && e.status != ReviewStatus::Rejected)
                        group.entities << e;
                if (!group.entities.isEmpty())
                    m_groups << group;
            }
        } catch (const StorageError &e) {
            m_annotations->reportError(e.message());
        }
    }
    countArticle();
    endResetModel();
}

void EntityModel::unload()
{
    beginResetModel();
    m_loaded = false;
    m_groups.clear();
    m_mentionCounts.clear();
    endResetModel();
}

void EntityModel::countArticle()
{
    m_articleCounts.clear();
    for (const Mention &m : m_annotations->mentions())
        if (m.status != ReviewStatus::Rejected)
            ++m_articleCounts[m.entityId];
    for (const Quote &q : m_annotations->quotes())
        if (q.speakerEntityId && q.status != ReviewStatus::Rejected)
            ++m_articleCounts[q.speakerEntityId];
}

void EntityModel::recountArticle()
{
    countArticle();
    for (int g = 0; g < m_groups.size(); ++g) {
        const int n = int(m_groups.at(g).entities.size());
        if (n > 0)
            Q_EMIT dataChanged(index(0, InArticle, index(g, 0)), index(n - 1, InArticle, index(g, 0)));
    }
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).entities.size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::optional<Entity> EntityModel::entity(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return std::nullopt;
    return m_groups.at(int(index.internalId() - 1)).entities.at(index.row());
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case IsGroupRole:
            return true;
        case KindRole:
            return int(g.kind);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == Name)
                return tr("%1 (%2)").arg(kindName(g.kind)).arg(g.entities.size());
            return {};
        default:
            return {};
        }
    }
    const Entity e = *entity(index);
    switch (role) {
    case IsGroupRole:
        return false;
    case IdRole:
        return e.id;
    case KindRole:
        return int(e.kind);
    case StatusRole:
        return int(e.status);
    case Qt::ToolTipRole:
        return e.aliases.join(QStringLiteral(", "));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Aliases: {
            QStringList others = e.aliases;
            others.removeAll(e.name);
            return others.join(QStringLiteral(", "));
        }
        case Mentions:
            return m_mentionCounts.value(e.id);
        case InArticle:
            return m_articleCounts.value(e.id);
        }
        return {};
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Entity");
    case Aliases:
        return tr("Aliases");
    case Mentions:
        return role == Qt::ToolTipRole ? tr("Mentions in the library") : tr("All");
    case InArticle:
        return role == Qt::ToolTipRole ? tr("Mentions in this article") : tr("Here");
    }
    return {};
}

QModelIndex EntityModel::indexOf(qint64 entityId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Entity> &entities = m_groups.at(g).entities;
        for (int r = 0; r < entities.size(); ++r)
            if (entities.at(r).id == entityId)
                return index(r, 0, index(g, 0));
    }
    return {};
}

QStringList EntityModel::names() const
{
    QStringList out;
    for (const Group &g : m_groups)
        for (const Entity &e : g.entities)
            out << e.aliases << e.name;
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QList<Entity> EntityModel::allEntities() const
{
    QList<Entity> out;
    for (const Group &g : m_groups)
        out << g.entities;
    return out;
}

} // namespace lede
