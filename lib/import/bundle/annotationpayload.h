#pragma once

#include "domain/article.h"

#include <QString>

namespace lede {

class Library;

// Annotations that came with an imported file (a JSON bundle, a Hypothesis export), stored by the
// Importer inside the article's transaction: on the article just inserted, or on the library's
// copy of an article it recognised. Never duplicates what the article already carries.
class AnnotationPayload
{
public:
    virtual ~AnnotationPayload() = default;

    // Stores the annotations on article and says what was added, e.g. "2 notes, 1 claim added".
    // Throws StorageError.
    virtual QString apply(Library &library, const Article &article) const = 0;
    // True when the file holds no article text, only annotations for an article already in the
    // library (found by its URL).
    virtual bool attachesOnly() const { return false; }
};

} // namespace lede
