#pragma once

#include "storage/entityjoinrepository.h"

#include <QStringList>

namespace lede {

class Library;

// Joins an organisation written as its acronym in one article ("FBI") to the organisation another
// article names in full and ties the acronym to ("Federal Bureau of Investigation (FBI)": the
// analysis makes "FBI" an alias of it), and a name written in capitals ("VERIZON") to the same
// name written the usual way. Only when the library ties the short form to exactly one such
// organisation: "ICE" tied to two expansions stays apart, as does "PAC", which is no acronym of
// "Ready PAC". An entity an editor confirmed or rejected is never joined away; a rejected one is
// never a target. Runs with ShortFormJoin at the end of an import and of Analyse Again.
class AcronymJoin
{
public:
    // With heldBack, the pending sets wait for EntityJoinRepository::rewriteHeldBack().
    explicit AcronymJoin(Library &library, EntityJoinRepository::HeldBack *heldBack = nullptr);

    // Considers these names (names of more than one word are left out); returns how many entities
    // were joined into others. Call inside a transaction.
    int run(const QStringList &names);

    // Whether the short form stands for the name: its letters, in order, are the initials of the
    // name's words ("FBI", "Federal Bureau of Investigation"; "TPP", "Trans-Pacific Partnership";
    // "ICE", "U.S. Immigration and Customs Enforcement"), or it is the name in capitals.
    static bool standsFor(const QString &shortForm, const QString &name);

private:
    Library &m_library;
    EntityJoinRepository::HeldBack *m_heldBack;
};

} // namespace lede
