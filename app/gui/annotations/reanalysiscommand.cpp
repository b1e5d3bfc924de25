#include "annotations/reanalysiscommand.h"

#include "annotations/articleannotations.h"

#include <QCoreApplication>

namespace lede {

ReanalysisCommand::ReanalysisCommand(ArticleAnnotations *annotations, ArticleSuggestions before,
                                     ArticleSuggestions after)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Analyse Again"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setArticle(m_after.articleId);
}

void ReanalysisCommand::apply()
{
    if (m_done) {
        m_done = false;
        return;
    }
    Reanalysis::putBack(library(), m_after);
}

void ReanalysisCommand::revert()
{
    Reanalysis::putBack(library(), m_before);
}

void ReanalysisCommand::notify()
{
    // The entity list: entities come back with the suggestions, or leave with them.
    annotations()->articleEdited(m_after.articleId);
    annotations()->entitiesEdited();
}

} // namespace lede
