#pragma once

#include "annotations/librarycommand.h"
#include "import/reanalysis.h"

namespace lede {

// Article ▸ Analyse Again…, as an undo step: the analysis has run (on a worker) when the command is
// pushed, so its first redo does nothing. Undo puts the suggestions it replaced back in every
// article it analysed, redo the fresh ones again, in one transaction; the editor's quotes and
// mentions are never touched either way.
class ReanalysisCommand : public LibraryCommand
{
public:
    // `before` and `after` hold the same articles in the same order.
    ReanalysisCommand(ArticleAnnotations *annotations, QList<ArticleSuggestions> before,
                      QList<ArticleSuggestions> after);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QList<ArticleSuggestions> m_before;
    QList<ArticleSuggestions> m_after;
    bool m_done = true; // the worker applied it already
};

} // namespace lede
