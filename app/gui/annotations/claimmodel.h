#pragma once

#include <QAbstractTableModel>

namespace lede {

class ArticleAnnotations;

// The claims of the open article: summary, verdict, status, explanation.
class ClaimModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Summary, Verdict, Status, Explanation, ColumnCount };

    explicit ClaimModel(ArticleAnnotations *annotations, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 claimId) const;

    static QString statusName(int status);

private:
    ArticleAnnotations *m_annotations;
};

} // namespace lede
