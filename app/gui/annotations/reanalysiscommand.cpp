#include "annotations/reanalysiscommand.h"

#include "annotations/articleannotations.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QScopeGuard>

namespace lede {
namespace {

// Putting back 500 articles' suggestions keeps the window busy for about half a second
// (bench/lede-undo-bench): long enough to show it is working.
auto busyCursorFor(qsizetype articles)
{
    const bool busy = articles > 1;
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    return qScopeGuard([busy] {
        if (busy)
            QGuiApplication::restoreOverrideCursor();
    });
}

} // namespace

ReanalysisCommand::ReanalysisCommand(ArticleAnnotations *annotations, QList<ArticleSuggestions> before,
                                     QList<ArticleSuggestions> after)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Analyse Again"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    // One article: undo shows it. Several: the reader stays where the person is.
    if (m_after.size() == 1)
        setArticle(m_after.first().articleId);
}

void ReanalysisCommand::apply()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const auto restoreCursor = busyCursorFor(m_after.size());
    for (const ArticleSuggestions &article : std::as_const(m_after))
        Reanalysis::putBack(library(), article);
}

void ReanalysisCommand::revert()
{
    const auto restoreCursor = busyCursorFor(m_before.size());
    for (const ArticleSuggestions &article : std::as_const(m_before))
        Reanalysis::putBack(library(), article);
}

void ReanalysisCommand::notify()
{
    // The entity list: entities come back with the suggestions, or leave with them.
    for (const ArticleSuggestions &article : std::as_const(m_after))
        annotations()->articleEdited(article.articleId);
    annotations()->entitiesEdited();
}

} // namespace lede
