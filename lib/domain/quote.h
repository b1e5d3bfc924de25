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
    // Filled when read: the speaker entity's canonical name or, for a speaker that is no entity
    // ("the protesters said"), the words of speakerSpan.
    QString speakerName;
    std::optional<TextSpan> speakerSpan; // the mention the attribution rests on ("she" in "she said")
    QString cue; // the speech verb, e.g. "wrote"
    QuoteKind kind = QuoteKind::Direct;
    ReviewStatus status = ReviewStatus::Suggested;
    QDateTime created;
    QDateTime modified;
};

} // namespace lede
