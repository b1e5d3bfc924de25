#pragma once

#include "export/exportwriter.h"

#include <QStringList>
#include <memory>

namespace lede {

// The export formats by the names `lede-cli export --format` takes, and the writer of each, so
// that the command line and the GUI's export dialog choose and write the same way.
class ExportFormats
{
public:
    // md, html, pdf, odt, csv, json, webannotation, claimreview: in the order menus show them.
    static QStringList names();
    // A writer for that format, or nullptr for a name that is not one of names().
    static std::unique_ptr<ExportWriter> makeWriter(const QString &format, const ExportOptions &options);
    // pdf and odt need a QGuiApplication (fonts); the others are plain Qt Core.
    static bool needsGui(const QString &format);
};

} // namespace lede
