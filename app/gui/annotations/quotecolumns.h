#pragma once

#include <QObject>
#include <array>

class QTableView;

namespace lede {

// Keeps the quote list's columns inside the sidebar's width, so that it never scrolls sideways,
// in every language: the speaker (what an editor reviews) shows whole, on two lines if need be, the
// quote's text (the last column) keeps room to be read, and what does not fit is elided, the full
// label in the cell's tooltip. Each column keeps the width it would like
// (its labels', or what the editor dragged it to) and gets it back when the sidebar widens.
class QuoteColumns : public QObject
{
    Q_OBJECT

public:
    explicit QuoteColumns(QTableView *view);

    // Widens Kind and Status to their labels (after restoring saved widths, or a change of
    // language), then fits the width.
    void fitLabels();
    // Fits the columns to the list's current width.
    void fitWidth();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int labelWidth(int column, const QStringList &labels) const;
    // The width a column needs to show every row's text whole on at most two lines (rows are two
    // lines tall), broken where the language allows: the speakers, the cues.
    int twoLineWidth(int column) const;
    void fitRows();

    QTableView *m_view;
    // Kept apart from m_view: the filter still sees the viewport's events while the view is being
    // destroyed, when m_view->viewport() may no longer be called.
    QWidget *m_viewport;
    std::array<int, 5> m_wanted {}; // by QuoteModel::Column
    int m_speechKindWidth = 0; // the Kind column with every speech kind whole
    int m_usualCueWidth = 0; // the Cue column with "said" whole
    bool m_speakerByHand = false; // the editor dragged the Speaker column: its width is theirs
    bool m_cueByHand = false; // the same for the Cue column
    bool m_fitting = false;
};

} // namespace lede
