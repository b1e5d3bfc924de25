#pragma once

#include <QWidget>

class QListView;
class QToolButton;
class QAction;

namespace lede {

class FeedListModel;

// The Feeds section above the article list: the subscriptions with unread counts. Choosing one
// shows only its articles; "All articles" shows everything again.
class FeedsPanel : public QWidget
{
    Q_OBJECT

public:
    FeedsPanel(FeedListModel *model, const QList<QAction *> &actions, QWidget *parent = nullptr);

    qint64 currentFeedId() const;
    void selectFeed(qint64 subscriptionId);
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void currentFeedChanged(qint64 subscriptionId);

private:
    void fitHeight();

    FeedListModel *m_model;
    QListView *m_view;
    qint64 m_current = 0;
};

} // namespace lede
