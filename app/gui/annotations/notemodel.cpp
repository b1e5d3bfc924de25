#include "annotations/notemodel.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"

namespace lede {

NoteModel::NoteModel(ArticleAnnotations *annotations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_annotations(annotations)
{
    connect(annotations, &ArticleAnnotations::aboutToChange, this, [this] { beginResetModel(); });
    connect(annotations, &ArticleAnnotations::articleLoaded, this, [this] { endResetModel(); });
    connect(annotations, &ArticleAnnotations::annotationsChanged, this, [this] { endResetModel(); });
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations->notes().size());
}
int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_annotations->notes().at(index.row());
    switch (role) {
    case IdRole:
        return n.id;
    case SpanStartRole:
        return n.span.start;
    case SpanEndRole:
        return n.span.end;
    case Qt::ToolTipRole:
        return n.text;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == Passage ? m_annotations->text(n.span).simplified() : n.text;
    default:
        return {};
    }
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Passage ? tr("Passage") : tr("Note");
}

int NoteModel::rowOf(qint64 noteId) const
{
    const QList<Note> &notes = m_annotations->notes();
    for (int i = 0; i < notes.size(); ++i)
        if (notes.at(i).id == noteId)
            return i;
    return -1;
}

} // namespace lede
