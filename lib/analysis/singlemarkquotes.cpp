#include "analysis/singlemarkquotes.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace lede::SingleMarkQuotes {
namespace {

constexpr char16_t kLeftSingle = 0x2018;
constexpr char16_t kRightSingle = 0x2019;
constexpr char16_t kLeftDouble = 0x201C;
constexpr char16_t kRightDouble = 0x201D;
constexpr char16_t kStraightDouble = u'"';
constexpr char16_t kStraightSingle = u'\'';

// Whether the character can open or close a single-mark quotation. Asked first of every character,
// inline: a text is almost all other characters (asDoubleMarks() was a tenth of the analysis).
inline bool isSingleMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == kStraightSingle || u == kLeftSingle || u == kRightSingle;
}

// What may stand before an opening mark: nothing, a space, a bracket, a dash, a slash or the
// opening of a quotation the single one sits in.
bool opensAfter(const QString &s, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar c = s.at(i - 1);
    return c.isSpace() || c == u'(' || c == u'[' || c == u'/' || c == kLeftDouble || c == kStraightDouble
        || c.category() == QChar::Punctuation_Dash;
}

// 'n' in rock 'n' roll, 'em, 'tis, 'cause: a letter left out, not a quotation.
bool elision(const QString &s, qsizetype i)
{
    static const QStringView words[] = {u"n", u"em", u"tis", u"twas", u"cause", u"til", u"bout", u"round"};
    qsizetype end = i + 1;
    while (end < s.size() && s.at(end).isLetter())
        ++end;
    const QStringView word = QStringView(s).mid(i + 1, end - i - 1);
    return std::any_of(std::begin(words), std::end(words),
                       [&](QStringView w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

bool opening(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if ((c != kLeftSingle && c != kStraightSingle) || !opensAfter(s, i) || i + 1 >= s.size())
        return false;
    // '90s and ‘16 stand for the years, with the century left out.
    const QChar next = s.at(i + 1);
    return (next.isLetter() || next == kLeftDouble || next == kStraightDouble || next == u'…') && !elision(s, i);
}

enum class Close { No, Weak, Strong };

// A closing mark follows a word or punctuation and is followed by no letter (don’t, Lee’s are
// apostrophes). After an s and before a lowercase word it may as well be a plural's apostrophe
// ("the voters’ anger"): a weak closing, taken only when no strong one follows.
Close closing(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if ((c != kRightSingle && c != kStraightSingle) || i == 0 || s.at(i - 1).isSpace())
        return Close::No;
    if (i + 1 < s.size() && s.at(i + 1).isLetterOrNumber())
        return Close::No;
    const QChar before = s.at(i - 1);
    if ((before == u's' || before == u'S') && i + 2 < s.size() && s.at(i + 1) == u' '
        && (s.at(i + 2).isLower() || s.at(i + 2).isDigit()))
        return Close::Weak;
    return Close::Strong;
}

struct Quotation
{
    qsizetype open = -1;
    qsizetype close = -1; // -1: left open at the paragraph's end, carried on in the next
};

// The last strong closing mark of a paragraph, or -1: a weak one after it is the only closing left.
qsizetype lastStrongClose(const QString &s, qsizetype paragraphStart, qsizetype paragraphEnd)
{
    for (qsizetype k = paragraphEnd - 1; k >= paragraphStart; --k) {
        if (isSingleMark(s.constData()[k]) && closing(s, k) == Close::Strong)
            return k;
    }
    return -1;
}

// Whether the next paragraph with words opens with a single mark: the quotation goes on there.
bool nextParagraphOpens(const QString &s, qsizetype paragraphEnd)
{
    qsizetype k = paragraphEnd;
    while (k < s.size() && s.at(k).isSpace())
        ++k;
    return k < s.size() && opening(s, k);
}

QList<Quotation> singleQuotations(const QString &s)
{
    QList<Quotation> found;
    qsizetype start = 0;
    while (start < s.size()) {
        qsizetype end = s.indexOf(u'\n', start);
        if (end < 0)
            end = s.size();
        qsizetype open = -1;
        const qsizetype lastStrong = lastStrongClose(s, start, end);
        for (qsizetype i = start; i < end; ++i) {
            if (!isSingleMark(s.constData()[i]))
                continue;
            if (open < 0) {
                if (opening(s, i))
                    open = i;
                continue;
            }
            const Close shape = closing(s, i);
            if (shape == Close::Strong || (shape == Close::Weak && i > lastStrong)) {
                found.append({open, i});
                open = -1;
            }
        }
        if (open >= 0 && nextParagraphOpens(s, end))
            found.append({open, -1});
        start = end + 1;
    }
    return found;
}

// Whether a text's first line reads as its headline: written in title case ("'Missing' Voters Might
// Help Trump": nearly all words of four letters or more start with a capital), or one short sentence
// ("Trailing, Cruz lobs 'Hail Carly' pass."). A first paragraph of two sentences, or a long one, is
// the article's own text.
bool looksLikeHeadline(QStringView line)
{
    constexpr int kMaxHeadlineWords = 20;
    int words = 0;
    int longWords = 0;
    int capitalised = 0;
    for (QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        ++words;
        qsizetype letter = 0;
        while (letter < word.size() && !word.at(letter).isLetter())
            ++letter;
        if (word.size() - letter < 4)
            continue;
        ++longWords;
        capitalised += word.at(letter).isUpper();
    }
    if (longWords > 0 && capitalised * 10 >= longWords * 8)
        return true;
    if (words > kMaxHeadlineWords)
        return false;
    // A sentence ends inside: ". " (or ".' ", ".’ ") and then a capital or an opening mark.
    for (qsizetype i = 0; i + 2 < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != u'.' && c != u'?' && c != u'!')
            continue;
        qsizetype k = i + 1;
        while (k < line.size() && isSingleMark(line.at(k)))
            ++k;
        if (k + 1 < line.size() && line.at(k) == u' ' && (line.at(k + 1).isUpper() || isSingleMark(line.at(k + 1))))
            return false;
    }
    return true;
}

int doubleOpenings(const QString &s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == kLeftDouble || (c == kStraightDouble && opensAfter(s, i)))
            ++n;
    }
    return n;
}

} // namespace

