#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

struct GumboInternalOutput;
struct GumboInternalNode;

namespace lede {

// A read-only HTML document parsed by gumbo, flattened in document order so that the extractor
// can keep per-node figures in plain vectors: the subtree of node i is [i, end(i)).
class DomTree
{
public:
    enum Kind : unsigned char { Element, Text, Other };

    // utf8 must be UTF-8; gumbo replaces invalid sequences.
    explicit DomTree(const QByteArray &utf8);
    ~DomTree();
    DomTree(const DomTree &) = delete;
    DomTree &operator=(const DomTree &) = delete;

    int size() const { return int(m_nodes.size()); }
    Kind kind(int i) const { return m_nodes[size_t(i)].kind; }
    bool isElement(int i) const { return kind(i) == Element; }
    bool isText(int i) const { return kind(i) == Text; }
    // GumboTag value; GUMBO_TAG_UNKNOWN for custom elements.
    int tag(int i) const { return m_nodes[size_t(i)].tag; }
    int parent(int i) const { return m_nodes[size_t(i)].parent; }
    int end(int i) const { return m_nodes[size_t(i)].end; }
    int depth(int i) const { return m_nodes[size_t(i)].depth; }
    int firstChild(int i) const { return i + 1 < end(i) ? i + 1 : -1; }
    int nextSibling(int i) const;

    // Raw UTF-8 text of a text node (whitespace and CDATA included).
    QByteArray rawText(int i) const;
    QString attribute(int i, const char *name) const;
    bool hasAttribute(int i, const char *name) const;
    // Lower-case tag name, also for unknown (custom) elements.
    QString tagName(int i) const;
    // Lower-case "class id" of an element, for hint matching.
    const QString &classAndId(int i) const { return m_nodes[size_t(i)].classId; }
    // Whitespace-folded text of the whole subtree.
    QString textContent(int i) const;

    int documentElement() const { return m_html; }
    int head() const { return m_head; }
    int body() const { return m_body; }
    // First element with that tag in document order, or -1.
    int findFirst(int tag, int from = 0) const;

private:
    struct Node
    {
        const GumboInternalNode *gumbo;
        int parent;
        int end;
        int tag;
        int depth;
        Kind kind;
        QString classId;
    };
    void flatten(const GumboInternalNode *node, int parent, int depth);

    GumboInternalOutput *m_output = nullptr;
    std::vector<Node> m_nodes;
    int m_html = -1;
    int m_head = -1;
    int m_body = -1;
};

} // namespace lede
