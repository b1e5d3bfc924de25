#include "annotations/quotemodel.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"

#include <QFont>
#include <QPalette>

namespace lede {

QuoteModel::QuoteModel(ArticleAnnotations *annotations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_annotations(annotations)
{
    connect(annotations, &ArticleAnnotations::aboutToChange, this, [this] { beginResetModel(); });
    connect(annotations, &ArticleAnnotations::articleLoaded, this, [this] { endResetModel(); });
    connect(annotations, &ArticleAnnotations::annotationsChanged, this, [this] { endResetModel(); });
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations->quotes().size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteModel::kindName(int kind)
{
    switch (QuoteKind(kind)) {
    case QuoteKind::Direct:
        return tr("Direct");
    case QuoteKind::Partial:
        return tr("Partial");
    case QuoteKind::Indirect:
        return tr("Indirect");
    case QuoteKind::Scare:
        return tr("Scare quote");
    case QuoteKind::Title:
        return tr("Title");
    case QuoteKind::Term:
        return tr("Term");
    }
    return {};
}

QString QuoteModel::statusName(int status)
{
    switch (ReviewStatus(status)) {
    case ReviewStatus::Suggested:
        return tr("Suggested");
    case ReviewStatus::Confirmed:
        return tr("Accepted");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Quote &q = m_annotations->quotes().at(index.row());
    switch (role) {
    case IdRole:
        return q.id;
    case SpanStartRole:
        return q.span.start;
    case SpanEndRole:
        return q.span.end;
    case StatusRole:
        return int(q.status);
    case KindRole:
        return int(q.kind);
    case SpeakerStartRole:
        return q.speakerSpan ? q.speakerSpan->start : 0;
    case SpeakerEndRole:
        return q.speakerSpan ? q.speakerSpan->end : 0;
    case Qt::ForegroundRole:
        if (q.status == ReviewStatus::Rejected)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (q.status == ReviewStatus::Suggested && index.column() == Status) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        // A narrow sidebar elides the labels: the tooltip has them whole. The quote's words elsewhere.
        switch (index.column()) {
        case Speaker:
            if (!q.speakerName.isEmpty())
                return q.speakerName;
            break;
        case Cue:
            if (!q.cue.isEmpty())
                return q.cue;
            break;
        case Kind:
            return kindName(int(q.kind));
        case Status:
            return statusName(int(q.status));
        default:
            break;
        }
        return m_annotations->text(q.span);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Speaker:
            // Scare quotes, titles and terms are nobody's words: "(unknown)" would suggest a missing speaker.
            if (q.speakerName.isEmpty())
                return isSpeech(q.kind) ? tr("(unknown)") : QString();
            return q.speakerName;
        case Cue:
            return q.cue;
        case Text:
            return m_annotations->text(q.span).simplified();
        case Kind:
            return kindName(int(q.kind));
        case Status:
            return statusName(int(q.status));
        }
        return {};
    default:
        return {};
    }
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Speaker:
        return tr("Speaker");
    case Cue:
        return tr("Cue");
    case Text:
        return tr("Quote");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    }
    return {};
}

int QuoteModel::rowOf(qint64 quoteId) const
{
    const QList<Quote> &quotes = m_annotations->quotes();
    for (int i = 0; i < quotes.size(); ++i)
        if (quotes.at(i).id == quoteId)
            return i;
    return -1;
}

int QuoteModel::nextUnreviewed(int afterRow) const
{
    const QList<Quote> &quotes = m_annotations->quotes();
    const int n = int(quotes.size());
    for (int step = 1; step <= n; ++step) {
        const int row = ((afterRow < 0 ? -1 : afterRow) + step) % n;
        if (quotes.at(row).status == ReviewStatus::Suggested)
            return row;
    }
    return -1;
}

} // namespace lede
