#pragma once

#include "analysis/token.h"

#include <QList>

namespace lede {

// The noun phrase that names a speaker next to a speech verb: "Mayor Lana Negrete", "he",
// "the legal nonprofit", "Sanders campaign manager Jeff Weaver".
struct SpeakerPhrase
{
    int first = -1; // token range, empty when none was found
    int last = -1; // one past

    bool isValid() const { return first >= 0 && last > first; }
};

// Finds speaker phrases before and after a token within bounds, skipping appositions
// ("Negrete, who …, said") and words like "also" or "has".
class SpeakerPhraseFinder
{
public:
    explicit SpeakerPhraseFinder(const QList<Token> &tokens);

    // The phrase ending right before `verb` (subject of "X said"), not reaching before `lowerBound`.
    SpeakerPhrase before(int verb, int lowerBound) const;
    // The phrase starting right after `verb` (inverted "said X"), not reaching `upperBound`.
    SpeakerPhrase after(int verb, int upperBound) const;
    // Whether a phrase can name a speaker at all: a name, a pronoun or a person/organisation noun.
    bool plausible(const SpeakerPhrase &phrase) const;

private:
    bool isPhraseToken(int i) const;
    // The comma opening the aside whose last token is `last` (", a swing state"), or -1 when none
    // does within reach (a quotation mark, a sentence end or a bracket comes first).
    int asideOpening(int last, int lowerBound) const;
    // Whether the comma at `c` is inside or closes a place and its region after a preposition:
    // "in Munich, Germany,", "of Raleigh, N.C.,". Such commas open no aside.
    bool inPlaceAndRegion(int c) const;
    // Whether the aside opening at `i` describes someone named before it: "who …", "facing …",
    // "elected …".
    bool opensDescription(int i) const;
    // Whether tokens `first` to `last` (inclusive) name someone: a determiner opens them or a
    // capital is among them ("the island's government", "council member Tom Reid"; not "mount a
    // serious race").
    bool namesSomeoneFrom(int first, int last) const;
    // Where the phrase ending before `end` begins: up to `maxWords` phrase words and a "the"
    // opening them ("a spokesman for the campaign", "the man who …"); `end` when there are none.
    int phraseStartBefore(int end, int lowerBound, int maxWords) const;
    // The token before a party label ending at `k` ("(R-Ohio)", ", R-Ky.,") or a relative clause in
    // brackets ("(who has …)"), or `k` when none.
    int skipPartyLabel(int k, int lowerBound) const;

    const QList<Token> &m_tokens;
};

} // namespace lede
