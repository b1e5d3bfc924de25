#pragma once

#include "export/exportwriter.h"

namespace lede {

// A standalone HTML page with the same report as the Markdown export. The markup stays within
// what QTextDocument reads, so the PDF and ODT exports lay out this same document.
class HtmlWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("html"); }

    QString render(const ExportSelection &selection) const;
};

} // namespace lede
