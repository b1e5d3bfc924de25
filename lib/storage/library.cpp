#include "storage/library.h"

#include "domain/textoffsets.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace lede {

Library::Library(const QString &path, Database::OpenMode mode)
    : m_database(std::make_unique<Database>(path, mode))
    , m_articles(m_database->connection())
    , m_quotes(m_database->connection())
    , m_entities(m_database->connection())
    , m_notes(m_database->connection())
    , m_claims(m_database->connection())
    , m_tags(m_database->connection())
    , m_search(m_database->connection())
{ }

Article Library::articleForAnnotation(qint64 articleId, const TextSpan &span)
{
    const std::optional<Article> article = m_articles.find(articleId);
    if (!article)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("lede::Storage", "no article %1").arg(articleId));
    const TextOffsets offsets(article->body);
    if (!offsets.isValidSpan(span) || span.start == span.end)
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate(
                               "lede::Storage", "span %1-%2 is not inside article %3 (its text has %4 characters)")
                               .arg(span.start)
                               .arg(span.end)
                               .arg(articleId)
                               .arg(offsets.codePointLength()));
    return *article;
}

Note Library::addNote(qint64 articleId, const TextSpan &span, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("lede::Storage", "a note needs some text"));
    Transaction tx(connection());
    const Article article = articleForAnnotation(articleId, span);
    Note note;
    note.articleId = articleId;
    note.versionId = article.versionId;
    note.span = span;
    note.text = text;
    m_notes.insert(note);
    tx.commit();
    return note;
}

Claim Library::addClaim(qint64 articleId, const TextSpan &span, const QString &verdict, const QString &summary,
                        const QString &explanation)
{
    Transaction tx(connection());
    const Article article = articleForAnnotation(articleId, span);
    Claim claim;
    if (!verdict.trimmed().isEmpty()) {
        const VerdictScale scale = m_claims.verdictScale();
        const std::optional<Verdict> found = scale.find(verdict);
        if (!found)
            throw StorageError(
                StorageError::Kind::InvalidInput,
                QCoreApplication::translate("lede::Storage", "unknown verdict \"%1\"; the library's scale is: %2")
                    .arg(verdict, scale.labels().join(QStringLiteral(", "))));
        claim.verdictLabel = found->label;
        claim.verdictValue = found->value;
        claim.status = ClaimStatus::Checked;
    }
    claim.articleId = articleId;
    claim.versionId = article.versionId;
    claim.span = span;
    claim.summary = summary.trimmed().isEmpty() ? TextOffsets(article.body).slice(article.body, span) : summary;
    claim.explanation = explanation;
    m_claims.insert(claim);
    tx.commit();
    return claim;
}

} // namespace lede
