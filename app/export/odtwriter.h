#pragma once

#include "export/exportwriter.h"

namespace lede {

// The report as an OpenDocument Text file (QTextDocumentWriter's "odf" format), for word
// processors. Needs a QGuiApplication (see headlessgui.h).
class OdtWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("odt"); }
};

} // namespace lede
