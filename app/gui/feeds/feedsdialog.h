#pragma once

#include "storage/subscriptionrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lede {

// Manage Feeds: add and remove subscriptions, set each one's refresh interval, see when it was
// last checked and what went wrong. It asks for changes by signal; the controller makes them and
// hands back the new list, so the dialog never writes to the library itself.
class FeedsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FeedsDialog(QWidget *parent = nullptr);

    void setSubscriptions(const QList<Subscription> &subscriptions);
    // A request that failed (a bad URL, a feed already subscribed): shown under the list.
    void showError(const QString &message);
    void setRefreshing(bool refreshing);

    QTreeWidget *table() const { return m_table; }
    QLineEdit *urlField() const { return m_url; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void addRequested(const QString &url, int minutes);
    void removeRequested(qint64 subscriptionId);
    void intervalChanged(qint64 subscriptionId, int minutes);
    void refreshRequested();

private:
    qint64 selectedId() const;
    void selectionChanged();

    QList<Subscription> m_subscriptions;
    QTreeWidget *m_table;
    QSpinBox *m_interval;
    QLabel *m_error;
    QLabel *m_message;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    QLineEdit *m_url;
    QSpinBox *m_newInterval;
};

} // namespace lede
