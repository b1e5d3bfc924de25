#pragma once

#include <QList>
#include <QString>

namespace lede {

// A run of text between quotation marks, within one paragraph.
struct QuotedSegment
{
    int start = 0; // first character inside the marks
    int end = 0; // one past the last character inside
    int openMark = 0; // position of the opening mark
    int closeMark = -1; // position of the closing mark, -1 when left open at the paragraph's end
    int paragraph = 0; // index of the line the segment lies in
    bool continuation = false; // opens a paragraph after a quote left open: the same quotation goes on
    int words = 0;
};

// Finds quoted segments: "…", “…” (with ‘…’ nested inside), «…» and „…“. A quotation is closed at
// the end of its paragraph when left open; when the next paragraph opens with a mark it is the
// same quotation carried on (the opening-mark-per-paragraph convention).
class QuoteScanner
{
public:
    QList<QuotedSegment> scan(const QString &body) const;
};

} // namespace lede
