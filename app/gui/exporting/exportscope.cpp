#include "exporting/exportscope.h"

#include "storage/articlerepository.h"
#include "storage/library.h"

namespace lede {
namespace {

constexpr int kPage = 1000;

bool stopped(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QList<qint64> ExportScope::resolve(Library &library, int limit, const std::atomic_bool *cancel) const
{
    const auto full = [limit](const QList<qint64> &ids) {
        return limit >= 0 && ids.size() >= limit;
    };
    QList<qint64> ids;
    if (kind == Kind::Article || kind == Kind::Selection) {
        ids = articleIds;
    } else if (kind == Kind::Library) {
        // The same walk as ExportSelection::load without ids, so the GUI writes what the CLI does.
        qint64 after = 0;
        while (!full(ids) && !stopped(cancel)) {
            const QList<ArticleSummary> page = library.articles().list(after, kPage);
            if (page.isEmpty())
                break;
            for (const ArticleSummary &a : page)
                ids << a.id;
            after = page.last().id;
        }
    } else {
        const ArticleListRepository repository(library.connection());
        std::optional<ArticleCursor> after;
        while (!full(ids) && !stopped(cancel)) {
            const QList<ArticleListRow> page =
                repository.page(filter, ArticleSortKey::Imported, Qt::AscendingOrder, after, kPage);
            for (const ArticleListRow &row : page)
                ids << row.id;
            if (page.size() < kPage)
                break;
            after = ArticleCursor {page.last().sortValue, page.last().id};
        }
    }
    if (limit >= 0 && ids.size() > limit)
        ids.resize(limit);
    return ids;
}

int ExportScope::count(Library &library) const
{
    switch (kind) {
    case Kind::Article:
    case Kind::Selection:
        return int(articleIds.size());
    case Kind::Library:
        return library.articles().count();
    case Kind::Tag:
    case Kind::SavedSearch:
        return ArticleListRepository(library.connection()).count(filter);
    }
    return 0;
}

} // namespace lede
