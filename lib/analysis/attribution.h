#pragma once

#include "analysis/coreference.h"
#include "analysis/quotescanner.h"
#include "analysis/sentencesplitter.h"
#include "analysis/speakerphrase.h"
#include "analysis/token.h"

#include <QList>

namespace lede {

// Who said a quotation, and where the text says so.
struct Speaker
{
    int mentionStart = -1; // the phrase the attribution rests on ("she" in "she said")
    int mentionEnd = -1;
    int entity = -1; // the article entity it resolves to, -1 when unresolved
    QString name; // canonical name, or the phrase itself when unresolved
    QString cue; // the speech verb, empty when inferred from context
    bool explicitCue = false;

    bool isKnown() const { return mentionStart >= 0; }
};

// Attributes quoted segments to speakers: a speech verb before or after the quotation in the
// same sentence (also inverted, "said Negrete", and "according to"), then context — the previous
// quotation of the paragraph, the speaker of the previous paragraph for a paragraph that is only a
// quotation, or a quotation carried on from the previous paragraph. The order of the explicit
// rules and the speech verb after the quotation are in attributionverbs.cpp, the verb before it in
// attributionbefore.cpp, the order of the context rules in attributionorder.cpp. The rules for
// sources other than a speech verb's subject ("according to", polls, attributions closing a sentence) are in
// attributionsources.cpp; those that look at neighbouring clauses and sentences in
// attributioncontext.cpp; relative clauses, passive agents and transcript lines in
// attributionclauses.cpp; the subject of the quotation's own sentence, when no speech verb names
// it, in attributionsubjects.cpp; those for a quotation that opens its own sentence or paragraph
// (the sentence before, a signature, a line ending in a colon) in attributionparagraphs.cpp.
class Attribution
{
public:
    Attribution(const QString &body, const QList<Token> &tokens, const QList<QuotedSegment> &segments,
                const QList<EntityMention> &mentions, Coreference &coreference);

    // Speakers found from speech verbs next to the quotation; fills `explicitCue`.
    Speaker explicitSpeaker(int segment) const;
    // Every segment's speaker, with the context rules applied for those without a speech verb.
    // `speech[i]` tells which segments are speech at all; `explicitSpeakers[i]` is what
    // explicitSpeaker(i) gave for them (the caller asked already, to tell speech from titles).
    QList<Speaker> attribute(const QList<bool> &speech, const QList<Speaker> &explicitSpeakers) const;

    // The speaker a phrase names, through coreference; `verb` (or -1) is the cue.
    Speaker fromPhrase(const SpeakerPhrase &phrase, int verb) const;
    // Whether the speaker is an entity of that kind.
    bool isOfKind(const Speaker &s, EntityKind kind) const
    {
        return s.entity >= 0 && m_coreference.entities().at(s.entity).kind == kind;
    }

