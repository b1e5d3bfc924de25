#include "import/personname.h"

#include <algorithm>

namespace lede {
namespace {

constexpr int kMostMiddleWords = 3; // "Omar Mir Seddique Mateen"

bool isSuffix(const QString &lowerWord)
{
    static const QStringView suffixes[] = {u"jr", u"sr", u"ii", u"iii", u"iv"};
    return std::any_of(std::begin(suffixes), std::end(suffixes), [&](QStringView s) { return s == lowerWord; });
}

// The words of a name, split at any space (a no-break space too), commas dropped ("Trump, Jr.").
QStringList wordsOf(const QString &name, bool *usualSpaces)
{
    QStringList words;
    QString word;
    for (const QChar c : name) {
        if (c.isSpace()) {
            if (c != u' ')
                *usualSpaces = false;
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else if (c != u',') {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString withoutDots(const QString &word)
{
    QString out = word;
    out.remove(u'.');
    return out.toLower();
}

// "J." -> "j"; "H.W." and "HW" -> "h", "w"; "Rodham" -> "rodham".
QStringList middleParts(const QString &word)
{
    const QString letters = withoutDots(word);
    const bool initials = word.contains(u'.') || letters.size() == 1
        || (word.size() == 2 && word.at(0).isUpper() && word.at(1).isUpper());
    if (!initials || letters.isEmpty())
        return {letters};
    QStringList out;
    for (const QChar c : letters)
        out << QString(c);
    return out;
}

bool fits(const QString &a, const QString &b)
{
    return a == b || (a.size() == 1 && b.startsWith(a)) || (b.size() == 1 && a.startsWith(b));
}

} // namespace

std::optional<PersonName> PersonName::parse(const QString &name)
{
    PersonName p;
    QStringList words = wordsOf(name, &p.usual);
    if (words.size() < 2)
        return std::nullopt;
    QString &lastWord = words.last();
    if (lastWord.endsWith(u"'s") || lastWord.endsWith(u"\u2019s")) {
        lastWord.chop(2);
        p.usual = false;
    }
    if (const QString s = withoutDots(lastWord); isSuffix(s)) {
        p.suffix = s;
        words.removeLast();
    }
    if (words.size() < 2 || words.size() - 2 > kMostMiddleWords)
        return std::nullopt;
    p.first = withoutDots(words.first());
    p.last = withoutDots(words.last());
    if (p.first.isEmpty() || p.last.isEmpty())
        return std::nullopt;
    for (qsizetype i = 1; i + 1 < words.size(); ++i)
        p.middle << middleParts(words.at(i));
    int lower = 0;
    for (const QChar c : name) {
        if (c.isUpper())
            ++p.capitals;
        else if (c.isLower())
            ++lower;
    }
    if (lower == 0)
        p.usual = false; // "DONALD TRUMP", from a headline or a caption
    return p;
}

QString PersonName::key() const
{
    return first + u'|' + last + u'|' + suffix;
}

bool PersonName::middleFits(const PersonName &other) const
{
    if (middle.isEmpty() || other.middle.isEmpty())
        return true;
    if (middle.size() != other.middle.size())
        return false;
    for (qsizetype i = 0; i < middle.size(); ++i) {
        if (!fits(middle.at(i), other.middle.at(i)))
            return false;
    }
    return true;
}

} // namespace lede
