#pragma once

#include "analysis/attribution.h"
#include "analysis/sentencesplitter.h"
#include "analysis/speakerphrase.h"
#include "analysis/token.h"

#include <QList>

namespace lede {

// A reported clause without quotation marks: "Negrete said the city would not help" -> "the city
// would not help", with the speaker and the verb.
struct IndirectSpeech
{
    int start = 0; // characters, the reported clause
    int end = 0;
    Speaker speaker;
};

// Finds indirect speech: a speaker phrase and a reporting verb ("said", "argued", "told reporters")
// followed by a clause, or a clause followed by ", Negrete said."; and a clause a source is named
// for ("According to City officials, …", "…, according to exit polls."). Sentences that quote are
// left to the quotation rules, unless the quoted words lie inside a reported clause. Who reports is
// found in indirectsubjects.cpp; the words the rules share are in reportwords.h.
class IndirectSpeechFinder
{
public:
    IndirectSpeechFinder(const QList<Token> &tokens, const QList<TokenRange> &sentences,
                         const Attribution &attribution);

    QList<IndirectSpeech> find() const;

private:
    bool findIn(const TokenRange &sentence, IndirectSpeech *out) const;
    // What the verb at `v` reports, the clause after it: a report, nothing but a later verb may,
    // or nothing in the sentence. `finding`: a verb of evidence ("Polls show …"), not of speech.
    enum class Verdict { Report, NextVerb, NoReport };
    Verdict reportAfter(const TokenRange &sentence, int v, int last, int quoted, bool finding,
                        IndirectSpeech *out) const;
    // The report a participle adds after `first`, by the same speaker: "Negrete said the vote was
    // rushed, adding that the council should wait."
    bool goesOn(const TokenRange &sentence, const IndirectSpeech &first, IndirectSpeech *out) const;
    // The clause the verb or participle at `participle` reports, up to `last`, by `speaker`.
    bool participleReport(int participle, int last, const Speaker &speaker, IndirectSpeech *out) const;
    // Whether a reporting verb joined by "and" or "but" comes after `verb`, before `last`.
    bool joinedReportAfter(int verb, int last) const;
    // The report a participle adds after a quotation and its attribution: "“We won,” he said, adding
    // that the count would take a week."
    bool afterQuotation(const TokenRange &sentence, IndirectSpeech *out) const;
    // `last`: one past the sentence's last word.
    bool accordingTo(const TokenRange &sentence, int last, IndirectSpeech *out) const;
    bool parenthetical(const TokenRange &sentence, int last, IndirectSpeech *out) const;
    // A line of its own that names who speaks, a colon and what was said, as headlines write it:
    // "Pat Caddell: Democrat Voters Worried About Clinton's Health", "Poll: Clinton and Trump tied".
    bool namedBeforeColon(const TokenRange &sentence, int last, IndirectSpeech *out) const;
    // Whether the sentence opening at `first` starts with words that only set the scene ("But to
    // prevent problems", "When she arrived").
    bool opensAdverbial(int first) const;
    // The source named after "according to" at `to`, up to `end`; unknown when there is none.
    Speaker sourceAfter(int according, int end) const;
    // The first token of [first, last) in or of a quotation, or -1.
    int firstQuoted(int first, int last) const;
    // Whether the sentence quotes with marks written as two apostrophes (''…'') outside `speech`.
    bool holdsApostropheQuotes(const TokenRange &sentence, const IndirectSpeech &speech) const;
    // Where the subject of `verb` ends, before words such as "on Tuesday" or "has also".
    int subjectEnd(int verb, int first) const;
    bool plausibleSpeaker(const Speaker &s, const SpeakerPhrase &phrase) const;
    // Whether the phrase's head names a source: a role ("officials", "both candidates") or a share
    // of those asked ("21 percent").
    bool isSourceHead(int head, const SpeakerPhrase &phrase) const;
    // Whether a group stands before the plain "say" at `verb`: "Some say …", "Associates say …".
    bool groupSays(const SpeakerPhrase &phrase, int verb) const;
    // The phrase itself as the speaker, named by no entity.
    Speaker phraseAsSpeaker(const SpeakerPhrase &phrase, int verb) const;
    // The word a phrase is about: "members" of "members of Congress", "voters" of "55 percent of voters".
    int headOf(const SpeakerPhrase &phrase) const;
    // The source of a finding ("Polls show …", "A study by Harvard found …"): the phrase when its
    // head is a poll, a study, a record or the like; unknown otherwise.
    Speaker findingSource(const SpeakerPhrase &phrase, int verb) const;
    // Who the subject phrase of `verb` names: the finding's source, else whom the attribution rules
    // resolve the words after any finding in it to.
    Speaker subjectSpeaker(const SpeakerPhrase &phrase, int verb, bool finding) const;
    // The subject of a reporting verb that does not stand right before it: the sentence's own
    // subject in "Negrete visited the pier and said …", the name a relative clause follows in
    // "Negrete, who said …". An invalid phrase when neither; `clauseEnd` is narrowed to the
    // relative clause's comma.
    SpeakerPhrase distantSubject(const TokenRange &sentence, int subjectEnd, int clause, int *clauseEnd) const;
    // The subject of the sentence's first verb, when that verb reports no clause and the reporting
    // verb follows at `conjunction` ("and", or the comma before a participle): "Lee tweeted a
    // photograph and said …", "In April, Twitter reported flat growth, and said …", "In May, a
    // judge sided with the city, saying …". An invalid phrase otherwise.
    SpeakerPhrase firstVerbSubject(int first, int conjunction, int last) const;
    // The sentence's subject before a relative clause that `phrase` is in ("A woman who had studied in
    // Montana"), invalid when `phrase` is in none.
    SpeakerPhrase beforeRelative(const TokenRange &sentence, const SpeakerPhrase &phrase) const;
    // A poll's share as the whole subject before `subjectEnd` ("Nearly half", "A third"), or invalid.
    SpeakerPhrase shareAlone(const TokenRange &sentence, int subjectEnd) const;
    // The head of a subject that a preposition goes on from, up to its head: "Experts" of "Experts
    // on North Korea and nuclear nonproliferation said". An invalid phrase when the subject is no
    // such noun phrase or its head names no source (`finding`: no poll, study or record).
    SpeakerPhrase subjectHead(const TokenRange &sentence, int subjectEnd, bool finding) const;
    // Whether token `i` opens a clause of its own: "that", a pronoun or a determiner.
    bool opensClause(int i) const;
    // Whether [first, last) is a title-case headline, a paragraph of its own.
    bool isHeadline(int first, int last) const;
    // Where the subject of a sentence opening at `first` starts: after the comma of words that only
    // set the scene ("Although Scott lacks a record, …"), else `first`; `last` or more when no comma
    // before `last` ends them.
    int afterScene(int first, int last) const;
    // The first comma in [first, last), or `last`.
    int commaAfter(int first, int last) const;
    // Where the subordinate clause opening the sentence starts ("Although …", "But while …",
    // "However, while …"): its subordinator's index, -1 when the sentence opens otherwise.
    int subordinatorOpening(int first) const;
    bool reportingVerbIn(int first, int last) const;

    const QList<Token> &m_tokens;
    const QList<TokenRange> &m_sentences;
    const Attribution &m_attribution;
    SpeakerPhraseFinder m_phrases;
};

} // namespace lede
