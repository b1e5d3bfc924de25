#pragma once

#include <QString>

namespace lede {

// Much British and Australian news opens its quotations with single marks (‘We will not back
// down,’ said the prime minister) and keeps double marks for a quotation inside one. The quotation
// rules read double marks as quotations and single marks as nested ones, so an article written
// that way is read with the two swapped: every mark stays one character at its place, and what is
// found in the swapped text is found in the original.
namespace SingleMarkQuotes {

// The body with its single-mark quotations as “…” and its double marks as single ones, when the
// article quotes with single marks; a null string when it does not (double marks open more
// quotations than single ones do, or no single-mark quotation closes).
QString asDoubleMarks(const QString &body);

} // namespace SingleMarkQuotes

} // namespace lede
