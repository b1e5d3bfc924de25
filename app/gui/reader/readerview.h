#pragma once

#include "domain/textspan.h"
#include "reader/highlightpalette.h"

#include <QList>
#include <QTextBrowser>
#include <optional>

namespace lede {

class ArticleAnnotations;

// One annotation under a point of the text.
struct AnnotationRef
{
    HighlightKind kind;
    qint64 id = 0;
    TextSpan span;
};

// The article as a person reads it: header (title, byline, outlet, date, link) above the body,
// with quotes, entities, notes and claims highlighted. Body positions map one to one onto the
// document after the header, so a selection converts to code points without searching.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(ArticleAnnotations *annotations, QWidget *parent = nullptr);

    void setHighlightPalette(const HighlightPalette &palette);
    void setBaseFontSize(int points);
    void setContextActions(const QList<QAction *> &actions);

    // The selected part of the body in code points; nothing when the selection is empty or outside.
    std::optional<TextSpan> selectedSpan() const;
    // Selects a code-point span of the body (tests and keyboard users).
    void selectSpan(const TextSpan &span);
    // Scrolls to an annotation and outlines it, without selecting it; a quote's speaker mention
    // (when not empty) is marked with it, so that who said the words shows where the text names them.
    void reveal(const TextSpan &span, const TextSpan &speaker = {});
    // What reveal() marks: the passage and the speaker's mention (nothing once the reader lets go).
    std::optional<TextSpan> revealedSpan() const { return m_revealed; }
    std::optional<TextSpan> revealedSpeaker() const { return m_revealedSpeaker; }
    QList<AnnotationRef> annotationsAt(int codePoint) const;
    int bodyStart() const { return m_bodyStart; }
    void setWelcomeText(const QString &html);

    void resetZoom();

Q_SIGNALS:
    // A highlight was clicked, or Return pressed on one.
    void annotationActivated(lede::HighlightKind kind, qint64 id);
    void commandLinkActivated(const QString &command);

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void rehighlight();
    // The annotations' highlights as rehighlight() made them, with the revealed passage and speaker.
    void showHighlights();
    QTextEdit::ExtraSelection selectionOf(const TextSpan &span, const QTextCharFormat &format) const;
    int docPosition(int codePoint) const;
    std::optional<int> codePointAt(int docPosition) const;
    QString describe(const AnnotationRef &ref) const;
    void activateAt(int docPosition);
    void clearReveal();

    ArticleAnnotations *m_annotations;
    HighlightPalette m_palette;
    QList<QAction *> m_contextActions;
    QList<QTextEdit::ExtraSelection> m_highlights;
    std::optional<TextSpan> m_revealed;
    std::optional<TextSpan> m_revealedSpeaker;
    int m_bodyStart = 0;
    int m_baseFontSize = 0;
    QString m_welcome;
};

} // namespace lede
