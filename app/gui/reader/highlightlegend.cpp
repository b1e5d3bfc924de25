#include "reader/highlightlegend.h"

#include <QPainter>
#include <QTextLayout>

namespace lede {
namespace {

struct Entry
{
    HighlightKind kind;
    bool suggested;
};

const Entry kEntries[] = {{HighlightKind::Quote, false},
                          {HighlightKind::Quote, true},
                          {HighlightKind::Entity, false},
                          {HighlightKind::Note, false},
                          {HighlightKind::Claim, false}};

QString label(const Entry &e)
{
    return e.suggested ? HighlightLegend::tr("Suggested quote") : HighlightPalette::name(e.kind);
}

} // namespace

HighlightLegend::HighlightLegend(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Highlight legend"));
    QStringList parts;
    for (const Entry &e : kEntries)
        parts << label(e);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HighlightLegend::setHighlightPalette(const HighlightPalette &palette)
{
    m_palette = palette;
    update();
}

QSize HighlightLegend::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("M")) * 40, fontMetrics().height() + 8};
}

void HighlightLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    int x = 6;
    const int y = 4;
    for (const Entry &e : kEntries) {
        const QString text = label(e);
        QTextLayout layout(text, font());
        QTextLayout::FormatRange range {0, int(text.size()), m_palette.format(e.kind, e.suggested)};
        layout.setFormats({range});
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        layout.draw(&painter, QPointF(x, y));
        x += int(layout.boundingRect().width()) + fontMetrics().horizontalAdvance(QStringLiteral("MM"));
    }
}

} // namespace lede
