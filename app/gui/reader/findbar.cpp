#include "reader/findbar.h"

#include "reader/readerview.h"
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

#include <QToolButton>

namespace lede {

FindBar::FindBar(ReaderView *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("&Match case"), this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Find in article"));
    m_field->setAccessibleName(tr("Text to find in the article"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_matchCase->setAccessibleName(tr("Match case"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close find bar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textEdited, this, [this] { find(false, true); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::findNext()
{
    find(false, false);
}
void FindBar::findPrevious()
{
    find(true, false);
}

bool FindBar::find(bool backward, bool fromStart)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    const auto moveTo = [this](int position) {
        QTextCursor c = m_editor->textCursor();
        c.setPosition(position);
        m_editor->setTextCursor(c);
    };
    if (fromStart)
        moveTo(std::max(m_editor->textCursor().selectionStart(), m_editor->bodyStart()));
    else if (m_editor->textCursor().position() < m_editor->bodyStart())
        moveTo(m_editor->bodyStart());
    bool found = m_editor->find(text, flags) && m_editor->textCursor().selectionStart() >= m_editor->bodyStart();
    if (!found) {
        // Wrap around once, within the body.
        moveTo(backward ? m_editor->document()->characterCount() - 1 : m_editor->bodyStart());
        found = m_editor->find(text, flags) && m_editor->textCursor().selectionStart() >= m_editor->bodyStart();
    }
    if (!found)
        moveTo(m_editor->bodyStart());
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lede
