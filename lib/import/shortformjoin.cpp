#include "import/shortformjoin.h"

#include "analysis/gazetteer.h"
#include "import/personname.h"
#include "storage/entityspreadrepository.h"
#include "storage/library.h"

#include <QSet>

#include <algorithm>

namespace lede {
namespace {

constexpr int kShareOfArticles = 9; // in 10

} // namespace

ShortFormJoin::ShortFormJoin(Library &library, EntityJoinRepository::HeldBack *heldBack)
    : m_library(library)
    , m_repository(library.connection(), heldBack)
{ }

int ShortFormJoin::articlesNamingInFull(const EntityJoinRepository::Candidate &person)
{
    const auto known = m_inFull.constFind(person.id);
    if (known != m_inFull.constEnd())
        return *known;
    // The full names this entity was written with: "Hillary Clinton", "Hillary Rodham Clinton"; not
    // "Clinton" or "Secretary Clinton", which others share.
    const std::optional<PersonName> own = PersonName::parse(person.name);
    QStringList fullNames;
    for (const QString &alias : m_repository.aliasesOf(person.id)) {
        const std::optional<PersonName> p = PersonName::parse(alias);
        if (own && p && p->key() == own->key())
            fullNames << alias;
    }
    // Of the articles the entity is in, those that write one of them ("Joseph R. Biden" is written in
    // the articles of "Joseph R. Biden Jr." too, and they are not his).
    const QList<qint64> writing = EntitySpreadRepository(m_library.connection()).articlesNaming(fullNames);
    const QList<qint64> naming = m_repository.articleIdsNaming(person.id);
    const QSet<qint64> writingSet(writing.cbegin(), writing.cend());
    const int count =
        int(std::count_if(naming.cbegin(), naming.cend(), [&](qint64 a) { return writingSet.contains(a); }));
    m_inFull.insert(person.id, count);
    return count;
}

std::optional<qint64> ShortFormJoin::targetFor(const EntityJoinRepository::ShortForm &form)
{
    const QString surname = form.name.toLower();
    QList<EntityJoinRepository::Candidate> people; // after NameVariantJoin, one entity per person
    for (const EntityJoinRepository::Candidate &c : form.candidates) {
        const std::optional<PersonName> p = PersonName::parse(c.name);
        if (p && p->last == surname)
            people << c; // not "President", an alias of some, no surname
    }
    if (people.isEmpty())
        return std::nullopt;
    const EntityJoinRepository::Candidate *best = &people.first();
    int bestArticles = -1; // not counted: with one person the share is all
    if (people.size() > 1) {
        int total = 0;
        for (const EntityJoinRepository::Candidate &p : std::as_const(people)) {
            const int articles = articlesNamingInFull(p);
            total += articles;
            if (articles > bestArticles) { // the oldest of equals (candidates come by id)
                best = &p;
                bestArticles = articles;
            }
        }
        if (total == 0 || qint64(bestArticles) * 10 < qint64(total) * kShareOfArticles)
            return std::nullopt;
    }
    if (best->status == ReviewStatus::Confirmed)
        return best->id; // the editor's word is enough evidence
    // "Bible" named in two articles, "James Bible" in one: more likely the book than him.
    if (Gazetteer::instance().isCommonWord(surname)) {
        if (bestArticles < 0)
            bestArticles = articlesNamingInFull(*best);
        if (bestArticles < m_repository.articlesNaming(form.id))
            return std::nullopt;
    }
    return best->id;
}

int ShortFormJoin::run(const QStringList &names)
{
    const QStringList oneWord = EntityJoinRepository::oneWordNames(names);
    if (oneWord.isEmpty())
        return 0;
    QList<QPair<qint64, qint64>> joins;
    for (const EntityJoinRepository::ShortForm &form : m_repository.shortForms(oneWord, EntityKind::Person)) {
        if (const std::optional<qint64> target = targetFor(form))
            joins.append({form.id, *target});
    }
    m_repository.join(joins);
    return int(joins.size());
}

} // namespace lede
