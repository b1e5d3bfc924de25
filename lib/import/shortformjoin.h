#pragma once

#include "storage/entityjoinrepository.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace lede {

class Library;

// Joins a bare surname to the one person the library's articles use it for, across articles: an
// article that only says "Trump" gets a suggested person "Trump", which joins "Donald Trump" (who
// has "Trump" as an alias from articles naming him in full), so that the entity list shows him once
// with all his mentions.
//
// The rule: a suggested one-word person entity joins the person whose last name is that word and
// who has it as an alias, when that person is named in full in at least nine in ten of the
// library's articles naming any such person in full. "Clinton" (Hillary and Bill) and "Bush" stay
// apart; so do "Trump" and "Donald Trump Jr." if the son is named in more than one in ten. A
// surname that is also a lower-case dictionary word ("King", "Bible") needs that person named in
// full in at least as many articles as the bare word is. An editor's confirmed entity is the
// target of its surname; an entity an editor confirmed or rejected is never joined away, and a
// rejected one is never a target. Variants of one full name have joined before (NameVariantJoin).
//
// "Named in full" counts the articles the person's entity is in whose text has one of the person's
// full names: an article an earlier join gave to Hillary Clinton says "Clinton" only, and must not
// count for her when Bill Clinton has arrived since. So the outcome is
// the same whether the articles came in one import or one by one: a join made while the library
// knew one Clinton stays (those articles knew no other), and a new article's "Clinton" stays apart.
//
// It runs at the end of an import and of Analyse Again, over the names they wrote: the counts are
// the library's as a whole then, so the outcome does not depend on the order the articles were
// written in.
class ShortFormJoin
{
public:
    // With heldBack, the pending sets wait for EntityJoinRepository::rewriteHeldBack().
    explicit ShortFormJoin(Library &library, EntityJoinRepository::HeldBack *heldBack = nullptr);

    // Considers these names; returns how many entities were joined into others. Call inside a
    // transaction, with the entity count index in place (see PendingEntityIndex).
    int run(const QStringList &names);

private:
    // The entity a short form joins, if any (the rule above, on what the library holds).
    std::optional<qint64> targetFor(const EntityJoinRepository::ShortForm &form);
    int articlesNamingInFull(const EntityJoinRepository::Candidate &person);

    Library &m_library;
    EntityJoinRepository m_repository;
    QHash<qint64, int> m_inFull; // by entity: several surnames may ask about one person
};

} // namespace lede
