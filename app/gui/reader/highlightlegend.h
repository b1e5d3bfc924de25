#pragma once

#include "reader/highlightpalette.h"

#include <QWidget>

namespace lede {

// A line under the article header that shows what each highlight means, drawn with the very
// formats the reader uses.
class HighlightLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HighlightLegend(QWidget *parent = nullptr);
    void setHighlightPalette(const HighlightPalette &palette);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HighlightPalette m_palette;
};

} // namespace lede
