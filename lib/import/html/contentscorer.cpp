#include "import/html/contentscorer.h"

#include "import/html/domtree.h"
#include "import/html/nodehints.h"

#include <algorithm>
#include <gumbo.h>

namespace lede {

namespace {

// Letters and digits (everything but white space) and commas of a UTF-8 text node.
void measure(const QByteArray &raw, int &length, int &commas)
{
    length = 0;
    commas = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype n = raw.size();
    for (qsizetype k = 0; k < n; ++k) {
        const unsigned char c = p[k];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
            continue;
        ++length;
        if (c == ',')
            ++commas;
        else if (c == 0xEF && k + 2 < n && p[k + 1] == 0xBC && p[k + 2] == 0x8C) // fullwidth comma
            ++commas;
        else if (c == 0xE3 && k + 2 < n && p[k + 1] == 0x80 && p[k + 2] == 0x81) // ideographic comma
            ++commas;
    }
}

int tagBonus(int tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isContainerTag(int tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}

bool isPointer(const QString &text)
{
    static const char *const prefixes[] = {
        "related:", "read more:", "see more:",    "more:",         "also read:", "read also:",  "see also:",
        "watch:",   "listen:",    "recommended:", "more on this:", "read next:", "don't miss:", "click here"};
    const QString lower = text.toLower();
    for (const char *prefix : prefixes) {
        if (lower.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

} // namespace

ContentScorer::ContentScorer(const DomTree &dom, const NodeHints &hints, int flags)
    : m_dom(dom)
    , m_hints(hints)
    , m_flags(flags)
{ }

double ContentScorer::linkDensity(int i) const
{
    const Stats &s = m_stats[size_t(i)];
    return s.text > 0 ? double(s.link) / s.text : 0.0;
}

void ContentScorer::run()
{
    const auto n = size_t(m_dom.size());
    m_dropped.assign(n, false);
    m_stats.assign(n, Stats());
    m_score.assign(n, 0.0);
    m_scored.assign(n, false);
    m_roots.clear();
    const int body = m_dom.body();
    if (body < 0)
        return;

    markRemoved();
    computeStats();
    if (m_flags & StripUnlikely) {
        // Boilerplate names on a block that holds most of the page are more likely a theme's
        // quirk than a sidebar, so such a block stays.
        const int total = m_stats[size_t(body)].text;
        for (int i = body + 1; i < m_dom.size(); ++i) {
            if (!m_dom.isElement(i) || m_dropped[size_t(i)])
                continue;
            const bool unlikely =
                m_hints.isUnlikely(i) || (m_dom.tag(i) == GUMBO_TAG_HEADER && m_stats[size_t(i)].text * 10 < total * 3);
            if (unlikely
                && (m_stats[size_t(i)].text * 10 < total * 7 || m_dom.classAndId(i).contains(QLatin1String("comment")))
                && !m_hints.containsSocialEmbed(i)) {
                for (int k = i; k < m_dom.end(i); ++k)
                    m_dropped[size_t(k)] = true;
                i = m_dom.end(i) - 1;
            }
        }
        m_stats.assign(n, Stats());
        computeStats();
    }
    scoreParagraphs();
    const int top = pickTopCandidate();
    gatherSiblings(top);
    if (m_flags & CleanConditionally) {
        for (int root : m_roots)
            cleanConditionally(root);
    }
}

void ContentScorer::markRemoved()
{
    for (int i = 0; i < m_dom.size(); ++i) {
        const int p = m_dom.parent(i);
        if (p >= 0 && m_dropped[size_t(p)]) {
            m_dropped[size_t(i)] = true;
            continue;
        }
        if (!m_dom.isElement(i))
            continue;
        m_dropped[size_t(i)] = m_hints.isJunkTag(i) || m_hints.isHidden(i);
        // Bylines belong to the metadata, not the text; a rel=author link inside a sentence stays.
        if (!m_dropped[size_t(i)] && m_dom.tag(i) != GUMBO_TAG_A && m_hints.looksLikeByline(i)
            && m_dom.textContent(i).size() < 100)
            m_dropped[size_t(i)] = true;
    }
}

void ContentScorer::computeStats()
{
    for (int i = m_dom.size() - 1; i >= 0; --i) {
        if (m_dropped[size_t(i)])
            continue;
        Stats &s = m_stats[size_t(i)];
        const int tag = m_dom.tag(i);
        if (m_dom.isText(i)) {
            measure(m_dom.rawText(i), s.text, s.commas);
        } else if (m_dom.isElement(i)) {
            if (tag == GUMBO_TAG_A) {
                const bool hashLink = m_dom.attribute(i, "href").startsWith(QLatin1Char('#'));
                s.link = hashLink ? s.text * 3 / 10 : s.text;
            }
            s.paragraphs += tag == GUMBO_TAG_P;
            s.images += tag == GUMBO_TAG_IMG;
            s.items += tag == GUMBO_TAG_LI;
            s.inputs += tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA;
            if (NodeHints::isHeadingTag(tag))
                s.heading = s.text;
        } else {
            continue;
        }
        const int p = m_dom.parent(i);
        if (p < 0)
            continue;
        Stats &ps = m_stats[size_t(p)];
        ps.text += s.text;
        ps.link += s.link;
        ps.commas += s.commas;
        ps.paragraphs += s.paragraphs;
        ps.images += s.images;
        ps.items += s.items;
        ps.inputs += s.inputs;
        ps.heading += s.heading;
        if (m_dom.isText(i) || !NodeHints::isBlockTag(tag)) {
            ps.directText += s.text;
            ps.directCommas += s.commas;
        }
    }
}

bool ContentScorer::hasBlockChild(int i) const
{
    for (int c = m_dom.firstChild(i); c >= 0; c = m_dom.nextSibling(c)) {
        if (m_dom.isElement(c) && !m_dropped[size_t(c)] && NodeHints::isBlockTag(m_dom.tag(c)))
            return true;
    }
    return false;
}

bool ContentScorer::isParagraphLike(int i) const
{
    const int tag = m_dom.tag(i);
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE;
}

void ContentScorer::scoreParagraphs()
{
    const int body = m_dom.body();
    for (int i = body; i < m_dom.end(body); ++i) {
        if (!m_dom.isElement(i) || m_dropped[size_t(i)])
            continue;
        const Stats &s = m_stats[size_t(i)];
        int length = 0;
        int commas = 0;
        int start = -1;
        if (isParagraphLike(i)) {
            length = s.text;
            commas = s.commas;
            start = m_dom.parent(i);
        } else if (isContainerTag(m_dom.tag(i)) && s.directText >= 25) {
            // Text written straight into a container (with <br>s) is a paragraph of its own.
            length = s.directText;
            commas = s.directCommas;
            start = i;
        }
        if (start < 0 || length < 25)
            continue;
        const double contentScore = 1.0 + commas + std::min(length / 100, 3);
        int level = 0;
        for (int a = start; a >= 0 && level < 5; a = m_dom.parent(a), ++level) {
            if (!m_dom.isElement(a) || m_dom.tag(a) == GUMBO_TAG_HTML)
                break;
            if (!m_scored[size_t(a)]) {
                m_scored[size_t(a)] = true;
                m_score[size_t(a)] = tagBonus(m_dom.tag(a)) + ((m_flags & WeightClasses) ? m_hints.classWeight(a) : 0);
            }
            const double divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : level * 3.0);
            m_score[size_t(a)] += contentScore / divider;
            if (m_dom.tag(a) == GUMBO_TAG_BODY)
                break;
        }
    }
    for (int i = body; i < m_dom.end(body); ++i) {
        if (m_scored[size_t(i)])
            m_score[size_t(i)] *= 1.0 - linkDensity(i);
    }
}

int ContentScorer::pickTopCandidate() const
{
    const int body = m_dom.body();
    std::vector<int> best; // top five, best first
    for (int i = body; i < m_dom.end(body); ++i) {
        if (!m_scored[size_t(i)] || m_dropped[size_t(i)])
            continue;
        auto pos =
            std::find_if(best.begin(), best.end(), [&](int b) { return m_score[size_t(i)] > m_score[size_t(b)]; });
        best.insert(pos, i);
        if (best.size() > 5)
            best.pop_back();
    }
    if (best.empty())
        return body;
    int top = best.front();
    const double topScore = m_score[size_t(top)];

    // When several strong candidates share an ancestor, the article is that ancestor
    // (pages that split the story into several containers).
    std::vector<int> alternatives;
    for (size_t k = 1; k < best.size(); ++k) {
        if (m_score[size_t(best[k])] / topScore >= 0.75)
            alternatives.push_back(best[k]);
    }
    if (alternatives.size() >= 3) {
        for (int a = m_dom.parent(top); a >= 0 && a != body; a = m_dom.parent(a)) {
            int containing = 0;
            for (int alt : alternatives)
                containing += (alt >= a && alt < m_dom.end(a));
            if (containing >= 3) {
                top = a;
                break;
            }
        }
    }

    // Stories interrupted by figures or ads are often split into several containers of the same
    // class; their common ancestor holds the whole story.
    const QString topClass = m_dom.attribute(top, "class");
    if (!topClass.isEmpty()) {
        int first = top;
        int last = top;
        for (int i = body; i < m_dom.end(body); ++i) {
            if (i == top || !m_scored[size_t(i)] || m_dropped[size_t(i)] || m_stats[size_t(i)].text < 100
                || m_score[size_t(i)] < topScore * 0.2 || !m_dom.isElement(i)
                || m_dom.attribute(i, "class") != topClass)
                continue;
            first = std::min(first, i);
            last = std::max(last, i);
            i = m_dom.end(i) - 1;
        }
        if (first != last) {
            int ancestor = top;
            while (ancestor != body && !(first >= ancestor && last < m_dom.end(ancestor)))
                ancestor = m_dom.parent(ancestor);
            top = ancestor;
        }
    }

    // Climb while the parent scores better: the article was split across siblings.
    double lastScore = m_score[size_t(top)];
    const double threshold = lastScore / 3.0;
    for (int p = m_dom.parent(top); p >= 0 && p != body; p = m_dom.parent(p)) {
        if (!m_scored[size_t(p)])
            continue;
        const double parentScore = m_score[size_t(p)];
        if (parentScore < threshold)
            break;
        if (parentScore > lastScore) {
            top = p;
            break;
        }
        lastScore = parentScore;
    }

    // A lone child says nothing its parent does not; the parent may hold siblings' captions etc.
    for (int p = m_dom.parent(top); p >= 0 && p != body && m_dom.tag(p) != GUMBO_TAG_HTML; p = m_dom.parent(p)) {
        int elementChildren = 0;
        for (int c = m_dom.firstChild(p); c >= 0; c = m_dom.nextSibling(c))
            elementChildren += m_dom.isElement(c) && !m_dropped[size_t(c)];
        if (elementChildren != 1)
            break;
        top = p;
    }
    return top;
}

void ContentScorer::gatherSiblings(int top)
{
    const int parent = m_dom.parent(top);
    if (top == m_dom.body() || parent < 0) {
        m_roots.push_back(top);
        return;
    }
    const double topScore = m_score[size_t(top)];
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString &topClass = m_dom.classAndId(top);
    for (int s = m_dom.firstChild(parent); s >= 0; s = m_dom.nextSibling(s)) {
        if (m_dropped[size_t(s)] || !m_dom.isElement(s))
            continue;
        if (s == top) {
            m_roots.push_back(s);
            continue;
        }
        double bonus = 0.0;
        if (!topClass.isEmpty() && m_dom.attribute(s, "class") == m_dom.attribute(top, "class")
            && !m_dom.attribute(top, "class").isEmpty())
            bonus = topScore * 0.2;
        if (m_scored[size_t(s)] && m_score[size_t(s)] + bonus >= threshold) {
            m_roots.push_back(s);
            continue;
        }
        if (m_dom.tag(s) == GUMBO_TAG_P) {
            const int length = m_stats[size_t(s)].text;
            const double density = linkDensity(s);
            if (length > 65 && density < 0.25) {
                m_roots.push_back(s);
            } else if (length > 0 && length <= 65 && density == 0.0) {
                const QString text = m_dom.textContent(s);
                if (text.endsWith(QLatin1Char('.')) || text.contains(QLatin1String(". ")))
                    m_roots.push_back(s);
            }
        }
    }
}

void ContentScorer::subtractFromAncestors(int i, int stop)
{
    const Stats s = m_stats[size_t(i)];
    for (int a = m_dom.parent(i); a >= 0; a = m_dom.parent(a)) {
        Stats &as = m_stats[size_t(a)];
        as.text -= s.text;
        as.link -= s.link;
        as.commas -= s.commas;
        as.paragraphs -= s.paragraphs;
        as.images -= s.images;
        as.items -= s.items;
        as.inputs -= s.inputs;
        as.heading -= s.heading;
        if (a == stop)
            break;
    }
}

bool ContentScorer::shouldDropBlock(int i) const
{
    const Stats &s = m_stats[size_t(i)];
    const int tag = m_dom.tag(i);
    const int weight = (m_flags & WeightClasses) ? m_hints.classWeight(i) : 0;
    const double score = m_scored[size_t(i)] ? m_score[size_t(i)] : 0.0;
    if (weight + score < 0)
        return true;
    if (s.commas >= 10)
        return false;
    const bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL;
    bool inFigure = false;
    for (int a = m_dom.parent(i); a >= 0 && !inFigure; a = m_dom.parent(a))
        inFigure = m_dom.tag(a) == GUMBO_TAG_FIGURE;
    const int paragraphs = s.paragraphs;
    const double density = linkDensity(i);
    const double headingDensity = s.text > 0 ? double(s.heading) / s.text : 0.0;
    if (s.images > 1 && double(paragraphs) / s.images < 0.5 && !inFigure)
        return true;
    if (!isList && s.items - 100 > paragraphs)
        return true;
    if (s.inputs > paragraphs / 3)
        return true;
    if (!isList && headingDensity < 0.9 && s.text < 25 && (s.images == 0 || s.images > 2) && !inFigure)
        return true;
    if (!isList && weight < 25 && density > 0.2)
        return true;
    if (weight >= 25 && density > 0.5)
        return true;
    // A list of nothing but links, inside a story, is "more on this" or a table of contents.
    if (isList && density > 0.95)
        return true;
    return false;
}

void ContentScorer::cleanConditionally(int root)
{
    for (int i = m_dom.end(root) - 1; i > root; --i) {
        if (!m_dom.isElement(i) || m_dropped[size_t(i)])
            continue;
        const int tag = m_dom.tag(i);
        const bool candidate = tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL
            || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_FIELDSET || tag == GUMBO_TAG_HEADER
            || tag == GUMBO_TAG_FIGURE;
        bool drop = candidate && shouldDropBlock(i) && !m_hints.containsSocialEmbed(i);
        // Headings named like boilerplate ("related", "share") go with what they introduce.
        if (!drop && (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) && (m_flags & WeightClasses))
            drop = m_hints.classWeight(i) < 0;
        // A short paragraph that is nothing but a link is a teaser for another story.
        if (!drop && tag == GUMBO_TAG_P && m_stats[size_t(i)].text < 120 && linkDensity(i) > 0.9)
            drop = true;
        // "Related: <link>", "Read more: <link>" lines point away from the story.
        if (!drop && tag == GUMBO_TAG_P && m_stats[size_t(i)].text < 200 && linkDensity(i) > 0.5)
            drop = isPointer(m_dom.textContent(i));
        if (!drop)
            continue;
        subtractFromAncestors(i, root);
        for (int k = i; k < m_dom.end(i); ++k)
            m_dropped[size_t(k)] = true;
    }
}

} // namespace lede
