#include "import/speakerentity.h"

#include "analysis/gazetteer.h"
#include "analysis/wordlists.h"

#include <algorithm>

namespace lede {
namespace {

bool isOpeningMark(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[' || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB'
        || c == u'\u201E';
}

bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB';
}

// Whether the word at this index opens a sentence: before it (past spaces and opening marks) is
// the start of the text or of a line, or a sentence's end mark, possibly inside closing marks.
bool startsASentence(const QString &body, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && ((body.at(i).isSpace() && body.at(i) != u'\n') || isOpeningMark(body.at(i))))
        --i;
    if (i < 0 || body.at(i) == u'\n')
        return true;
    while (i >= 0 && isClosingMark(body.at(i)))
        --i;
    return i >= 0 && (body.at(i) == u'.' || body.at(i) == u'!' || body.at(i) == u'?' || body.at(i) == u':');
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

// The word before (or after) a place in the text, past spaces within the line.
QStringView wordBefore(const QString &body, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && body.at(end - 1) == u' ')
        --end;
    qsizetype start = end;
    while (start > 0 && isWordCharacter(body.at(start - 1)))
        --start;
    return QStringView(body).mid(start, end - start);
}

QStringView wordAfter(const QString &body, qsizetype at)
{
    qsizetype start = at;
    while (start < body.size() && body.at(start) == u' ')
        ++start;
    qsizetype end = start;
    while (end < body.size() && isWordCharacter(body.at(end)))
        ++end;
    return QStringView(body).mid(start, end - start);
}

bool isCapitalised(QStringView word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

// Whether the word at [at, end) is part of a longer capitalised name ("Secretary of State", "the
// State Department", "American Federation of Teachers"), where it is capitalised for the name.
bool isInsideALongerName(const QString &body, qsizetype at, qsizetype end)
{
    const QStringView before = wordBefore(body, at);
    return isCapitalised(before) || before == u"of" || isCapitalised(wordAfter(body, end));
}

// The person of these whose name ends in the word, if exactly one does.
QString onlyPersonWithSurname(const QString &word, const QStringList &people)
{
    QString found;
    for (const QString &person : people) {
        if (person.size() <= word.size() || !person.endsWith(word)
            || person.at(person.size() - word.size() - 1) != u' ')
            continue;
        if (!found.isEmpty() && found != person)
            return {};
        found = person;
    }
    return found;
}

} // namespace

bool SpeakerEntity::namesAnEntity(const QString &speaker)
{
    static const QStringView quantifiers[] = {u"multiple", u"both",   u"all",      u"each",     u"every",
                                              u"most",     u"few",    u"others",   u"someone",  u"somebody",
                                              u"anyone",   u"nobody", u"everyone", u"everybody"};
    static const QStringView connectors[] = {u"of", u"de", u"la", u"van", u"von", u"bin", u"al", u"and"};
    const QStringList words = speaker.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    const QString first = words.first().toLower();
    if (WordLists::isDeterminer(first) || WordLists::isPronoun(first)
        || std::any_of(std::begin(quantifiers), std::end(quantifiers), [&](QStringView q) { return q == first; }))
        return false;
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
        return w.at(0).isUpper()
            || std::any_of(std::begin(connectors), std::end(connectors), [&](QStringView c) { return c == w; });
    });
}

bool SpeakerEntity::isWrittenInsideASentence(const QString &word, const QString &body)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool wholeWord =
            (at == 0 || !isWordCharacter(body.at(at - 1))) && (end == body.size() || !isWordCharacter(body.at(end)));
        if (wholeWord && !startsASentence(body, at) && !isInsideALongerName(body, at, end))
            return true;
    }
    return false;
}

QString SpeakerEntity::nameFor(const QString &speaker, const QString &body, const QStringList &people)
{
    if (!namesAnEntity(speaker))
        return {};
    // "Democrats", "Senate Republicans", "Evangelicals": members of a party or a group, speaking as
    // many, are neither a person nor the party's organisation.
    if (WordLists::isDemonym(speaker.section(u' ', -1).toLower()))
        return {};
    if (speaker.contains(u' '))
        return speaker;
    if (const QString person = onlyPersonWithSurname(speaker, people); !person.isEmpty())
        return person;
    const QString lower = speaker.toLower();
    if (Gazetteer::instance().isCommonWord(lower) && !isWrittenInsideASentence(speaker, body))
        return {};
    return speaker;
}

} // namespace lede
