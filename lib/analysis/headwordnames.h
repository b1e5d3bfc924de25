#pragma once

#include "analysis/entitymention.h"
#include "analysis/token.h"
#include "domain/entity.h"

#include <QList>
#include <optional>

namespace lede {

class Gazetteer;

// Names whose last word usually says what they are ("Act", "Convention", "Day", "Initiative") and
// here says otherwise: a party's convention is an event, not a treaty; a law school is a school;
// "Nathan Deal" and "Kristen Day" are people; "Bill" alone is Bill Clinton far more often than a
// bill, which takes "the". The recognizer asks before it types a name by its last word; nullopt
// leaves the name to the usual rules. A person found here gets its gender from the first name.
namespace HeadWordNames {

std::optional<EntityKind> exception(const QList<Token> &tokens, EntityMention &m, const Gazetteer &gazetteer);

} // namespace HeadWordNames

} // namespace lede
