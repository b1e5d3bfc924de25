#pragma once

#include <QString>

namespace lede {

// Where a suggestion stands: analysis writes Suggested; only an editor confirms or rejects, and a
// later analysis never overwrites either.
enum class ReviewStatus { Suggested, Confirmed, Rejected };

QString toString(ReviewStatus status);
ReviewStatus reviewStatusFromString(const QString &text);

} // namespace lede
