#pragma once

#include "analysis/quotescanner.h"
#include "analysis/token.h"
#include "domain/quote.h"

#include <QList>

namespace lede {

// Tells speech from quoted words that are not speech: scare quotes (a single quoted word), titles
// of articles, books, shows and laws ("Face the Nation"), and terms ("the word "deplorables"").
class QuoteClassifier
{
public:
    explicit QuoteClassifier(const QList<Token> &tokens);

    // `open`/`close` are the token indices of the marks; `attributed` tells whether a speech verb
    // names a speaker next to the quotation.
    QuoteKind classify(const QuotedSegment &segment, int open, int close, bool attributed) const;

private:
    bool isTitleCase(int open, int close) const;
    // "Listen To The Music", "Peace Through Strength": title case even on its small words, which
    // nobody's words are written in.
    bool capitalisesSmallWords(int open, int close) const;
    // ""Listen To The Music," "Black Water," "China Grove"": a list of quoted runs, one of which
    // capitalises its small words, is a list of titles.
    bool inListOfTitles(int open, int close) const;
    bool termCueBefore(int open) const;
    bool titleCueBefore(int open) const;
    // "the name "CCHQ Press"", "its Twitter handle "…"": a name given as a name.
    bool nameNounBefore(int open) const;
    // "click "sign up"", "what "go after them" means": a label or words whose meaning is discussed.
    bool usedAsAWord(int open, int close) const;
    // "Sessions' column on Aug. 10, "The piling on must stop,"": a work, then its title in commas.
    bool workNamedBefore(int open, int close) const;
    // ""Here comes Big Daddy," she said, clapping. "The Donald. Big Daddy."": the sentence before is
    // only the attribution of a quotation.
    bool continuesSpeaker(int open) const;
    // "Davis' commentary, "…," is thoughtful": the sentence goes on with the work's own verb.
    bool verbAfterApposition(int close) const;
    // "the "Daily Show" host": the noun after the closing mark says the words name a work.
    bool workNounAfter(int close) const;
    bool prepositionBefore(int open) const;
    bool possessiveBefore(int open) const;
    bool indefiniteArticleBefore(int open) const;
    // "called", "dubbed", "chanting", "a sign reading": somebody's words, a slogan or a name.
    bool namingCueBefore(int open) const;
    bool statusVerbBefore(int open) const;
    // ""Met accused of whitewashing," by Post's Kathianne Boniello": a headline and its byline.
    bool bylineAfter(int close) const;
    // "("Romney blasts Trump," USA Today, Thursday)": a cited headline in parentheses.
    bool citationAround(int open, int close) const;
    // ""No to Schengen" (2005)": a dated poster, slogan or work.
    bool yearAfter(int close) const;
    bool inSentence(const QuotedSegment &segment, int open) const;

    const QList<Token> &m_tokens;
};

} // namespace lede
