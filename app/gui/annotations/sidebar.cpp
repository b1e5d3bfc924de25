#include "annotations/sidebar.h"

#include "annotations/annotationroles.h"
#include "annotations/articleannotations.h"
#include "annotations/claimmodel.h"
#include "annotations/entityfilterproxy.h"
#include "annotations/entitymodel.h"
#include "annotations/notemodel.h"
#include "annotations/quotecolumns.h"
#include "annotations/quotemodel.h"
#include "domain/quote.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lede {
namespace {

void setUpTable(QTableView *view, QAbstractItemModel *model, const QString &name)
{
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

Sidebar::Sidebar(ArticleAnnotations *annotations, QWidget *parent)
    : QTabWidget(parent)
    , m_annotations(annotations)
    , m_quoteModel(new QuoteModel(annotations, this))
    , m_noteModel(new NoteModel(annotations, this))
    , m_claimModel(new ClaimModel(annotations, this))
    , m_entityModel(new EntityModel(annotations, this))
    , m_entityProxy(new EntityFilterProxy(this))
    , m_quoteView(new QTableView(this))
    , m_entityView(new QTreeView(this))
    , m_noteView(new QTableView(this))
    , m_claimView(new QTableView(this))
    , m_entityFilter(new QLineEdit(this))
    , m_articleOnly(new QCheckBox(tr("This arti&cle only"), this))
{
    setAccessibleName(tr("Annotations"));
    setUsesScrollButtons(false);
    setUpTable(m_quoteView, m_quoteModel, tr("Quotes"));
    setUpTable(m_noteView, m_noteModel, tr("Notes"));
    setUpTable(m_claimView, m_claimModel, tr("Claims"));
    m_quoteView->horizontalHeader()->moveSection(QuoteModel::Text, QuoteModel::ColumnCount - 1);
    m_quoteColumns = new QuoteColumns(m_quoteView);
    const int em = fontMetrics().averageCharWidth();
    // Two lines a row: a speaker's name wraps rather than be cut (see QuoteColumns), and the quote
    // shows twice as many of its words.
    m_quoteView->setWordWrap(true);
    m_quoteView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_quoteView->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 8);
    m_noteView->setColumnWidth(NoteModel::Passage, em * 28);
    m_claimView->setColumnWidth(ClaimModel::Summary, em * 28);

    m_entityProxy->setSourceModel(m_entityModel);
    m_entityView->setModel(m_entityProxy);
    m_entityView->setAccessibleName(tr("Entities"));
    m_entityView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entityView->setAlternatingRowColors(true);
    m_entityView->setUniformRowHeights(true);
    m_entityView->header()->setStretchLastSection(false);
    m_entityView->header()->setSectionResizeMode(EntityModel::Name, QHeaderView::Stretch);
    m_entityView->header()->setSectionResizeMode(EntityModel::Mentions, QHeaderView::ResizeToContents);
    m_entityView->header()->setSectionResizeMode(EntityModel::InArticle, QHeaderView::ResizeToContents);
    m_entityView->header()->resizeSection(EntityModel::Aliases, fontMetrics().averageCharWidth() * 14);
    m_entityView->setSortingEnabled(true);
    m_entityView->sortByColumn(EntityModel::Name, Qt::AscendingOrder);
    connect(m_entityProxy, &QAbstractItemModel::modelReset, m_entityView, &QTreeView::expandAll);
    connect(m_entityProxy, &QAbstractItemModel::rowsInserted, m_entityView, &QTreeView::expandAll);
    connect(m_entityProxy, &QAbstractItemModel::layoutChanged, m_entityView, &QTreeView::expandAll);

    m_entityFilter->setPlaceholderText(tr("Filter entities"));
    m_entityFilter->setAccessibleName(tr("Filter entities by name or alias"));
    m_entityFilter->setClearButtonEnabled(true);
    m_articleOnly->setAccessibleName(tr("Show only the entities of this article"));
    connect(m_entityFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_entityProxy->setText(text);
        m_entityView->expandAll();
    });
    connect(m_articleOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_entityProxy->setArticleOnly(only);
        m_entityView->expandAll();
    });
    auto *entityFilters = new QWidget(this);
    auto *filterRow = new QHBoxLayout(entityFilters);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_entityFilter, 1);
    filterRow->addWidget(m_articleOnly);

    addTab(makePage(QuotesPage, m_quoteView), tr("&Quotes"));
    addTab(makePage(EntitiesPage, m_entityView, entityFilters), tr("Ent&ities"));
    addTab(makePage(NotesPage, m_noteView), tr("N&otes"));
    addTab(makePage(ClaimsPage, m_claimView), tr("C&laims"));
    // Entities are read for the whole library: only when someone looks at them.
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == EntitiesPage)
            m_entityModel->ensureLoaded();
    });
    watchSelection(m_quoteView);
    watchSelection(m_noteView);
    watchSelection(m_claimView);
    connect(m_entityView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // Show the entity's first mention in the open article.
                const qint64 id = current.siblingAtColumn(0).data(IdRole).toLongLong();
                for (const Mention &m : m_annotations->mentions()) {
                    if (m.entityId == id && m.status != ReviewStatus::Rejected) {
                        Q_EMIT spanSelected(m.span, {});
                        return;
                    }
                }
            });
}

