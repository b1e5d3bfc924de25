#pragma once

#include "storage/entityjoinrepository.h"

#include <QStringList>

namespace lede {

class Library;

// Joins the written variants of one person's full name into one entity: "Donald J. Trump",
// "DONALD TRUMP" and "Donald Trump" (with a no-break space) join "Donald Trump"; "Hillary Rodham
// Clinton" joins "Hillary Clinton".
//
// The rule (see PersonName): the library's people with the same first name, last name and suffix
// are one person when their middle names fit one another: none, or the same words and initials.
// "George Bush", "George W. Bush" and "George H.W. Bush" do not fit, so all three stay apart;
// "Donald Trump Jr." is never a variant of "Donald Trump". The variants join an entity an editor
// confirmed; with none, the name written the usual way (no capitals throughout, no possessive),
// with the fewest middle names and capitals, then the first in alphabetical order: a choice by the
// names alone, so the outcome does not depend on the order the articles came in. Two confirmed
// entities of one person leave the variants where they are (the editor keeps them apart); an
// editor's entities are never joined away, and a rejected one takes no part.
//
// Like ShortFormJoin, it runs at the end of an import and of Analyse Again, before it: "Trump"
// then finds the one person the variants have become.
class NameVariantJoin
{
public:
    // With heldBack, the pending sets wait for EntityJoinRepository::rewriteHeldBack().
    explicit NameVariantJoin(Library &library, EntityJoinRepository::HeldBack *heldBack = nullptr);

    // Considers the people of these names (names of one word are left out); returns how many
    // entities were joined into others. Call inside a transaction.
    int run(const QStringList &names);

    // Which entities of one person's forms join which: pairs (from, into), none when the forms
    // are of more than one person.
    static QList<QPair<qint64, qint64>> joinsFor(const QList<EntityJoinRepository::Named> &forms);

private:
    Library &m_library;
    EntityJoinRepository::HeldBack *m_heldBack;
};

} // namespace lede
