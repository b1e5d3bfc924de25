#pragma once

#include <QString>

namespace lede {

// News archives often write a quotation mark as two apostrophes: ''We will vote,'' she said.
// The quotation rules know real marks only; this rewrites such pairs into a straight mark and a
// space, keeping every other character where it was, so that positions found in the rewritten
// text are positions in the original.
namespace ApostropheQuotes {

// The body with each opening '' (before a word) as ` "` and each closing '' (after one) as `" `;
// a null string when the body has no such pair.
QString asQuotationMarks(const QString &body);

} // namespace ApostropheQuotes

} // namespace lede
