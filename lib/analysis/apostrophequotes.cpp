#include "analysis/apostrophequotes.h"

namespace lede::ApostropheQuotes {
namespace {

bool isApostrophe(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i) == u'\'';
}

// "6'2''", "5'10''": a height in feet and inches.
bool isInches(const QString &s, qsizetype i)
{
    if (i < 2 || !s.at(i - 1).isDigit())
        return false;
    const qsizetype feetMark = s.at(i - 2).isDigit() ? i - 3 : i - 2;
    return feetMark > 0 && isApostrophe(s, feetMark) && s.at(feetMark - 1).isDigit();
}

} // namespace

QString asQuotationMarks(const QString &body)
{
    qsizetype i = body.indexOf(u"''");
    if (i < 0)
        return {};
    QString text = body;
    bool changed = false;
    for (; i >= 0; i = body.indexOf(u"''", i + 2)) {
        // A run of three or more ("'It's over.'''") mixes a single mark with a double one: leave it.
        if (isApostrophe(body, i - 1) || isApostrophe(body, i + 2))
            continue;
        // After feet they are inches ("5'10''"), not a closing mark.
        if (isInches(body, i))
            continue;
        const bool spaceBefore = i == 0 || body.at(i - 1).isSpace() || body.at(i - 1) == u'(';
        const bool spaceAfter = i + 2 >= body.size() || body.at(i + 2).isSpace();
        if (spaceBefore && !spaceAfter) {
            text[i] = u' ';
            text[i + 1] = u'"';
            changed = true;
        } else if (!spaceBefore) {
            text[i] = u'"';
            text[i + 1] = u' ';
            changed = true;
        }
    }
    return changed ? text : QString();
}

} // namespace lede::ApostropheQuotes
