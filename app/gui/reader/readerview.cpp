#include "reader/readerview.h"

#include "annotations/articleannotations.h"
#include "annotations/claimmodel.h"
#include "annotations/entitymodel.h"

#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>
#include <algorithm>

namespace lede {

ReaderView::ReaderView(ArticleAnnotations *annotations, QWidget *parent)
    : QTextBrowser(parent)
    , m_annotations(annotations)
{
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("Select text and use the Annotate menu to mark quotes, entities, notes and claims"));
    // Links open in the browser; lede: links are the reader's own commands (the welcome page's).
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("lede"))
            Q_EMIT commandLinkActivated(url.path());
        else
            QDesktopServices::openUrl(url);
    });
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    document()->setDocumentMargin(24);
    connect(annotations, &ArticleAnnotations::articleLoaded, this, &ReaderView::rebuild);
    connect(annotations, &ArticleAnnotations::annotationsChanged, this, &ReaderView::rehighlight);
}

void ReaderView::setHighlightPalette(const HighlightPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void ReaderView::setBaseFontSize(int points)
{
    m_baseFontSize = points;
    resetZoom();
}

void ReaderView::resetZoom()
{
    QFont f = font();
    // 0 keeps the system's size, so large system fonts are respected.
    f.setPointSizeF(m_baseFontSize > 0 ? m_baseFontSize : QFont().pointSizeF() * 1.15);
    setFont(f);
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ReaderView::setWelcomeText(const QString &html)
{
    m_welcome = html;
    if (!m_annotations->article())
        rebuild();
}

void ReaderView::rebuild()
{
    m_revealed.reset();
    m_revealedSpeaker.reset();
    const std::optional<Article> &article = m_annotations->article();
    if (!article) {
        setHtml(m_welcome);
        m_bodyStart = 0;
        m_highlights.clear();
        setExtraSelections({});
        return;
    }
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor c(doc);
    QTextBlockFormat spaced;
    spaced.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    spaced.setBottomMargin(4);
    QTextCharFormat title;
    title.setFontPointSize(font().pointSizeF() * 1.4);
    title.setFontWeight(QFont::Bold);
    c.setBlockFormat(spaced);
    c.insertText(article->title.isEmpty() ? tr("(untitled)") : article->title, title);

    QStringList meta;
    if (!article->byline.isEmpty())
        meta << article->byline;
    if (!article->site.isEmpty())
        meta << article->site;
    const QDate date = QDate::fromString(article->published.left(10), Qt::ISODate);
    if (date.isValid())
        meta << QLocale().toString(date, QLocale::LongFormat);
    else if (!article->published.isEmpty())
        meta << article->published;
    QTextCharFormat muted;
    muted.setForeground(palette().brush(QPalette::PlaceholderText));
    c.insertBlock(spaced);
    c.insertText(meta.isEmpty() ? tr("No byline, outlet or date") : meta.join(QStringLiteral(" · ")), muted);
    if (!article->url.isEmpty()) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(article->url);
        link.setForeground(palette().brush(QPalette::Link));
        link.setFontUnderline(true);
        c.insertBlock(spaced);
        c.insertText(article->url, link);
    }
    c.insertBlock(spaced);
    c.insertBlock(spaced, QTextCharFormat());
    m_bodyStart = c.position();
    // Each '\n' becomes one block separator: one position for one UTF-16 unit, as the offsets need.
    c.insertText(article->body, QTextCharFormat());
    moveCursor(QTextCursor::Start);
    rehighlight();
}

int ReaderView::docPosition(int codePoint) const
{
    return m_bodyStart + m_annotations->offsets().toUtf16(codePoint);
}

std::optional<int> ReaderView::codePointAt(int docPos) const
{
    if (!m_annotations->article() || docPos < m_bodyStart)
        return std::nullopt;
    return m_annotations->offsets().toCodePoint(docPos - m_bodyStart);
}

void ReaderView::rehighlight()
{
    m_highlights.clear();
    if (!m_annotations->article()) {
        showHighlights();
        return;
    }
    const auto add = [this](const TextSpan &span, const QTextCharFormat &format) {
        m_highlights << selectionOf(span, format);
    };
    for (const Quote &q : m_annotations->quotes())
        if (q.status != ReviewStatus::Rejected)
            add(q.span, m_palette.format(HighlightKind::Quote, q.status == ReviewStatus::Suggested));
    for (const Claim &c : m_annotations->claims())
        add(c.span, m_palette.format(HighlightKind::Claim, false));
    for (const Note &n : m_annotations->notes())
        add(n.span, m_palette.format(HighlightKind::Note, false));
    for (const Mention &m : m_annotations->mentions())
        if (m.status != ReviewStatus::Rejected)
            add(m.span, m_palette.format(HighlightKind::Entity, m.status == ReviewStatus::Suggested));
    showHighlights();
}

QTextEdit::ExtraSelection ReaderView::selectionOf(const TextSpan &span, const QTextCharFormat &format) const
{
    QTextEdit::ExtraSelection sel;
    sel.cursor = QTextCursor(document());
    sel.cursor.setPosition(docPosition(span.start));
    sel.cursor.setPosition(docPosition(span.end), QTextCursor::KeepAnchor);
    sel.format = format;
    return sel;
}

void ReaderView::showHighlights()
{
    if (!m_annotations->article()) {
        setExtraSelections({});
        return;
    }
    QList<QTextEdit::ExtraSelection> all = m_highlights;
    if (m_revealed) {
        // Shown, not selected: a tint of the selection colour with an outline-like underline.
        QTextCharFormat focus;
        focus.setBackground(m_palette.tint(palette().color(QPalette::Highlight), 0.35));
        focus.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        focus.setUnderlineColor(palette().color(QPalette::Highlight));
        all << selectionOf(*m_revealed, focus);
    }
    if (m_revealedSpeaker) {
        // The quote's colour, stronger than any quote's tint, under the name it rests on: who said it.
        const QColor accent = m_palette.color(HighlightKind::Quote);
        QTextCharFormat speaker;
        speaker.setBackground(m_palette.tint(accent, 0.5));
        speaker.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        speaker.setUnderlineColor(accent);
        all << selectionOf(*m_revealedSpeaker, speaker);
    }
    setExtraSelections(all);
}

std::optional<TextSpan> ReaderView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection() || !m_annotations->article())
        return std::nullopt;
    const QString &body = m_annotations->article()->body;
    const int bodyLength = int(body.size());
    int start = std::clamp(c.selectionStart() - m_bodyStart, 0, bodyLength);
    int end = std::clamp(c.selectionEnd() - m_bodyStart, 0, bodyLength);
    // Word-wise keyboard and double-click selections take the space after the last word with them:
    // a passage starts and ends on its words.
    while (start < end && body.at(start).isSpace())
        ++start;
    while (end > start && body.at(end - 1).isSpace())
        --end;
    if (end <= start)
        return std::nullopt;
    return m_annotations->offsets().toCodePoints(start, end);
}

