#include "annotations/quotecolumns.h"

#include "annotations/quotemodel.h"
#include "domain/quote.h"
#include "domain/reviewstatus.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace lede {

QuoteColumns::QuoteColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    static_assert(QuoteModel::ColumnCount == 5);
    const int em = view->fontMetrics().averageCharWidth();
    m_wanted[QuoteModel::Speaker] = em * 14;
    m_wanted[QuoteModel::Cue] = em * 8;
    QHeaderView *header = view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting)
            return;
        // The editor dragged it (or a saved width came back): that is the width it wants from now
        // on, as far as the list's width allows.
        if (column != QuoteModel::Text)
            m_wanted.at(column) = size;
        if (column == QuoteModel::Speaker)
            m_speakerByHand = true;
        if (column == QuoteModel::Cue)
            m_cueByHand = true;
        fitWidth();
    });
    // Another article, or a speaker changed: the Speaker and Cue columns take what their words need.
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &QuoteColumns::fitRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QuoteColumns::fitRows);
    connect(model, &QAbstractItemModel::dataChanged, this, &QuoteColumns::fitRows);
    m_viewport->installEventFilter(this);
    fitLabels();
}

int QuoteColumns::twoLineWidth(int column) const
{
    const QFontMetrics fm(m_view->font());
    const QAbstractItemModel *model = m_view->model();
    int need = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, column).data().toString();
        // The narrowest of its one- and two-line forms: split where a line may break.
        int best = fm.horizontalAdvance(name);
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, name);
        for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < name.size(); at = breaks.toNextBoundary()) {
            const int first = fm.horizontalAdvance(name.left(at).trimmed());
            const int second = fm.horizontalAdvance(name.mid(at).trimmed());
            best = std::min(best, std::max(first, second));
        }
        need = std::max(need, best);
    }
    // The cell's margins on both sides, with a little to spare, as labelWidth() counts them.
    return need + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view)
        + 2 * fm.averageCharWidth() + 2;
}

void QuoteColumns::fitRows()
{
    const int em = m_view->fontMetrics().averageCharWidth();
    // Never narrower than a short name, never so wide that one long name takes the quote's room.
    if (!m_speakerByHand)
        m_wanted[QuoteModel::Speaker] = std::clamp(twoLineWidth(QuoteModel::Speaker), em * 10, em * 24);
    // "according to" on two lines rather than cut to "acco… to"; "said" keeps the usual width.
    if (!m_cueByHand)
        m_wanted[QuoteModel::Cue] = std::clamp(twoLineWidth(QuoteModel::Cue), em * 8, em * 14);
    fitWidth();
}

int QuoteColumns::labelWidth(int column, const QStringList &labels) const
{
    QFont bold = m_view->font();
    bold.setBold(true); // the widest of the styles a cell or header may use
    const QFontMetrics fm(bold);
    int width = fm.horizontalAdvance(m_view->model()->headerData(column, Qt::Horizontal).toString());
    for (const QString &label : labels)
        width = std::max(width, fm.horizontalAdvance(label));
    // The cell's margins on both sides and the grid line, with room to spare.
    return width + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view)
        + 2 * fm.averageCharWidth() + 2;
}

void QuoteColumns::fitLabels()
{
    QStringList speech;
    QStringList kinds;
    for (QuoteKind k : {QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect, QuoteKind::Scare, QuoteKind::Title,
                        QuoteKind::Term}) {
        kinds << QuoteModel::kindName(int(k));
        if (isSpeech(k))
            speech << QuoteModel::kindName(int(k));
    }
    QStringList statuses;
    for (ReviewStatus r : {ReviewStatus::Suggested, ReviewStatus::Confirmed, ReviewStatus::Rejected})
        statuses << QuoteModel::statusName(int(r));
    // A width saved in another language, or narrowed by hand, does not keep a label cut where
    // there is room for it.
    // The quote's text takes the rest, never less than its floor: a stretched last section would
    // keep the width it had before it stretched, and push the list into scrolling.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_speechKindWidth = labelWidth(QuoteModel::Kind, speech);
    // The cues are the article's own words, the usual ones short: cut to "s…" they say nothing.
    const QFontMetrics fm(m_view->font());
    int cue = 0;
    for (const QString &word : {u"said"_qs, u"says"_qs, u"told"_qs})
        cue = std::max(cue, fm.horizontalAdvance(word));
    m_usualCueWidth = cue + 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 2;
    m_wanted[QuoteModel::Kind] = std::max(m_wanted[QuoteModel::Kind], labelWidth(QuoteModel::Kind, kinds));
    m_wanted[QuoteModel::Status] = std::max(m_wanted[QuoteModel::Status], labelWidth(QuoteModel::Status, statuses));
    // A width saved at the last session was fitted to other names: the speakers and cues get what
    // theirs need.
    m_speakerByHand = false;
    m_cueByHand = false;
    fitRows();
}

void QuoteColumns::fitWidth()
{
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    const int em = m_view->fontMetrics().averageCharWidth();
    std::array<int, 5> widths = m_wanted;
    const int textFloor = em * 24; // some twenty letters of the quote, its most telling column
    int overflow = widths[QuoteModel::Speaker] + widths[QuoteModel::Cue] + widths[QuoteModel::Kind]
        + widths[QuoteModel::Status] + textFloor - available;
    // What gives way first: the rare long kinds (scare quotes, in French or German), then the cue
    // down to "said" (the reader shows it with the quote), then the speaker's room beyond a few
    // letters (its names fit in two lines at the default window size in every language:
    // tst_sidebarfit), then the rest down to a few letters each.
    const std::pair<int, int> floors[] = {
        {QuoteModel::Kind, m_speechKindWidth}, {QuoteModel::Cue, std::max(em * 5, m_usualCueWidth)},
        {QuoteModel::Speaker, em * 5},         {QuoteModel::Kind, em * 5},
        {QuoteModel::Status, em * 6},          {QuoteModel::Cue, em * 3}};
    for (const auto &[column, floor] : floors) {
        if (overflow <= 0)
            break;
        const int cut = std::clamp(widths.at(column) - floor, 0, overflow);
        widths.at(column) -= cut;
        overflow -= cut;
    }
    widths[QuoteModel::Text] = std::max(textFloor,
                                        available - widths[QuoteModel::Speaker] - widths[QuoteModel::Cue]
                                            - widths[QuoteModel::Kind] - widths[QuoteModel::Status]);
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < int(widths.size()); ++column)
        header->resizeSection(column, widths.at(column));
    m_fitting = false;
}

bool QuoteColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Only a new width: a scroll bar coming or going changes the height.
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitWidth();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lede
