#pragma once

#include "domain/textspan.h"

#include <QString>

namespace lede {

// The links an export gives for each item: lede:// opens Lede at the article and passage
// (lede://article/12?start=40&end=95, code points); the source link opens the original page and,
// in browsers that support text fragments, scrolls to the passage.
class LedeLink
{
public:
    static QString article(qint64 articleId);
    static QString passage(qint64 articleId, const TextSpan &span);
    // url#:~:text=... for the passage; the url itself when it is empty or the passage is blank.
    static QString sourcePassage(const QString &url, const QString &passage);
};

} // namespace lede
