#include "export/passagecontext.h"

#include "domain/textoffsets.h"

#include <algorithm>

namespace lede {

PassageContext PassageContext::of(const QString &body, const TextOffsets &offsets, const TextSpan &span,
                                  int contextLength)
{
    PassageContext c;
    c.exact = offsets.slice(body, span);
    const int before = std::max(0, span.start - contextLength);
    const int after = std::min(offsets.codePointLength(), span.end + contextLength);
    c.prefix = offsets.slice(body, {before, span.start});
    c.suffix = offsets.slice(body, {span.end, after});
    return c;
}

} // namespace lede
