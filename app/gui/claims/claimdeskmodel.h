#pragma once

#include "storage/claimrepository.h"

#include <QAbstractTableModel>

namespace lede {

class Library;

// Every claim of the library (articles in the trash left out), the last changed first: status,
// verdict, the claim, its article and when it last changed. Read again by reload().
class ClaimDeskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Verdict, Summary, Article, Modified, ColumnCount };
    // The claim's status (ClaimStatus as int) under this role, for filtering.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit ClaimDeskModel(QObject *parent = nullptr);

    void setLibrary(Library *library);
    // Throws nothing: a library that cannot be read leaves the list empty (errorOccurred says why).
    void reload();
    const ClaimListing &listing(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Library *m_library = nullptr;
    QList<ClaimListing> m_rows;
};

} // namespace lede
