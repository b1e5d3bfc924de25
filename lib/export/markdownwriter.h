#pragma once

#include "export/exportwriter.h"

namespace lede {

// A Markdown report: per article its metadata, quotes by speaker, entities, notes and claims,
// each item linked to its passage in Lede (lede://) and in the source.
class MarkdownWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("md"); }

    // Text with Markdown's inline syntax escaped, on one line.
    static QString escape(const QString &text);
};

} // namespace lede
