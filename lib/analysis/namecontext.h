#pragma once

#include "analysis/entitymention.h"
#include "analysis/sentencesplitter.h"
#include "analysis/token.h"

#include <QList>

namespace lede {

// What the words around a name say about it, without any word list beyond WordLists.
namespace NameContext {

// Whether a platform's name ("Twitter", "YouTube") names the medium, not the company: after a
// preposition or a determiner ("on Twitter", "a YouTube video"), or before what is posted on it
// ("Facebook posts", "Twitter account").
bool namesAMedium(const QList<Token> &tokens, const EntityMention &m);

// For each sentence, whether it is a headline in title case, where capitals say nothing.
QList<bool> headlineSentences(const QList<Token> &tokens, const QList<TokenRange> &sentences);
// "Scott Olson via Getty Images.", "(John Moore/Getty Images)": a short line crediting a photo.
bool isCreditLine(const QList<Token> &tokens, const TokenRange &sentence);
// "Ki-moon", "Jae-in", "Geun-hye": a Korean given name, two syllables joined by a hyphen, the
// second written small.
bool isKoreanGivenName(QStringView word);
// "Scott Olson via Getty Images.": the name opens its paragraph and "via" and a name follow it.
bool creditsPhotographer(const QList<Token> &tokens, const EntityMention &m);
// "the U.S.-Mexico border", "a New York-based group": the name is glued to a word by a hyphen.
bool isCompoundModifier(const QList<Token> &tokens, const EntityMention &m);
// "WALLACE: Let's start …": a name in capitals opening a paragraph (after an optional quotation
// mark) and followed by a colon labels a speaker's turn in a transcript.
bool opensTranscriptTurn(const QList<Token> &tokens, const EntityMention &m);
// ", said Bolton": a speech verb right before token k, after no word (inverted order).
bool afterInvertedSpeechVerb(const QList<Token> &tokens, int k);
// "said Bolton", "Kerry wrote": a speech verb right before or after the name.
bool nextToSpeechVerb(const QList<Token> &tokens, const EntityMention &m);
// "Whit Ayres, who was …": a comma and "who" or "whose" right after the name, which is no
// preposition's object.
bool followedByWho(const QList<Token> &tokens, const EntityMention &m);
// "MACAU (Reuters) –", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —": a name in capitals opening a paragraph
// and followed by the agency or a dash (after an optional state and date) is a dateline's place.
bool opensDateline(const QString &body, const EntityMention &m);
// "FBI", "U.S.", "AT&T": letters all in capitals, at least two.
bool isAcronym(QStringView text);
// "LinkedIn", "BuzzFeed": a capital inside a word, not one after "Mc", "O'" or "De" ("McCain").
bool hasInnerCapital(QStringView word);
// "Al", "Le", "De", "Van" written with a capital: a particle that opens a name ("Le Pen").
bool isNameParticle(const Token &t);
// "R-Ohio", "D-N.Y.", "I-Vt.", "R-OH": a party letter, a hyphen and a state, labelling a politician.
bool isPartyLabel(const Token &t);
// "al-Assad", "el-Sisi": Arabic's article written small and joined to the name that follows.
bool isArticleParticle(const Token &t);
// "headlined The Rats Are Scurrying", "titled The Art of …": a capitalised "The" (at token
// `the`) that opens the title of a work, not the name of a paper ("told The Hill"): a word such as
// "headlined" before it, or a headline's verb right after the name that ends at `nameEnd`.
bool opensTitleOfAWork(const QList<Token> &tokens, int the, int nameEnd);
// "Is", "If", "That", "His" written with a capital (not in capitals): a headline's verb, pronoun or
// conjunction, which is never a word inside a name.
bool isClauseWordInHeadline(const Token &t);
// Whether the article writes the word (given in lower case) somewhere all in lower case: a word,
// however rare, that the article capitalises only to open sentences ("superdelegates").
bool writtenInLowerCase(const QList<Token> &tokens, QStringView lower);

} // namespace NameContext
} // namespace lede
