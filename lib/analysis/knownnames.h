#pragma once

#include "analysis/token.h"
#include "domain/entity.h"
#include "domain/wordkey.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace lede {

struct KnownEntity;

// The names and aliases of the library's confirmed entities as word sequences, so that an article
// naming one is tagged even where capitalisation alone would not make a name of it ("Procter and
// Gamble", "Doctors without Borders", "Carrier" opening a sentence). Built once per set of known
// entities; a look-up costs one hash probe per token.
class KnownNames
{
public:
    void build(const QList<KnownEntity> &known);
    bool isEmpty() const { return m_byFirstWord.isEmpty(); }

    // The number of tokens of the longest known name starting at token `i` (0 when none) and its kind.
    int matchAt(const QList<Token> &tokens, int i, EntityKind *kind) const;

private:
    struct Name
    {
        QStringList words; // lower case, as the tokenizer splits them
        EntityKind kind = EntityKind::Other;
    };
    QHash<WordKey, QList<Name>> m_byFirstWord;
};

} // namespace lede
