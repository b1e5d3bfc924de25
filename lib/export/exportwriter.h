#pragma once

#include "export/exportoptions.h"

#include <QByteArray>
#include <QString>
#include <utility>

namespace lede {

class ExportSelection;

// A writer of one export format. write() returns the file's bytes, so that the GUI can preview
// them; an empty result with *error set means the selection cannot be written in this format.
class ExportWriter
{
public:
    explicit ExportWriter(ExportOptions options)
        : m_options(std::move(options))
    { }
    virtual ~ExportWriter() = default;
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    virtual QByteArray write(const ExportSelection &selection, QString *error) const = 0;
    // The usual file name suffix, without the dot.
    virtual QString suffix() const = 0;

    // Writes the export to a file atomically: the file is replaced only when everything was written.
    bool writeFile(const ExportSelection &selection, const QString &path, QString *error) const;

    const ExportOptions &options() const { return m_options; }

private:
    ExportOptions m_options;
};

} // namespace lede
