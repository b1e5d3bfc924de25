#include "storage/tagrepository.h"

#include "storage/sqlquery.h"

namespace lede {

TagRepository::TagRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 TagRepository::ensure(const QString &name)
{
    SqlQuery(m_db, QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)")).bind(name.trimmed()).exec();
    return SqlQuery(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"))
        .bind(name.trimmed())
        .scalar()
        .toLongLong();
}

void TagRepository::tag(qint64 articleId, qint64 tagId)
{
    SqlQuery(m_db, QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)"))
        .bindAll({articleId, tagId})
        .exec();
}

void TagRepository::untag(qint64 articleId, qint64 tagId)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"))
        .bindAll({articleId, tagId})
        .exec();
}

QList<Tag> TagRepository::ofArticle(qint64 articleId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT t.id, t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE "
                              "at.article_id = ? ORDER BY t.name"));
    q.bind(articleId).exec();
    QList<Tag> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QList<Tag> TagRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM tags ORDER BY name"));
    q.exec();
    QList<Tag> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace lede
