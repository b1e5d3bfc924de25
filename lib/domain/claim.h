#pragma once

#include "domain/textspan.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lede {

enum class ClaimStatus { ToCheck, InProgress, Checked, Published };

QString toString(ClaimStatus status);
std::optional<ClaimStatus> claimStatusFromString(const QString &text);

// A checkable statement in an article, with the fact-checker's verdict. The verdict's label comes
// from the library's verdict scale; its value is the label's place on that scale at the time.
struct Claim
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 versionId = 0;
    TextSpan span;
    QString summary;
    QString verdictLabel;
    std::optional<int> verdictValue;
    QString explanation;
    ClaimStatus status = ClaimStatus::ToCheck;
    QDateTime created;
    QDateTime modified;
};

} // namespace lede
