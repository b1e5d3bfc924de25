#pragma once

#include <QString>

namespace lede {

class DomTree;

// What an element's tag, class, id, role and style say about it, before looking at its text.
class NodeHints
{
public:
    explicit NodeHints(const DomTree &dom)
        : m_dom(dom)
    { }

    // Never part of an article: scripts, forms controls, navigation, embedded media.
    bool isJunkTag(int i) const;
    // display:none, hidden, aria-hidden and the like.
    bool isHidden(int i) const;
    // Class, id or role names boilerplate (share bars, comments, related links, ads...) and
    // does not also name content.
    bool isUnlikely(int i) const;
    // Readability-style weight from class and id: +25 for content names, -25 for boilerplate.
    int classWeight(int i) const;
    // rel=author or itemprop=author.
    bool hasAuthorMarkup(int i) const;
    // Author markup, or a class or id that names a byline.
    bool looksLikeByline(int i) const;

    // An embedded post (tweet, Instagram, TikTok) quoted in the article: the quote is content.
    bool isSocialEmbed(int i) const;
    // i or a descendant is a social embed.
    bool containsSocialEmbed(int i) const;

    static bool isBlockTag(int tag);
    static bool isHeadingTag(int tag);

private:
    const DomTree &m_dom;
};

} // namespace lede
