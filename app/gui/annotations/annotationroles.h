#pragma once

#include <Qt>

namespace lede {

// Roles shared by the sidebar models.
enum AnnotationRole {
    IdRole = Qt::UserRole + 1, // qint64 id of the quote, note, claim or entity
    SpanStartRole, // code points into the body
    SpanEndRole,
    StatusRole, // int(ReviewStatus) or int(ClaimStatus)
    KindRole, // int(QuoteKind) or int(EntityKind)
    IsGroupRole, // true for the kind rows of the entity tree
    SpeakerStartRole, // a quote's speaker mention, code points into the body (both 0: none)
    SpeakerEndRole
};

} // namespace lede
