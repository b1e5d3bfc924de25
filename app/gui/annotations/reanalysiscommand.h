#pragma once

#include "annotations/librarycommand.h"
#include "import/reanalysis.h"

namespace lede {

// Article ▸ Analyse Again… of one article, as an undo step: the analysis has run (on a worker)
// when the command is pushed, so its first redo does nothing. Undo puts the suggestions it replaced
// back, redo the fresh ones again; the editor's quotes and mentions are never touched either way.
class ReanalysisCommand : public LibraryCommand
{
public:
    ReanalysisCommand(ArticleAnnotations *annotations, ArticleSuggestions before, ArticleSuggestions after);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    ArticleSuggestions m_before;
    ArticleSuggestions m_after;
    bool m_done = true; // the worker applied it already
};

} // namespace lede
