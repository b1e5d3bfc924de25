#pragma once

#include "domain/article.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace lede {

// A row of the article list: what the list shows, without the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString byline;
    QString site;
    QString published;
    QString url;
    bool trashed = false;
};

struct DuplicateMatch
{
    qint64 articleId = 0;
    bool trashed = false;
    bool byUrl = false;
};

// Articles and their versions, and the full-text index that follows them.
class ArticleRepository
{
public:
    explicit ArticleRepository(const QSqlDatabase &db);

    // When a new article enters the full-text index.
    enum class Indexing {
        Now, // with the insert
        Later, // by the caller, with indexForSearch(ids) before the transaction commits
    };

    // Inserts the article and its first version; fills id and versionId. Call inside a transaction.
    void insert(Article &article, const QByteArray &originalSource = {}, Indexing indexing = Indexing::Now);
    // Adds the current text of these articles to the full-text index in one statement. A bulk
    // import calls it once per batch: FTS5 flushes its in-memory index at every statement that
    // follows an FTS5 write in the same transaction, so indexing article by article between the
    // other inserts writes thousands of tiny index segments and then merges them again.
    void indexForSearch(const QList<qint64> &ids);
    // Lets the search index hold a bulk import's batch in memory before writing it out (FTS5's
    // 'hashsize'); once per library, it is stored with the index. Call outside a transaction.
    void reserveBatchIndexMemory();
    // FTS5 merges the search index's segments a little after every write ('automerge'): a bulk
    // import writes a segment per batch and would merge them again and again as they come. Held
    // back, they stay as written up to FTS5's own bound (16 on a level are merged at once,
    // 'crisismerge'), and later writes merge them as usual once merges are let go again. The
    // setting is stored with the index: an import cut short leaves it held until the library is
    // opened again (Database::restoreIndexes()).
    void holdBackIndexMerges(bool hold) { holdBackIndexMerges(m_db, hold); }
    static void holdBackIndexMerges(const QSqlDatabase &db, bool hold);
    std::optional<Article> find(qint64 id) const;
    std::optional<DuplicateMatch> findDuplicate(const QString &contentHash, const QString &url) const;

    // Keyset paging in id order: rows with id > afterId, at most limit of them.
    QList<ArticleSummary> list(qint64 afterId = 0, int limit = -1, bool trashed = false) const;
    int count(bool trashed = false) const;

    void moveToTrash(qint64 id);
    void restore(qint64 id);
    // Deletes trashed articles for good, with their annotations; returns how many.
    int emptyTrash();

    static QString hashBody(const QString &body);

private:
    void indexForSearch(qint64 id, const QString &title, const QString &byline, const QString &body);
    void unindex(qint64 id);

    QSqlDatabase m_db;
};

} // namespace lede
