#include "import/html/domtree.h"

#include <gumbo.h>

namespace lede {

namespace {

// MarkupSlimmer already cuts markup nested deeper than this; the limit keeps the recursion
// below bounded whatever the input.
constexpr int MaxDepth = 3200;

} // namespace

DomTree::DomTree(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Recording parse errors costs memory and time on broken pages and nobody reads them.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!m_output)
        return;
    m_nodes.reserve(size_t(utf8.size() / 40 + 16));
    flatten(m_output->root, -1, 0);
    m_html = findFirst(GUMBO_TAG_HTML);
    m_head = findFirst(GUMBO_TAG_HEAD);
    m_body = findFirst(GUMBO_TAG_BODY);
}

DomTree::~DomTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

void DomTree::flatten(const GumboInternalNode *node, int parentIndex, int depth)
{
    const int index = size();
    Node n {node, parentIndex, index + 1, GUMBO_TAG_UNKNOWN, depth, Other, {}};
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        n.kind = Element;
        n.tag = node->v.element.tag;
        const GumboAttribute *cls = gumbo_get_attribute(&node->v.element.attributes, "class");
        const GumboAttribute *id = gumbo_get_attribute(&node->v.element.attributes, "id");
        if (cls || id) {
            n.classId =
                QString::fromUtf8(cls ? cls->value : "") + QLatin1Char(' ') + QString::fromUtf8(id ? id->value : "");
            n.classId = n.classId.toLower();
        }
        break;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        n.kind = Text;
        break;
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_COMMENT:
        break;
    }
    m_nodes.push_back(std::move(n));
    const GumboVector *children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT)
        children = &node->v.document.children;
    else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        children = &node->v.element.children;
    if (children && depth < MaxDepth) {
        for (unsigned int c = 0; c < children->length; ++c)
            flatten(static_cast<const GumboNode *>(children->data[c]), index, depth + 1);
    }
    m_nodes[size_t(index)].end = size();
}

int DomTree::nextSibling(int i) const
{
    const int p = parent(i);
    const int next = end(i);
    return (p >= 0 && next < end(p)) ? next : -1;
}

QByteArray DomTree::rawText(int i) const
{
    if (!isText(i))
        return {};
    return QByteArray(m_nodes[size_t(i)].gumbo->v.text.text);
}

QString DomTree::attribute(int i, const char *name) const
{
    if (!isElement(i))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&m_nodes[size_t(i)].gumbo->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool DomTree::hasAttribute(int i, const char *name) const
{
    return isElement(i) && gumbo_get_attribute(&m_nodes[size_t(i)].gumbo->v.element.attributes, name);
}

QString DomTree::tagName(int i) const
{
    if (!isElement(i))
        return {};
    const int t = tag(i);
    if (t != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t)));
    GumboStringPiece piece = m_nodes[size_t(i)].gumbo->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString DomTree::textContent(int i) const
{
    QByteArray raw;
    for (int k = i; k < end(i); ++k) {
        if (isText(k))
            raw += m_nodes[size_t(k)].gumbo->v.text.text;
        else if (isElement(k) && (tag(k) == GUMBO_TAG_SCRIPT || tag(k) == GUMBO_TAG_STYLE))
            k = end(k) - 1;
    }
    return QString::fromUtf8(raw).simplified();
}

int DomTree::findFirst(int t, int from) const
{
    for (int k = from; k < size(); ++k) {
        if (isElement(k) && tag(k) == t)
            return k;
    }
    return -1;
}

} // namespace lede
