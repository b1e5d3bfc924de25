#pragma once

#include "annotations/librarycommand.h"

#include <QList>

namespace lede {

// Moves articles to the trash, or restores them from it.
class TrashArticlesCommand : public LibraryCommand
{
public:
    TrashArticlesCommand(ArticleAnnotations *annotations, const QList<qint64> &ids, bool toTrash);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    void move(bool toTrash);

    QList<qint64> m_ids;
    bool m_toTrash;
};

class TagArticlesCommand : public LibraryCommand
{
public:
    TagArticlesCommand(ArticleAnnotations *annotations, const QList<qint64> &ids, const QString &tag);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QList<qint64> m_ids;
    QString m_tag;
    qint64 m_tagId = 0;
    QList<qint64> m_newlyTagged;
};

} // namespace lede
