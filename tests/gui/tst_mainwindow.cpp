// A day's work in lede, from the keyboard: import the seed article, review its quotes, mark a quote
// and give it a speaker, add a note and a claim, undo and redo each, merge two entities, and find
// the article again by searching and filtering.
#include "guitestsupport.h"

#include "analysis/analyzer.h"
#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"
#include "annotations/entitymodel.h"
#include "annotations/quotemodel.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/filterpanel.h"
#include "dialogs/claimdialog.h"
#include "dialogs/entitydialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/quotedialog.h"
#include "mainwindow/mainwindow.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include "dialogs/settingsdialog.h"
#include "reader/findbar.h"
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace lede;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importReviewAnnotateUndoAndSearch();
    void rememberesLayoutBetweenRuns();
    void trashAndRestoreAreUndoable();
    void readerAndSidebarFollowEachOther();
    void findAndZoomInTheArticle();
    void wordSelectionLeavesTheSpaceOut();
    void importFailuresComeInOneReport();
    void settingsChangeTheReaderAndTheVerdictScale();
    void settingsReadArchiveQuotationMarks();
    void suggestedMentionsAreReviewedInTheEntitiesPage();
    void droppedFilesAreImported();
    void everyControlHasAnAccessibleName();

private:
    void openWindow();
    void importSeed();
    TextSpan spanOf(const QString &text, int occurrence = 0) const;
    void select(const QString &text, int occurrence = 0);
    template<typename Dialog> Dialog *waitForDialog();
    // A key press where the keyboard focus is, as a person would type it.
    void press(QKeyCombination key)
    {
        if (!QApplication::focusWidget()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, key.key(), key.keyboardModifiers());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = testsupport::temporarySettings(*m_dir);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(std::make_unique<Library>(m_dir->filePath(QStringLiteral("work.lede"))),
                                            m_appSettings.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::importSeed()
{
    QSignalSpy done(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({testsupport::copySeedArticle(*m_dir)});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(m_window->articleModel()->totalCount(), 1);
    QTRY_VERIFY(m_window->annotations()->article().has_value());
    testsupport::clearEntitySuggestions(*m_window->library());
    m_window->annotations()->load(m_window->annotations()->articleId());
}

TextSpan TestMainWindow::spanOf(const QString &text, int occurrence) const
{
    const QString &body = m_window->annotations()->article()->body;
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(body.indexOf(text, at + 1));
    Q_ASSERT(at >= 0);
    return m_window->annotations()->offsets().toCodePoints(at, at + int(text.size()));
}

// Selects text in the reader as a keyboard user would: caret to the start, Shift+Right to the end.
void TestMainWindow::select(const QString &text, int occurrence)
{
    ReaderView *reader = m_window->reader();
    const TextSpan span = spanOf(text, occurrence);
    reader->setFocus();
    QTextCursor c = reader->textCursor();
    c.setPosition(reader->bodyStart() + span.start);
    reader->setTextCursor(c);
    for (int i = 0; i < span.length(); ++i)
        QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(reader->selectedSpan(), std::optional<TextSpan>(span));
}

template<typename Dialog> Dialog *TestMainWindow::waitForDialog()
{
    Dialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&dialog] { return (dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) != nullptr; });
    if (!opened || !QTest::qWaitForWindowActive(dialog))
        qFatal("the dialog did not open");
    return dialog;
}

void TestMainWindow::importReviewAnnotateUndoAndSearch()
{
    importSeed();
    ArticleAnnotations *annotations = m_window->annotations();
    QAbstractItemModelTester listTester(m_window->articleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester quoteTester(m_window->sidebar()->quoteModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QUndoStack *undo = m_window->undoStack();

    // Review: Ctrl+3 to the quotes, N to the next suggestion, A to accept it.
    press(Qt::CTRL | Qt::Key_3);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->sidebar()->quoteView());
    press(Qt::Key_N);
    const qint64 reviewed = m_window->sidebar()->currentId(Sidebar::QuotesPage);
    QVERIFY(reviewed);
    QVERIFY(annotations->quote(reviewed)->status == ReviewStatus::Suggested);
    press(Qt::Key_A);
    QVERIFY(annotations->quote(reviewed)->status == ReviewStatus::Confirmed);
    QCOMPARE(m_window->sidebar()->currentId(Sidebar::QuotesPage), reviewed);
    // R rejects the next one.
    press(Qt::Key_N);
    const qint64 rejected = m_window->sidebar()->currentId(Sidebar::QuotesPage);
    QVERIFY(rejected != reviewed);
    press(Qt::Key_R);
    QVERIFY(annotations->quote(rejected)->status == ReviewStatus::Rejected);

    // Mark a new quote: select, Ctrl+Shift+Q, type the speaker, Return.
    const int quotesBefore = int(annotations->quotes().size());
    select(QStringLiteral("reaffirmed Santa Monica's policy not to assist federal authorities"));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    auto *quoteDialog = waitForDialog<QuoteDialog>();
    QTest::keyClicks(quoteDialog->speakerField(), QStringLiteral("Lana Negrete"));
    if (quoteDialog->speakerField()->completer()->popup()->isVisible())
        QTest::keyClick(quoteDialog->speakerField()->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(quoteDialog->speakerField(), Qt::Key_Return);
    QTRY_COMPARE(int(annotations->quotes().size()), quotesBefore + 1);
    const TextSpan marked =
        spanOf(QStringLiteral("reaffirmed Santa Monica's policy not to assist federal authorities"));
    std::optional<Quote> markedQuote;
    for (const Quote &q : annotations->quotes())
        if (q.span == marked)
            markedQuote = q;
    QVERIFY(markedQuote);
    QCOMPARE(markedQuote->speakerName, QStringLiteral("Lana Negrete"));
    QVERIFY(markedQuote->status == ReviewStatus::Confirmed);

    // A note: select, Ctrl+Shift+N, type, Ctrl+Return.
    select(QStringLiteral("California Values Act of 2017"));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    auto *noteDialog = waitForDialog<NoteDialog>();
    QTest::keyClicks(noteDialog->editor(), QStringLiteral("Also known as SB 54."));
    QTest::keyClick(noteDialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(annotations->notes().size(), 1);
    QCOMPARE(annotations->notes().first().text, QStringLiteral("Also known as SB 54."));
    QCOMPARE(annotations->notes().first().span, spanOf(QStringLiteral("California Values Act of 2017")));

    // A claim with a verdict: select, Ctrl+Shift+C, Tab to the verdict, pick "True", Return.
    select(QStringLiteral("Approved in October 2017"));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    auto *claimDialog = waitForDialog<ClaimDialog>();
    QTRY_COMPARE(QApplication::focusWidget(), claimDialog->summaryField());
    QTest::keyClick(claimDialog->summaryField(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), claimDialog->verdictBox());
    QTest::keyClick(claimDialog->verdictBox(), Qt::Key_Down);
    QCOMPARE(claimDialog->verdictBox()->currentText(), QStringLiteral("True"));
    QTest::keyClick(claimDialog->summaryField(), Qt::Key_Return);
    QTRY_COMPARE(annotations->claims().size(), 1);
    QCOMPARE(annotations->claims().first().verdictLabel, QStringLiteral("True"));
    QCOMPARE(annotations->claims().first().summary, QStringLiteral("Approved in October 2017"));
    QVERIFY(annotations->claims().first().status == ClaimStatus::Checked);

    // The list row follows: counts are live.
    const QModelIndex row = m_window->articleModel()->index(0, ArticleListModel::Notes);
    QCOMPARE(row.data().toInt(), 1);
    QCOMPARE(row.siblingAtColumn(ArticleListModel::Claims).data().toInt(), 1);

    // Undo each, newest first, from the keyboard; then redo each.
    QCOMPARE(undo->count(), 5);
    m_window->reader()->setFocus();
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(annotations->claims().size(), 0);
    QCOMPARE(annotations->notes().size(), 1);
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(annotations->notes().size(), 0);
    QCOMPARE(row.data().toInt(), 0);
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(int(annotations->quotes().size()), quotesBefore);
    press(Qt::CTRL | Qt::Key_Z);
    QVERIFY(annotations->quote(rejected)->status == ReviewStatus::Suggested);
    press(Qt::CTRL | Qt::Key_Z);
    QVERIFY(annotations->quote(reviewed)->status == ReviewStatus::Suggested);
    for (int i = 0; i < 5; ++i)
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QVERIFY(annotations->quote(reviewed)->status == ReviewStatus::Confirmed);
    QVERIFY(annotations->quote(rejected)->status == ReviewStatus::Rejected);
    QCOMPARE(int(annotations->quotes().size()), quotesBefore + 1);
    QCOMPARE(annotations->notes().size(), 1);
    QCOMPARE(annotations->claims().size(), 1);
    QCOMPARE(annotations->claims().first().verdictLabel, QStringLiteral("True"));
    // Nothing waits for a Save: a second connection sees it all.
    {
        Library second(m_window->library()->path());
        QCOMPARE(second.notes().ofArticle(annotations->articleId()).size(), 1);
        QCOMPARE(second.claims().ofArticle(annotations->articleId()).size(), 1);
    }

    // Tag two names as entities, then merge them in the Entities page with M.
    select(QStringLiteral("Negrete"), 2);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    auto *entityDialog = waitForDialog<EntityDialog>();
    QCOMPARE(entityDialog->name(), QStringLiteral("Negrete"));
    QTest::keyClick(entityDialog->nameField(), Qt::Key_Return);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    EntityModel *entities = m_window->sidebar()->entityModel();
    QAbstractItemModelTester entityTester(entities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    entities->ensureLoaded();
    const auto idOf = [entities](const QString &name) -> qint64 {
        for (const Entity &e : entities->allEntities())
            if (e.name == name)
                return e.id;
        return 0;
    };
    const qint64 lana = idOf(QStringLiteral("Lana Negrete"));
    const qint64 negrete = idOf(QStringLiteral("Negrete"));
    QVERIFY(lana && negrete);
    m_window->sidebar()->selectEntity(lana);
    QTreeView *tree = m_window->sidebar()->entityView();
    // Both selected, the one to keep current (as Ctrl+Space on the second would leave it).
    const QModelIndex lanaIndex = tree->currentIndex();
    m_window->sidebar()->selectEntity(negrete);
    const QModelIndex negreteIndex = tree->currentIndex();
    tree->selectionModel()->select(negreteIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->selectionModel()->setCurrentIndex(lanaIndex, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->setFocus();
    press(Qt::Key_M);
    QTRY_VERIFY(idOf(QStringLiteral("Negrete")) == 0);
    const Entity merged = *entities->entity(entities->indexOf(lana));
    QVERIFY(merged.aliases.contains(QStringLiteral("Negrete")));
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(idOf(QStringLiteral("Negrete")), negrete);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QCOMPARE(idOf(QStringLiteral("Negrete")), 0);

    // Find it again: more articles, then Ctrl+K and a full-text query.
    testsupport::addManyArticles(*m_window->library(), 60);
    m_window->articleModel()->reload();
    QCOMPARE(m_window->articleModel()->totalCount(), 61);
    press(Qt::CTRL | Qt::Key_K);
    QCOMPARE(QApplication::focusWidget(), m_window->searchField());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("sanctuary negr*"));
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QCOMPARE(m_window->focusWidget(), m_window->articleView());
    QCOMPARE(m_window->articleModel()->articleId(0), annotations->articleId());
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 61);

    // Filters: Ctrl+Shift+F shows them; outlet, then the speaker filter.
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    FilterPanel *filters = m_window->filterPanel();
    QTRY_VERIFY(filters->isVisible());
    filters->outletBox()->setCurrentIndex(filters->outletBox()->findText(QStringLiteral("Gazette")));
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 20);
    filters->outletBox()->setCurrentIndex(0);
    filters->speakerBox()->setCurrentIndex(filters->speakerBox()->findText(QStringLiteral("Lana Negrete")));
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);
    filters->speakerBox()->setCurrentIndex(0);
    QTest::keyClick(filters->unreviewedBox(), Qt::Key_Space);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);
    // Saved with the library, and applied again in one step.
    filters->saveCurrent(QStringLiteral("To review"), QString());
    QTest::keyClick(filters->unreviewedBox(), Qt::Key_Space);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 61);
    const int saved = filters->savedBox()->findText(QStringLiteral("To review"));
    QVERIFY(saved > 0);
    filters->savedBox()->setCurrentIndex(saved);
    Q_EMIT filters->savedBox()->activated(saved);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);

    // Tag it from the keyboard: Ctrl+T, a name, Return; the list shows the tag, undo takes it off.
    m_window->articleView()->setFocus();
    press(Qt::CTRL | Qt::Key_T);
    auto *tagDialog = waitForDialog<QInputDialog>();
    QLineEdit *tagField = nullptr;
    for (QLineEdit *edit : tagDialog->findChildren<QLineEdit *>())
        if (edit->isVisible())
            tagField = edit;
    QVERIFY(tagField);
    QTest::keyClicks(tagField, QStringLiteral("sanctuary"));
    QTest::keyClick(tagField, Qt::Key_Return);
    const QModelIndex tags = m_window->articleModel()->index(0, ArticleListModel::Tags);
    QTRY_COMPARE(tags.data().toString(), QStringLiteral("sanctuary"));
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(tags.data().toString(), QString());
}

