#pragma once

#include <QLabel>

namespace lede {

// A one-line label for the status bar that never pushes its neighbours aside: it asks for at most
// a share of its window's width and, given less than its text needs, draws the text elided at the
// end. text() and the tooltip (set by whoever sets the text) keep it whole.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lede
