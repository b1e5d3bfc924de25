#pragma once

#include <QAbstractTableModel>

namespace lede {

class ArticleAnnotations;

// The quotes of the open article: speaker, cue, text, kind, review status.
class QuoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Speaker, Cue, Text, Kind, Status, ColumnCount };

    explicit QuoteModel(ArticleAnnotations *annotations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 quoteId) const;
    // The first suggested quote after row (wrapping), or -1.
    int nextUnreviewed(int afterRow) const;

    static QString kindName(int kind);
    static QString statusName(int status);

private:
    ArticleAnnotations *m_annotations;
};

} // namespace lede
