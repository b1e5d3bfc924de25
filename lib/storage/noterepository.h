#pragma once

#include "domain/note.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace lede {

class NoteRepository
{
public:
    explicit NoteRepository(const QSqlDatabase &db);

    qint64 insert(Note &note);
    std::optional<Note> find(qint64 id) const;
    QList<Note> ofArticle(qint64 articleId) const;
    void setText(qint64 id, const QString &text);
    void remove(qint64 id);
    // Keeps the times an annotation had in another library (bundle import).
    void restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified);

private:
    QList<Note> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace lede
