#pragma once

#include "export/exportwriter.h"

namespace lede {

// The report as an A4 PDF with embedded fonts, a running header (the export's title and date),
// page numbers ("Page 2 of 5") and live links. Needs a QGuiApplication (see headlessgui.h).
class PdfWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("pdf"); }
};

} // namespace lede