QWidget *Sidebar::makePage(Page page, QAbstractItemView *view, QWidget *extra)
{
    auto *widget = new QWidget(this);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(4, 4, 4, 4);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(view, 1);
    auto *buttons = new QWidget(widget);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    layout->addWidget(buttons);
    m_pages.insert(page, widget);
    m_buttonRows.insert(page, buttons);
    connect(view, &QAbstractItemView::activated, this, [this, page](const QModelIndex &index) {
        const qint64 id = index.siblingAtColumn(0).data(IdRole).toLongLong();
        if (id)
            Q_EMIT rowActivated(page, id);
    });
    return widget;
}

void Sidebar::watchSelection(QAbstractItemView *view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || m_restoringSelection)
            return;
        Q_EMIT spanSelected({current.data(SpanStartRole).toInt(), current.data(SpanEndRole).toInt()},
                            {current.data(SpeakerStartRole).toInt(), current.data(SpeakerEndRole).toInt()});
    });
    // Keep the same annotation current across the resets that follow an edit.
    auto *model = view->model();
    auto remembered = std::make_shared<qint64>(0);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [view, remembered] { *remembered = view->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this, view, model, remembered] {
        if (!*remembered)
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(IdRole).toLongLong() == *remembered) {
                m_restoringSelection = true;
                view->setCurrentIndex(model->index(row, 0));
                m_restoringSelection = false;
                return;
            }
        }
    });
}

void Sidebar::setPageActions(Page page, const QList<QAction *> &actions)
{
    QWidget *buttons = m_buttonRows.at(page);
    auto *row = static_cast<QHBoxLayout *>(buttons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        button->setToolTip(action->toolTip());
        row->insertWidget(row->count() - 1, button);
        m_pages.at(page)->addAction(action);
    }
}

QWidget *Sidebar::pageWidget(Page page) const
{
    return m_pages.at(page);
}

QAbstractItemView *Sidebar::view(Page page) const
{
    switch (page) {
    case QuotesPage:
        return m_quoteView;
    case EntitiesPage:
        return m_entityView;
    case NotesPage:
        return m_noteView;
    case ClaimsPage:
        return m_claimView;
    }
    return nullptr;
}

qint64 Sidebar::currentId(Page page) const
{
    return view(page)->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong();
}

QList<Entity> Sidebar::selectedEntities() const
{
    QList<Entity> out;
    const QModelIndex current = m_entityProxy->mapToSource(m_entityView->currentIndex().siblingAtColumn(0));
    if (const std::optional<Entity> e = m_entityModel->entity(current))
        out << *e;
    for (const QModelIndex &index : m_entityView->selectionModel()->selectedRows()) {
        const std::optional<Entity> e = m_entityModel->entity(m_entityProxy->mapToSource(index));
        if (e && (out.isEmpty() || out.constFirst().id != e->id))
            out << *e;
    }
    return out;
}

void Sidebar::selectAnnotation(HighlightKind kind, qint64 id)
{
    switch (kind) {
    case HighlightKind::Quote:
        setCurrentIndex(QuotesPage);
        selectQuoteRow(m_quoteModel->rowOf(id));
        break;
    case HighlightKind::Note:
        setCurrentIndex(NotesPage);
        m_noteView->selectRow(m_noteModel->rowOf(id));
        break;
    case HighlightKind::Claim:
        setCurrentIndex(ClaimsPage);
        m_claimView->selectRow(m_claimModel->rowOf(id));
        break;
    case HighlightKind::Entity:
        if (const std::optional<Mention> m = m_annotations->mention(id))
            selectEntity(m->entityId);
        break;
    }
}

void Sidebar::selectQuoteRow(int row)
{
    if (row < 0)
        return;
    m_quoteView->selectRow(row);
    m_quoteView->scrollTo(m_quoteModel->index(row, 0));
}

void Sidebar::selectEntity(qint64 entityId)
{
    setCurrentIndex(EntitiesPage);
    m_entityModel->ensureLoaded();
    m_entityView->expandAll();
    const QModelIndex index = m_entityProxy->mapFromSource(m_entityModel->indexOf(entityId));
    if (index.isValid()) {
        m_entityView->setCurrentIndex(index);
        m_entityView->scrollTo(index);
    }
}

void Sidebar::fitColumns()
{
    m_quoteColumns->fitLabels();
}

void Sidebar::focusCurrentView()
{
    QAbstractItemView *v = view(Page(currentIndex()));
    v->setFocus();
    if (v->currentIndex().isValid() || v->model()->rowCount() == 0)
        return;
    // On the quotes, start where the work is: the first suggestion.
    const int row = currentIndex() == QuotesPage ? std::max(0, m_quoteModel->nextUnreviewed(-1)) : 0;
    v->setCurrentIndex(v->model()->index(row, 0));
}

} // namespace lede
