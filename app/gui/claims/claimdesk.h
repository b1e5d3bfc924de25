#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace lede {

class ClaimDeskFilter;
class ClaimDeskModel;
class Library;

// View ▸ All Claims: every claim of the library in one list, for a fact-checker working through
// what is still to check. Filtered by status and by words of the claim, its verdict or its
// article; sorted by any column. Return or a double-click opens the claim in the main window.
// Its size, columns, sort and status filter are remembered in `settings` (if given).
class ClaimDesk : public QDialog
{
    Q_OBJECT

public:
    explicit ClaimDesk(QSettings *settings = nullptr, QWidget *parent = nullptr);

    void setLibrary(Library *library);
    // Reads the claims again (after an edit in the main window), keeping the claim that was
    // current. While the desk is hidden it only notes that it must read them when shown.
    void reload();
    // Writes the size, columns, sort and status filter to the settings.
    void saveState() const;
    // The claim the list's current row shows, or 0.
    qint64 currentClaimId() const;
    ClaimDeskModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    // "3 of 12 claims"
    QString countText() const;

Q_SIGNALS:
    void claimActivated(qint64 articleId, qint64 claimId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void restoreState();
    void applyFilter();
    void activate(const QModelIndex &index);
    void selectClaim(qint64 claimId);

    ClaimDeskModel *m_model;
    ClaimDeskFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_count;
    QSettings *m_settings;
    bool m_stale = false;
};

} // namespace lede
