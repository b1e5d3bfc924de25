#include "import/namevariantjoin.h"

#include "domain/wordkey.h"
#include "import/personname.h"
#include "storage/library.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace lede {
namespace {

struct Form
{
    const EntityJoinRepository::Named *entity;
    PersonName name;
    // Its name and the aliases of the same person: an entity that "George W. Bush" joined earlier
    // as "George Bush" stands for him, and "George H.W. Bush" does not fit it.
    QList<PersonName> written;
};

bool fitEachOther(const Form &a, const Form &b)
{
    return std::all_of(a.written.cbegin(), a.written.cend(), [&](const PersonName &x) {
        return std::all_of(b.written.cbegin(), b.written.cend(), [&](const PersonName &y) { return x.middleFits(y); });
    });
}

// Whether a is the better name to keep than b (see the class comment).
bool keepsBetter(const Form &a, const Form &b)
{
    const auto rank = [](const Form &f) {
        const auto initials =
            std::count_if(f.name.middle.cbegin(), f.name.middle.cend(), [](const QString &m) { return m.size() == 1; });
        return std::make_tuple(f.entity->status != ReviewStatus::Confirmed, !f.name.usual, f.name.middle.size(),
                               initials, f.name.capitals);
    };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    return a.entity->name < b.entity->name;
}

// The name up to its first space or no-break space (QString::section() split the whole name, twice
// for each of the thousands of names an import gives).
QString firstWordOf(const QString &name)
{
    const auto end = std::find_if(name.cbegin(), name.cend(), [](QChar c) { return c == u' ' || c == QChar(0xA0); });
    return name.left(end - name.cbegin());
}

// The spellings of a first name that an index range finds: as written, capitalised, in capitals.
QStringList spellingsOf(const QString &firstWord)
{
    const QString lower = firstWord.toLower();
    QStringList out {firstWord, lower.left(1).toUpper() + lower.mid(1), firstWord.toUpper()};
    out.removeDuplicates();
    return out;
}

// The joins among the forms of one person (same key).
QList<QPair<qint64, qint64>> joinsOfOnePerson(const QList<Form> &forms)
{
    if (forms.size() < 2)
        return {};
    for (qsizetype i = 0; i < forms.size(); ++i) {
        for (qsizetype j = i + 1; j < forms.size(); ++j) {
            if (!fitEachOther(forms.at(i), forms.at(j)))
                return {}; // two people ("George W." and "George H.W. Bush"), or one can't tell which
        }
    }
    const auto confirmed = std::count_if(forms.cbegin(), forms.cend(),
                                         [](const Form &f) { return f.entity->status == ReviewStatus::Confirmed; });
    if (confirmed > 1)
        return {};
    const Form &target = *std::min_element(forms.cbegin(), forms.cend(), keepsBetter);
    QList<QPair<qint64, qint64>> joins;
    for (const Form &f : forms) {
        if (f.entity != target.entity && f.entity->status == ReviewStatus::Suggested)
            joins.append({f.entity->id, target.entity->id});
    }
    return joins;
}

} // namespace

NameVariantJoin::NameVariantJoin(Library &library, EntityJoinRepository::HeldBack *heldBack)
    : m_library(library)
    , m_heldBack(heldBack)
{ }

QList<QPair<qint64, qint64>> NameVariantJoin::joinsFor(const QList<EntityJoinRepository::Named> &named)
{
    QMap<QString, QList<Form>> byPerson; // by key, so that the work comes in one order
    for (const EntityJoinRepository::Named &n : named) {
        const std::optional<PersonName> p = PersonName::parse(n.name);
        if (!p)
            continue;
        Form form {&n, *p, {*p}};
        for (const QString &alias : n.aliases) {
            const std::optional<PersonName> a = PersonName::parse(alias);
            if (a && a->key() == p->key())
                form.written << *a;
        }
        byPerson[p->key()].append(form);
    }
    QList<QPair<qint64, qint64>> joins;
    for (const QList<Form> &forms : std::as_const(byPerson))
        joins << joinsOfOnePerson(forms);
    return joins;
}

int NameVariantJoin::run(const QStringList &names)
{
    // Most names come twice, as one of the names given and as an entity found: parsed once.
    QHash<WordKey, std::optional<PersonName>> parsed;
    const auto parse = [&parsed](const QString &name) -> std::optional<PersonName> {
        auto it = parsed.find(name);
        if (it == parsed.end())
            it = parsed.insert(name, PersonName::parse(name));
        return *it;
    };
    QSet<WordKey> keys; // the people these names are of
    QStringList firstWords;
    for (const QString &n : names) {
        if (const std::optional<PersonName> p = parse(n)) {
            keys.insert(p->key());
            firstWords << spellingsOf(firstWordOf(n));
        }
    }
    if (keys.isEmpty())
        return 0;
    firstWords.removeDuplicates();
    EntityJoinRepository repository(m_library.connection(), m_heldBack);
    const QList<EntityJoinRepository::Named> found = repository.beginningWith(firstWords, EntityKind::Person);
    QHash<WordKey, QList<EntityJoinRepository::Named>> byPerson;
    for (const EntityJoinRepository::Named &n : found) {
        const std::optional<PersonName> p = parse(n.name);
        if (p && keys.contains(p->key()))
            byPerson[p->key()].append(n);
    }
    // Only a person written more than one way has anything to join; only then do aliases count.
    QList<EntityJoinRepository::Named> ofThesePeople;
    for (QList<EntityJoinRepository::Named> &forms : byPerson) {
        if (forms.size() < 2)
            continue;
        for (EntityJoinRepository::Named &n : forms)
            n.aliases = repository.aliasesOf(n.id);
        ofThesePeople << forms;
    }
    const QList<QPair<qint64, qint64>> joins = joinsFor(ofThesePeople);
    repository.join(joins);
    return int(joins.size());
}

} // namespace lede
