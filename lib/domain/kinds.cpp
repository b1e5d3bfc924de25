// String forms of the domain's enumerations: the words used in the store, the CLI and exports.
#include "domain/claim.h"
#include "domain/entity.h"
#include "domain/quote.h"
#include "domain/reviewstatus.h"

#include <array>
#include <utility>

namespace lede {
namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ReviewStatus, const char *>, 3> kReview {{
    {ReviewStatus::Suggested, "suggested"},
    {ReviewStatus::Confirmed, "confirmed"},
    {ReviewStatus::Rejected, "rejected"},
}};

constexpr std::array<std::pair<QuoteKind, const char *>, 6> kQuoteKinds {{
    {QuoteKind::Direct, "direct"},
    {QuoteKind::Partial, "partial"},
    {QuoteKind::Indirect, "indirect"},
    {QuoteKind::Scare, "scare"},
    {QuoteKind::Title, "title"},
    {QuoteKind::Term, "term"},
}};

constexpr std::array<std::pair<EntityKind, const char *>, 6> kEntityKinds {{
    {EntityKind::Person, "person"},
    {EntityKind::Organization, "organization"},
    {EntityKind::Place, "place"},
    {EntityKind::Law, "law"},
    {EntityKind::Event, "event"},
    {EntityKind::Other, "other"},
}};

constexpr std::array<std::pair<ClaimStatus, const char *>, 4> kClaimStatus {{
    {ClaimStatus::ToCheck, "to-check"},
    {ClaimStatus::InProgress, "in-progress"},
    {ClaimStatus::Checked, "checked"},
    {ClaimStatus::Published, "published"},
}};

} // namespace

QString toString(ReviewStatus status)
{
    return nameOf(kReview, status);
}
ReviewStatus reviewStatusFromString(const QString &text)
{
    return valueOf(kReview, text).value_or(ReviewStatus::Suggested);
}

QString toString(QuoteKind kind)
{
    return nameOf(kQuoteKinds, kind);
}
std::optional<QuoteKind> quoteKindFromString(const QString &text)
{
    return valueOf(kQuoteKinds, text);
}
bool isSpeech(QuoteKind kind)
{
    return kind == QuoteKind::Direct || kind == QuoteKind::Partial || kind == QuoteKind::Indirect;
}

QString toString(EntityKind kind)
{
    return nameOf(kEntityKinds, kind);
}
std::optional<EntityKind> entityKindFromString(const QString &text)
{
    return valueOf(kEntityKinds, text);
}

QString toString(ClaimStatus status)
{
    return nameOf(kClaimStatus, status);
}
std::optional<ClaimStatus> claimStatusFromString(const QString &text)
{
    return valueOf(kClaimStatus, text);
}

} // namespace lede
