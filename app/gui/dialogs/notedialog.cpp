#include "dialogs/notedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lede {

NoteDialog::NoteDialog(const QString &passage, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Note"));
    auto *quoted = new QLabel(passage.simplified(), this);
    quoted->setWordWrap(true);
    quoted->setAccessibleName(tr("Annotated passage"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Passage:"), quoted);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The editor takes Return for new lines; Ctrl+Return is for the dialog.
    m_text->installEventFilter(this);
    m_text->setFocus();
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (!text().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NoteDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}
QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace lede
