// Highlights read in light and dark palettes, and each kind differs by more than colour.
#include "reader/highlightpalette.h"

#include <QTest>

using namespace lede;

class TestHighlightPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tintsKeepTheTextReadable_data();
    void tintsKeepTheTextReadable();
    void kindsDifferInStyleNotOnlyColour();
};

namespace {

QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    return p;
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

} // namespace

void TestHighlightPalette::tintsKeepTheTextReadable_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xee, 0xee, 0xee);
}

void TestHighlightPalette::tintsKeepTheTextReadable()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    const HighlightPalette palette({}, paletteWith(base, text));
    for (HighlightKind kind : {HighlightKind::Quote, HighlightKind::Entity, HighlightKind::Note}) {
        for (bool suggested : {false, true}) {
            const QColor background = palette.format(kind, suggested).background().color();
            QVERIFY2(background != base, "a highlight must show");
            // WCAG AA for body text.
            QVERIFY2(contrast(background, text) >= 4.5, qPrintable(background.name()));
        }
    }
}

void TestHighlightPalette::kindsDifferInStyleNotOnlyColour()
{
    const HighlightPalette palette({}, paletteWith(Qt::white, Qt::black));
    const QTextCharFormat quote = palette.format(HighlightKind::Quote, false);
    const QTextCharFormat suggested = palette.format(HighlightKind::Quote, true);
    const QTextCharFormat entity = palette.format(HighlightKind::Entity, false);
    const QTextCharFormat note = palette.format(HighlightKind::Note, false);
    const QTextCharFormat claim = palette.format(HighlightKind::Claim, false);
    QSet<int> styles {int(quote.underlineStyle()), int(suggested.underlineStyle()), int(entity.underlineStyle()),
                      int(note.underlineStyle()), int(claim.underlineStyle())};
    QCOMPARE(styles.size(), 5);
}

QTEST_MAIN(TestHighlightPalette)
#include "tst_highlightpalette.moc"
