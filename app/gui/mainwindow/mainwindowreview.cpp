// Reviewing suggestions: accepting or rejecting the open article's suggested quotes and mentions.
#include "mainwindow/mainwindow.h"

#include "annotations/articleannotations.h"
#include "annotations/entitycommands.h"
#include "annotations/quotecommands.h"
#include "annotations/quotemodel.h"
#include "annotations/spreadcommands.h"
#include "storage/library.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>

namespace lede {

void MainWindow::setCurrentQuoteStatus(ReviewStatus status)
{
    const std::optional<Quote> q = m_annotations->quote(m_sidebar->currentId(Sidebar::QuotesPage));
    if (!q || q->status == status)
        return;
    if (status == ReviewStatus::Confirmed)
        acceptQuotes({*q});
    else
        m_undo->push(new SetQuoteStatusCommand(m_annotations, *q, status));
}

std::optional<Entity> MainWindow::unconfirmedSpeaker(const Quote &quote)
{
    if (!quote.speakerEntityId || !m_library)
        return std::nullopt;
    std::optional<Entity> speaker;
    try {
        speaker = m_library->entities().find(quote.speakerEntityId);
    } catch (const StorageError &e) {
        showError(e.message());
    }
    if (speaker && speaker->status == ReviewStatus::Confirmed)
        return std::nullopt;
    return speaker;
}

void MainWindow::acceptAllQuotes()
{
    QList<Quote> suggested;
    for (const Quote &q : m_annotations->quotes())
        if (q.status == ReviewStatus::Suggested)
            suggested << q;
    if (suggested.isEmpty()) {
        statusBar()->showMessage(tr("No quotes left to review in this article"), 5000);
        return;
    }
    acceptQuotes(suggested);
}

void MainWindow::acceptQuotes(const QList<Quote> &quotes)
{
    // Accepting a quote says who said it: its speaker's suggested mentions in this article are
    // accepted with it (the name the attribution rests on, and the others), and a speaker not
    // confirmed yet is, and is suggested in the other articles that name it. All in one undo step.
    QList<qint64> speakerIds;
    QList<Entity> unconfirmed;
    for (const Quote &q : quotes) {
        if (!q.speakerEntityId || speakerIds.contains(q.speakerEntityId))
            continue;
        speakerIds << q.speakerEntityId;
        if (const std::optional<Entity> speaker = unconfirmedSpeaker(q))
            unconfirmed << *speaker;
    }
    QList<Mention> mentions;
    for (const Mention &m : m_annotations->mentions())
        if (m.status == ReviewStatus::Suggested && speakerIds.contains(m.entityId))
            mentions << m;

    const bool several = quotes.size() > 1;
    const bool macro = several || !mentions.isEmpty() || !unconfirmed.isEmpty();
    if (macro)
        m_undo->beginMacro(several ? tr("Accept All Quotes")
                                   : QCoreApplication::translate("lede::Commands", "Accept Quote"));
    for (const Quote &q : quotes)
        m_undo->push(new SetQuoteStatusCommand(m_annotations, q, ReviewStatus::Confirmed));
    if (!mentions.isEmpty())
        m_undo->push(new SetMentionStatusCommand(m_annotations, mentions, ReviewStatus::Confirmed));
    if (!several) {
        if (!unconfirmed.isEmpty())
            pushConfirmAndSpread(unconfirmed.first().name, unconfirmed.first().kind);
    } else {
        // Several speakers spread as one group: one progress, and one line when all are done. Each
        // clause of the line is a whole phrase with its own count, so that translations agree.
        QStringList clauses {tr("Accepted %n quote(s)", nullptr, int(quotes.size()))};
        QList<NamedEntity> spread;
        QStringList names;
        for (const Entity &speaker : std::as_const(unconfirmed)) {
            m_undo->push(new ConfirmEntityCommand(m_annotations, speaker.name, speaker.kind));
            spread << NamedEntity {speaker.name, speaker.kind};
            names << speaker.name;
        }
        if (!names.isEmpty())
            //: %1 is a list of names in the language's own form ("A, B and C")
            clauses << tr("Confirmed %n speaker(s): %1", nullptr, int(names.size()))
                           .arg(QLocale().createSeparatedList(names));
        const QString summary = clauses.join(QStringLiteral(" · "));
        if (!spread.isEmpty())
            m_undo->push(
                new SpreadEntityCommand(m_spreads, m_annotations, spread, m_annotations->articleId(), summary));
        statusBar()->showMessage(summary, 8000);
    }
    if (macro)
        m_undo->endMacro();
}

void MainWindow::nextUnreviewed()
{
    const int row = m_sidebar->quoteModel()->nextUnreviewed(m_sidebar->quoteView()->currentIndex().row());
    if (row < 0) {
        statusBar()->showMessage(tr("No quotes left to review in this article"), 5000);
        return;
    }
    m_sidebar->setCurrentIndex(Sidebar::QuotesPage);
    m_sidebar->selectQuoteRow(row);
}

void MainWindow::setMentionsStatus(ReviewStatus status)
{
    const QList<Entity> selected = m_sidebar->selectedEntities();
    if (selected.isEmpty())
        return;
    QList<Mention> suggested;
    for (const Mention &m : m_annotations->mentions())
        if (m.entityId == selected.first().id && m.status == ReviewStatus::Suggested)
            suggested << m;
    if (suggested.isEmpty()) {
        statusBar()->showMessage(tr("No suggested mentions of %1 in this article").arg(selected.first().name), 5000);
        return;
    }
    m_undo->beginMacro(status == ReviewStatus::Confirmed ? tr("Accept Mentions") : tr("Reject Mentions"));
    m_undo->push(new SetMentionStatusCommand(m_annotations, suggested, status));
    // Accepting an entity's mentions confirms it: every other article naming it gets it too.
    const Entity &entity = selected.first();
    if (status == ReviewStatus::Confirmed && confirmsEntity(entity.name, entity.kind))
        pushConfirmAndSpread(entity.name, entity.kind);
    m_undo->endMacro();
    m_sidebar->selectEntity(selected.first().id);
}

} // namespace lede
