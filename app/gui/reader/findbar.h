#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lede {

class ReaderView;

// Find in the article body (what can be annotated; the header is not searched): type to find as you type, Return / F3
// for the next match, Shift+Return / Shift+F3 for the previous one, Escape to close and go back to the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ReaderView *editor, QWidget *parent = nullptr);

    void activate();
    QLineEdit *field() const { return m_field; }

public Q_SLOTS:
    void findNext();
    void findPrevious();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward, bool fromStart);

    ReaderView *m_editor;
    QLineEdit *m_field;
    QCheckBox *m_matchCase;
    QLabel *m_status;
};

} // namespace lede