void ReaderView::selectSpan(const TextSpan &span)
{
    // Anchored at the end, with the cursor at the start: the view shows where the passage begins,
    // a quarter of the way down, so that the passage reads with some context above it.
    QTextCursor c(document());
    c.setPosition(docPosition(span.end));
    c.setPosition(docPosition(span.start), QTextCursor::KeepAnchor);
    setTextCursor(c);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect().top() - viewport()->height() / 4);
    ensureCursorVisible();
}

void ReaderView::reveal(const TextSpan &span, const TextSpan &speaker)
{
    m_revealed = span;
    m_revealedSpeaker.reset();
    if (speaker.length() > 0)
        m_revealedSpeaker = speaker;
    showHighlights(); // the annotations' highlights are as they were: only the outline is new
    QTextCursor c(document());
    c.setPosition(docPosition(span.start));
    setTextCursor(c);
    // A passage already in view stays where it is; one out of view, or cut by the bottom edge,
    // comes up to a quarter of the way down, where it reads with the words before it (as
    // selectSpan()), less when that would cut its end; a long one starts at the top.
    QTextCursor endCursor(document());
    endCursor.setPosition(docPosition(span.end));
    const QRect first = cursorRect();
    const QRect last = cursorRect(endCursor);
    const int height = viewport()->height();
    if (first.top() < 0 || last.bottom() > height) {
        const int margin = std::clamp(height - (last.bottom() - first.top()), 0, height / 4);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + first.top() - margin);
    }
}

