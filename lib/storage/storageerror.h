#pragma once

#include <QString>
#include <stdexcept>

namespace lede {

// Thrown by the storage layer. The message is one line a person can act on; the kind lets the CLI
// and the GUI choose an exit status or a dialog without parsing text.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        NotALibrary, // not SQLite, or a SQLite file of another program
        NewerSchema, // written by a newer Lede: refused, never touched
        Locked, // another program is writing
        Missing, // no library at that path
        NotFound, // no such article / note / claim
        InvalidInput, // a span out of range, an unknown verdict, ...
        QueryError, // full-text query syntax
        Failed // anything else SQLite reported
    };

    StorageError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace lede
