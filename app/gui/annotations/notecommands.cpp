#include "annotations/notecommands.h"

#include "annotations/articleannotations.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {

AddNoteCommand::AddNoteCommand(ArticleAnnotations *annotations, const Note &note)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Add Note"))
    , m_note(note)
{ }

// A redo inserts again, under a new id.
void AddNoteCommand::apply()
{
    library().notes().insert(m_note);
}
void AddNoteCommand::revert()
{
    library().notes().remove(m_note.id);
}
void AddNoteCommand::notify()
{
    annotations()->articleEdited(m_note.articleId);
}

EditNoteCommand::EditNoteCommand(ArticleAnnotations *annotations, const Note &note, const QString &text)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Edit Note"))
    , m_note(note)
    , m_text(text)
{ }

void EditNoteCommand::apply()
{
    library().notes().setText(m_note.id, m_text);
}
void EditNoteCommand::revert()
{
    library().notes().setText(m_note.id, m_note.text);
}
void EditNoteCommand::notify()
{
    annotations()->articleEdited(m_note.articleId);
}

RemoveNoteCommand::RemoveNoteCommand(ArticleAnnotations *annotations, const Note &note)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Delete Note"))
    , m_note(note)
{ }

void RemoveNoteCommand::apply()
{
    library().notes().remove(m_note.id);
}
void RemoveNoteCommand::revert()
{
    library().notes().insert(m_note);
}
void RemoveNoteCommand::notify()
{
    annotations()->articleEdited(m_note.articleId);
}

} // namespace lede
