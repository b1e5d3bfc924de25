#include "import/shortformjoin.h"

#include "analysis/gazetteer.h"
#include "storage/library.h"

#include <QHash>

#include <algorithm>

namespace lede {
namespace {

constexpr int kShareOfArticles = 9; // in 10

// "Donald J. Trump" -> "Donald", "Trump": the words of a name without initials and suffixes.
QStringList nameWords(const QString &name)
{
    static const QStringView suffixes[] = {u"jr.", u"jr", u"sr.", u"sr", u"ii", u"iii", u"iv"};
    QStringList words;
    for (const QString &w : name.split(u' ', Qt::SkipEmptyParts)) {
        const QString lower = w.toLower();
        const bool initial = w.size() == 1 || (w.size() == 2 && w.endsWith(u'.'));
        if (!initial
            && std::none_of(std::begin(suffixes), std::end(suffixes), [&](QStringView s) { return s == lower; }))
            words << lower;
    }
    return words;
}

} // namespace

ShortFormJoin::ShortFormJoin(Library &library)
    : m_library(library)
{ }

std::optional<qint64> ShortFormJoin::targetFor(const EntityJoinRepository::ShortForm &form)
{
    const QString surname = form.name.toLower();
    // Variants of one person's name, by first and last word.
    struct Person
    {
        int articles = 0;
        QList<EntityJoinRepository::Candidate> variants;
    };
    QHash<QString, Person> people;
    int total = 0;
    for (const EntityJoinRepository::Candidate &c : form.candidates) {
        const QStringList words = nameWords(c.name);
        if (words.size() < 2 || words.last() != surname)
            continue; // "President" is an alias of some, no surname
        Person &p = people[words.first() + u' ' + words.last()];
        p.articles += c.articles;
        p.variants << c;
        total += c.articles;
    }
    if (people.isEmpty())
        return std::nullopt;
    const Person *best = nullptr;
    for (const Person &p : std::as_const(people)) {
        if (!best || p.articles > best->articles)
            best = &p;
    }
    if (qint64(best->articles) * 10 < qint64(total) * kShareOfArticles)
        return std::nullopt;
    const auto confirmed = std::find_if(best->variants.cbegin(), best->variants.cend(),
                                        [](const auto &v) { return v.status == ReviewStatus::Confirmed; });
    if (confirmed != best->variants.cend())
        return confirmed->id; // the editor's word is enough evidence
    // "Bible" named in two articles, "James Bible" in one: more likely the book than him.
    if (best->articles < form.articles && Gazetteer::instance().isCommonWord(surname))
        return std::nullopt;
    // The most named variant; the oldest of equals (candidates come by id).
    const auto most = std::max_element(best->variants.cbegin(), best->variants.cend(),
                                       [](const auto &a, const auto &b) { return a.articles < b.articles; });
    return most->id;
}

int ShortFormJoin::run(const QStringList &names)
{
    QStringList oneWord;
    for (const QString &n : names) {
        if (!n.isEmpty() && !n.contains(u' '))
            oneWord << n;
    }
    if (oneWord.isEmpty())
        return 0;
    oneWord.sort(); // the same work in the same order, whatever order the names were collected in
    EntityJoinRepository repository(m_library.connection());
    QList<QPair<qint64, qint64>> joins;
    for (const EntityJoinRepository::ShortForm &form : repository.shortForms(oneWord, EntityKind::Person)) {
        if (const std::optional<qint64> target = targetFor(form))
            joins.append({form.id, *target});
    }
    repository.join(joins);
    return int(joins.size());
}

} // namespace lede
