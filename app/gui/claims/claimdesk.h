#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace lede {

class ClaimDeskFilter;
class ClaimDeskModel;
class Library;

// View ▸ All Claims: every claim of the library in one list, for a fact-checker working through
// what is still to check. Filtered by status and by words of the claim, its verdict or its
// article; sorted by any column. Return or a double-click opens the claim in the main window.
class ClaimDesk : public QDialog
{
    Q_OBJECT

public:
    explicit ClaimDesk(QWidget *parent = nullptr);

    void setLibrary(Library *library);
    // Reads the claims again (after an edit in the main window).
    void reload();
    ClaimDeskModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    // "3 of 12 claims"
    QString countText() const;

Q_SIGNALS:
    void claimActivated(qint64 articleId, qint64 claimId);
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    void activate(const QModelIndex &index);

    ClaimDeskModel *m_model;
    ClaimDeskFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_count;
};

} // namespace lede
