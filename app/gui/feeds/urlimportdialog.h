#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lede {

// File > Import URL…: the address of a web page or a feed, a busy bar while it is fetched,
// Cancel, and the reason in plain words when it fails (the dialog then stays open to retry).
class UrlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UrlImportDialog(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &what = {});
    // Escape while a fetch runs cancels it; the dialog stays to show that.
    void reject() override;
    void showError(const QString &message);

    QLineEdit *urlField() const { return m_url; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void importRequested(const QString &url);
    void cancelRequested();

private:
    QLineEdit *m_url;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace lede
