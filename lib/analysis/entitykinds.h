#pragma once

#include "analysis/entitymention.h"
#include "analysis/token.h"

#include <QList>

namespace lede {

class Gazetteer;

// Rules that look at an article's mentions together, after each was found and typed on its own.
namespace EntityKinds {

// "Washington, D.C.": the city and its district written after it are one place ("Orlando, Fla."
// stays two: the city, then the state it lies in).
// "Sen. Marco Rubio (Fla.)": the state in brackets after a name is a label, not a place mentioned.
void joinDistrictAndStateLabels(const QString &body, const QList<Token> &tokens, QList<EntityMention> &mentions);

// "CNN/ORC", "Washington Post/ABC News": bodies or places joined by a slash, no space around it,
// are one joint name of an organisation (a poll's or a paper's partners). People stay apart.
void joinSlashedNames(const QString &body, const QList<Token> &tokens, QList<EntityMention> &mentions);

// A name the rules could only guess at takes the kind the article shows elsewhere: "in Clarkston"
// makes every "Clarkston" a place, "Allergan's shares" every "Allergan" a company. A single word
// that is the surname of a person named in full is that person, even where a region has the name
// ("John Bolton" … "Bolton"). Names listed next to a plural place noun are places ("Brown and
// Racine counties", "the counties of Macomb and Oakland"), and so is a county's name alone
// ("Loudoun County" … "win Loudoun").
void settle(const QList<Token> &tokens, const Gazetteer &gazetteer, QList<EntityMention> &mentions);

// Whether the word right after the name is a noun the name qualifies ("in Carrier furnaces", "in
// Adelson money"): then a preposition before says nothing of what the name itself names.
bool qualifiesNoun(const QList<Token> &tokens, const EntityMention &m, const Gazetteer &gazetteer);

} // namespace EntityKinds
} // namespace lede
