#pragma once

#include "analysis/analyzer.h"
#include "domain/article.h"

#include <QJsonObject>

namespace lede {

class Library;

// The JSON shape of DESIGN.md's `lede-cli analyze` and `show --json`. Offsets are code points.
class ArticleJson
{
public:
    // An article as analysed, before (or without) a library.
    static QJsonObject fromAnalysis(const Article &article, const AnalysisResult &analysis);
    // An article as the library holds it: the analyze shape plus id, status, notes, claims and tags.
    static QJsonObject fromLibrary(Library &library, const Article &article);
    // The metadata members shared by both.
    static QJsonObject metadata(const Article &article);
};

} // namespace lede
