#pragma once

#include "settings/appsettings.h"

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QTextCharFormat>

namespace lede {

// How each kind of annotation looks in the reader. Every kind differs in style as well as colour
// (background, underline, wave), and tints are mixed with the palette's base colour, so that they
// read in light and dark palettes and without telling colours apart.
class HighlightPalette
{
public:
    HighlightPalette() = default;
    HighlightPalette(const QHash<HighlightKind, QColor> &colors, const QPalette &palette);

    QColor color(HighlightKind kind) const;
    QTextCharFormat format(HighlightKind kind, bool suggested) const;
    // accent mixed into the base colour; strength 0..1.
    QColor tint(const QColor &accent, qreal strength) const;
    static QString name(HighlightKind kind);

private:
    QHash<HighlightKind, QColor> m_colors;
    QPalette m_palette;
};

} // namespace lede
