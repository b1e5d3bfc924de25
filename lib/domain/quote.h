#pragma once

#include "domain/reviewstatus.h"
#include "domain/textspan.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lede {

// Direct and partial quotes are speech in quotation marks; indirect is reported speech; scare,
// title and term are quoted words that are not speech at all.
enum class QuoteKind { Direct, Partial, Indirect, Scare, Title, Term };

QString toString(QuoteKind kind);
std::optional<QuoteKind> quoteKindFromString(const QString &text);
bool isSpeech(QuoteKind kind);

struct Quote
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 versionId = 0;
    TextSpan span;
    qint64 speakerEntityId = 0; // 0: no speaker known
    // Filled when read: the speaker entity's canonical name or, for a speaker that is no entity,
    // speakerLabel or else the words of speakerSpan ("the protesters said").
    QString speakerName;
    std::optional<TextSpan> speakerSpan; // the mention the attribution rests on ("she" in "she said")
    // Words naming a speaker that is no entity, where speakerSpan's words do not: "The groups" for
    // the "They" of "The groups say …. They argue "…"". Empty otherwise.
    QString speakerLabel;
    QString cue; // the speech verb, e.g. "wrote"
    QuoteKind kind = QuoteKind::Direct;
    ReviewStatus status = ReviewStatus::Suggested;
    QDateTime created;
    QDateTime modified;
};

// The speakerLabel a quote keeps for the speaker's name that an analysis or a bundle gives: that
// name, when the quote has no speaker entity and its mention's words (none without a mention) are
// not the name ("The groups" for "They"); empty when the entity or the mention names the speaker.
inline QString speakerLabelFor(const Quote &quote, const QString &speaker, std::optional<QStringView> mentionWords)
{
    return quote.speakerEntityId || speaker.isEmpty() || mentionWords == speaker ? QString() : speaker;
}

} // namespace lede
