#pragma once

#include "analysis/sentencesplitter.h"
#include "analysis/token.h"

#include <QList>
#include <QStringView>

// The words of reported speech that IndirectSpeechFinder's rules share: reporting verbs and their
// forms, sources and evidence, shares of a group, and where a reported clause ends. Each takes the
// article's tokens and a position; reportwords.cpp tells what each one accepts, with examples.
namespace lede::reportwords {

constexpr int kMinClauseWords = 4; // a reported clause's fewest words
// A clause opening with a pronoun and its verb may be shorter: "said she supported it", "said it would not".
constexpr int kMinPronounClauseWords = 3;
// The forms of "be" that make a progressive ("is telling") or a passive ("was told").
constexpr QStringView kBeForms[] = {u"is", u"are", u"was", u"were", u"be", u"been", u"being"};
// "people familiar with the talks", "sources close to the campaign": an adjective that takes a
// preposition, after the head of a subject that speaks whoever it is ("a person familiar with …").
constexpr QStringView kSourceAdjectives[] = {u"close", u"familiar", u"loyal", u"opposed", u"allied", u"sympathetic"};

int wordCount(const QList<Token> &tokens, int first, int last);
bool followsDeterminer(const QList<Token> &tokens, int i);
bool isProgressiveReport(const QList<Token> &tokens, int i);
bool isReportingVerb(const QList<Token> &tokens, int i);
bool isReportingParticiple(const QList<Token> &tokens, int i, bool afterConjunction = false);
bool joinsAnotherReport(const QList<Token> &tokens, int i);
int anotherSpeakerAt(const QList<Token> &tokens, int i, int last);
bool writerCommentsAt(const QList<Token> &tokens, int i, int last);
int reportEnd(const QList<Token> &tokens, int c, int last);
bool finiteVerbIn(const QList<Token> &tokens, int first, int last);
int wordsEnd(const QList<Token> &tokens, const TokenRange &sentence);
bool holdsClause(const QList<Token> &tokens, int c, int end);
bool saysOnlyWhen(const Token &t);
bool isSourceNoun(const Token &t);
bool isSourceNounAt(const QList<Token> &tokens, int i);
bool isHeadlineVerb(const QList<Token> &tokens, int v);
bool isTeaser(const QList<Token> &tokens, int first, int last);
bool notSpokenBySubject(const QList<Token> &tokens, int v, int first);
bool isFindingVerb(const QList<Token> &tokens, int i);
bool isPublishingParticiple(const Token &t);
bool isEvidenceNoun(const Token &t);
bool isShare(const Token &t);
bool endsShareOutOf(const QList<Token> &tokens, int i);

} // namespace lede::reportwords
