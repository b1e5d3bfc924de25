#pragma once

#include "annotations/sidebar.h"
#include "domain/quote.h"
#include "launcharguments.h"
#include "reader/highlightpalette.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QDialog;
class QLabel;
class QPrinter;
class QProgressDialog;
class QThread;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace lede {

class AppSettings;
struct ExportScope;
class ArticleAnnotations;
class ArticleListModel;
class ClaimDesk;
class EntitySpreadController;
class FeedsController;
class FilterPanel;
class FindBar;
class HighlightLegend;
class Library;
class ReaderView;

// The main window: article list | reader | annotation sidebar, with menus, toolbar, search and a
// status bar. It wires the views to the models and turns actions into undo commands; it never
// writes SQL, and every edit goes through the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Library> library, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLibrary(std::unique_ptr<Library> library);
    Library *library() const { return m_library.get(); }

    // Imports on a worker thread with a progress dialog; failures come in one report.
    void importPaths(const QStringList &paths);
    void openArticle(qint64 articleId);
    // A lede://article/ID?start=S&end=E link: opens the article and selects the passage.
    void openLink(const LaunchArguments::ArticleLink &link);
    // What `lede ARG...` names (files to import, a link), at start or handed over by a second
    // `lede` on this library; brings the window to the front.
    void openArguments(const QStringList &arguments);

    QTableView *articleView() const { return m_listView; }
    ArticleListModel *articleModel() const { return m_listModel; }
    ReaderView *reader() const { return m_reader; }
    Sidebar *sidebar() const { return m_sidebar; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    QLineEdit *searchField() const { return m_search; }
    QUndoStack *undoStack() const { return m_undo; }
    ArticleAnnotations *annotations() const { return m_annotations; }
    // View ▸ All Claims, once opened (nullptr before).
    ClaimDesk *claimDesk() const;
    QAction *action(const QString &name) const { return m_actions.value(name); }
    FeedsController *feeds() const { return m_feeds; }
    EntitySpreadController *spreads() const { return m_spreads; }
    // What File ▸ Print prints (the articles selected in the list when there are several, else the
    // open article), on this printer without a dialog. False, with the reason shown, if it could not.
    bool printArticlesTo(QPrinter &printer);
    // File ▸ Back Up Library without its file dialog: a copy of the open library written on a
    // worker thread; the status bar says where, or the error says why not.
    void backUpLibraryTo(const QString &destination);
    // From now on, back up each library opened when its automatic backup is due (Settings), and
    // check again every hour for a window left open for days. The application calls it; tests
    // and screenshots leave it off.
    void startAutomaticBackups();

Q_SIGNALS:
    // Another library was opened (New, Open, Open Recent).
    void libraryChanged(const QString &path);
    void importProgress(int done, int total);
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindow.cpp
    void buildLayout();
    void restoreState();
    void saveState();
    void applyAppearance();
    void applyFilter();
    void currentArticleChanged();
    void updateStatus();
    void updateActions();
    void showError(const QString &message);
    void updateWelcome();
    QList<qint64> selectedArticleIds() const;
    // After an import or Analyse Again on a worker: edits may write again, and the list and the
    // entity counts show what the worker wrote.
    void bulkWriteFinished();
    // A window-modal progress dialog for work on a worker thread, closed by the caller when it ends.
    QProgressDialog *workerProgress(const QString &title, const QString &label);

    // mainwindowactions.cpp
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void createActions();
    void createMenus();
    void createSortMenu(QMenu *menu);
    void createToolBar();
    void rebuildRecentMenu();
    void newLibrary();
    void openLibrary();
    void openLibraryAt(const QString &path, bool create);
    void chooseImport(bool folder);
    void importDemo();
    void tagArticles();
    void trashArticles(bool toTrash);
    void emptyTrash();
    void saveSearch();
    void showSettings();
    void showShortcuts();

    // mainwindowexport.cpp
    void showExport();
    // The articles selected in the list, in list order, as the person sees them.
    QList<qint64> selectedInListOrder() const;

    // mainwindowclaims.cpp
    void showClaimDesk();

    // mainwindowbackup.cpp
    void backUpLibrary();
    void backUpIfDue();
    // The copy on a worker thread; an automatic one shows no progress and removes old backups.
    void startBackup(const QString &destination, bool automatic);

    // mainwindowprint.cpp
    void printArticles(bool preview);
    QList<qint64> articlesToPrint() const;
    bool printTo(const QList<qint64> &articleIds, QPrinter &printer);

    // mainwindowreanalyse.cpp
    void analyseAgain();
    void startReanalysis(const ExportScope &scope);
    // A word for the user when the open article writes its quotation marks as two apostrophes and
    // Lede was not asked to read them so; empty otherwise.
    QString archiveMarksHint() const;

    // mainwindowannotate.cpp
    void createAnnotationActions();
    void markQuote();
    void tagEntity();
    void addNote();
    void recordClaim();
    void changeSpeaker();
    void editAnnotation(Sidebar::Page page, qint64 id);
    void deleteAnnotation();
    void renameEntity();
    void mergeEntities();
    void splitAlias();
    QStringList knownNames();
    bool requireSelection();
    // What Add Note and Record Claim apply to: the reader's selection, or the current quote.
    std::optional<TextSpan> passageToAnnotate() const;
    // Whether an edit naming this entity confirms it (it is new, or not confirmed yet).
    bool confirmsEntity(const QString &name, EntityKind kind);
    // Inside an undo macro, after the edit: the entity confirmed, and suggested in the other articles.
    void pushConfirmAndSpread(const QString &name, EntityKind kind);
    bool isConfirmed(qint64 entityId);
    // Inside an undo macro: names a confirmed entity gained (aliases), suggested in every article.
    void pushSpreadOfNames(const Entity &entity, const QStringList &names);

    // mainwindowreview.cpp
    void setCurrentQuoteStatus(ReviewStatus status);
    void acceptAllQuotes();
    // Accepts suggested quotes of the open article, with what that says about their speakers.
    void acceptQuotes(const QList<Quote> &quotes);
    // The quote's speaker, when it is an entity not confirmed yet (accepting the quote confirms it).
    std::optional<Entity> unconfirmedSpeaker(const Quote &quote);
    void nextUnreviewed();
    void setMentionsStatus(ReviewStatus status);

    std::unique_ptr<Library> m_library;
    AppSettings *m_settings;
    QUndoStack *m_undo;
    ArticleAnnotations *m_annotations;
    ArticleListModel *m_listModel;
    QTableView *m_listView = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    FeedsController *m_feeds = nullptr;
    EntitySpreadController *m_spreads = nullptr;
    QLineEdit *m_search = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    HighlightLegend *m_legend = nullptr;
    Sidebar *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_articleLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    bool m_importing = false;
    QStringList m_queuedImports; // asked for while an import ran
    std::unique_ptr<QPrinter> m_printer; // kept for the session: the printer chosen stays chosen
    QPointer<QDialog> m_printDialog; // it points at m_printer
    QPointer<QThread> m_backup; // a backup being written
    QPointer<ClaimDesk> m_claimDesk; // View ▸ All Claims, once opened
    QTimer *m_backupTimer = nullptr; // set once automatic backups are on
};

} // namespace lede