QString asDoubleMarks(const QString &body)
{
    // A look over the text first: most texts have no mark that may open a quotation in single
    // marks, and need no more. A text that writes a double mark as two apostrophes (''…''),
    // as news archives do, nests its single marks. Each kind of mark is found by
    // QString::indexOf(), which reads many characters at a time (a loop testing each character
    // was 3% of the analysis).
    int openings = 0;
    const QChar *const text = body.constData();
    for (const char16_t mark : {kStraightSingle, kLeftSingle}) {
        for (qsizetype i = body.indexOf(QChar(mark)); i >= 0; i = body.indexOf(QChar(mark), i + 1)) {
            if (mark == kStraightSingle && i + 1 < body.size() && text[i + 1] == kStraightSingle)
                return {};
            if (opening(body, i))
                ++openings;
        }
    }
    if (openings == 0)
        return {};
    const QList<Quotation> quotations = singleQuotations(body);
    // American headlines quote with single marks ('Missing' Voters Might Help Trump): what the
    // article quotes below a headline tells how it writes. An American text nests a
    // single-mark quotation inside a double one now and then; a text that quotes with single marks
    // opens more quotations with them than with double marks.
    const qsizetype firstLineEnd = body.indexOf(u'\n');
    const qsizetype countFrom =
        firstLineEnd >= 0 && looksLikeHeadline(QStringView(body).left(firstLineEnd)) ? firstLineEnd : -1;
    const auto belowTitle =
        std::count_if(quotations.cbegin(), quotations.cend(), [&](const Quotation &q) { return q.open > countFrom; });
    if (belowTitle <= doubleOpenings(body))
        return {};
    QString swapped = body;
    for (qsizetype i = 0; i < swapped.size(); ++i) {
        const QChar c = swapped.at(i);
        if (c == kLeftDouble || c == kStraightDouble)
            swapped[i] = c == kLeftDouble ? QChar(kLeftSingle) : QChar(kStraightSingle);
        else if (c == kRightDouble)
            swapped[i] = QChar(kRightSingle);
    }
    for (const Quotation &q : quotations) {
        swapped[q.open] = QChar(kLeftDouble);
        if (q.close >= 0)
            swapped[q.close] = QChar(kRightDouble);
    }
    return swapped;
}

} // namespace lede::SingleMarkQuotes
