#pragma once

#include "export/exportwriter.h"

#include <QJsonObject>

namespace lede {

// W3C Web Annotation JSON-LD: one AnnotationCollection whose single page holds every note
// (commenting), quote (highlighting), entity mention (tagging) and claim (assessing) as an
// Annotation on the article's URL (or its lede:// link), with a TextQuoteSelector and a
// TextPositionSelector in code points. Rejected suggestions are left out.
class WebAnnotationWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("jsonld"); }

    QJsonObject collection(const ExportSelection &selection) const;
};

} // namespace lede
