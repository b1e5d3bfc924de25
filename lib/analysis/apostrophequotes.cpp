#include "analysis/apostrophequotes.h"

namespace lede::ApostropheQuotes {
namespace {

bool isApostrophe(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i) == u'\'';
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