void TestMainWindow::rememberesLayoutBetweenRuns()
{
    QSplitter *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({300, 600, 380});
    const QList<int> sizes = splitter->sizes();
    m_window->articleView()->setColumnWidth(ArticleListModel::Outlet, 173);
    m_window->articleView()->horizontalHeader()->setSortIndicator(ArticleListModel::Title, Qt::AscendingOrder);
    QCOMPARE(m_window->articleModel()->sortColumn(), int(ArticleListModel::Title));
    m_window->close();
    m_window.reset();
    openWindow();
    splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QCOMPARE(splitter->sizes(), sizes);
    QCOMPARE(m_window->articleView()->columnWidth(ArticleListModel::Outlet), 173);
    QCOMPARE(m_window->articleModel()->sortColumn(), int(ArticleListModel::Title));
    QCOMPARE(m_appSettings->recentLibraries().first(), m_dir->filePath(QStringLiteral("work.lede")));
}

void TestMainWindow::trashAndRestoreAreUndoable()
{
    importSeed();
    testsupport::addManyArticles(*m_window->library(), 3);
    m_window->articleModel()->reload();
    QCOMPARE(m_window->articleModel()->totalCount(), 4);
    QTableView *list = m_window->articleView();
    list->setFocus();
    list->selectRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_T); // the trash
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    QVERIFY(m_window->articleModel()->filter().trashed);
    list->setFocus();
    list->selectRow(0);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 1);
    press(Qt::CTRL | Qt::Key_Z);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    QVERIFY(!m_window->articleModel()->filter().trashed);
}

