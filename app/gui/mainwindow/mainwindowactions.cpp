// The main window's actions, menus and toolbar, and the library-level commands behind them.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "annotations/articlecommands.h"
#include "annotations/entitymodel.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/filterpanel.h"
#include "dialogs/settingsdialog.h"
#include "feeds/feedscontroller.h"
#include "import/importer.h"
#include "import/sourcereader.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lede {

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    m_actions.insert(name, a);
    QMainWindow::addAction(a);
    return a;
}

void MainWindow::createActions()
{
    connect(addAction(QStringLiteral("newLibrary"), tr("&New Library…"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newLibrary);
    connect(addAction(QStringLiteral("openLibrary"), tr("&Open Library…"), QKeySequence::Open), &QAction::triggered,
            this, &MainWindow::openLibrary);
    connect(addAction(QStringLiteral("importFiles"), tr("&Import Files…"), QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, this, [this] { chooseImport(false); });
    connect(addAction(QStringLiteral("importFolder"), tr("Import &Folder…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)),
            &QAction::triggered, this, [this] { chooseImport(true); });
    connect(addAction(QStringLiteral("importDemo"), tr("Import the &Demo Article")), &QAction::triggered, this,
            &MainWindow::importDemo);
    connect(addAction(QStringLiteral("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::showExport);
    connect(addAction(QStringLiteral("backUpLibrary"), tr("&Back Up Library…")), &QAction::triggered, this,
            &MainWindow::backUpLibrary);
    connect(addAction(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print), &QAction::triggered, this,
            [this] { printArticles(false); });
    connect(addAction(QStringLiteral("printPreview"), tr("Print Pre&view…")), &QAction::triggered, this,
            [this] { printArticles(true); });
    QAction *quit = addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on some) as well.
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    m_actions.insert(QStringLiteral("redo"), redo);
    QMainWindow::addAction(undo);
    QMainWindow::addAction(redo);
    // The toolbar keeps short labels, so that its buttons do not jump as the command names change;
    // the menu and the tooltips name the command ("Undo Add Note").
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    QAction *settings = addAction(QStringLiteral("settings"), tr("&Settings…"), QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);

    connect(addAction(QStringLiteral("searchLibrary"), tr("Search the &Library"), QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(addAction(QStringLiteral("findInArticle"), tr("&Find in Article…"), QKeySequence::Find),
            &QAction::triggered, m_findBar, &FindBar::activate);
    connect(addAction(QStringLiteral("findNext"), tr("Find &Next"), QKeySequence::FindNext), &QAction::triggered,
            m_findBar, &FindBar::findNext);
    connect(addAction(QStringLiteral("findPrevious"), tr("Find Pre&vious"), QKeySequence::FindPrevious),
            &QAction::triggered, m_findBar, &FindBar::findPrevious);
    QAction *filters =
        addAction(QStringLiteral("showFilters"), tr("Show Filt&ers"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filters->setCheckable(true);
    connect(filters, &QAction::toggled, this, [this](bool on) {
        m_filterPanel->setVisible(on);
        if (!on) {
            m_filterPanel->clear();
            applyFilter();
        }
    });
    QAction *trash =
        addAction(QStringLiteral("showTrash"), tr("Show &Trash"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    trash->setCheckable(true);
    connect(trash, &QAction::toggled, this, [this] {
        applyFilter();
        updateActions();
    });
    connect(addAction(QStringLiteral("allClaims"), tr("All &Claims…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
            &QAction::triggered, this, &MainWindow::showClaimDesk);
    connect(addAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, m_reader,
            [this] { m_reader->zoomIn(1); });
    connect(addAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, m_reader,
            [this] { m_reader->zoomOut(1); });
    connect(addAction(QStringLiteral("zoomReset"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, m_reader, &ReaderView::resetZoom);
    connect(addAction(QStringLiteral("focusList"), tr("Go to Article Li&st"), QKeySequence(Qt::CTRL | Qt::Key_1)),
            &QAction::triggered, this, [this] { m_listView->setFocus(); });
    connect(addAction(QStringLiteral("focusReader"), tr("Go to &Reader"), QKeySequence(Qt::CTRL | Qt::Key_2)),
            &QAction::triggered, this, [this] { m_reader->setFocus(); });
    connect(addAction(QStringLiteral("focusSidebar"), tr("&Go to Annotations"), QKeySequence(Qt::CTRL | Qt::Key_3)),
            &QAction::triggered, this, [this] { m_sidebar->focusCurrentView(); });

    connect(addAction(QStringLiteral("openLink"), tr("Open &Link in Browser"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered, this, [this] {
                if (m_annotations->article() && !m_annotations->article()->url.isEmpty())
                    QDesktopServices::openUrl(QUrl(m_annotations->article()->url));
            });
    connect(addAction(QStringLiteral("tagArticles"), tr("&Tag Articles…"), QKeySequence(Qt::CTRL | Qt::Key_T)),
            &QAction::triggered, this, &MainWindow::tagArticles);
    QAction *toTrash = addAction(QStringLiteral("trashArticles"), tr("&Move to Trash"), QKeySequence::Delete);
    // Delete means the articles only while the list has focus.
    toTrash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(toTrash);
    m_listView->addAction(toTrash);
    connect(toTrash, &QAction::triggered, this, [this] { trashArticles(true); });
    connect(addAction(QStringLiteral("restoreArticles"), tr("&Restore from Trash"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, [this] { trashArticles(false); });
    connect(addAction(QStringLiteral("emptyTrash"), tr("&Empty Trash…")), &QAction::triggered, this,
            &MainWindow::emptyTrash);
    connect(addAction(QStringLiteral("analyseAgain"), tr("&Analyse Again…")), &QAction::triggered, this,
            &MainWindow::analyseAgain);
    connect(
        addAction(QStringLiteral("saveSearch"), tr("&Save Search…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
        &QAction::triggered, this, &MainWindow::saveSearch);

    connect(addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = addAction(QStringLiteral("about"), tr("&About Lede"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("About Lede"),
                            tr("<b>Lede %1</b><p>Browse and annotate news coverage: quotes, speakers, entities, "
                               "notes and claims.</p>")
                                .arg(QApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createMenus()
{
    const auto a = [this](const char *name) {
        return m_actions.value(QString::fromLatin1(name));
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a("newLibrary"), a("openLibrary")});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(a("backUpLibrary"));
    file->addSeparator();
    file->addActions({a("importFiles"), a("importFolder"), a("importDemo")});
    file->addActions(m_feeds->fileActions());
    file->addSeparator();
    file->addActions({a("export"), a("printPreview"), a("print")});
    file->addSeparator();
    file->addAction(a("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a("undo"), a("redo")});
    edit->addSeparator();
    edit->addAction(a("settings"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a("searchLibrary"), a("findInArticle"), a("findNext"), a("findPrevious")});
    view->addSeparator();
    view->addActions({a("showFilters"), a("showTrash"), a("allClaims")});
    createSortMenu(view->addMenu(tr("Sort Articles &By")));
    view->addSeparator();
    view->addActions({a("zoomIn"), a("zoomOut"), a("zoomReset")});
    view->addSeparator();
    view->addActions({a("focusList"), a("focusReader"), a("focusSidebar")});

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addActions({a("openLink"), a("tagArticles"), a("trashArticles"), a("restoreArticles"), a("emptyTrash")});
    article->addSeparator();
    article->addAction(a("analyseAgain"));
    article->addSeparator();
    article->addAction(a("saveSearch"));

    QMenu *annotate = menuBar()->addMenu(tr("A&nnotate"));
    annotate->addActions({a("markQuote"), a("tagEntity"), a("addNote"), a("recordClaim")});
    annotate->addSeparator();
    annotate->addActions(
        {a("acceptQuote"), a("acceptAllQuotes"), a("rejectQuote"), a("nextUnreviewed"), a("changeSpeaker")});
    annotate->addSeparator();
    annotate->addActions({a("editAnnotation"), a("deleteAnnotation")});
    annotate->addSeparator();
    annotate->addActions(
        {a("acceptMentions"), a("rejectMentions"), a("renameEntity"), a("mergeEntities"), a("splitAlias")});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a("shortcuts"), a("about")});
}

// The list's sort from the keyboard: the header's columns, and the direction.
void MainWindow::createSortMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("sortMenu"));
    auto *columns = new QActionGroup(menu);
    for (int column = ArticleListModel::Title; column < ArticleListModel::ColumnCount; ++column) {
        if (!ArticleListModel::isSortable(column))
            continue;
        QAction *by = menu->addAction(m_listModel->headerData(column, Qt::Horizontal).toString());
        by->setObjectName(QStringLiteral("sortBy%1").arg(column));
        by->setCheckable(true);
        columns->addAction(by);
        connect(by, &QAction::triggered, this,
                [this, column] { m_listView->sortByColumn(column, m_listModel->sortOrder()); });
    }
    menu->addSeparator();
    QAction *descending = menu->addAction(tr("&Descending"));
    descending->setObjectName(QStringLiteral("sortDescending"));
    descending->setCheckable(true);
    connect(descending, &QAction::triggered, this, [this](bool on) {
        m_listView->sortByColumn(m_listModel->sortColumn(), on ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(menu, &QMenu::aboutToShow, this, [this, menu, descending] {
        const QString current = QStringLiteral("sortBy%1").arg(m_listModel->sortColumn());
        for (QAction *by : menu->actions())
            if (by->isCheckable() && by != descending)
                by->setChecked(by->objectName() == current);
        descending->setChecked(m_listModel->sortOrder() == Qt::DescendingOrder);
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    const auto a = [this](const char *name) {
        return m_actions.value(QString::fromLatin1(name));
    };
    bar->addActions({a("importFiles"), a("undo"), a("redo")});
    bar->addSeparator();
    bar->addActions({a("markQuote"), a("tagEntity"), a("addNote"), a("recordClaim")});
    bar->addSeparator();
    bar->addAction(a("showFilters"));
    // The toolbar's own, shorter labels (the menus keep the full ones), so that longer translations
    // leave room for the search field. English keeps the menus' words.
    a("importFiles")->setIconText(tr("Import Files…", "toolbar"));
    a("markQuote")->setIconText(tr("Mark as Quote…", "toolbar"));
    a("tagEntity")->setIconText(tr("Tag Entity…", "toolbar"));
    a("addNote")->setIconText(tr("Add Note…", "toolbar"));
    a("recordClaim")->setIconText(tr("Record Claim…", "toolbar"));
    a("showFilters")->setIconText(tr("Show Filters", "toolbar"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search the library (Ctrl+K): words, \"a phrase\", negr*, NOT trump"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_listView->setFocus();
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentLibraries();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path));
        connect(a, &QAction::triggered, this, [this, path] { openLibraryAt(path, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openLibraryAt(const QString &path, bool create)
{
    try {
        setLibrary(std::make_unique<Library>(
            path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist));
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    } catch (const StorageError &e) {
        showError(tr("The library %1 cannot be opened: %2").arg(path, e.message()));
    }
}

void MainWindow::newLibrary()
{
    auto *dialog =
        new QFileDialog(this, tr("New Library"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Lede libraries (*.lede)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("lede"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile::remove(path); // the dialog asked about replacing it
        openLibraryAt(path, true);
    });
    dialog->open();
}

void MainWindow::openLibrary()
{
    auto *dialog =
        new QFileDialog(this, tr("Open Library"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Lede libraries (*.lede);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openLibraryAt(path, false); });
    dialog->open();
}

void MainWindow::chooseImport(bool folder)
{
    auto *dialog = new QFileDialog(this, folder ? tr("Import Folder") : tr("Import Files"));
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (!folder)
        dialog->setNameFilter(tr("Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importPaths);
    dialog->open();
}

void MainWindow::importDemo()
{
    if (!m_library)
        return;
    QFile seed(QStringLiteral(":/demo/santa-monica-sanctuary-policy.txt"));
    if (!seed.open(QIODevice::ReadOnly))
        return;
    try {
        const QList<ImportOutcome> outcomes =
            Importer(*m_library)
                .importDocument(
                    SourceReader::readBytes(seed.readAll(), QStringLiteral("santa-monica-sanctuary-policy.txt")));
        m_listModel->reload();
        m_sidebar->entityModel()->unload();
        updateWelcome();
        if (!outcomes.isEmpty() && outcomes.first().articleId)
            openArticle(outcomes.first().articleId);
    } catch (const StorageError &e) {
        showError(e.message());
    }
}

void MainWindow::tagArticles()
{
    const QList<qint64> ids = selectedArticleIds();
    if (ids.isEmpty() || !m_library)
        return;
    QStringList tags;
    for (const Tag &t : m_library->tags().all())
        tags << t.name;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Tag Articles"));
    dialog->setLabelText(tr("Tag for %n article(s):", nullptr, int(ids.size())));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(tags);
    dialog->setTextValue(QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString &tag) {
        if (!tag.trimmed().isEmpty())
            m_undo->push(new TagArticlesCommand(m_annotations, ids, tag));
        if (m_filterPanel->isVisible())
            m_filterPanel->refresh();
    });
    dialog->open();
}

void MainWindow::trashArticles(bool toTrash)
{
    const QList<qint64> ids = selectedArticleIds();
    if (ids.isEmpty() || toTrash == m_listModel->filter().trashed)
        return;
    const int row = m_listView->currentIndex().row();
    m_undo->push(new TrashArticlesCommand(m_annotations, ids, toTrash));
    if (m_listModel->rowCount() > 0)
        m_listView->setCurrentIndex(m_listModel->index(std::min(row, m_listModel->rowCount() - 1), 0));
    statusBar()->showMessage(toTrash ? tr("%n article(s) moved to the trash (Ctrl+Z to undo)", nullptr, int(ids.size()))
                                     : tr("%n article(s) restored", nullptr, int(ids.size())),
                             8000);
}

void MainWindow::emptyTrash()
{
    if (!m_library)
        return;
    const int count = m_library->articles().count(true);
    if (count == 0) {
        statusBar()->showMessage(tr("The trash is empty"), 5000);
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Empty Trash"),
                        tr("Delete %n article(s) in the trash for good, with their annotations? This cannot be undone.",
                           nullptr, count),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() != box->button(QMessageBox::Discard))
            return;
        try {
            const int removed = m_library->articles().emptyTrash();
            // Commands may refer to what is gone.
            m_undo->clear();
            m_listModel->reload();
            statusBar()->showMessage(tr("%n article(s) deleted", nullptr, removed), 8000);
        } catch (const StorageError &e) {
            showError(e.message());
        }
    });
    box->open();
}

void MainWindow::saveSearch()
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Save Search"));
    dialog->setLabelText(tr("Name of the search (the query and the filters):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        m_filterPanel->saveCurrent(name, m_search->text());
        statusBar()->showMessage(tr("Saved the search \"%1\"").arg(name.trimmed()), 5000);
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    if (!m_library)
        return;
    auto *dialog = new SettingsDialog(m_settings, m_library->claims().verdictScale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->apply();
        if (dialog->verdictScaleChanged() && !dialog->verdictScale().verdicts().isEmpty()) {
            try {
                m_library->claims().setVerdictScale(dialog->verdictScale());
            } catch (const StorageError &e) {
                showError(e.message());
            }
        }
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    // Menu by menu, in menu order, so that the list reads like the menus.
    QString html;
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QString rows;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu() || a->shortcut().isEmpty())
                continue;
            QString text = a->text().remove(QLatin1Char('&'));
            if (a == m_actions.value(QStringLiteral("undo")))
                text = tr("Undo");
            else if (a == m_actions.value(QStringLiteral("redo")))
                text = tr("Redo");
            rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                        .arg(text.toHtmlEscaped(), a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<h3>%1</h3><table>%2</table>")
                        .arg(menu->title().remove(QLatin1Char('&')).toHtmlEscaped(), rows);
    }
    html += tr("<h3>Annotations sidebar</h3><p>Alt+Q, Alt+I, Alt+O, Alt+L: Quotes, Entities, Notes, Claims. "
               "The one-key shortcuts (A, R, N, S, M, P, F2, Del) work while that list has the focus; "
               "Return edits the current row.</p>"
               "<h3>Reader</h3><p>Move with the arrow keys, select with Shift; Return on a highlight shows it in "
               "the sidebar. Ctrl+F finds text and selects it, ready to annotate.</p>");
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(tr("Keyboard shortcuts"));
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 36);
    dialog->open();
}

} // namespace lede
