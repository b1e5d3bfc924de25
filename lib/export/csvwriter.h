#pragma once

#include "export/exportwriter.h"

#include <QStringList>

namespace lede {

// One row per annotation (quote, entity mention, note, claim), RFC 4180: comma separated, CRLF
// line ends, fields quoted when they hold a comma, quote or line break. UTF-8, with a BOM when
// options().byteOrderMark is set. Cells that a spreadsheet would run as a formula are neutralised.
class CsvWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("csv"); }

    static QStringList header();
    // A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
    // before looking) gets a leading apostrophe, so it shows as text instead of running.
    static QString neutralise(const QString &cell);
    static QString quote(const QString &cell);
};

} // namespace lede