void TestMainWindow::readerAndSidebarFollowEachOther()
{
    importSeed();
    ReaderView *reader = m_window->reader();
    const Quote quote = m_window->annotations()->quotes().at(3);
    QTextCursor c(reader->document());
    c.setPosition(reader->bodyStart() + (quote.span.start + quote.span.end) / 2);
    reader->ensureCursorVisible();
    reader->setTextCursor(c);
    reader->ensureCursorVisible();
    const QPoint inside = reader->cursorRect(c).center();
    // Hovering names the annotation.
    QHelpEvent hover(QEvent::ToolTip, inside, reader->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(reader->viewport(), &hover);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Quote")));
    // Clicking a highlight selects it in the sidebar.
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, inside);
    QTRY_COMPARE(m_window->sidebar()->currentId(Sidebar::QuotesPage), quote.id);
    // And the other way round: choosing a row shows its passage.
    const Quote other = m_window->annotations()->quotes().at(6);
    m_window->sidebar()->selectAnnotation(HighlightKind::Quote, other.id);
    QCOMPARE(reader->textCursor().position(), reader->bodyStart() + other.span.start);
}

void TestMainWindow::wordSelectionLeavesTheSpaceOut()
{
    importSeed();
    ReaderView *reader = m_window->reader();
    reader->setFocus();
    QTextCursor c = reader->textCursor();
    c.setPosition(reader->bodyStart() + spanOf(QStringLiteral("Mayor Lana Negrete")).start);
    reader->setTextCursor(c);
    // Ctrl+Shift+Right moves to the start of the next word, so the selection ends with a space.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reader->textCursor().selectedText().endsWith(QLatin1Char(' ')));
    QCOMPARE(reader->selectedSpan(), std::optional<TextSpan>(spanOf(QStringLiteral("Mayor Lana Negrete"))));
}

