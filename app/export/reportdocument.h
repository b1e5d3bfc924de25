#pragma once

#include "export/exportoptions.h"

#include <memory>

class QTextDocument;

namespace lede {

class ExportSelection;

// The report of the HTML export laid out as a QTextDocument, for the PDF and ODT writers.
// Needs a QGuiApplication (fonts).
class ReportDocument
{
public:
    static std::unique_ptr<QTextDocument> create(const ExportSelection &selection, const ExportOptions &options);
};

} // namespace lede
