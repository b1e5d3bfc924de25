#pragma once

#include "domain/entity.h"
#include "domain/textspan.h"
#include "reader/highlightpalette.h"

#include <QTabWidget>
#include <optional>

class QAbstractItemView;
class QCheckBox;
class QLineEdit;
class QTableView;
class QTreeView;

namespace lede {

class ArticleAnnotations;
class ClaimModel;
class EntityFilterProxy;
class EntityModel;
class NoteModel;
class QuoteColumns;
class QuoteModel;

// The annotation sidebar: Quotes, Entities, Notes and Claims of the open article (entities of the
// whole library, grouped by kind). Selecting a row reveals its passage in the reader.
class Sidebar : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { QuotesPage, EntitiesPage, NotesPage, ClaimsPage };

    explicit Sidebar(ArticleAnnotations *annotations, QWidget *parent = nullptr);

    // Tool buttons for the page; the actions' shortcuts work while focus is in the page.
    void setPageActions(Page page, const QList<QAction *> &actions);
    QWidget *pageWidget(Page page) const;
    QAbstractItemView *view(Page page) const;

    QuoteModel *quoteModel() const { return m_quoteModel; }
    NoteModel *noteModel() const { return m_noteModel; }
    ClaimModel *claimModel() const { return m_claimModel; }
    EntityModel *entityModel() const { return m_entityModel; }
    QTableView *quoteView() const { return m_quoteView; }
    QTreeView *entityView() const { return m_entityView; }

    qint64 currentId(Page page) const;
    // The selected entities (for merging), current first.
    QList<Entity> selectedEntities() const;
    void selectAnnotation(HighlightKind kind, qint64 id);
    void selectEntity(qint64 entityId);
    void selectQuoteRow(int row);
    // Focuses the current page's list.
    void focusCurrentView();
    // Widens the quote list's Kind and Status columns to their longest label where the sidebar has
    // room (after restoring saved widths, or a change of language); see QuoteColumns.
    void fitColumns();

Q_SIGNALS:
    // A row's passage and, for a quote, the mention of its speaker (empty when there is none).
    void spanSelected(const lede::TextSpan &span, const lede::TextSpan &speaker);
    // Return or double-click on a row.
    void rowActivated(lede::Sidebar::Page page, qint64 id);

private:
    QWidget *makePage(Page page, QAbstractItemView *view, QWidget *extra = nullptr);
    void watchSelection(QAbstractItemView *view);

    ArticleAnnotations *m_annotations;
    QuoteModel *m_quoteModel;
    NoteModel *m_noteModel;
    ClaimModel *m_claimModel;
    EntityModel *m_entityModel;
    EntityFilterProxy *m_entityProxy;
    QTableView *m_quoteView;
    QuoteColumns *m_quoteColumns = nullptr;
    QTreeView *m_entityView;
    QTableView *m_noteView;
    QTableView *m_claimView;
    QLineEdit *m_entityFilter;
    QCheckBox *m_articleOnly;
    QList<QWidget *> m_pages;
    QList<QWidget *> m_buttonRows;
    bool m_restoringSelection = false;
};

} // namespace lede
