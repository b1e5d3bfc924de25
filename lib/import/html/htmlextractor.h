#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace lede {

// What a news web page yields: the article's clean text and its metadata.
struct ExtractedPage
{
    QString title;
    QString byline; // authors, "A and B"
    QString site; // outlet name
    QString published; // ISO 8601, "YYYY-MM-DD[THH:MM[:SS]]"
    QString language; // BCP 47, e.g. "en"
    QString url; // canonical URL when the page gives one
    QString description;
    QString body; // paragraphs separated by one blank line
};

class HtmlExtractor
{
public:
    // contentType is the HTTP Content-Type header when known (it may carry the charset).
    // Returns nothing and sets *error to a one-line reason when no article can be found.
    static std::optional<ExtractedPage> extract(const QByteArray &html, const QString &contentType, const QUrl &baseUrl,
                                                QString *error);

    // True when the bytes look like an HTML document rather than plain text.
    static bool looksLikeHtml(const QByteArray &head);
};

} // namespace lede
