#pragma once

#include "annotations/librarycommand.h"
#include "domain/note.h"

namespace lede {

class AddNoteCommand : public LibraryCommand
{
public:
    AddNoteCommand(ArticleAnnotations *annotations, const Note &note);
    qint64 noteId() const { return m_note.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Note m_note;
};

class EditNoteCommand : public LibraryCommand
{
public:
    EditNoteCommand(ArticleAnnotations *annotations, const Note &note, const QString &text);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Note m_note;
    QString m_text;
};

class RemoveNoteCommand : public LibraryCommand
{
public:
    RemoveNoteCommand(ArticleAnnotations *annotations, const Note &note);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Note m_note;
};

} // namespace lede
