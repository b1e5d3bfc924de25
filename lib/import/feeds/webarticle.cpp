#include "import/feeds/webarticle.h"

#include "import/feeds/feedparser.h"
#include "import/html/htmlextractor.h"
#include "import/textarticleparser.h"

#include <QCoreApplication>

namespace lede {

int WebArticle::letters(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLetterOrNumber();
    return n;
}

std::optional<SourceArticle> WebArticle::fromPage(const WebResponse &page, QString *error)
{
    if (FeedParser::looksLikeFeed(page.body)) {
        *error = QCoreApplication::translate("lede::Import", "a feed, not a web page");
        return std::nullopt;
    }
    const std::optional<ExtractedPage> extracted =
        HtmlExtractor::extract(page.body, page.contentType, page.finalUrl, error);
    if (!extracted)
        return std::nullopt;
    if (extracted->body.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("lede::Import", "no article text found in the page");
        return std::nullopt;
    }
    SourceArticle source;
    Article &a = source.article;
    a.title = extracted->title.isEmpty() ? TextArticleParser::titleFromLead(extracted->body) : extracted->title;
    a.byline = extracted->byline;
    a.site = extracted->site;
    a.published = extracted->published;
    a.language = extracted->language;
    a.url = extracted->url.isEmpty() ? page.finalUrl.toString() : extracted->url;
    a.body = extracted->body;
    a.sourceFormat = QStringLiteral("html");
    source.original = page.body;
    source.origin = page.finalUrl.toString();
    return source;
}

std::optional<SourceArticle> WebArticle::fromFeedItem(const FeedItem &item, const Feed &feed, QString *error)
{
    const QString html = letters(item.content) >= letters(item.summary) ? item.content : item.summary;
    if (letters(html) == 0) {
        *error = QCoreApplication::translate("lede::Import", "the feed item has no text of its own");
        return std::nullopt;
    }
    // The extractor reads the item's markup like a page whose article is all of it.
    const QByteArray page = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        + item.title.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</title></head><body><article>") + html.toUtf8()
        + QByteArrayLiteral("</article></body></html>");
    const std::optional<ExtractedPage> extracted =
        HtmlExtractor::extract(page, QStringLiteral("text/html; charset=utf-8"), QUrl(item.link), error);
    if (!extracted || extracted->body.trimmed().isEmpty()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("lede::Import", "the feed item has no text of its own");
        return std::nullopt;
    }
    SourceArticle source;
    Article &a = source.article;
    a.title = item.title.isEmpty() ? TextArticleParser::titleFromLead(extracted->body) : item.title;
    a.byline = item.author;
    a.site = feed.title;
    a.published = item.published;
    a.url = item.link;
    a.body = extracted->body;
    a.sourceFormat = QStringLiteral("feed");
    source.original = html.toUtf8();
    source.origin = item.link.isEmpty() ? item.guid : item.link;
    return source;
}

SourceDocument WebArticle::fromFeed(const Feed &feed, const QString &origin)
{
    SourceDocument document;
    for (const FeedItem &item : feed.items) {
        const QString where = item.link.isEmpty() ? origin + QLatin1Char('#') + item.guid : item.link;
        QString error;
        if (std::optional<SourceArticle> a = fromFeedItem(item, feed, &error)) {
            a->origin = where;
            document.articles.append(*a);
        } else {
            document.errors.append({where, error});
        }
    }
    return document;
}

std::optional<SourceArticle> WebArticle::forFeedItem(const FeedItem &item, const Feed &feed,
                                                     const std::optional<WebResponse> &page, QString *error)
{
    QString pageError;
    std::optional<SourceArticle> fromWeb;
    if (page && page->status == WebResponse::Status::Ok)
        fromWeb = fromPage(*page, &pageError);
    else if (page)
        pageError = page->error;
    const int feedLetters = std::max(letters(item.content), letters(item.summary));
    if (fromWeb) {
        const int pageLetters = letters(fromWeb->article.body);
        const bool poor = pageLetters < kPoorPageLetters && pageLetters < feedLetters;
        if (!poor) {
            Article &a = fromWeb->article;
            if (a.title.isEmpty())
                a.title = item.title;
            if (a.byline.isEmpty())
                a.byline = item.author;
            if (a.published.isEmpty())
                a.published = item.published;
            if (a.site.isEmpty())
                a.site = feed.title;
            fromWeb->origin = item.link;
            return fromWeb;
        }
        pageError = QCoreApplication::translate("lede::Import", "the page holds less text than the feed");
    }
    QString feedError;
    std::optional<SourceArticle> own = fromFeedItem(item, feed, &feedError);
    if (!own) {
        *error = pageError.isEmpty() ? feedError
                                     : QCoreApplication::translate("lede::Import", "%1; %2").arg(pageError, feedError);
        return std::nullopt;
    }
    return own;
}

} // namespace lede
