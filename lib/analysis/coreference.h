#pragma once

#include "analysis/entitymention.h"
#include "analysis/token.h"
#include "domain/wordkey.h"

#include <QHash>
#include <QList>

namespace lede {

struct KnownEntity;

// Merges the article's mentions into entities ("Negrete" and "Mayor Lana Negrete"; an acronym and
// the expansion it follows in brackets) and resolves pronouns and descriptions ("she", "the legal
// nonprofit", "the President") to the entity they most plausibly stand for at a point in the text.
class Coreference
{
public:
    // `knownIndex` is indexKnown(known), built once for many articles.
    Coreference(QList<EntityMention> &mentions, const QList<Token> &tokens, const QList<KnownEntity> &known,
                const QHash<WordKey, int> &knownIndex);

    // Lower-case names and aliases of the known entities -> index into `known`.
    static QHash<WordKey, int> indexKnown(const QList<KnownEntity> &known);

    const QList<ArticleEntity> &entities() const { return m_entities; }

    // The entity a pronoun at `position` refers to, -1 when none fits.
    int resolvePronoun(QStringView lower, int position) const;
    // The entity a description ("the nonprofit", "the president") at `position` refers to, -1 if unclear.
    int resolveDescription(const QList<int> &descriptionTokens, int position) const;
    // The one person named before `position` with a title of the office `titleWord` names and not
    // with another place than `placeLower` ("the Florida senator": "Sen. Marco Rubio" when he is
    // the only senator named, not "Sen. Joni Ernst, R-Iowa"), -1 if none or several.
    int soleHolderOf(QStringView titleWord, QStringView placeLower, int position) const;
    // The mention covering a token, -1 when none.
    int mentionAtToken(int token) const;

private:
    int entityFor(QStringView lowerKey) const;
    // The multi-word organisation mention ending with `head` ("city council" for "council")
    // nearest before `mention`, else the first after it; -1 when none.
    int nearestOrganisationEndingWith(int mention, QStringView head) const;
    int addEntity(const EntityMention &m);
    // The person opening the sentence of `position` when of the `wanted` gender, -1 otherwise.
    int sentenceSubjectFor(Gender wanted, int position) const;
    // For a pronoun opening its sentence (or after a quotation or words naming no one), the person
    // of that gender who opened the sentence before ("Ann Lee sold water and Gatorade. He said …"
    // is Lee), through pronouns opening the sentences between; -1 when there is none.
    int previousSubjectFor(Gender wanted, int position, int hops = 0) const;
    // Whether a person in the sentence [first, end) after its first words speaks ("…, Stovall said.").
    bool reportedBySomeoneElse(int first, int end) const;
    // The mention of the subject that opens a sentence at token `first`: the person a title or role
    // names after it ("Obama consultant Cornell Belcher"); -1 for a possessive or no mention.
    int subjectMentionAt(int first) const;
    // Whether the mention is the subject opening its sentence ("The Pentagon said …").
    bool opensSentence(int mention) const;
    // The index of the first token starting at or after `position` (the token count if none).
    int tokenFrom(int position) const;
    // The sentence of the token at or after `position`.
    int sentenceAt(int position) const;
    // Whether a mention of the entity is labelled with a place other than `placeLower`: "Joni Ernst,
    // R-Iowa", "Iowa Sen. Joni Ernst".
    bool namedWithAnotherPlace(int entity, QStringView placeLower) const;

    QList<EntityMention> &m_mentions;
    const QList<Token> &m_tokens;
    QList<ArticleEntity> m_entities;
    QHash<WordKey, int> m_byName; // lower-case surface or alias -> entity
    QList<int> m_mentionOfToken; // token -> mention index
    QList<QString> m_titles; // entity -> lower-case title words used with it
};

} // namespace lede
