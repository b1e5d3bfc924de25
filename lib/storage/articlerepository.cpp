#include "storage/articlerepository.h"

#include "storage/jsonrows.h"
#include "storage/nativestatement.h"
#include "storage/sha256.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace lede {

ArticleRepository::ArticleRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QString ArticleRepository::hashBody(const QString &body)
{
    return QString::fromLatin1(sha256(body.toUtf8()).toHex());
}

void ArticleRepository::insert(Article &article, const QByteArray &originalSource, Indexing indexing)
{
    const QString now = nowStoredTime();
    if (article.contentHash.isEmpty())
        article.contentHash = hashBody(article.body);
    // The C API: these three run once per article of an import (see NativeStatement).
    NativeStatement insertArticle(
        m_db,
        QStringLiteral("INSERT INTO articles (title, byline, site, url, published, language, dateline, source_format, "
                       "imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertArticle.bind(article.title)
        .bind(article.byline)
        .bind(article.site)
        .bindOrNull(article.url)
        .bindOrNull(article.published)
        .bindOrNull(article.language)
        .bind(article.dateline)
        .bind(article.sourceFormat)
        .bind(now)
        .bind(now)
        .exec();
    article.id = insertArticle.lastInsertId();

    const QByteArray compressedSource = originalSource.isEmpty() ? QByteArray() : qCompress(originalSource, 6);
    NativeStatement insertVersion(
        m_db,
        QStringLiteral("INSERT INTO article_versions (article_id, seq, body, content_hash, source, created_at) "
                       "VALUES (?, 1, ?, ?, ?, ?)"));
    insertVersion.bind(article.id)
        .bind(article.body)
        .bind(article.contentHash)
        .bindBlobOrNull(compressedSource)
        .bind(now)
        .exec();
    article.versionId = insertVersion.lastInsertId();

    NativeStatement(m_db, QStringLiteral("UPDATE articles SET current_version_id = ? WHERE id = ?"))
        .bind(article.versionId)
        .bind(article.id)
        .exec();
    if (indexing == Indexing::Now)
        indexForSearch(article.id, article.title, article.byline, article.body);
    article.imported = fromStoredTime(now);
    article.updated = article.imported;
}

void ArticleRepository::indexForSearch(qint64 id, const QString &title, const QString &byline, const QString &body)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) VALUES (?, ?, ?, ?)"))
        .bindAll({id, title, byline, body})
        .exec();
}

void ArticleRepository::indexForSearch(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) "
                            "SELECT id, title, byline, body FROM article_fts_source "
                            "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"))
        .bind(JsonRows::numberArray(ids))
        .exec();
}

void ArticleRepository::reserveBatchIndexMemory()
{
    // FTS5 writes what it indexed in memory out as a new segment whenever that passes `hashsize`
    // bytes (1 MB unless set): a batch of 250 articles came to several segments, each merged later.
    // With room for a whole batch it writes one (3,360 articles: writer thread CPU 0.88 -> 0.83 s,
    // peak memory +2 MB). Where and what it finds is the same.
    constexpr qint64 kBytes = 16 * 1024 * 1024;
    const QVariant current =
        SqlQuery(m_db, QStringLiteral("SELECT v FROM article_fts_config WHERE k = 'hashsize'")).scalar();
    if (current.isValid() && current.toLongLong() == kBytes)
        return;
    SqlQuery(m_db, QStringLiteral("INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', ?)"))
        .bind(kBytes)
        .exec();
}

void ArticleRepository::holdBackIndexMerges(const QSqlDatabase &db, bool hold)
{
    // Let go, the library merges eight segments at a time (schema 5, 0005_search_merging.sql).
    // Measured on 3,360 articles in batches of 250, with the sqlite3 shell under callgrind:
    // indexing takes 2.27G instructions merging eight at a time, 1.83G held back, 1.71G in one
    // statement (2.49G at FTS5's default of four).
    constexpr int kLibraryAutomerge = 8;
    SqlQuery(db, QStringLiteral("INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', ?)"))
        .bind(hold ? 0 : kLibraryAutomerge)
        .exec();
}

