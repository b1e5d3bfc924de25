#include "import/html/htmlextractor.h"

namespace lede {

std::optional<ExtractedPage> HtmlExtractor::extract(const QByteArray &, const QString &, const QUrl &,
                                                    QString *error)
{
    if (error)
        *error = QStringLiteral("HTML import is not available in this build");
    return std::nullopt;
}

bool HtmlExtractor::looksLikeHtml(const QByteArray &head)
{
    const QByteArray lower = head.left(1024).trimmed().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
        || lower.contains("<head") || lower.contains("<body");
}

} // namespace lede