    int openToken(int segment) const { return m_open.at(segment); }
    int closeToken(int segment) const { return m_close.at(segment); }

private:
    // The person named between commas right after a phrase ending in a role ("Labour's spokesman,
    // Tom Reid"), when `modifier` (the mention the phrase holds, or -1) only says whose role it is.
    int appositionAfterRole(const SpeakerPhrase &phrase, int modifier) const;
    // Whether the phrase ends in a role that belongs to the name ending at token `owner`, by a
    // possessive ("Labour's leader"): the role's holder speaks, not its owner.
    bool isRoleOf(const SpeakerPhrase &phrase, int owner) const;
    // The role word before "for", "of" or "to" and the person mention `person` in the phrase ("a
    // spokesman for Bernie Sanders", "an aide to Clinton"), or before "to" and a place ("the
    // ambassador to Britain"), or -1. The role's holder speaks.
    int roleBeforePerson(const SpeakerPhrase &phrase, int person) const;
    // Whether the mention `qualifier` (a place or a body) only qualifies the person the phrase's
    // head names: "the Wisconsin Republican", "a Texas man", "the Senate minority leader" (not
    // "Texas officials", a group of the place's own).
    bool qualifiesPerson(const SpeakerPhrase &phrase, int qualifier) const;
    // Whether the phrase's head, after the mention `place`, names people of that place in the
    // plural: "Texas officials", "Iowa Democratic caucus-goers", "Cleveland police".
    bool isGroupOf(const SpeakerPhrase &phrase, int place) const;
    // The latest person named before `before` right after the place or body entity `entity` and a
    // title or role ("Florida Sen. Marco Rubio", "Senate Minority Leader Harry M. Reid"), or -1.
    int personNamedWith(int entity, int before) const;
    // The role word a name ending before `after` leads to, with or without a possessive ("'s
    // housing spokesman", "Google spokesman"), when a comma follows it before `open`; else -1.
    int roleAfterName(int after, int open) const;
    Speaker verbSpeaker(int segment) const;
    // Whether token `k` ends the sentence the search for a speech verb after a quotation stays in.
    bool endsSentence(int k) const;
    // The source "according to" names in the quotation's sentence, which reports the speech.
    // `attributionAfter`: the quotation's own attribution follows it, so its sentence goes on.
    Speaker outerSource(int segment, bool attributionAfter) const;
    // Whether the phrase names a record of somebody's words ("a transcript of the show").
    bool recordOfWords(const SpeakerPhrase &phrase) const;
    // `"…," Canova said, The Miami Herald reported.`: a news outlet reporting the whole sentence.
    Speaker reportingSource(int segment) const;
    Speaker sentenceSubject(int segment) const;
    // The subject of the quotation's sentence, looking from token `first` on.
    Speaker sentenceSubjectFrom(int segment, int first) const;
    // The main clause's subject after a participle phrase opening the sentence that holds the
    // quotation (`In declaring his statements "not Christian," the pope …`), unknown when none.
    Speaker participlePhraseSubject(int segment) const;
    // Whether the lower-case words from `first` lead up to a person's name ("presidential nominee Trump").
    bool modifiesPerson(int first, int open) const;
    // The person named after a description that follows an inverted speech verb, unknown when none.
    Speaker describedPersonAfter(int verb, int end) const;
    // Whether the name starting at token `first` is spoken to: "told Fox News", "a message to Trump".
    bool isAddressee(int first) const;
    // Whether the name starting at token `first` follows a preposition: "said of Sanders".
    bool isTalkedAbout(int first) const;
    // `…, the lawsuit alleges.`: an attribution closing the quotation's sentence after a comma.
    Speaker closingAttribution(int segment) const;
    // `dubbed the "Hanoi Hilton" by American servicemen`: who gave the name, after "by".
    Speaker namingAgent(int segment) const;
    bool wordsOnly(int first, int last, bool commas = false) const;
    // "the", "a", "one", "another", "his": a word that opens a description of a speaker.
    static bool isDescriptionOpener(const Token &t);
    // The person named in apposition after a description opening at `first` before `verb`.
    Speaker appositiveName(int first, int verb) const;
    // The poll a sentence names, when `phrase` is a share of a group ("31% of Republicans").
    Speaker pollSource(const SpeakerPhrase &phrase, int start, int verb) const;
    // The nearest subject pronoun or ", who" before a quotation inside a sentence.
    Speaker clauseSubject(int segment) const;
    // A description opening the sentence ("The conservative publication"), the phrase itself when
    // it points at no entity.
    Speaker describedSubject(int start, int open) const;
    Speaker speakerBefore(int segment) const;
    // The token before a reported clause's subject at `subject`: "that", also before an adverbial
    // opening the clause ("that after studying the matter, Washington …"), else what precedes it.
    int reportedClauseOpening(int subject, int start) const;
    // Whether token `k` is a word or mark of a quotation of a few words ("Good Morning America").
    bool isInShortQuotation(int k) const;
    // The commas around words set off after the phrase opening at `first` ("an intelligence
    // source, who …, told"), {-1, -1} unless a speech verb follows the second one.
    std::pair<int, int> appositionAfter(int first, int end) const;
    Speaker transcriptLine(int segment) const;
    // The person whose claim, remark or view a possessive before the quotation names.
    Speaker possessorOfWords(int segment) const;
    // A short noun phrase opening the quotation's sentence before its verb ("Corporate lobbyists").
    Speaker nounPhraseSubject(int segment) const;
    // The person a verb of causing moves to speak or think before the quotation, in its sentence:
    // `All this has led the journalist Dainis Ivans to fear a "…"`.
    Speaker causedSpeaker(int segment) const;
    // Whether token `k` ends a person's name.
    bool endsPersonName(int k) const;
    // "told", "tells": the phrase after such a verb is spoken to.
    static bool isTellVerb(const Token &t);
    // Whether a passive speech verb's "by" is followed by a person or organisation ("asked by host Bill Maher").
    bool isNamedAgent(int first) const;
    // The subject after an object relative "who" (`Rubio, who he dubbed`), unknown when none.
    Speaker relativeSubject(int who, int verb) const;
    // The subject of the previous paragraph's last sentence when it has no quotation.
    Speaker closingSentenceSpeaker(int paragraph) const;
    // The person or pronoun opening the words [start, end), after determiners and titles ("The
    // former mayor Lana Negrete"); `loose` also passes a capitalised first word and words that
    // modify a person. Unknown when anything else comes first.
    Speaker personOpening(int start, int end, bool loose) const;
    // The "who" opening a relative clause whose verb is `verb` (", who said"), -1 when none.
    int relativeWho(int verb, int start) const;
    // Whether a phrase is just a personal pronoun or a person's name ("she", "Mayor Lana Negrete").
    bool isNamedSpeaker(const SpeakerPhrase &phrase) const;
    // The phrase itself as the speaker, when the structure leaves no doubt that it speaks.
    Speaker describedBy(const SpeakerPhrase &phrase, int verb) const;
    // The plural subject of a speech verb that "they" at `pronoun` stands for, in its sentence or the
    // one before ("the groups say. They argue …"); invalid when there is none.
    SpeakerPhrase groupBefore(int pronoun) const;
    // The one writing that "it" at `pronoun` stands for ("the email read. It stated …"), named in
    // its sentence or the two before; invalid when there is none, or when an organisation named
    // since speaks or wrote it (then "it" is that organisation).
    SpeakerPhrase writingBefore(int pronoun) const;
    // The first token of the phrase a writing noun at `head` ends ("the email", "Trump's new ad"), -1
    // when no determiner or owner opens it.
    int writingStart(int head) const;
    // Whether an organisation (or "they") before the writing opening at `writing`, in its sentence,
    // wrote it.
    bool writtenByBody(int writing) const;
    // The words [first, last) as the speaker: the entity they describe, else the words themselves.
    Speaker descriptionSpeaker(int first, int last) const;
    Speaker trailingSignature(int paragraph) const;
    Speaker previousSentenceSpeaker(int segment) const;
    // The speaker of an attribution closing the sentence before the quotation's own in the same
    // paragraph (`…, he said.`), unknown when none.
    Speaker previousClosingAttribution(int segment) const;
    // The person opening the sentence right before a quotation that opens its own.
    Speaker previousSentenceSubject(int segment) const;
    // The first token after a dateline opening the paragraph at `start`, else `start`.
    int afterDateline(int start, int open) const;
    // The person named last before the quotation in its own sentence.
    Speaker personInSentence(int segment) const;
    // The subject of the nearest clause joined by "and", "while", "as" … before the quotation.
    Speaker joinedClauseSubject(int segment) const;
    // The first person named after the quotation in the rest of its sentence, unknown when the
    // first one is spoken to or talked about.
    Speaker personAfterInSentence(int segment) const;
    // The speaker of the nearest finite speech verb before `comma` ("Spicer said, adding …").
    Speaker finiteCueSpeaker(int comma, int start) const;
    // The subject pronoun opening the clause that ends at `last` ("though he used stronger
    // language, saying"), unknown when the nearest such pronoun does not open a clause.
    Speaker clausePronoun(int last, int start) const;
    Speaker colonIntroduction(int paragraph) const;
    Speaker documentSubject(int segment) const;
    Speaker nearestPerson(int segment) const;
    bool paragraphIsOnlyQuotes(int paragraph) const;
    int windowStart(int segment) const;
    int windowEnd(int segment) const;

    const QString &m_body;
    const QList<Token> &m_tokens;
    const QList<QuotedSegment> &m_segments;
    const QList<EntityMention> &m_mentions;
    Coreference &m_coreference;
    SpeakerPhraseFinder m_phrases;
    QList<int> m_open; // token index of each segment's opening mark
    QList<int> m_close; // token index of the closing mark, or one past the paragraph's last token
    QList<int> m_paragraphFirst; // paragraph -> first token, -1 when empty
    QList<int> m_paragraphEnd;
};

} // namespace lede
