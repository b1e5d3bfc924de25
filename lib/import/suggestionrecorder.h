#pragma once

#include "analysis/analyzer.h"
#include "domain/article.h"

namespace lede {

class Library;

// Stores an analysis of an article as suggestions: entities (found or created, with the mention's
// words as an alias), mentions and quotes with their speakers. Suggestions from an earlier analysis
// are replaced; what an editor confirmed or rejected is kept, and a new suggestion on the same span
// as one of those is dropped. Runs inside the caller's transaction.
class SuggestionRecorder
{
public:
    explicit SuggestionRecorder(Library &library);

    void record(const Article &article, const AnalysisResult &analysis);

private:
    Library &m_library;
};

} // namespace lede
