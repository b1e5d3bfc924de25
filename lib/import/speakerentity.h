#pragma once

#include <QString>
#include <QStringList>

namespace lede {

// Which entity a quote's speaker names when the analysis found no entity of that name in the
// article: the speaker is then a description ("the protesters"), a pronoun, a count, a word that is
// only capitalised because it starts the sentence ("Officials said"), or a surname the recognizer
// missed ("Pence said"). The quote keeps the speaker's words whatever this says.
class SpeakerEntity
{
public:
    // The name of the entity the speaker stands for, or an empty string for none. people: the
    // canonical names of the people the analysis found in the article.
    //  - Members of a party or a group ("Democrats", "Senate Republicans", "Catholics") are no entity:
    //    not one person, and not the party as an organisation either.
    //  - A surname of exactly one of those people is that person ("Sessions" -> "Jeff Sessions").
    //  - A proper name, capitalised word by word, is an entity of its own...
    //  - ...except a single lower-case dictionary word ("Officials", "Critics", "Pence"), which names
    //    somebody only when the article also writes it capitalised on its own away from a sentence
    //    start ("…, Pence said", "Sessions, who …").
    static QString nameFor(const QString &speaker, const QString &body, const QStringList &people);

    // Whether a speaker could be a proper name at all: no determiner, pronoun or quantifier first,
    // every word capitalised but connectors ("of", "de").
    static bool namesAnEntity(const QString &speaker);
    // Whether the body writes the word, as a whole word with that capitalisation, on its own
    // somewhere other than at the start of a sentence, a line or the text: not within a longer
    // capitalised name ("Secretary of State", "State Department").
    static bool isWrittenInsideASentence(const QString &word, const QString &body);
};

} // namespace lede
