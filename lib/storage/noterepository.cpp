#include "storage/noterepository.h"

#include "storage/sqlquery.h"
#include "storage/timestamps.h"

namespace lede {

NoteRepository::NoteRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 NoteRepository::insert(Note &note)
{
    const QString now = nowStoredTime();
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO notes (article_id, version_id, start_pos, end_pos, body, created_at, modified_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({note.articleId, note.versionId, note.span.start, note.span.end, note.text, now, now}).exec();
    note.id = q.lastInsertId().toLongLong();
    note.created = note.modified = fromStoredTime(now);
    return note.id;
}

QList<Note> NoteRepository::select(const QString &where, const QVariant &value) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT id, article_id, version_id, start_pos, end_pos, body, created_at, modified_at FROM notes WHERE ")
            + where + QStringLiteral(" ORDER BY start_pos, id"));
    q.bind(value).exec();
    QList<Note> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(),
                    q.value(1).toLongLong(),
                    q.value(2).toLongLong(),
                    {q.value(3).toInt(), q.value(4).toInt()},
                    q.value(5).toString(),
                    fromStoredTime(q.value(6).toString()),
                    fromStoredTime(q.value(7).toString())});
    }
    return out;
}

std::optional<Note> NoteRepository::find(qint64 id) const
{
    const QList<Note> found = select(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Note>(found.first());
}

QList<Note> NoteRepository::ofArticle(qint64 articleId) const
{
    return select(QStringLiteral("article_id = ?"), articleId);
}

void NoteRepository::setText(qint64 id, const QString &text)
{
    SqlQuery(m_db, QStringLiteral("UPDATE notes SET body = ?, modified_at = ? WHERE id = ?"))
        .bindAll({text, nowStoredTime(), id})
        .exec();
}

void NoteRepository::remove(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM notes WHERE id = ?")).bind(id).exec();
}

void NoteRepository::restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified)
{
    if (!created.isValid())
        return;
    SqlQuery(m_db, QStringLiteral("UPDATE notes SET created_at = ?, modified_at = ? WHERE id = ?"))
        .bindAll({toStoredTime(created), toStoredTime(modified.isValid() ? modified : created), id})
        .exec();
}

} // namespace lede
