#include "analysis/quotescanner.h"

#include <algorithm>

namespace lede {
namespace {

constexpr char16_t kStraight = u'"';
constexpr char16_t kLeftDouble = 0x201C;
constexpr char16_t kRightDouble = 0x201D;
constexpr char16_t kRightSingle = 0x2019;
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

// A straight mark cannot show which way it faces; its neighbours do. One that follows a word and
// is followed by a space, punctuation or the line's end closes something: with nothing open, it is
// an orphan (a quotation opened before a cut, or a typo) and must not open one.
bool closingShape(const QString &body, int i)
{
    const QChar before = i > 0 ? body.at(i - 1) : QChar(u' ');
    const QChar after = i + 1 < body.size() ? body.at(i + 1) : QChar(u'\n');
    if (before.isSpace() || before == u'(' || before == u'[' || before == u'/'
        || before.category() == QChar::Punctuation_Dash)
        return false;
    return after.isSpace() || after.isPunct();
}

// 6'3" is six feet three inches: a straight mark after a digit that follows a foot mark.
bool inchMark(const QString &body, int i)
{
    int k = i - 1;
    if (k < 0 || !body.at(k).isDigit())
        return false;
    while (k >= 0 && body.at(k).isDigit())
        --k;
    return k >= 1 && (body.at(k) == u'\'' || body.at(k) == QChar(0x2032)) && body.at(k - 1).isDigit();
}

// tweet-date="March 10, 2016": a value in markup is not quotation. Returns the position of the
// mark that ends the value, or -1. Pasted markup often breaks a value before its closing mark
// (tweet-date="March 10, 2016\n">), so the value may run on into the next line, but no further.
int attributeValueEnd(const QString &body, int i)
{
    if (i == 0 || body.at(i - 1) != u'=')
        return -1;
    bool newline = false;
    for (int k = i + 1; k < body.size() && body.at(k) != u'<' && body.at(k) != u'>'; ++k) {
        if (body.at(k) == kStraight)
            return k;
        if (body.at(k) == u'\n') {
            if (newline)
                break;
            newline = true;
        }
    }
    return -1;
}

// `">` ends a markup tag whose start was cut away: the mark closes an attribute value.
bool endsTag(const QString &body, int i)
{
    return i + 1 < body.size() && body.at(i + 1) == u'>';
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

// "Follow Pam Key on Twitter @pamkeyNEN.": a writer's sign-off, in marks when a transcript put them
// round every paragraph, is no quotation.
bool isSignOff(const QString &body, int start, int end)
{
    static const QLatin1StringView networks[] = {QLatin1StringView(" on Twitter"), QLatin1StringView(" on Facebook"),
                                                 QLatin1StringView(" on Instagram")};
    const QStringView text = QStringView(body).mid(start, end - start);
    if (!text.startsWith(QLatin1StringView("Follow ")) || !text.contains(u'@'))
        return false;
    return std::any_of(std::begin(networks), std::end(networks),
                       [&](QLatin1StringView network) { return text.contains(network); });
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
        // « nous gagnons »: French typography spaces the words from guillemets; the space is not quoted.
        int start = open + 1;
        if (opener == kLeftGuillemet) {
            while (start < end && body.at(start).isSpace())
                ++start;
            while (end > start && body.at(end - 1).isSpace())
                --end;
        }
        if (end > start && !isSignOff(body, start, end)) {
            QuotedSegment s;
            s.start = start;
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
    int markupUntil = -1; // the marks up to here belong to a markup attribute value
    const int n = int(body.size());
    const QChar *const text = body.constData();
    for (int i = 0; i <= n; ++i) {
        // Nearly every character is plain ASCII: no line end and no quotation mark. A run of them is
        // passed in a loop of its own (the scan tested each one three times: 3% of the analysis).
        while (i < n && text[i].unicode() < 0x80 && text[i] != u'\n' && text[i] != kStraight)
            ++i;
        if (i == n || text[i] == u'\n') {
            leftOpenThisLine = open >= 0;
            if (open >= 0)
                flush(-1, i);
            if (i < body.size() && i > lineStart)
                previousLeftOpen = leftOpenThisLine; // blank lines carry the state over
            ++paragraph;
            lineStart = i + 1;
            continue;
        }
        if (i <= markupUntil)
            continue;
        const QChar c = text[i];
        if (c == kStraight && open < 0) {
            const int valueEnd = attributeValueEnd(body, i);
            if (valueEnd >= 0) {
                markupUntil = valueEnd;
                continue;
            }
            if (closingShape(body, i) || endsTag(body, i))
                continue;
        }
        if (c == kStraight && open >= 0 && inchMark(body, i))
            continue;
        if (open < 0) {
            if (opens(c)) {
                open = i;
                opener = c;
            }
        } else if (closes(opener, c)) {
            flush(i, i);
        } else if (c == kLeftDouble && opener == kLeftDouble && closingShape(body, i)) {
            // "a website called “Cape Breton If Donald Trump Wins“ that pitches …": an opening mark
            // typed after a word and before a space closes the quotation it cannot open.
            flush(i, i);
        } else if (c == kRightSingle && i + 1 < n && text[i + 1] == kRightSingle && opener == kLeftDouble) {
            // "“It was an attempt to mislead voters,’’ Will Moy said": two closing single marks
            // typed for one double mark close the quotation (a nested one ends in ’”).
            flush(i, i);
            ++i;
        }
    }
    return segments;
}

} // namespace lede
