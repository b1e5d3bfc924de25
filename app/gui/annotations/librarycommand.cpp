#include "annotations/librarycommand.h"

#include "annotations/articleannotations.h"
#include "storage/library.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace lede {

LibraryCommand::LibraryCommand(ArticleAnnotations *annotations, const QString &text)
    : QUndoCommand(text)
    , m_annotations(annotations)
    , m_articleId(annotations->articleId())
{ }

Library &LibraryCommand::library() const
{
    return *m_annotations->library();
}

void LibraryCommand::redo()
{
    step(true);
}
void LibraryCommand::undo()
{
    step(false);
}

void LibraryCommand::step(bool forward)
{
    // Undoing an edit made on another article: show that article first, so the person sees what
    // changed (the first redo is the edit itself, on the open article).
    if (m_everApplied && m_articleId != 0 && m_articleId != m_annotations->articleId())
        m_annotations->requestArticle(m_articleId);
    try {
        Transaction tx(library().connection());
        if (forward)
            apply();
        else
            revert();
        tx.commit();
        m_everApplied = true;
    } catch (const StorageError &e) {
        if (!m_everApplied)
            setObsolete(true);
        m_annotations->reportError(e.message());
        return;
    }
    notify();
}

} // namespace lede
