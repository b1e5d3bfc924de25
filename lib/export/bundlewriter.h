#pragma once

#include "export/exportwriter.h"

namespace lede {

// The lossless JSON bundle: the selected articles with their quotes, mentions, notes, claims and
// tags, the entities they refer to (with aliases) and the verdict scale. Versioned by the
// "lede_bundle" member; BundleReader (lib/import/bundle) reads it back into another library.
// Entities are referred to by their id inside the bundle; offsets are code points.
class BundleWriter : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;

    static constexpr int kVersion = 1;

    QByteArray write(const ExportSelection &selection, QString *error) const override;
    QString suffix() const override { return QStringLiteral("json"); }
};

} // namespace lede