QList<AnnotationRef> ReaderView::annotationsAt(int cp) const
{
    QList<AnnotationRef> out;
    const auto inside = [cp](const TextSpan &s) {
        return s.start <= cp && cp < s.end;
    };
    for (const Mention &m : m_annotations->mentions())
        if (m.status != ReviewStatus::Rejected && inside(m.span))
            out.append({HighlightKind::Entity, m.id, m.span});
    for (const Note &n : m_annotations->notes())
        if (inside(n.span))
            out.append({HighlightKind::Note, n.id, n.span});
    for (const Claim &c : m_annotations->claims())
        if (inside(c.span))
            out.append({HighlightKind::Claim, c.id, c.span});
    for (const Quote &q : m_annotations->quotes())
        if (q.status != ReviewStatus::Rejected && inside(q.span))
            out.append({HighlightKind::Quote, q.id, q.span});
    // The innermost first: a click on a name inside a quote means the name.
    std::stable_sort(out.begin(), out.end(),
                     [](const AnnotationRef &a, const AnnotationRef &b) { return a.span.length() < b.span.length(); });
    return out;
}

QString ReaderView::describe(const AnnotationRef &ref) const
{
    switch (ref.kind) {
    case HighlightKind::Quote: {
        const std::optional<Quote> q = m_annotations->quote(ref.id);
        if (!q)
            return {};
        const QString speaker = q->speakerName.isEmpty() ? tr("unknown speaker") : q->speakerName;
        return q->status == ReviewStatus::Suggested ? tr("Quote (suggested): %1").arg(speaker)
                                                    : tr("Quote: %1").arg(speaker);
    }
    case HighlightKind::Entity: {
        const std::optional<Mention> m = m_annotations->mention(ref.id);
        if (!m)
            return {};
        const Entity e = m_annotations->entities().value(m->entityId);
        return tr("Entity: %1 (%2)").arg(e.name, EntityModel::kindName(e.kind));
    }
    case HighlightKind::Note: {
        const std::optional<Note> n = m_annotations->note(ref.id);
        return n ? tr("Note: %1").arg(n->text) : QString();
    }
    case HighlightKind::Claim: {
        const std::optional<Claim> c = m_annotations->claim(ref.id);
        if (!c)
            return {};
        return tr("Claim (%1): %2")
            .arg(c->verdictLabel.isEmpty() ? ClaimModel::statusName(int(c->status)) : c->verdictLabel, c->summary);
    }
    }
    return {};
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<int> cp = codePointAt(cursorForPosition(help->pos()).position());
        QStringList lines;
        if (cp) {
            for (const AnnotationRef &ref : annotationsAt(*cp))
                lines << describe(ref).toHtmlEscaped();
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ReaderView::activateAt(int docPos)
{
    const std::optional<int> cp = codePointAt(docPos);
    if (!cp)
        return;
    const QList<AnnotationRef> refs = annotationsAt(*cp);
    if (!refs.isEmpty())
        Q_EMIT annotationActivated(refs.first().kind, refs.first().id);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection())
        activateAt(cursorForPosition(event->position().toPoint()).position());
}

void ReaderView::clearReveal()
{
    if (m_revealed) {
        m_revealed.reset();
        m_revealedSpeaker.reset();
        showHighlights();
    }
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    clearReveal();
    QTextBrowser::mousePressEvent(event);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // Moving in the text means reading on: the passage shown from the sidebar lets go.
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) || event->key() == Qt::Key_Home
        || event->key() == Qt::Key_End)
        clearReveal();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && !textCursor().hasSelection()) {
        activateAt(textCursor().position());
        return;
    }
    // Ctrl+Home shows the top of the article, its title; the caret goes where the text begins, so
    // that the next Shift+arrow selects words of the body. Ctrl+End likewise shows the very bottom
    // (not just the last line) with the caret at the body's end. With Shift, both select.
    const bool toTop = event->matches(QKeySequence::MoveToStartOfDocument);
    const bool toBottom = event->matches(QKeySequence::MoveToEndOfDocument);
    const bool selectToTop = event->matches(QKeySequence::SelectStartOfDocument);
    const bool selectToBottom = event->matches(QKeySequence::SelectEndOfDocument);
    if (m_annotations->article() && (toTop || toBottom || selectToTop || selectToBottom)) {
        QTextCursor c = textCursor();
        const bool top = toTop || selectToTop;
        if (top)
            c.setPosition(m_bodyStart, selectToTop ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
        else
            c.movePosition(QTextCursor::End, selectToBottom ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
        setTextCursor(c);
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(top ? bar->minimum() : bar->maximum());
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (!m_contextActions.isEmpty()) {
        QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
        for (QAction *a : std::as_const(m_contextActions))
            menu->insertAction(first, a);
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace lede
