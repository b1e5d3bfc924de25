#include "annotations/reanalysiscommand.h"

#include "annotations/articleannotations.h"

#include <QCoreApplication>

namespace lede {

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
    for (const ArticleSuggestions &article : std::as_const(m_after))
        Reanalysis::putBack(library(), article);
}

void ReanalysisCommand::revert()
{
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
