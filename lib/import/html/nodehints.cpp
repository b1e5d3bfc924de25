#include "import/html/nodehints.h"

#include "import/html/domtree.h"

#include <gumbo.h>

namespace lede {

namespace {

bool containsAny(const QString &s, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (s.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

// Names that mark boilerplate blocks.
const std::initializer_list<const char *> &unlikelyWords()
{
    static const std::initializer_list<const char *> words = {"-ad-",
                                                              "ad-break",
                                                              "adbox",
                                                              "advert",
                                                              "agegate",
                                                              "ai2html",
                                                              "banner",
                                                              "breadcrumb",
                                                              "combx",
                                                              "comment",
                                                              "community",
                                                              "cookie",
                                                              "cover-wrap",
                                                              "disqus",
                                                              "extra",
                                                              "footer",
                                                              "gdpr",
                                                              "header",
                                                              "legends",
                                                              "menu",
                                                              "related",
                                                              "remark",
                                                              "replies",
                                                              "rss",
                                                              "shoutbox",
                                                              "sidebar",
                                                              "skyscraper",
                                                              "social",
                                                              "sponsor",
                                                              "supplemental",
                                                              "pagination",
                                                              "pager",
                                                              "popup",
                                                              "yom-remote",
                                                              "share",
                                                              "sharing",
                                                              "newsletter",
                                                              "subscribe",
                                                              "subscription",
                                                              "promo",
                                                              "outbrain",
                                                              "taboola",
                                                              "recirc",
                                                              "most-popular",
                                                              "mostpopular",
                                                              "trending",
                                                              "signup",
                                                              "sign-up",
                                                              "paywall",
                                                              "masthead",
                                                              "toolbar",
                                                              "tags",
                                                              "topics-list",
                                                              "read-more",
                                                              "readmore",
                                                              "more-stories",
                                                              "recommend",
                                                              "jump-link",
                                                              "skip-link",
                                                              "print-only",
                                                              "visually-hidden",
                                                              "sr-only",
                                                              "screen-reader",
                                                              "byline",
                                                              "dateline",
                                                              "author",
                                                              "timestamp",
                                                              "breaking-news",
                                                              "alert",
                                                              "modal",
                                                              "overlay",
                                                              "widget",
                                                              "navbar",
                                                              "nav-",
                                                              "-nav",
                                                              "tooltip",
                                                              "caption",
                                                              "credit",
                                                              "figcaption"};
    return words;
}

const std::initializer_list<const char *> &maybeWords()
{
    static const std::initializer_list<const char *> words = {"and",     "article", "body",      "column",
                                                              "content", "main",    "mathjax",   "shadow",
                                                              "story",   "entry",   "post-text", "embed"};
    return words;
}

} // namespace

bool NodeHints::isJunkTag(int i) const
{
    switch (m_dom.tag(i)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

bool NodeHints::isHidden(int i) const
{
    if (m_dom.hasAttribute(i, "hidden"))
        return true;
    if (m_dom.attribute(i, "aria-hidden") == QLatin1String("true"))
        return true;
    const QString style = m_dom.attribute(i, "style");
    if (!style.isEmpty()) {
        QString compact = style.toLower();
        compact.remove(QLatin1Char(' '));
        if (compact.contains(QLatin1String("display:none")) || compact.contains(QLatin1String("visibility:hidden")))
            return true;
    }
    return false;
}

bool NodeHints::isUnlikely(int i) const
{
    const int t = m_dom.tag(i);
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_A || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN
        || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TR || t == GUMBO_TAG_TD)
        return false;
    const QString role = m_dom.attribute(i, "role");
    if (!role.isEmpty()) {
        static const std::initializer_list<const char *> roles = {
            "navigation", "complementary", "banner", "contentinfo", "menu",   "menubar",
            "alert",      "alertdialog",   "dialog", "search",      "toolbar"};
        const QString r = role.toLower();
        for (const char *w : roles) {
            if (r == QLatin1String(w))
                return true;
        }
    }
    const QString &s = m_dom.classAndId(i);
    if (s.isEmpty())
        return false;
    return containsAny(s, unlikelyWords()) && !containsAny(s, maybeWords());
}

int NodeHints::classWeight(int i) const
{
    const QString &s = m_dom.classAndId(i);
    if (s.isEmpty())
        return 0;
    int weight = 0;
    if (containsAny(s,
                    {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
                     "text", "blog", "story"}))
        weight += 25;
    if (containsAny(s, {"hidden",   "banner", "combx",    "comment",    "com-",       "contact",  "foot",     "footer",
                        "footnote", "gdpr",   "masthead", "media",      "meta",       "outbrain", "promo",    "related",
                        "scroll",   "share",  "shoutbox", "sidebar",    "skyscraper", "sponsor",  "shopping", "tags",
                        "widget",   "byline", "author",   "newsletter", "social",     "caption"}))
        weight -= 25;
    return weight;
}

bool NodeHints::hasAuthorMarkup(int i) const
{
    return m_dom.attribute(i, "rel") == QLatin1String("author")
        || m_dom.attribute(i, "itemprop").contains(QLatin1String("author"));
}

bool NodeHints::looksLikeByline(int i) const
{
    if (hasAuthorMarkup(i))
        return true;
    const QString &s = m_dom.classAndId(i);
    return containsAny(s, {"byline", "author", "writtenby", "p-author"}) && !s.contains(QLatin1String("authoriz"));
}

bool NodeHints::isSocialEmbed(int i) const
{
    return m_dom.tag(i) == GUMBO_TAG_BLOCKQUOTE
        && containsAny(
               m_dom.classAndId(i),
               {"twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "threads-post"});
}

bool NodeHints::containsSocialEmbed(int i) const
{
    for (int k = i; k < m_dom.end(i); ++k) {
        if (m_dom.isElement(k) && m_dom.tag(k) == GUMBO_TAG_BLOCKQUOTE && isSocialEmbed(k))
            return true;
    }
    return false;
}

bool NodeHints::isBlockTag(int tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

bool NodeHints::isHeadingTag(int tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

} // namespace lede
