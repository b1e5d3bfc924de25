#pragma once

namespace lede {

// A range of an article body in Unicode code points, end exclusive: the unit of every external
// interface (CLI JSON, exports) and of the store. See textoffsets.h for the conversion from QString.
struct TextSpan
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool isValid() const { return start >= 0 && end >= start; }
    bool contains(const TextSpan &other) const { return start <= other.start && other.end <= end; }
    bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace lede
