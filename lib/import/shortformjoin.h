#pragma once

#include "storage/entityjoinrepository.h"

#include <QStringList>
#include <optional>

namespace lede {

class Library;

// Joins a bare surname to the one person the library's articles use it for, across articles: an
// article that only says "Trump" gets a suggested person "Trump", which joins "Donald Trump" (who
// has "Trump" as an alias from articles naming him in full), so that the entity list shows him once
// with all his mentions.
//
// The rule: a suggested one-word person entity joins the person whose name ends in that word and
// has it as an alias, when that person (with the variants of the name: the same first and last
// word, as "Donald J. Trump") is named in at least nine in ten of the library's articles naming any
// such person. "Clinton" (Hillary and Bill) and "Bush" stay apart. A surname that is also a
// lower-case dictionary word ("King", "Bible") needs that person named in at least as many articles
// as the bare word. Among the variants an editor's confirmed entity is the target, else the one most
// articles name. An entity an editor confirmed or rejected is never joined away, and a rejected one
// is never a target.
//
// It runs at the end of an import and of Analyse Again, over the names they wrote: the counts are
// the library's as a whole then, so the outcome does not depend on the order the articles were
// written in (at record time, an article saying "Clinton" before any naming Bill would have joined
// Hillary).
class ShortFormJoin
{
public:
    explicit ShortFormJoin(Library &library);

    // Considers these names; returns how many entities were joined into others. Call inside a
    // transaction, with the entity count index in place (see PendingEntityIndex).
    int run(const QStringList &names);

    // The entity a short form joins, if any (the rule above, on what the library holds).
    static std::optional<qint64> targetFor(const EntityJoinRepository::ShortForm &form);

private:
    Library &m_library;
};

} // namespace lede