void ArticleRepository::unindex(qint64 id)
{
    // External content: FTS5 must be told the exact text it indexed in order to forget it.
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO article_fts (article_fts, rowid, title, byline, body) "
                            "SELECT 'delete', id, title, byline, body FROM article_fts_source WHERE id = ?"))
        .bind(id)
        .exec();
}

std::optional<Article> ArticleRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT a.id, v.id, a.title, a.byline, a.site, a.url, a.published, a.language, a.dateline, v.body, "
                   "a.source_format, v.content_hash, a.imported_at, a.updated_at "
                   "FROM articles a JOIN article_versions v ON v.id = a.current_version_id WHERE a.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Article a;
    a.id = q.value(0).toLongLong();
    a.versionId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.byline = q.value(3).toString();
    a.site = q.value(4).toString();
    a.url = q.value(5).toString();
    a.published = q.value(6).toString();
    a.language = q.value(7).toString();
    a.dateline = q.value(8).toString();
    a.body = q.value(9).toString();
    a.sourceFormat = q.value(10).toString();
    a.contentHash = q.value(11).toString();
    a.imported = fromStoredTime(q.value(12).toString());
    a.updated = fromStoredTime(q.value(13).toString());
    return a;
}

std::optional<DuplicateMatch> ArticleRepository::findDuplicate(const QString &contentHash, const QString &url) const
{
    // Through the C API (see NativeStatement), the id and whether it is in the trash as one number:
    // an import asks this of every article (840 articles: 38M -> 30M instructions).
    const std::optional<qint64> byHash =
        NativeStatement(
            m_db,
            QStringLiteral("SELECT a.id * 2 + (a.deleted_at IS NOT NULL) FROM article_versions v JOIN "
                           "articles a ON a.id = v.article_id WHERE v.content_hash = ? ORDER BY a.id LIMIT 1"))
            .bind(contentHash)
            .integer();
    if (byHash)
        return DuplicateMatch {*byHash / 2, *byHash % 2 == 1, false};
    if (url.isEmpty())
        return std::nullopt;
    SqlQuery byUrl(m_db,
                   QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM articles WHERE url = ? ORDER BY id LIMIT 1"));
    byUrl.bind(url).exec();
    if (byUrl.next())
        return DuplicateMatch {byUrl.value(0).toLongLong(), byUrl.value(1).toBool(), true};
    return std::nullopt;
}

QList<ArticleSummary> ArticleRepository::list(qint64 afterId, int limit, bool trashed) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, title, byline, site, published, url, deleted_at IS NOT NULL FROM articles "
                              "WHERE id > ? AND (deleted_at IS NOT NULL) = ? ORDER BY id LIMIT ?"));
    q.bindAll({afterId, trashed, limit}).exec();
    QList<ArticleSummary> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()});
    }
    return out;
}

int ArticleRepository::count(bool trashed) const
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM articles WHERE (deleted_at IS NOT NULL) = ?"))
        .bind(trashed)
        .scalar()
        .toInt();
}

void ArticleRepository::moveToTrash(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.bindAll({nowStoredTime(), id}).exec();
    if (q.numRowsAffected() == 0 && !find(id))
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("lede::Storage", "no article %1").arg(id));
}

void ArticleRepository::restore(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("UPDATE articles SET deleted_at = NULL WHERE id = ?")).bind(id).exec();
}

int ArticleRepository::emptyTrash()
{
    SqlQuery ids(m_db, QStringLiteral("SELECT id FROM articles WHERE deleted_at IS NOT NULL"));
    ids.exec();
    QList<qint64> doomed;
    while (ids.next())
        doomed << ids.value(0).toLongLong();
    for (qint64 id : doomed) {
        unindex(id);
        SqlQuery(m_db, QStringLiteral("DELETE FROM articles WHERE id = ?")).bind(id).exec();
    }
    return int(doomed.size());
}

} // namespace lede
