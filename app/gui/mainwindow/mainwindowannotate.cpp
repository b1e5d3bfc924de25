// Annotating: the Annotate menu's actions, the sidebar's, and the dialogs that feed undo commands.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "annotations/claimcommands.h"
#include "annotations/entitycommands.h"
#include "annotations/entitymodel.h"
#include "annotations/entityspreadcontroller.h"
#include "annotations/notecommands.h"
#include "annotations/quotecommands.h"
#include "annotations/quotemodel.h"
#include "annotations/spreadcommands.h"
#include "articlelist/articlelistmodel.h"
#include "dialogs/claimdialog.h"
#include "dialogs/entitydialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/quotedialog.h"
#include "reader/readerview.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>

namespace lede {
namespace {

// The names a merge gives an entity that it did not have.
QStringList newAliases(const Entity &into, const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        if (name != into.name && !into.aliases.contains(name) && !out.contains(name))
            out << name;
    return out;
}

} // namespace

void MainWindow::createAnnotationActions()
{
    QAction *mark =
        addAction(QStringLiteral("markQuote"), tr("Mark as &Quote…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(mark, &QAction::triggered, this, &MainWindow::markQuote);
    QAction *entity =
        addAction(QStringLiteral("tagEntity"), tr("Tag &Entity…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(entity, &QAction::triggered, this, &MainWindow::tagEntity);
    QAction *note =
        addAction(QStringLiteral("addNote"), tr("Add &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(note, &QAction::triggered, this, &MainWindow::addNote);
    QAction *claim =
        addAction(QStringLiteral("recordClaim"), tr("Record &Claim…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(claim, &QAction::triggered, this, &MainWindow::recordClaim);
    m_reader->setContextActions({mark, entity, note, claim});

    // One key each, while the quotes list has focus.
    const auto pageAction = [this](const char *name, const QString &text, const QKeySequence &key) {
        QAction *a = addAction(QString::fromLatin1(name), text, key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // Only the sidebar page (and the menu) carries it, or the key would work window-wide.
        removeAction(a);
        return a;
    };
    QAction *accept = pageAction("acceptQuote", tr("&Accept Suggestion"), QKeySequence(Qt::Key_A));
    connect(accept, &QAction::triggered, this, [this] { setCurrentQuoteStatus(ReviewStatus::Confirmed); });
    QAction *acceptAll =
        pageAction("acceptAllQuotes", tr("Accept A&ll Suggested Quotes"), QKeySequence(Qt::SHIFT | Qt::Key_A));
    connect(acceptAll, &QAction::triggered, this, &MainWindow::acceptAllQuotes);
    QAction *reject = pageAction("rejectQuote", tr("&Reject Suggestion"), QKeySequence(Qt::Key_R));
    connect(reject, &QAction::triggered, this, [this] { setCurrentQuoteStatus(ReviewStatus::Rejected); });
    QAction *next = pageAction("nextUnreviewed", tr("Ne&xt Unreviewed"), QKeySequence(Qt::Key_N));
    connect(next, &QAction::triggered, this, &MainWindow::nextUnreviewed);
    QAction *speaker = pageAction("changeSpeaker", tr("Change &Speaker…"), QKeySequence(Qt::Key_S));
    connect(speaker, &QAction::triggered, this, &MainWindow::changeSpeaker);
    // Short labels on the sidebar's buttons; the menu keeps the full ones.
    accept->setIconText(tr("Accept"));
    acceptAll->setIconText(tr("Accept All"));
    reject->setIconText(tr("Reject"));
    next->setIconText(tr("Next"));
    speaker->setIconText(tr("Speaker…"));
    m_sidebar->setPageActions(Sidebar::QuotesPage, {accept, acceptAll, reject, next, speaker});

    QAction *rename = pageAction("renameEntity", tr("Rename or Re-&kind Entity…"), QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, &MainWindow::renameEntity);
    QAction *merge = pageAction("mergeEntities", tr("&Merge Entities…"), QKeySequence(Qt::Key_M));
    connect(merge, &QAction::triggered, this, &MainWindow::mergeEntities);
    QAction *split = pageAction("splitAlias", tr("S&plit Alias Out…"), QKeySequence(Qt::Key_P));
    connect(split, &QAction::triggered, this, &MainWindow::splitAlias);
    QAction *acceptMentions =
        pageAction("acceptMentions", tr("Accept Entity's Mentions Here"), QKeySequence(Qt::Key_A));
    connect(acceptMentions, &QAction::triggered, this, [this] { setMentionsStatus(ReviewStatus::Confirmed); });
    QAction *rejectMentions =
        pageAction("rejectMentions", tr("Reject Entity's Mentions Here"), QKeySequence(Qt::Key_R));
    connect(rejectMentions, &QAction::triggered, this, [this] { setMentionsStatus(ReviewStatus::Rejected); });
    acceptMentions->setIconText(tr("Accept"));
    rejectMentions->setIconText(tr("Reject"));
    rename->setIconText(tr("Edit…"));
    merge->setIconText(tr("Merge…"));
    split->setIconText(tr("Split…"));
    m_sidebar->setPageActions(Sidebar::EntitiesPage, {acceptMentions, rejectMentions, rename, merge, split});

    QAction *edit = addAction(QStringLiteral("editAnnotation"), tr("Ed&it Note or Claim…"));
    connect(edit, &QAction::triggered, this, [this] {
        const auto page = Sidebar::Page(m_sidebar->currentIndex());
        editAnnotation(page, m_sidebar->currentId(page));
    });
    QAction *remove = pageAction("deleteAnnotation", tr("&Delete Note or Claim"), QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteAnnotation);
    edit->setIconText(tr("Edit…"));
    remove->setIconText(tr("Delete"));
    m_sidebar->setPageActions(Sidebar::NotesPage, {edit, remove});
    m_sidebar->setPageActions(Sidebar::ClaimsPage, {edit, remove});
}

void MainWindow::updateActions()
{
    const bool article = m_annotations->article().has_value();
    const bool selection = article && m_reader->selectedSpan().has_value();
    for (const char *name : {"markQuote", "tagEntity"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(selection);
    const bool passage = article && passageToAnnotate().has_value();
    for (const char *name : {"addNote", "recordClaim"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(passage);
    const bool trash = m_listModel->filter().trashed;
    const bool any = m_listView->currentIndex().isValid();
    m_actions.value(QStringLiteral("trashArticles"))->setEnabled(any && !trash);
    m_actions.value(QStringLiteral("restoreArticles"))->setEnabled(any && trash);
    m_actions.value(QStringLiteral("tagArticles"))->setEnabled(any && !trash);
    m_actions.value(QStringLiteral("openLink"))->setEnabled(article && !m_annotations->article()->url.isEmpty());
}

bool MainWindow::requireSelection()
{
    if (m_reader->selectedSpan())
        return true;
    statusBar()->showMessage(tr("Select some text in the article first"), 5000);
    return false;
}

std::optional<TextSpan> MainWindow::passageToAnnotate() const
{
    // The text selected in the reader; else the quote current in the sidebar's list, so that a
    // fact-checker reviewing quotes records a claim or a note on one without selecting it by hand.
    if (std::optional<TextSpan> selected = m_reader->selectedSpan())
        return selected;
    if (m_sidebar->currentIndex() == Sidebar::QuotesPage)
        if (const std::optional<Quote> q = m_annotations->quote(m_sidebar->currentId(Sidebar::QuotesPage)))
            return q->span;
    return std::nullopt;
}

QStringList MainWindow::knownNames()
{
    m_sidebar->entityModel()->ensureLoaded();
    return m_sidebar->entityModel()->names();
}

bool MainWindow::confirmsEntity(const QString &name, EntityKind kind)
{
    if (name.trimmed().isEmpty() || !m_library)
        return false;
    try {
        const std::optional<Entity> entity = findEntityNamed(*m_library, name.trimmed(), kind);
        return !entity || entity->status != ReviewStatus::Confirmed;
    } catch (const StorageError &e) {
        showError(e.message());
        return false;
    }
}

void MainWindow::pushConfirmAndSpread(const QString &name, EntityKind kind)
{
    m_undo->push(new ConfirmEntityCommand(m_annotations, name, kind));
    // The article it was confirmed in is the editor's to review.
    m_undo->push(new SpreadEntityCommand(m_spreads, m_annotations, name, kind, {}, m_annotations->articleId()));
}

bool MainWindow::isConfirmed(qint64 entityId)
{
    // Read from the library: the entity list's copy is not re-read when only a status changes.
    try {
        const std::optional<Entity> entity = m_library ? m_library->entities().find(entityId) : std::nullopt;
        return entity && entity->status == ReviewStatus::Confirmed;
    } catch (const StorageError &e) {
        showError(e.message());
        return false;
    }
}

void MainWindow::pushSpreadOfNames(const Entity &entity, const QStringList &names)
{
    if (!names.isEmpty() && isConfirmed(entity.id))
        m_undo->push(new SpreadEntityCommand(m_spreads, m_annotations, entity.name, entity.kind, names, 0));
}

void MainWindow::markQuote()
{
    if (!requireSelection())
        return;
    const TextSpan span = *m_reader->selectedSpan();
    const Article article = *m_annotations->article();
    auto *dialog = new QuoteDialog(m_annotations->text(span), knownNames(), this);
    dialog->setObjectName(QStringLiteral("quoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, span, article] {
        Quote q;
        q.articleId = article.id;
        q.versionId = article.versionId;
        q.span = span;
        q.kind = dialog->kind();
        const QString speaker = dialog->speaker();
        const bool confirms = confirmsEntity(speaker, EntityKind::Person);
        if (confirms)
            m_undo->beginMacro(QCoreApplication::translate("lede::Commands", "Mark as Quote"));
        auto *command = new AddQuoteCommand(m_annotations, q, speaker);
        m_undo->push(command);
        if (confirms) {
            pushConfirmAndSpread(speaker, EntityKind::Person);
            m_undo->endMacro();
        }
        m_sidebar->selectAnnotation(HighlightKind::Quote, command->quoteId());
    });
    dialog->open();
}

void MainWindow::tagEntity()
{
    if (!requireSelection())
        return;
    const TextSpan span = *m_reader->selectedSpan();
    const Article article = *m_annotations->article();
    const QString text = m_annotations->text(span).simplified();
    auto *dialog = new EntityDialog(tr("Tag Entity"), text, EntityKind::Person, knownNames(), this);
    dialog->setObjectName(QStringLiteral("entityDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, span, article] {
        Mention m;
        m.articleId = article.id;
        m.versionId = article.versionId;
        m.span = span;
        const bool confirms = confirmsEntity(dialog->name(), dialog->kind());
        if (confirms)
            m_undo->beginMacro(QCoreApplication::translate("lede::Commands", "Tag Entity"));
        m_undo->push(new TagEntityCommand(m_annotations, m, dialog->name(), dialog->kind()));
        if (confirms) {
            pushConfirmAndSpread(dialog->name(), dialog->kind());
            m_undo->endMacro();
        }
    });
    dialog->open();
}

void MainWindow::addNote()
{
    const std::optional<TextSpan> passage = passageToAnnotate();
    if (!passage) {
        statusBar()->showMessage(tr("Select some text in the article first"), 5000);
        return;
    }
    const TextSpan span = *passage;
    const Article article = *m_annotations->article();
    auto *dialog = new NoteDialog(m_annotations->text(span), this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, span, article] {
        Note n;
        n.articleId = article.id;
        n.versionId = article.versionId;
        n.span = span;
        n.text = dialog->text();
        auto *command = new AddNoteCommand(m_annotations, n);
        m_undo->push(command);
        m_sidebar->selectAnnotation(HighlightKind::Note, command->noteId());
    });
    dialog->open();
}

void MainWindow::recordClaim()
{
    const std::optional<TextSpan> passage = passageToAnnotate();
    if (!passage) {
        statusBar()->showMessage(tr("Select some text in the article first"), 5000);
        return;
    }
    const TextSpan span = *passage;
    const Article article = *m_annotations->article();
    Claim c;
    c.articleId = article.id;
    c.versionId = article.versionId;
    c.span = span;
    c.summary = m_annotations->text(span).simplified();
    auto *dialog = new ClaimDialog(c, m_annotations->text(span), m_library->claims().verdictScale(), this);
    dialog->setObjectName(QStringLiteral("claimDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new AddClaimCommand(m_annotations, dialog->claim());
        m_undo->push(command);
        m_sidebar->selectAnnotation(HighlightKind::Claim, command->claimId());
    });
    dialog->open();
}

void MainWindow::changeSpeaker()
{
    const std::optional<Quote> q = m_annotations->quote(m_sidebar->currentId(Sidebar::QuotesPage));
    if (!q)
        return;
    auto *dialog = new QuoteDialog(m_annotations->text(q->span), knownNames(), this);
    dialog->setObjectName(QStringLiteral("speakerDialog"));
    dialog->setSpeakerOnly(true);
    dialog->setSpeaker(q->speakerName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Quote quote = *q;
    connect(dialog, &QDialog::accepted, this, [this, dialog, quote] {
        const QString speaker = dialog->speaker();
        if (speaker == quote.speakerName)
            return;
        const bool confirms = confirmsEntity(speaker, EntityKind::Person);
        if (confirms)
            m_undo->beginMacro(QCoreApplication::translate("lede::Commands", "Change Speaker"));
        m_undo->push(new SetQuoteSpeakerCommand(m_annotations, quote, speaker));
        if (confirms) {
            pushConfirmAndSpread(speaker, EntityKind::Person);
            m_undo->endMacro();
        }
    });
    dialog->open();
}

void MainWindow::editAnnotation(Sidebar::Page page, qint64 id)
{
    if (page == Sidebar::QuotesPage) {
        changeSpeaker();
    } else if (page == Sidebar::NotesPage) {
        const std::optional<Note> n = m_annotations->note(id);
        if (!n)
            return;
        auto *dialog = new NoteDialog(m_annotations->text(n->span), this);
        dialog->setObjectName(QStringLiteral("noteDialog"));
        dialog->setText(n->text);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Note note = *n;
        connect(dialog, &QDialog::accepted, this, [this, dialog, note] {
            if (dialog->text() != note.text)
                m_undo->push(new EditNoteCommand(m_annotations, note, dialog->text()));
        });
        dialog->open();
    } else if (page == Sidebar::ClaimsPage) {
        const std::optional<Claim> c = m_annotations->claim(id);
        if (!c)
            return;
        auto *dialog = new ClaimDialog(*c, m_annotations->text(c->span), m_library->claims().verdictScale(), this);
        dialog->setObjectName(QStringLiteral("claimDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Claim before = *c;
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, before] { m_undo->push(new EditClaimCommand(m_annotations, before, dialog->claim())); });
        dialog->open();
    } else if (page == Sidebar::EntitiesPage) {
        renameEntity();
    }
}

void MainWindow::deleteAnnotation()
{
    const auto page = Sidebar::Page(m_sidebar->currentIndex());
    const qint64 id = m_sidebar->currentId(page);
    if (page == Sidebar::NotesPage) {
        if (const std::optional<Note> n = m_annotations->note(id))
            m_undo->push(new RemoveNoteCommand(m_annotations, *n));
    } else if (page == Sidebar::ClaimsPage) {
        if (const std::optional<Claim> c = m_annotations->claim(id))
            m_undo->push(new RemoveClaimCommand(m_annotations, *c));
    }
}

void MainWindow::renameEntity()
{
    const QList<Entity> selected = m_sidebar->selectedEntities();
    if (selected.isEmpty())
        return;
    const Entity entity = selected.first();
    auto *dialog = new EntityDialog(tr("Edit Entity"), entity.name, entity.kind, {}, this);
    dialog->setObjectName(QStringLiteral("entityDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entity] {
        const bool renamed = dialog->name() != entity.name;
        const bool rekinded = dialog->kind() != entity.kind;
        // A confirmed entity's new name is an alias to find in the articles too.
        const bool spreads = renamed && !entity.aliases.contains(dialog->name().trimmed()) && isConfirmed(entity.id);
        const bool macro = int(renamed) + int(rekinded) + int(spreads) > 1;
        if (macro)
            m_undo->beginMacro(tr("Edit Entity"));
        if (renamed)
            m_undo->push(new RenameEntityCommand(m_annotations, entity, dialog->name()));
        if (rekinded)
            m_undo->push(new SetEntityKindCommand(m_annotations, entity, dialog->kind()));
        if (spreads) {
            Entity edited = entity;
            edited.name = dialog->name().trimmed();
            edited.kind = dialog->kind();
            pushSpreadOfNames(edited, {edited.name});
        }
        if (macro)
            m_undo->endMacro();
        m_sidebar->selectEntity(entity.id);
    });
    dialog->open();
}

void MainWindow::mergeEntities()
{
    const QList<Entity> selected = m_sidebar->selectedEntities();
    if (selected.isEmpty())
        return;
    if (selected.size() >= 2) {
        // Two or more selected: the current one absorbs the others.
        const Entity into = selected.first();
        m_undo->beginMacro(tr("Merge Entities"));
        QStringList gained;
        for (int i = 1; i < selected.size(); ++i) {
            m_undo->push(new MergeEntitiesCommand(m_annotations, into.id, selected.at(i).id));
            gained << selected.at(i).aliases;
        }
        pushSpreadOfNames(into, newAliases(into, gained));
        m_undo->endMacro();
        m_sidebar->selectEntity(into.id);
        statusBar()->showMessage(tr("Merged %n entity(ies) into %1", nullptr, int(selected.size() - 1)).arg(into.name),
                                 8000);
        return;
    }
    const Entity from = selected.first();
    QStringList names;
    QList<qint64> ids;
    for (const Entity &e : m_sidebar->entityModel()->allEntities()) {
        if (e.id == from.id)
            continue;
        names << tr("%1 (%2)").arg(e.name, EntityModel::kindName(e.kind));
        ids << e.id;
    }
    if (ids.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("mergeDialog"));
    dialog->setWindowTitle(tr("Merge Entities"));
    dialog->setLabelText(tr("Merge \"%1\" and its aliases into:").arg(from.name));
    dialog->setComboBoxItems(names);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, names, ids, from](const QString &choice) {
        const int index = int(names.indexOf(choice));
        if (index < 0)
            return;
        const std::optional<Entity> into =
            m_sidebar->entityModel()->entity(m_sidebar->entityModel()->indexOf(ids.at(index)));
        const QStringList gained = into ? newAliases(*into, from.aliases) : QStringList();
        const bool spreads = into && !gained.isEmpty() && isConfirmed(into->id);
        if (spreads)
            m_undo->beginMacro(tr("Merge Entities"));
        m_undo->push(new MergeEntitiesCommand(m_annotations, ids.at(index), from.id));
        if (spreads) {
            pushSpreadOfNames(*into, gained);
            m_undo->endMacro();
        }
        m_sidebar->selectEntity(ids.at(index));
    });
    dialog->open();
}

void MainWindow::splitAlias()
{
    const QList<Entity> selected = m_sidebar->selectedEntities();
    if (selected.isEmpty())
        return;
    const Entity entity = selected.first();
    QStringList aliases = entity.aliases;
    aliases.removeAll(entity.name);
    if (aliases.isEmpty()) {
        statusBar()->showMessage(tr("%1 has no other alias to split out").arg(entity.name), 5000);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("splitDialog"));
    dialog->setWindowTitle(tr("Split Alias Out"));
    dialog->setLabelText(tr("Make this alias of \"%1\" an entity of its own:").arg(entity.name));
    dialog->setComboBoxItems(aliases);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, entity](const QString &alias) {
        // The alias becomes a confirmed entity of its own, to be found in the articles as such.
        m_undo->beginMacro(QCoreApplication::translate("lede::Commands", "Split Alias"));
        m_undo->push(new SplitAliasCommand(m_annotations, entity.id, alias));
        m_undo->push(new SpreadEntityCommand(m_spreads, m_annotations, alias, entity.kind, {}, 0));
        m_undo->endMacro();
    });
    dialog->open();
}

} // namespace lede
