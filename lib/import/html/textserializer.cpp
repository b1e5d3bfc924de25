#include "import/html/textserializer.h"

#include "import/html/domtree.h"
#include "import/html/nodehints.h"

#include <gumbo.h>

namespace lede {

namespace {

bool isFoldable(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f') || c == QChar(0x00A0) || c == QChar(0x200B);
}

// Trims every line of a paragraph and drops empty lines.
QString tidy(const QString &paragraph)
{
    const QStringList lines = paragraph.split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            kept << t;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

TextSerializer::TextSerializer(const DomTree &dom, DropPredicate dropped)
    : m_dom(dom)
    , m_dropped(std::move(dropped))
{ }

bool TextSerializer::isStockLine(const QString &paragraph)
{
    static const char *const lines[] = {"advertisement",
                                        "advertisements",
                                        "story continues below advertisement",
                                        "continue reading the main story",
                                        "supported by",
                                        "share this:",
                                        "share this article",
                                        "share",
                                        "related",
                                        "related articles",
                                        "read more",
                                        "read more:",
                                        "click to expand",
                                        "loading...",
                                        "sponsored",
                                        "skip advertisement",
                                        "ad",
                                        "tweet",
                                        "email",
                                        "print",
                                        "you may also like",
                                        "you may also like...",
                                        "you might also like",
                                        "recommended",
                                        "more from this author",
                                        "related content",
                                        "related stories",
                                        "related coverage",
                                        "most popular",
                                        "trending now",
                                        "more stories",
                                        "don't miss",
                                        "this slideshow requires javascript.",
                                        "comments",
                                        "more:",
                                        "more",
                                        "see also",
                                        "see also:",
                                        "related:",
                                        "also read",
                                        "also read:",
                                        "read next"};
    if (paragraph.size() > 40)
        return false;
    QString lower = paragraph.toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    for (const char *l : lines) {
        if (lower == QLatin1String(l))
            return true;
    }
    return false;
}

QString TextSerializer::serialize(const std::vector<int> &roots, const QString &title)
{
    m_title = title.simplified().toLower();
    m_paragraph.clear();
    m_paragraphs.clear();
    for (int root : roots) {
        flush();
        visit(root);
    }
    flush();
    return m_paragraphs.join(QLatin1String("\n\n"));
}

void TextSerializer::appendText(const QString &text)
{
    if (m_preDepth > 0) {
        m_paragraph += text;
        return;
    }
    m_paragraph.reserve(m_paragraph.size() + text.size());
    for (const QChar c : text) {
        if (isFoldable(c)) {
            if (!m_paragraph.isEmpty() && !m_paragraph.endsWith(QLatin1Char(' '))
                && !m_paragraph.endsWith(QLatin1Char('\n')))
                m_paragraph += QLatin1Char(' ');
        } else {
            m_paragraph += c;
        }
    }
}

void TextSerializer::lineBreak()
{
    while (m_paragraph.endsWith(QLatin1Char(' ')))
        m_paragraph.chop(1);
    // Two breaks in a row are how many pages write a paragraph break.
    if (m_paragraph.endsWith(QLatin1Char('\n')) || m_paragraph.isEmpty())
        flush();
    else
        m_paragraph += QLatin1Char('\n');
}

void TextSerializer::flush()
{
    if (m_paragraph.isEmpty())
        return;
    const QString text = m_preDepth > 0 ? m_paragraph.trimmed() : tidy(m_paragraph);
    m_paragraph.clear();
    if (text.isEmpty() || isStockLine(text))
        return;
    m_paragraphs << text;
}

bool TextSerializer::isSimpleRow(int tr) const
{
    for (int k = tr + 1; k < m_dom.end(tr); ++k) {
        if (!m_dom.isElement(k))
            continue;
        const int tag = m_dom.tag(k);
        if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH && (NodeHints::isBlockTag(tag) || tag == GUMBO_TAG_BR))
            return false;
    }
    return true;
}

QString TextSerializer::rowText(int tr)
{
    QStringList cells;
    for (int c = m_dom.firstChild(tr); c >= 0; c = m_dom.nextSibling(c)) {
        if (!m_dom.isElement(c) || m_dropped(c))
            continue;
        QString cell;
        for (int k = c; k < m_dom.end(c); ++k) {
            if (m_dropped(k)) {
                k = m_dom.end(k) - 1;
                continue;
            }
            if (m_dom.isText(k))
                cell += QString::fromUtf8(m_dom.rawText(k));
        }
        cells << cell.simplified();
    }
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells.join(QLatin1String(" | "));
}

void TextSerializer::visit(int i)
{
    if (m_dropped(i))
        return;
    if (m_dom.isText(i)) {
        appendText(QString::fromUtf8(m_dom.rawText(i)));
        return;
    }
    if (!m_dom.isElement(i))
        return;
    const int tag = m_dom.tag(i);
    if (tag == GUMBO_TAG_BR) {
        lineBreak();
        return;
    }
    if (tag == GUMBO_TAG_TR && isSimpleRow(i)) {
        const QString row = rowText(i);
        if (!row.isEmpty()) {
            if (!m_paragraph.isEmpty() && !m_paragraph.endsWith(QLatin1Char('\n')))
                m_paragraph += QLatin1Char('\n');
            m_paragraph += row + QLatin1Char('\n');
        }
        return;
    }
    if (NodeHints::isHeadingTag(tag) && !m_title.isEmpty() && m_dom.textContent(i).toLower() == m_title)
        return;
    const bool block = NodeHints::isBlockTag(tag) && tag != GUMBO_TAG_TR && tag != GUMBO_TAG_TBODY
        && tag != GUMBO_TAG_THEAD && tag != GUMBO_TAG_TFOOT;
    if (block)
        flush();
    if (tag == GUMBO_TAG_PRE)
        ++m_preDepth;
    for (int c = m_dom.firstChild(i); c >= 0; c = m_dom.nextSibling(c))
        visit(c);
    if (tag == GUMBO_TAG_PRE)
        --m_preDepth;
    if (block)
        flush();
}

} // namespace lede
