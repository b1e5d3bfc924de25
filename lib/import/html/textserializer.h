#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace lede {

class DomTree;

// Turns the article's nodes into plain text: one paragraph per block (paragraph, heading, list
// item, block quote), table rows as "cell | cell" lines, <br> as a line break and two of them as a
// paragraph break; white space folded as a browser would, kept inside <pre>. Paragraphs are
// separated by exactly one blank line.
class TextSerializer
{
public:
    using DropPredicate = std::function<bool(int)>;

    TextSerializer(const DomTree &dom, DropPredicate dropped);

    // title, when given, drops a heading that merely repeats it.
    QString serialize(const std::vector<int> &roots, const QString &title = QString());

    // True for stock lines that pages sprinkle through articles ("Advertisement").
    static bool isStockLine(const QString &paragraph);

private:
    void visit(int i);
    void appendText(const QString &text);
    void lineBreak();
    void flush();
    bool isSimpleRow(int tr) const;
    QString rowText(int tr);

    const DomTree &m_dom;
    DropPredicate m_dropped;
    QString m_title;
    QString m_paragraph;
    QStringList m_paragraphs;
    int m_preDepth = 0;
};

} // namespace lede
