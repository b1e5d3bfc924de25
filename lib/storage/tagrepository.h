#pragma once

#include "domain/tag.h"

#include <QList>
#include <QSqlDatabase>

namespace lede {

class TagRepository
{
public:
    explicit TagRepository(const QSqlDatabase &db);

    qint64 ensure(const QString &name);
    void tag(qint64 articleId, qint64 tagId);
    void untag(qint64 articleId, qint64 tagId);
    QList<Tag> ofArticle(qint64 articleId) const;
    QList<Tag> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace lede
