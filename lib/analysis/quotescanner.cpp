#include "analysis/quotescanner.h"

namespace lede {
namespace {

constexpr char16_t kStraight = u'"';
constexpr char16_t kLeftDouble = 0x201C;
constexpr char16_t kRightDouble = 0x201D;
constexpr char16_t kLowDouble = 0x201E;
constexpr char16_t kLeftGuillemet = 0x00AB;
constexpr char16_t kRightGuillemet = 0x00BB;

bool opens(QChar c)
{
    return c == kStraight || c == kLeftDouble || c == kLowDouble || c == kLeftGuillemet;
}

bool closes(QChar opener, QChar c)
{
    if (c == kStraight || c == kRightDouble)
        return true;
    if (opener == kLeftGuillemet)
        return c == kRightGuillemet;
    if (opener == kLowDouble)
        return c == kLeftDouble;
    return false;
}

int countWords(const QString &body, int start, int end)
{
    int words = 0;
    bool inWord = false;
    for (int i = start; i < end; ++i) {
        const bool space = body.at(i).isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace

QList<QuotedSegment> QuoteScanner::scan(const QString &body) const
{
    QList<QuotedSegment> segments;
    int paragraph = 0;
    int open = -1;
    QChar opener;
    bool previousLeftOpen = false;
    int lineStart = 0;
    auto flush = [&](int closeAt, int end) {
        if (end > open + 1) {
            QuotedSegment s;
            s.start = open + 1;
            s.end = end;
            s.openMark = open;
            s.closeMark = closeAt;
            s.paragraph = paragraph;
            s.continuation = previousLeftOpen && open == lineStart;
            s.words = countWords(body, s.start, s.end);
            segments.append(s);
        }
        open = -1;
    };
    bool leftOpenThisLine = false;
    for (int i = 0; i <= body.size(); ++i) {
        if (i == body.size() || body.at(i) == u'\n') {
            leftOpenThisLine = open >= 0;
            if (open >= 0)
                flush(-1, i);
            if (i < body.size() && i > lineStart)
                previousLeftOpen = leftOpenThisLine; // blank lines carry the state over
            ++paragraph;
            lineStart = i + 1;
            continue;
        }
        const QChar c = body.at(i);
        if (open < 0) {
            if (opens(c)) {
                open = i;
                opener = c;
            }
        } else if (closes(opener, c)) {
            flush(i, i);
        }
    }
    return segments;
}

} // namespace lede
