#pragma once

#include <QUndoCommand>

namespace lede {

class ArticleAnnotations;
class Library;

// An edit of the library that can be undone. Each step runs in one transaction and is committed
// before the step returns: nothing waits for a Save. A step that fails is reported, and a command
// whose first step failed makes itself obsolete so the stack drops it.
class LibraryCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    LibraryCommand(ArticleAnnotations *annotations, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;
    // Tells the annotations what changed, after a step was committed.
    virtual void notify() = 0;

    Library &library() const;
    ArticleAnnotations *annotations() const { return m_annotations; }
    // The article the edit was made on: the one open when the command was made. Undo and redo bring
    // the reader back to it. 0 for edits of the library as a whole (entities, trash, tags).
    void setArticle(qint64 articleId) { m_articleId = articleId; }

private:
    void step(bool forward);

    ArticleAnnotations *m_annotations;
    qint64 m_articleId;
    bool m_everApplied = false;
};

} // namespace lede
