#pragma once

#include <QString>

namespace lede {

// The demo library: the seed article (shipped in resources) imported into a library of its own
// under the user's data folder, so that a first look at Lede has something real to show.
class DemoLibrary
{
public:
    // Creates the demo library when missing; returns its path. Throws StorageError.
    static QString ensure();
    static QString path();
};

} // namespace lede
