#pragma once

#include "storage/articlelistrepository.h"

#include <QList>
#include <atomic>

namespace lede {

class Library;

// Which articles an export takes: the open article, the articles selected in the list, a tag, a
// saved search or the whole library. Resolved against the library when the export runs, so that a
// worker thread can do it through a connection of its own.
struct ExportScope
{
    enum class Kind { Article, Selection, Tag, SavedSearch, Library };

    Kind kind = Kind::Library;
    QList<qint64> articleIds; // Article and Selection, in the order they are written
    ArticleFilter filter; // Tag and SavedSearch

    // The article ids in export order: the given ones as they are, otherwise the matching articles
    // oldest first (the order of `lede-cli export` without --article). At most limit when limit >= 0;
    // stops early, with what it has, once *cancel is set. Throws StorageError.
    QList<qint64> resolve(Library &library, int limit = -1, const std::atomic_bool *cancel = nullptr) const;
    // How many articles resolve() would give. Throws StorageError.
    int count(Library &library) const;
};

} // namespace lede
