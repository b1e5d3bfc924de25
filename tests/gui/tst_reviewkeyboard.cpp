// The editor's review with the keyboard only: Return in the article list opens the article for
// reading, and a fact-checker stepping through the quotes records a claim or a note on the current
// one without selecting its words in the reader by hand.
#include "guitestsupport.h"

#include "annotations/articleannotations.h"
#include "annotations/sidebar.h"
#include "dialogs/claimdialog.h"
#include "dialogs/notedialog.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

using namespace lede;

class TestReviewKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = testsupport::temporarySettings(*m_dir);
        m_appSettings = std::make_unique<AppSettings>(m_settings.get());
        m_window = std::make_unique<MainWindow>(testsupport::seededLibrary(*m_dir, &m_id), m_appSettings.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openArticle(m_id);
    }
    void cleanup()
    {
        m_window.reset();
        m_appSettings.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void aClaimOnTheCurrentQuote()
    {
        const qint64 quote = stepToASuggestedQuote();
        QVERIFY(m_window->action(QStringLiteral("recordClaim"))->isEnabled());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        auto *dialog = waitForDialog<ClaimDialog>();
        QVERIFY(dialog);
        QTest::keyClick(dialog->verdictBox(), Qt::Key_Down);
        QTest::keyClick(dialog->summaryField(), Qt::Key_Return);
        QTRY_COMPARE(m_window->annotations()->claims().size(), 1);
        QCOMPARE(m_window->annotations()->claims().first().span, m_window->annotations()->quote(quote)->span);
    }

    void aNoteOnTheCurrentQuote()
    {
        const qint64 quote = stepToASuggestedQuote();
        QVERIFY(m_window->action(QStringLiteral("addNote"))->isEnabled());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        auto *dialog = waitForDialog<NoteDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->editor(), QStringLiteral("Check the date."));
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->annotations()->notes().size(), 1);
        QCOMPARE(m_window->annotations()->notes().first().span, m_window->annotations()->quote(quote)->span);
    }

    void aSelectionInTheReaderStillComesFirst()
    {
        stepToASuggestedQuote();
        ReaderView *reader = m_window->reader();
        reader->setFocus();
        QTextCursor c = reader->textCursor();
        c.setPosition(reader->bodyStart());
        reader->setTextCursor(c);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        auto *dialog = waitForDialog<NoteDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->editor(), QStringLiteral("The first words."));
        QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->annotations()->notes().size(), 1);
        QCOMPARE(m_window->annotations()->notes().first().span, (TextSpan {0, 5}));
    }

    void withoutAQuoteOrSelectionThereIsNothingToAnnotate()
    {
        m_window->sidebar()->setCurrentIndex(Sidebar::NotesPage);
        QVERIFY(!m_window->action(QStringLiteral("recordClaim"))->isEnabled());
    }

    void returnInTheArticleListOpensItForReading()
    {
        press(Qt::CTRL | Qt::Key_1);
        QTRY_COMPARE(QApplication::focusWidget(), m_window->articleView());
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), m_window->reader());
        QCOMPARE(m_window->annotations()->articleId(), m_id);
    }

private:
    // Ctrl+3 to the quote list, N to the next suggestion: the quote in hand.
    qint64 stepToASuggestedQuote()
    {
        press(Qt::CTRL | Qt::Key_3);
        if (QApplication::focusWidget() != m_window->sidebar()->quoteView())
            return 0;
        press(Qt::Key_N);
        return m_window->sidebar()->currentId(Sidebar::QuotesPage);
    }
    template<typename Dialog> Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&dialog] { return (dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) != nullptr; });
        return opened ? dialog : nullptr;
    }
    void press(QKeyCombination key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
};

QTEST_MAIN(TestReviewKeyboard)
#include "tst_reviewkeyboard.moc"
