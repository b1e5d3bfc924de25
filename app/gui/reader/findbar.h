#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace lede {

// Find in the article: type to find as you type, Return / F3 for the next match, Shift+Return /
// Shift+F3 for the previous one, Escape to close and go back to the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    void activate();
    QLineEdit *field() const { return m_field; }

public Q_SLOTS:
    void findNext();
    void findPrevious();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward, bool fromStart);

    QTextEdit *m_editor;
    QLineEdit *m_field;
    QCheckBox *m_matchCase;
    QLabel *m_status;
};

} // namespace lede
