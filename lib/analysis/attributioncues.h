#pragma once

#include "analysis/token.h"

#include <QList>

// Small tests on tokens that the attribution rules share: which word is a speech verb here, where
// a sentence starts, which words open a clause or a noun phrase.
namespace lede::cues {

inline constexpr int kAsPutItReach = 8; // "as the conservative Washington Examiner put it"
inline constexpr int kMaxDescriptionWords = 4; // "the conservative publication"
// A quotation this long ends the search for a speech verb across it; a shorter one ("Ted Cruz") does not.
inline constexpr int kBarrierWords = 4;
// "it" stands for a writing named in its own sentence or at most this many before ("The email
// includes a photo …. At the bottom it reads").
inline constexpr int kWritingReach = 2;

// A comma, dash or bracket between a quotation and its attribution.
bool isLeadPunct(const Token &t);
// "when", "after", "although": a word that opens a subordinate clause.
bool isSubordinator(const Token &t);
// Whether token `i` is used as a speech verb: "said", "according to", "as X put it", not "his remarks".
bool isCue(const QList<Token> &tokens, int i);
bool isAllUpper(QStringView text);
// "the", "a", "an".
bool isArticle(const Token &t);
// People a report may quote without naming them, one or many: "witnesses", "a resident", "critics".
bool isPeopleNoun(const Token &t);
// The first token of the sentence holding token `from`, not before `floor`.
int lowerBoundOf(const QList<Token> &tokens, int from, int floor);

} // namespace lede::cues
