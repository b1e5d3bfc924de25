#pragma once

#include "domain/claim.h"
#include "domain/note.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/entityrepository.h"
#include "storage/noterepository.h"
#include "storage/quoterepository.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <memory>

namespace lede {

// An open library: the database and its repositories, plus the checked edits that the CLI and the
// GUI share (each one transaction, validated before anything is written). Throws StorageError.
class Library
{
public:
    explicit Library(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString path() const { return m_database->path(); }

    ArticleRepository &articles() { return m_articles; }
    QuoteRepository &quotes() { return m_quotes; }
    EntityRepository &entities() { return m_entities; }
    NoteRepository &notes() { return m_notes; }
    ClaimRepository &claims() { return m_claims; }
    TagRepository &tags() { return m_tags; }
    SearchRepository &search() { return m_search; }

    // Adds a note on a code-point span of the article's current text.
    Note addNote(qint64 articleId, const TextSpan &span, const QString &text);
    // Adds a claim; the verdict label must be on the library's verdict scale (any case) or empty.
    Claim addClaim(qint64 articleId, const TextSpan &span, const QString &verdict, const QString &summary,
                   const QString &explanation);

private:
    Article articleForAnnotation(qint64 articleId, const TextSpan &span);

    std::unique_ptr<Database> m_database;
    ArticleRepository m_articles;
    QuoteRepository m_quotes;
    EntityRepository m_entities;
    NoteRepository m_notes;
    ClaimRepository m_claims;
    TagRepository m_tags;
    SearchRepository m_search;
};

} // namespace lede
