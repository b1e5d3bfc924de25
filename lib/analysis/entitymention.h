#pragma once

#include "analysis/wordlists.h"
#include "domain/entity.h"

#include <QString>

namespace lede {

// A capitalised name found in the body, before and after aliases are merged.
struct EntityMention
{
    int firstToken = 0;
    int lastToken = 0; // one past
    int start = 0; // characters, the name without any title
    int end = 0;
    int titleStart = -1; // "Mayor" in "Mayor Lana Negrete", -1 when none
    EntityKind kind = EntityKind::Other;
    Gender gender = Gender::Unknown;
    QString surface; // the name as written, without title or possessive
    QStringView lower; // the same in lower case (a view into the tokens' lower-case text)
    int entity = -1; // index into the article's entities once merged
    bool titleOnly = false; // "the President": stands for whoever was last named with the title
    bool guessed = false; // a person only because nothing said otherwise: one unknown word
    // The kind is the last resort of the rules: nothing in the name or next to it told what it is,
    // so what the rest of the article says about the same name may change it.
    bool fallback = false;
    // A place only because a list of regions has the name ("Kerry", "Bolton"): a person's surname
    // in the same article outweighs it.
    bool regionName = false;
    // The kind comes from the library's confirmed entities: no rule of the article changes it.
    bool confirmed = false;
};

// One entity of the article: the mentions that name it share it.
struct ArticleEntity
{
    QString name; // canonical, the fullest form of the name used
    EntityKind kind = EntityKind::Other;
    Gender gender = Gender::Unknown;
};

} // namespace lede
