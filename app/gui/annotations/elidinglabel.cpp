#include "annotations/elidinglabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace lede {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidingLabel::sizeHint() const
{
    // Two fifths of the window: the status bar's messages and counts keep the rest.
    QSize hint = QLabel::sizeHint();
    if (const QWidget *top = window(); top && top != this)
        hint.setWidth(std::min(hint.width(), top->width() * 2 / 5));
    return hint;
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

void ElidingLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(Qt::AlignLeft | Qt::AlignVCenter), palette(), isEnabled(), shown,
                          foregroundRole());
}

void ElidingLabel::showEvent(QShowEvent *event)
{
    // Its size hint follows the window's width: a resized window asks for it again.
    if (QWidget *top = window(); top != this)
        top->installEventFilter(this);
    QLabel::showEvent(event);
}

bool ElidingLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        updateGeometry();
    return QLabel::eventFilter(watched, event);
}

} // namespace lede
