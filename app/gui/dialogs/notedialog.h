#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace lede {

// Writes or edits a note on a passage. Ctrl+Return accepts.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &passage, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_text;
};

} // namespace lede
