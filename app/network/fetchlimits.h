#pragma once

#include <QtGlobal>

namespace lede {

// What one fetch may cost at most. The defaults suit news pages and feeds: a page of 16 MB is
// already far beyond any article, and a server silent for 30 s is not going to answer.
struct FetchLimits
{
    int idleTimeoutMs = 30000; // no byte (or no answer at all) for this long: give up
    int totalTimeoutMs = 120000; // a server trickling bytes forever is stopped here
    int maxRedirects = 5;
    qint64 maxBytes = 16 * 1024 * 1024; // after decompression
};

} // namespace lede
