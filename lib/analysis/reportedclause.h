#pragma once

#include "analysis/token.h"

#include <QList>

namespace lede {

// Where the clause a reporting verb reports begins, and the verbs that report an infinitive. Used by
// IndirectSpeechFinder; kept apart so that its sentence-level rules stay readable.
namespace ReportedClause {

// The first token of the clause that the verb at `verb` reports, before `last` (one past the
// sentence's last word): after "that" ("said Tuesday that …", "told reporters that …"), the next
// word ("said the city would …"), or "to" after a promise ("vowed to form a task force"); -1 when
// the verb reports no clause ("announced a plan", "said about the plan").
int start(const QList<Token> &tokens, int verb, int last);

// Whether the verb at `verb` promises or threatens an act and "to" (or "not to") follows: "vowed to
// form a task force", "threatened not to attend". Such a verb reports the infinitive it takes.
bool promisesAct(const QList<Token> &tokens, int verb, int last);

// Whether the verb at `verb` asks a question and "whether" or "if" follows, at once or after whom it
// was asked, or a question word after whom: "asked whether the city could afford it", "asked the
// mayor if …", "asked Lee how she was". Such a verb reports the question from "whether" on; "asked
// him to leave", a request, reports nothing.
bool asksQuestion(const QList<Token> &tokens, int verb, int last);

// Whether `i` opens a clause with a subject pronoun and its verb: "he will step down", "it was
// laying off", "she believed", "she's received".
bool pronounClauseAt(const QList<Token> &tokens, int i, int last);

// Whether a lower-case word reads as a finite verb: an auxiliary or a modal ("has", "would"), a
// form in "-ed" ("criticized": nouns seldom end so) or a common irregular past ("drew", "took").
// What the rules ask to tell a clause from a noun phrase, short of parsing.
bool looksFinite(const Token &t);

} // namespace ReportedClause

} // namespace lede
