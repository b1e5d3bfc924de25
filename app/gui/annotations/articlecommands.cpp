#include "annotations/articlecommands.h"

#include "annotations/articleannotations.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace lede {

TrashArticlesCommand::TrashArticlesCommand(ArticleAnnotations *annotations, const QList<qint64> &ids, bool toTrash)
    : LibraryCommand(annotations,
                     toTrash ? QCoreApplication::translate("lede::Commands", "Move to Trash")
                             : QCoreApplication::translate("lede::Commands", "Restore from Trash"))
    , m_ids(ids)
    , m_toTrash(toTrash)
{
    setArticle(0);
}

void TrashArticlesCommand::move(bool toTrash)
{
    for (qint64 id : std::as_const(m_ids)) {
        if (toTrash)
            library().articles().moveToTrash(id);
        else
            library().articles().restore(id);
    }
}

void TrashArticlesCommand::apply()
{
    move(m_toTrash);
}
void TrashArticlesCommand::revert()
{
    move(!m_toTrash);
}
void TrashArticlesCommand::notify()
{
    annotations()->articlesMoved(m_ids);
}

TagArticlesCommand::TagArticlesCommand(ArticleAnnotations *annotations, const QList<qint64> &ids, const QString &tag)
    : LibraryCommand(annotations, QCoreApplication::translate("lede::Commands", "Tag Articles"))
    , m_ids(ids)
    , m_tag(tag.trimmed())
{
    setArticle(0);
}

void TagArticlesCommand::apply()
{
    m_tagId = library().tags().ensure(m_tag);
    m_newlyTagged.clear();
    for (qint64 id : std::as_const(m_ids)) {
        bool had = false;
        for (const Tag &t : library().tags().ofArticle(id))
            had = had || t.id == m_tagId;
        if (!had) {
            library().tags().tag(id, m_tagId);
            m_newlyTagged << id;
        }
    }
}

void TagArticlesCommand::revert()
{
    for (qint64 id : std::as_const(m_newlyTagged))
        library().tags().untag(id, m_tagId);
}

void TagArticlesCommand::notify()
{
    for (qint64 id : std::as_const(m_ids))
        annotations()->articleEdited(id);
}

} // namespace lede
