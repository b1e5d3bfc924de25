#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "annotations/entitymodel.h"
#include "annotations/entityspreadcontroller.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/filterpanel.h"
#include "claims/claimdesk.h"
#include "feeds/feedscontroller.h"
#include "feeds/feedspanel.h"
#include "importing/importworker.h"
#include "reader/findbar.h"
#include "reader/highlightlegend.h"
#include "reader/readerview.h"
#include "settings/appsettings.h"
#include "storage/library.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGui, "lede.gui")

namespace lede {

MainWindow::MainWindow(std::unique_ptr<Library> library, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undo(new QUndoStack(this))
    , m_annotations(new ArticleAnnotations(this))
    , m_listModel(new ArticleListModel(this))
{
    setAcceptDrops(true);
    buildLayout();
    createActions();
    createAnnotationActions();
    createMenus();
    createToolBar();
    applyAppearance();
    restoreState();
    connect(m_settings, &AppSettings::appearanceChanged, this, &MainWindow::applyAppearance);
    connect(m_annotations, &ArticleAnnotations::errorOccurred, this, &MainWindow::showError);
    connect(m_annotations, &ArticleAnnotations::articleRequested, this, &MainWindow::openArticle);
    connect(m_annotations, &ArticleAnnotations::articleLoaded, this, [this] {
        if (const QString hint = archiveMarksHint(); !hint.isEmpty())
            statusBar()->showMessage(hint, 15000);
    });
    connect(m_annotations, &ArticleAnnotations::articleCountsChanged, this, [this](qint64 id) {
        m_listModel->refreshArticle(id);
        updateStatus();
    });
    connect(m_annotations, &ArticleAnnotations::articlesTrashedOrRestored, this, [this](const QList<qint64> &) {
        m_listModel->reload();
        updateWelcome();
    });
    connect(m_annotations, &ArticleAnnotations::entitiesChanged, m_filterPanel, [this] {
        if (m_filterPanel->isVisible())
            m_filterPanel->refresh();
    });
    connect(m_listModel, &ArticleListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_listModel, &ArticleListModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    setLibrary(std::move(library));
}

MainWindow::~MainWindow()
{
    // The models hold a pointer to the library, a print dialog one to m_printer: let them go first.
    delete m_printDialog;
    if (m_backup) {
        m_backup->wait(); // let the copy finish rather than leave a part of it
        delete m_backup.data();
    }
    m_spreads->stopAll();
    m_annotations->setLibrary(nullptr);
    m_listModel->setLibrary(nullptr);
    m_feeds->setLibrary(nullptr);
}

void MainWindow::buildLayout()
{
    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("articleList"));
    m_listView->setAccessibleName(tr("Articles"));
    m_listView->setModel(m_listModel);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->horizontalHeader()->setSortIndicator(m_listModel->sortColumn(), m_listModel->sortOrder());
    m_listView->setSortingEnabled(true);
    m_listView->setWordWrap(false);
    m_listView->setAlternatingRowColors(true);
    m_listView->setTabKeyNavigation(false);
    m_listView->verticalHeader()->hide();
    // Uniform rows: the view never measures rows it has not shown.
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_listView->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().averageCharWidth();
    m_listView->setColumnWidth(ArticleListModel::Title, em * 30);
    m_listView->setColumnWidth(ArticleListModel::Outlet, em * 12);
    m_listView->setColumnWidth(ArticleListModel::Byline, em * 14);
    m_listView->setColumnWidth(ArticleListModel::Date, em * 14);
    // Count columns: as wide as their (translated) header, with room for the sort arrow.
    const QFontMetrics headerMetrics(m_listView->horizontalHeader()->font());
    for (int c = ArticleListModel::Quotes; c <= ArticleListModel::Review; ++c)
        m_listView->setColumnWidth(
            c, headerMetrics.horizontalAdvance(m_listModel->headerData(c, Qt::Horizontal).toString()) + em * 5);
    m_listView->setColumnWidth(
        ArticleListModel::Review,
        std::max(m_listView->columnWidth(ArticleListModel::Review),
                 headerMetrics.horizontalAdvance(ArticleListModel::tr("%n to review", nullptr, 88)) + em * 2));
    // The date says most about a story after its title: show it second.
    m_listView->horizontalHeader()->moveSection(ArticleListModel::Date, ArticleListModel::Outlet);
    connect(
        m_listView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
            // Tags are not sortable: put the indicator back.
            if (!ArticleListModel::isSortable(column))
                m_listView->horizontalHeader()->setSortIndicator(m_listModel->sortColumn(), m_listModel->sortOrder());
        });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentArticleChanged);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    // Return (or a double click) on an article: read it, as a mail client opens a message.
    connect(m_listView, &QAbstractItemView::activated, this, [this] { m_reader->setFocus(Qt::OtherFocusReason); });
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_listModel->rowCount() > 0 && !m_listView->currentIndex().isValid())
            m_listView->setCurrentIndex(m_listModel->index(0, 0));
        else if (m_listModel->rowCount() == 0)
            m_annotations->load(0);
    });

    m_filterPanel = new FilterPanel(this);
    m_filterPanel->setVisible(false);
    connect(m_filterPanel, &FilterPanel::changed, this, &MainWindow::applyFilter);
    connect(m_filterPanel, &FilterPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_filterPanel, &FilterPanel::savedSearchChosen, this, [this](const ArticleFilter &f) {
        m_search->setText(f.text);
        m_filterPanel->setFilter(f);
        applyFilter();
    });

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterPanel);
    m_feeds = new FeedsController(this);
    listLayout->insertWidget(0, m_feeds->panel());
    connect(m_feeds, &FeedsController::feedFilterChanged, this, &MainWindow::applyFilter);
    connect(m_feeds, &FeedsController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_feeds, &FeedsController::articlesChanged, this, [this](qint64 open) {
        m_listModel->reload();
        updateWelcome();
        if (open)
            openArticle(open);
    });
    listLayout->addWidget(m_listView, 1);

    m_reader = new ReaderView(m_annotations, this);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_findBar = new FindBar(m_reader, this);
    m_findBar->hide();
    m_legend = new HighlightLegend(this);
    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_legend);
    readerLayout->addWidget(m_reader, 1);
    readerLayout->addWidget(m_findBar);
    connect(m_reader, &ReaderView::annotationActivated, this,
            [this](HighlightKind kind, qint64 id) { m_sidebar->selectAnnotation(kind, id); });
    connect(m_reader, &ReaderView::commandLinkActivated, this, [this](const QString &command) {
        if (command == QLatin1String("demo"))
            importDemo();
        else if (command == QLatin1String("import"))
            chooseImport(false);
    });
    connect(m_reader, &QTextEdit::selectionChanged, this, &MainWindow::updateActions);

    m_sidebar = new Sidebar(m_annotations, this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    connect(m_sidebar, &Sidebar::spanSelected, m_reader, &ReaderView::reveal);
    connect(m_sidebar, &Sidebar::rowActivated, this, &MainWindow::editAnnotation);
    connect(m_sidebar, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_sidebar, &Sidebar::spanSelected, this, &MainWindow::updateActions); // a quote to annotate

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(readerPane);
    m_splitter->addWidget(m_sidebar);
    m_splitter->setChildrenCollapsible(false);
    // Dragged narrow, a pane still reads: the reader's title would otherwise stack letter by letter.
    readerPane->setMinimumWidth(em * 32);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Article count"));
    m_articleLabel = new QLabel(this);
    m_articleLabel->setAccessibleName(tr("Annotations of the open article"));
    m_spreads = new EntitySpreadController(m_annotations, this);
    connect(m_spreads, &EntitySpreadController::finished, this,
            [this](const QList<qint64> &entityIds, const QString &message) {
                statusBar()->showMessage(message, 8000);
                // A list filtered by one of those entities has new members.
                if (entityIds.contains(m_listModel->filter().entityId))
                    applyFilter();
            });
    statusBar()->addPermanentWidget(m_spreads->statusWidget());
    statusBar()->addPermanentWidget(m_articleLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
}

void MainWindow::setLibrary(std::unique_ptr<Library> library)
{
    m_spreads->stopAll();
    m_undo->clear();
    // Point everything at the new library before the old one closes.
    std::unique_ptr<Library> old = std::move(m_library);
    m_library = std::move(library);
    m_sidebar->entityModel()->unload();
    m_annotations->setLibrary(m_library.get());
    m_filterPanel->setLibrary(m_library.get());
    m_listModel->setLibrary(m_library.get());
    m_feeds->setLibrary(m_library.get());
    if (m_sidebar->currentIndex() == Sidebar::EntitiesPage)
        m_sidebar->entityModel()->ensureLoaded();
    old.reset();
    // What a spread of the last session left undone (the window closed mid-way) goes on.
    m_spreads->resumeRecorded();
    if (m_library) {
        setWindowTitle(tr("%1 — Lede").arg(QFileInfo(m_library->path()).completeBaseName()));
        m_settings->addRecentLibrary(m_library->path());
        rebuildRecentMenu();
        Q_EMIT libraryChanged(m_library->path());
    }
    updateWelcome();
    updateActions();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_library && m_listModel->totalCount() == 0 && !m_listModel->filter().trashed
        && m_listModel->filter() == ArticleFilter();
    if (empty) {
        m_reader->setWelcomeText(
            tr("<h2>Welcome to Lede</h2><p>This library has no articles yet.</p>"
               "<p><a href=\"lede:demo\">Add the demo article</a> (a city-council story with quotes to review), "
               "or <a href=\"lede:import\">import files</a> (File ▸ Import Files, Ctrl+I), or drop files on this "
               "window.</p>"));
    } else {
        m_reader->setWelcomeText(tr("<p>Select an article in the list.</p>"));
    }
}

void MainWindow::restoreState()
{
    QSettings *s = m_settings->store();
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({320, 460, 500}); // the sidebar's quote list needs the room most
    m_listView->horizontalHeader()->restoreState(s->value(QStringLiteral("window/articleColumns")).toByteArray());
    m_sidebar->quoteView()->horizontalHeader()->restoreState(
        s->value(QStringLiteral("window/quoteColumns")).toByteArray());
    m_sidebar->fitColumns();
    m_filterPanel->setVisible(s->value(QStringLiteral("window/filtersVisible"), false).toBool());
    m_actions.value(QStringLiteral("showFilters"))->setChecked(m_filterPanel->isVisibleTo(this));
    // The restored header carries the sort it was saved with.
    const QHeaderView *header = m_listView->horizontalHeader();
    if (ArticleListModel::isSortable(header->sortIndicatorSection()))
        m_listModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveState()
{
    QSettings *s = m_settings->store();
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/articleColumns"), m_listView->horizontalHeader()->saveState());
    s->setValue(QStringLiteral("window/quoteColumns"), m_sidebar->quoteView()->horizontalHeader()->saveState());
    s->setValue(QStringLiteral("window/filtersVisible"), m_filterPanel->isVisibleTo(this));
    // Quitting with the claims desk open does not hide it first.
    if (m_claimDesk && m_claimDesk->isVisible())
        m_claimDesk->saveState();
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::applyAppearance()
{
    QHash<HighlightKind, QColor> colors;
    for (HighlightKind kind : {HighlightKind::Quote, HighlightKind::Entity, HighlightKind::Note, HighlightKind::Claim})
        colors.insert(kind, m_settings->highlightColor(kind));
    const HighlightPalette palette(colors, m_reader->palette());
    m_reader->setHighlightPalette(palette);
    m_legend->setHighlightPalette(palette);
    m_reader->setBaseFontSize(m_settings->readerFontSize());
}

void MainWindow::applyFilter()
{
    m_searchTimer->stop();
    ArticleFilter f = m_filterPanel->filter(m_search->text());
    f.trashed = m_actions.value(QStringLiteral("showTrash"))->isChecked();
    f.feedId = m_feeds->currentFeedId();
    const qint64 current = m_annotations->articleId();
    m_listModel->setFilter(f);
    const int row = m_listModel->rowOf(current);
    if (row >= 0)
        m_listView->setCurrentIndex(m_listModel->index(row, 0));
    updateStatus();
}

void MainWindow::openArticle(qint64 articleId)
{
    const int row = m_listModel->rowOf(articleId);
    if (row >= 0) {
        m_listView->setCurrentIndex(m_listModel->index(row, 0));
        m_listView->scrollTo(m_listModel->index(row, 0));
    }
    // Not in the list (filtered out, in the trash, not fetched yet), or its row was current already.
    if (m_annotations->articleId() != articleId)
        m_annotations->load(articleId);
}

void MainWindow::openLink(const LaunchArguments::ArticleLink &link)
{
    if (!m_library || !m_library->articles().find(link.articleId)) {
        showError(tr("lede://article/%1: there is no such article in %2")
                      .arg(link.articleId)
                      .arg(m_library ? m_library->path() : QString()));
        return;
    }
    openArticle(link.articleId);
    const TextSpan span {link.start, link.end};
    if (link.start < 0)
        return;
    if (!m_annotations->offsets().isValidSpan(span)) {
        statusBar()->showMessage(
            tr("The linked passage (%1–%2) is not in this version of the article").arg(link.start).arg(link.end),
            10000);
        return;
    }
    m_reader->selectSpan(span);
    m_reader->setFocus();
}

void MainWindow::openArguments(const QStringList &arguments)
{
    const LaunchArguments launch = LaunchArguments::classify(arguments);
    if (!launch.imports.isEmpty())
        importPaths(launch.imports);
    if (launch.link)
        openLink(*launch.link);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::currentArticleChanged()
{
    const qint64 id = m_listModel->articleId(m_listView->currentIndex().row());
    if (id != m_annotations->articleId()) {
        m_annotations->load(id);
        m_feeds->markRead(id);
    }
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    const ArticleFilter &f = m_listModel->filter();
    const int total = m_listModel->totalCount();
    if (f.trashed)
        m_countLabel->setText(tr("%n article(s) in the trash", nullptr, total));
    else if (f == ArticleFilter())
        m_countLabel->setText(tr("%n article(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%n article(s) match", nullptr, total));
    if (!m_annotations->article()) {
        m_articleLabel->clear();
        return;
    }
    int quotes = 0;
    int review = 0;
    for (const Quote &q : m_annotations->quotes()) {
        quotes += q.status != ReviewStatus::Rejected;
        review += q.status == ReviewStatus::Suggested;
    }
    //: Status bar: "12 quotes (3 to review) · 2 notes · 1 claim"
    m_articleLabel->setText(tr("%1 (%2) · %3 · %4")
                                .arg(tr("%n quote(s)", nullptr, quotes), tr("%n to review", nullptr, review),
                                     tr("%n note(s)", nullptr, int(m_annotations->notes().size())),
                                     tr("%n claim(s)", nullptr, int(m_annotations->claims().size()))));
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_listView->selectionModel()->selectedRows())
        ids << m_listModel->articleId(index.row());
    if (ids.isEmpty() && m_listView->currentIndex().isValid())
        ids << m_listModel->articleId(m_listView->currentIndex().row());
    return ids;
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcGui) << message;
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lede"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::bulkWriteFinished()
{
    m_importing = false;
    m_spreads->setPaused(false);
    m_listModel->reload();
    m_sidebar->entityModel()->unload();
    if (m_sidebar->currentIndex() == Sidebar::EntitiesPage)
        m_sidebar->entityModel()->ensureLoaded();
}

QProgressDialog *MainWindow::workerProgress(const QString &title, const QString &label)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // short work shows none
    // The worker's finished signal closes it: a cancelled one finishes its article first.
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_library || paths.isEmpty())
        return;
    if (m_importing) {
        // Files dropped or handed over meanwhile: they follow this import.
        m_queuedImports << paths;
        statusBar()->showMessage(
            tr("%n more file(s) or folder(s) will be imported next", nullptr, int(m_queuedImports.size())), 8000);
        return;
    }
    m_importing = true;
    m_spreads->setPaused(true); // its writes would wait for the import's
    auto *thread = new QThread(this);
    auto *worker = new ImportWorker(m_library->path(), paths);
    worker->moveToThread(thread);
    QProgressDialog *progress = workerProgress(tr("Import"), tr("Importing…"));
    connect(thread, &QThread::started, worker, &ImportWorker::run);
    // Direct: the flag is atomic, and the worker's own thread is busy importing.
    connect(
        progress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    connect(worker, &ImportWorker::progress, progress, [this, progress](int done, int total, const QString &current) {
        // Once cancelled, the dialog stays closed while the worker finishes the article it is on.
        if (progress->wasCanceled())
            return;
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Importing %1").arg(current));
        Q_EMIT importProgress(done, total);
    });
    connect(worker, &ImportWorker::finished, this,
            [this, thread, worker, progress](int imported, int skipped, const QStringList &failures, qint64 first,
                                             bool cancelled) {
                progress->close();
                progress->deleteLater();
                thread->quit();
                thread->wait();
                // Its thread has stopped, so no event loop would ever run a deleteLater for it.
                delete worker;
                thread->deleteLater();
                bulkWriteFinished();
                updateWelcome();
                if (first)
                    openArticle(first);
                QString summary = tr("%n article(s) imported", nullptr, imported);
                if (skipped)
                    summary += QStringLiteral(", ") + tr("%n already in the library", nullptr, skipped);
                if (cancelled)
                    summary += QStringLiteral(", ") + tr("cancelled");
                // Cancel stops what was queued behind this import too.
                if (cancelled && !m_queuedImports.isEmpty())
                    summary += QStringLiteral(" ")
                        + tr("(%n queued file(s) or folder(s) not imported)", nullptr, int(m_queuedImports.size()));
                const QStringList next = cancelled ? QStringList() : m_queuedImports;
                m_queuedImports.clear();
                const QString hint = archiveMarksHint();
                statusBar()->showMessage(hint.isEmpty() ? summary : summary + QStringLiteral(" — ") + hint, 15000);
                if (!failures.isEmpty()) {
                    auto *report =
                        new QMessageBox(QMessageBox::Warning, tr("Import"),
                                        summary + QStringLiteral(". ")
                                            + tr("%n file(s) could not be imported.", nullptr, int(failures.size())),
                                        QMessageBox::Ok, this);
                    report->setDetailedText(failures.join(QLatin1Char('\n')));
                    report->setAttribute(Qt::WA_DeleteOnClose);
                    report->setObjectName(QStringLiteral("importReport"));
                    report->open();
                }
                Q_EMIT importFinished();
                if (!next.isEmpty())
                    QTimer::singleShot(0, this, [this, next] { importPaths(next); });
            });
    thread->start();
}

} // namespace lede