void TestMainWindow::findAndZoomInTheArticle()
{
    importSeed();
    ReaderView *reader = m_window->reader();
    reader->setFocus();
    press(Qt::CTRL | Qt::Key_F);
    FindBar *find = m_window->findChild<FindBar *>();
    QTRY_VERIFY(find->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), find->field());
    QTest::keyClicks(find->field(), QStringLiteral("sanctuary"));
    QCOMPARE(reader->textCursor().selectedText().toLower(), QStringLiteral("sanctuary"));
    const int first = reader->textCursor().position();
    press(Qt::Key_F3);
    QVERIFY(reader->textCursor().position() > first);
    // The body, not the header, is searched: a match there can be annotated at once.
    find->field()->clear();
    QTest::keyClicks(find->field(), QStringLiteral("reaffirmed Santa Monica's policy"));
    QVERIFY(reader->textCursor().selectionStart() >= reader->bodyStart());
    QTest::keyClick(find->field(), Qt::Key_Escape);
    QVERIFY(!find->isVisible());
    QCOMPARE(reader->selectedSpan(),
             std::optional<TextSpan>(spanOf(QStringLiteral("reaffirmed Santa Monica's policy"))));
    const qreal size = reader->font().pointSizeF();
    reader->setFocus();
    press(QKeyCombination(Qt::CTRL, Qt::Key_Plus));
    QVERIFY(reader->font().pointSizeF() > size);
    press(Qt::CTRL | Qt::Key_0);
    QCOMPARE(reader->font().pointSizeF(), size);
}

