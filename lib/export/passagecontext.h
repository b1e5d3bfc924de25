#pragma once

#include "domain/textspan.h"

#include <QString>

namespace lede {

class TextOffsets;

// A passage of an article body with the words around it: what a W3C TextQuoteSelector carries,
// so that the passage can be found again in a copy of the text that has shifted.
struct PassageContext
{
    QString exact;
    QString prefix;
    QString suffix;

    // Prefix and suffix of up to contextLength code points; never splits a surrogate pair.
    static PassageContext of(const QString &body, const TextOffsets &offsets, const TextSpan &span,
                             int contextLength = 32);
};

} // namespace lede
