#pragma once

#include <QString>
#include <vector>

namespace lede {

class DomTree;
class NodeHints;

// Finds the article in a page: scores paragraph-like blocks by their text (length, commas) and
// credits their ancestors; the best-scoring container, with the siblings that look like more of the
// same, is the article. Inside it, blocks that read like boilerplate (link lists, share bars,
// forms, image galleries without text) are dropped.
class ContentScorer
{
public:
    enum Flag {
        StripUnlikely = 0x1, // drop blocks whose class/id names boilerplate before scoring
        WeightClasses = 0x2, // let class/id names raise or lower scores
        CleanConditionally = 0x4 // drop link-heavy or text-poor blocks inside the article
    };
    static constexpr int AllFlags = StripUnlikely | WeightClasses | CleanConditionally;

    ContentScorer(const DomTree &dom, const NodeHints &hints, int flags);

    // Runs the selection. Afterwards roots() holds the article's top-level nodes in document order
    // and isDropped() tells which nodes inside them to leave out.
    void run();
    const std::vector<int> &roots() const { return m_roots; }
    bool isDropped(int i) const { return m_dropped[size_t(i)]; }
    // Letters and digits of a node's kept text.
    int textLength(int i) const { return m_stats[size_t(i)].text; }
    double linkDensity(int i) const;

private:
    void markRemoved();
    void computeStats();
    void scoreParagraphs();
    int pickTopCandidate() const;
    void gatherSiblings(int top);
    void cleanConditionally(int root);
    bool shouldDropBlock(int i) const;
    bool isParagraphLike(int i) const;
    bool hasBlockChild(int i) const;

    const DomTree &m_dom;
    const NodeHints &m_hints;
    int m_flags;
    struct Stats
    {
        int text = 0; // visible text length (non-space code points)
        int link = 0; // of which inside links
        int commas = 0;
        int directText = 0; // text not inside a block-level child
        int directCommas = 0;
        int paragraphs = 0;
        int images = 0;
        int items = 0; // <li>
        int inputs = 0;
        int heading = 0; // text inside headings
    };
    void subtractFromAncestors(int i, int stop);

    std::vector<bool> m_dropped;
    std::vector<Stats> m_stats;
    std::vector<double> m_score;
    std::vector<bool> m_scored;
    std::vector<int> m_roots;
};

} // namespace lede
