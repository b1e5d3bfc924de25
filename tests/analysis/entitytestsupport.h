#pragma once

// What the entity tests read of a body: every mention the recognizer keeps after coreference, as
// "text=kind" (tst_entitykinds adds "/canonical name" where it differs), over a gazetteer of the
// test's own fixtures.
#include "analysis/coreference.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/sentencesplitter.h"
#include "analysis/tokenizer.h"

#include <QStringList>

namespace lede::entitytest {

enum class Names { KindOnly, WithCanonical };

inline QStringList mentions(const Gazetteer &gazetteer, const QString &body, Names names)
{
    TokenizedText tokenized = Tokenizer().tokenize(body);
    const QList<TokenRange> sentences = SentenceSplitter().split(tokenized.tokens);
    QList<EntityMention> found = EntityRecognizer(gazetteer).recognize(body, tokenized.tokens, sentences);
    const Coreference coreference(found, tokenized.tokens, {}, {});
    QStringList out;
    for (const EntityMention &m : std::as_const(found)) {
        if (m.entity < 0)
            continue;
        const QString name = coreference.entities().at(m.entity).name;
        const bool canonical = names == Names::WithCanonical && name != m.surface;
        out.append(m.surface + QLatin1Char('=') + toString(m.kind) + (canonical ? QLatin1Char('/') + name : QString()));
    }
    return out;
}

inline QString is(const QString &text, EntityKind kind)
{
    return text + QLatin1Char('=') + toString(kind);
}

// Whether any mention is written `text`, whatever its kind.
inline bool mentioned(const QStringList &found, const QString &text)
{
    for (const QString &f : found) {
        if (f.startsWith(text + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace lede::entitytest
