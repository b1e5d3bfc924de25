#pragma once

#include "domain/reviewstatus.h"
#include "domain/textspan.h"

#include <QString>

namespace lede {

// One place in an article's text where an entity is named.
struct Mention
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 versionId = 0;
    TextSpan span;
    qint64 entityId = 0;
    ReviewStatus status = ReviewStatus::Suggested;
};

} // namespace lede
