#pragma once

#include "analysis/entitymention.h"
#include "analysis/sentencesplitter.h"
#include "analysis/token.h"
#include "domain/wordkey.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace lede {

class Gazetteer;
class KnownNames;

// Finds names from capitalisation and context and gives each a kind: titles and role nouns make
// people ("Mayor", "spokesman"), head words make organisations, places, laws and events
// ("Council", "County", "Act"), and gazetteers and the library's confirmed entities settle the
// rest. A capitalised word that only starts a sentence is not a name.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Gazetteer &gazetteer);

    // Confirmed names (lower case) and their kinds, from the library.
    void setKnown(const QHash<WordKey, EntityKind> &known) { m_known = known; }
    // Confirmed names as word sequences: a mention wherever the article writes one (may be null).
    void setKnownNames(const KnownNames *names) { m_knownNames = names; }

    QList<EntityMention> recognize(const QString &body, const QList<Token> &tokens,
                                   const QList<TokenRange> &sentences) const;

private:
    // recognize() over tokens in which BrokenWords has joined what mojibake split.
    QList<EntityMention> recognizeTokens(const QString &body, const QList<Token> &tokens,
                                         const QList<TokenRange> &sentences) const;
    bool isNameToken(const QList<Token> &tokens, int i) const;
    bool isPlainWord(const Token &t) const;
    // Whether a dictionary word that a headline's capitals leave in doubt goes on the name before it.
    bool continuesName(const QList<Token> &tokens, int k) const;
    bool startsSentence(const QList<Token> &tokens, const QList<TokenRange> &sentences, int i) const;
    bool endsNameAfterAll(const QList<Token> &tokens, int a, int b) const;
    void trimPartyWords(const QList<Token> &tokens, int &a, int &b) const;
    int partyAfterPlace(const QList<Token> &tokens, int a, int b) const;
    bool isAdjectiveOfPlace(const QList<Token> &tokens, const EntityMention &m) const;
    void dropParticlesOfFullerNames(const QString &body, const QList<Token> &tokens,
                                    QList<EntityMention> &mentions) const;
    static void dropLoneLawWords(QList<EntityMention> &mentions);
    // A first name and one or two more words ending in a surname ("Hillary Clinton").
    bool isFullName(const QList<Token> &tokens, int a, int b) const;
    // A word that can only be a surname: capitalised, in no dictionary, no place, title or body's.
    bool isSurnameOnly(const Token &t) const;
    // Runs holding two names (entityrunsplits.cpp): where the person after a place or a body starts
    // (-1: none; `bodyKind` Other when the words before only describe, as a people's adjective
    // does), and whether the run's first word only describes the full name after it.
    // The kind of the body or place that the words [a, k) name before a person, as an int, or -1
    // when they name none (EntityKind::Other: words that only describe the person).
    int bodyBefore(const QList<Token> &tokens, int a, int k) const;
    // Whether the words [a, b) are a body or a place some list knows whole ("European Union", "Ohio").
    bool isKnownBodyOrPlace(const QList<Token> &tokens, int a, int b) const;
    // Whether the words [a, b) after a title's "of" name what an office deals with, not a body:
    // dictionary words only ("Research", "Government Affairs"), no "the", no name a list knows.
    bool isOfficeOf(const QList<Token> &tokens, int a, int b) const;
    // Surnames the article writes after a first name ("Donald Trump"): the same word alone after a
    // place's or a body's name is the person ("the Washington Post Trump said"). The tokens are
    // read when contains() is first asked, which few articles' runs reach.
    class WrittenSurnames
    {
    public:
        explicit WrittenSurnames(const QList<Token> &tokens)
            : m_tokens(tokens)
        { }
        bool contains(QStringView lower);

    private:
        const QList<Token> &m_tokens;
        QSet<WordView> m_surnames;
        bool m_read = false;
    };
    int personAfterBody(const QList<Token> &tokens, int a, int b, WrittenSurnames &surnames,
                        EntityKind *bodyKind) const;
    bool wordBeforeFullName(const QList<Token> &tokens, int a, int b) const;
    // "Mark Cuban" … "Cuban said", "Cuban's": a people's word the article writes after a first name
    // is that person's surname where no noun follows it ("Cuban exiles" describes).
    static bool surnameNotAdjective(const QList<Token> &tokens, const EntityMention &m, WrittenSurnames &surnames);
    EntityKind classify(const QString &body, const QList<Token> &tokens, EntityMention &m) const;
    // A name of several words nothing else tells about: a body when its words say so, else a person.
    // Next to a speech verb only a dictionary word opening the name says so ("Morning Consult said";
    // "Becky Quick said" is a person).
    EntityKind guessOfSeveralWords(const QList<Token> &tokens, const EntityMention &m, bool speaks = false) const;

    const Gazetteer &m_gazetteer;
    QHash<WordKey, EntityKind> m_known;
    const KnownNames *m_knownNames = nullptr;
};

} // namespace lede
