#pragma once

#include "export/exportwriter.h"

#include <QJsonObject>

namespace lede {

// schema.org ClaimReview JSON-LD, one review per claim in an @graph. The rating comes from the
// claim's verdict and the library's verdict scale; the claim's author is the speaker of a quote
// overlapping it. A claim without a verdict cannot be published as a review: write() refuses the
// whole selection, naming the claim.
class ClaimReviewWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("jsonld"); }
};

} // namespace lede
