#pragma once

#include "import/sourcereader.h"

#include <QByteArray>

namespace lede {

// Reads a JSON bundle written by BundleWriter (an object with a "lede_bundle" version member):
// each article with its annotations attached as a BundleAnnotations payload, and no analysis,
// so that the importer stores what the bundle holds instead of new suggestions.
class BundleReader
{
public:
    static constexpr int kLatestVersion = 1;

    // Cheap test on the bytes; a single JSON-lines article never has the member.
    static bool isBundle(const QByteArray &bytes);
    static SourceDocument read(const QByteArray &bytes, const QString &origin);
};

} // namespace lede
