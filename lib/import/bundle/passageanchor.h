#pragma once

#include "domain/textspan.h"

#include <QString>
#include <optional>

namespace lede {

// Finds a passage again in an article's text, as W3C TextQuoteSelectors intend: the exact words,
// told apart by the text before and after them and by where they used to be. Falls back to
// matching with any run of white space where the passage has one (copies of a page often differ
// in line breaks). Offsets are code points.
class PassageAnchor
{
public:
    static std::optional<TextSpan> locate(const QString &body, const QString &exact, const QString &prefix = {},
                                          const QString &suffix = {}, std::optional<TextSpan> hint = std::nullopt);
};

} // namespace lede
