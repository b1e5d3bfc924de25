#pragma once

#include <QAbstractTableModel>

namespace lede {

class ArticleAnnotations;

// The notes of the open article: the passage they are anchored to and their text.
class NoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Passage, Text, ColumnCount };

    explicit NoteModel(ArticleAnnotations *annotations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 noteId) const;

private:
    ArticleAnnotations *m_annotations;
};

} // namespace lede
