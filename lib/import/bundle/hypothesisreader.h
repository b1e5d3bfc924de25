#pragma once

#include "import/sourcereader.h"

#include <QByteArray>

namespace lede {

// Reads Hypothesis's JSON: the client's export ({"annotations": [...]}), an API search result
// ({"rows": [...]}) or a bare array of annotations. Each URL becomes one entry whose annotations
// attach to the library's article with that URL; page notes and replies, which mark no passage,
// are reported and left out.
class HypothesisReader
{
public:
    static bool isHypothesisExport(const QByteArray &bytes);
    static SourceDocument read(const QByteArray &bytes, const QString &origin);
};

} // namespace lede
