#pragma once

#include "analysis/token.h"

#include <QList>
#include <QString>

namespace lede {

// Words that UTF-8 read as Latin-1 broke into pieces: "Peña" written "PeÃ±a" is tokenized "PeÃ",
// "±", "a", and "Gülen" (its mojibake decomposed) "GÃ1", "⁄", "4len". Joined again, such a word
// is one name ("Enrique PeÃ±a Nieto") instead of a fragment that looks like a person of its own.
namespace BrokenWords {

// Whether the tokens hold any of the signs such breakage leaves between the pieces ("±", "©",
// "⁄"): a quick test so that clean articles skip the join.
bool any(const QList<Token> &tokens);
// Whether a word holds such a mark: its capitals and digits are mojibake's, not the name's.
bool isBroken(QStringView word);

// The tokens with each broken word joined into one word token (no word lists of its own).
// `origin` gets, for every joined token, the index of its first token in `tokens`, and one more
// entry, tokens.size(), so that a range [first, last) of joined tokens maps back as
// [origin[first], origin[last]).
QList<Token> join(const QList<Token> &tokens, QList<int> &origin);

} // namespace BrokenWords
} // namespace lede