void TestMainWindow::importFailuresComeInOneReport()
{
    QFile empty(m_dir->filePath(QStringLiteral("empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QSignalSpy done(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths(
        {testsupport::copySeedArticle(*m_dir), empty.fileName(), m_dir->filePath(QStringLiteral("missing.txt"))});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(m_window->articleModel()->totalCount(), 1); // what could be imported was
    const QList<QMessageBox *> reports = m_window->findChildren<QMessageBox *>(QStringLiteral("importReport"));
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first()->detailedText().contains(QStringLiteral("missing.txt")));
    QVERIFY(reports.first()->detailedText().contains(QStringLiteral("empty.txt")));
}

void TestMainWindow::settingsChangeTheReaderAndTheVerdictScale()
{
    importSeed();
    m_window->action(QStringLiteral("settings"))->trigger();
    auto *dialog = waitForDialog<SettingsDialog>();
    dialog->findChild<QSpinBox *>()->setValue(17);
    dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Correct\nMisleading\nWrong"));
    dialog->accept();
    QCOMPARE(m_appSettings->readerFontSize(), 17);
    QCOMPARE(m_window->reader()->font().pointSizeF(), 17.0);
    QCOMPARE(m_window->library()->claims().verdictScale().labels(),
             (QStringList {QStringLiteral("Correct"), QStringLiteral("Misleading"), QStringLiteral("Wrong")}));
}

void TestMainWindow::settingsReadArchiveQuotationMarks()
{
    // An archive text writes its quotation marks as two apostrophes: nothing is found in it until the
    // user asks Lede to read them so; then the next import suggests the quote with its speaker.
    QFile file(m_dir->filePath(QStringLiteral("archive.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Harbor plan\n\n''The harbor will close in May,'' Mayor Ann Lee said on Tuesday.\n");
    file.close();
    // Ann Lee's quotes in the library, whichever article the window shows.
    const auto suggestedQuotes = [this] {
        int n = 0;
        for (const ArticleSummary &a : m_window->library()->articles().list()) {
            for (const Quote &q : m_window->library()->quotes().ofArticle(a.id))
                n += q.kind == QuoteKind::Direct && q.speakerName == QStringLiteral("Ann Lee");
        }
        return n;
    };
    QSignalSpy done(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({file.fileName()});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(m_window->articleModel()->totalCount(), 1);
    QCOMPARE(suggestedQuotes(), 0);
    // The status bar says why, and where to turn it on.
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Settings ▸ Analysis")));

    m_window->action(QStringLiteral("settings"))->trigger();
    auto *dialog = waitForDialog<SettingsDialog>();
    auto *apostrophes = dialog->findChild<QCheckBox *>(QStringLiteral("apostropheQuotes"));
    QVERIFY(apostrophes && !apostrophes->isChecked());
    apostrophes->setChecked(true);
    dialog->accept();
    QVERIFY(m_appSettings->apostropheQuotes());

    QFile again(m_dir->filePath(QStringLiteral("archive2.txt")));
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write("Harbor vote\n\n''The harbor will close in May,'' Mayor Ann Lee said on Wednesday.\n");
    again.close();
    m_window->importPaths({again.fileName()});
    QTRY_COMPARE(done.size(), 2);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    QTRY_COMPARE(suggestedQuotes(), 1);
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Settings ▸ Analysis")));
    Analyzer::setApostropheQuotesByDefault(false); // the session default, for the tests after this one
}

void TestMainWindow::suggestedMentionsAreReviewedInTheEntitiesPage()
{
    importSeed();
    Library *library = m_window->library();
    const Article article = *m_window->annotations()->article();
    // An entity of the test's own, so that the analyzer's suggestions for the seed don't count.
    const qint64 place = library->entities().ensure(QStringLiteral("Santa Monica (test)"), EntityKind::Place);
    for (int i = 0; i < 3; ++i) {
        Mention m;
        m.articleId = article.id;
        m.versionId = article.versionId;
        m.span = spanOf(QStringLiteral("Santa Monica"), i);
        m.entityId = place;
        library->entities().insertMention(m);
    }
    m_window->annotations()->load(article.id);
    const auto statuses = [this, place] {
        QList<ReviewStatus> out;
        for (const Mention &m : m_window->annotations()->mentions())
            if (m.entityId == place)
                out << m.status;
        return out;
    };
    QCOMPARE(statuses().size(), 3);
    QVERIFY(statuses().count(ReviewStatus::Suggested) == 3);
    m_window->sidebar()->selectEntity(place);
    m_window->sidebar()->entityView()->setFocus();
    press(Qt::Key_A);
    QVERIFY(statuses().count(ReviewStatus::Confirmed) == 3);
    press(Qt::CTRL | Qt::Key_Z);
    QVERIFY(statuses().count(ReviewStatus::Suggested) == 3);
}

void TestMainWindow::droppedFilesAreImported()
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(testsupport::copySeedArticle(*m_dir))});
    QSignalSpy done(m_window.get(), &MainWindow::importFinished);
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(m_window->articleModel()->totalCount(), 1);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    importSeed();
    m_window->action(QStringLiteral("showFilters"))->setChecked(true);
    QStringList unnamed;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QHeaderView *>(w))
            continue;
        bool insideCompound = false; // Qt's own parts of a compound control are named by it
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            insideCompound = insideCompound || qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p)
                || qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractItemView *>(p);
        if (insideCompound)
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QAbstractButton *>(w);
        if (!control)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool named =
            !w->accessibleName().isEmpty() || (button && !button->text().remove(QLatin1Char('&')).isEmpty());
        if (!named)
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
