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
};

// One entity of the article: the mentions that name it share it.
struct ArticleEntity
{
    QString name; // canonical, the fullest form of the name used
    EntityKind kind = EntityKind::Other;
    Gender gender = Gender::Unknown;
};

} // namespace lede
