#pragma once

#include <QString>

namespace lede {

// A copy of a library taken while it is open, for File ▸ Back Up Library: SQLite's VACUUM INTO
// writes a snapshot of what was last committed, compacted, through a connection of its own (so a
// worker thread can take it while the window goes on). The copy is written under a temporary
// name beside the destination and then renamed over it: a backup that fails leaves no file, and
// an older backup of the same name stays until the new one is complete.
class LibraryBackup
{
public:
    // Throws StorageError whose message names the destination and the reason.
    static void write(const QString &libraryPath, const QString &destination);
};

} // namespace lede
