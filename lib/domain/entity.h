#pragma once

#include "domain/reviewstatus.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lede {

enum class EntityKind { Person, Organization, Place, Law, Event, Other };

QString toString(EntityKind kind);
std::optional<EntityKind> entityKindFromString(const QString &text);

// A person, organisation, place, law or event, known by a canonical name and its aliases
// ("Lana Negrete" with "Negrete", "Mayor Lana Negrete").
struct Entity
{
    qint64 id = 0;
    QString name;
    EntityKind kind = EntityKind::Other;
    QStringList aliases;
    ReviewStatus status = ReviewStatus::Suggested;
};

} // namespace lede
