#include "reader/highlightpalette.h"

#include <QCoreApplication>

namespace lede {

HighlightPalette::HighlightPalette(const QHash<HighlightKind, QColor> &colors, const QPalette &palette)
    : m_colors(colors)
    , m_palette(palette)
{ }

QColor HighlightPalette::color(HighlightKind kind) const
{
    return m_colors.value(kind, AppSettings::defaultHighlightColor(kind));
}

QColor HighlightPalette::tint(const QColor &accent, qreal strength) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const auto mix = [strength](int a, int b) {
        return int(a * (1.0 - strength) + b * strength);
    };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
}

QTextCharFormat HighlightPalette::format(HighlightKind kind, bool suggested) const
{
    // Dark bases need more of the accent to show, light ones less to keep text contrast.
    const bool dark = m_palette.color(QPalette::Base).lightness() < 128;
    const qreal strong = dark ? 0.45 : 0.28;
    const qreal faint = dark ? 0.22 : 0.12;
    const QColor accent = color(kind);
    QTextCharFormat f;
    switch (kind) {
    case HighlightKind::Quote:
        f.setBackground(tint(accent, suggested ? faint : strong));
        if (suggested) {
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            f.setUnderlineColor(accent);
        }
        break;
    case HighlightKind::Entity:
        f.setBackground(tint(accent, suggested ? faint : strong + 0.1));
        f.setUnderlineStyle(suggested ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(accent);
        break;
    case HighlightKind::Note:
        f.setBackground(tint(accent, strong));
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(accent);
        break;
    case HighlightKind::Claim:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(accent);
        break;
    }
    return f;
}

QString HighlightPalette::name(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Quote:
        return QCoreApplication::translate("lede::HighlightPalette", "Quote");
    case HighlightKind::Entity:
        return QCoreApplication::translate("lede::HighlightPalette", "Entity");
    case HighlightKind::Note:
        return QCoreApplication::translate("lede::HighlightPalette", "Note");
    case HighlightKind::Claim:
        return QCoreApplication::translate("lede::HighlightPalette", "Claim");
    }
    return {};
}

} // namespace lede
