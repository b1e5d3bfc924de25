#pragma once

#include "domain/quote.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace lede {

class QuoteRepository
{
public:
    explicit QuoteRepository(const QSqlDatabase &db);

    qint64 insert(Quote &quote);
    // An analysis's quotes of one article version, all with status "suggested", in one statement
    // (ids are not returned): a bulk import writes about a dozen per article.
    void insertSuggested(qint64 articleId, qint64 versionId, const QList<Quote> &quotes);
    // The quotes as the JSON rows insertSuggested() and a pending set store: [start, end, speaker,
    // speaker_start, speaker_end, cue, kind, speaker_label], null for what a quote lacks; the label
    // is left out when there is none.
    static QString rowsJson(const QList<Quote> &quotes);
    std::optional<Quote> find(qint64 id) const;
    QList<Quote> ofArticle(qint64 articleId) const;
    void setStatus(qint64 id, ReviewStatus status);
    // The label names a speaker that is no entity where the mention's words do not (see Quote).
    void setSpeaker(qint64 id, qint64 entityId, std::optional<TextSpan> mention, const QString &label = {});
    void remove(qint64 id);
    // Keeps the times an annotation had in another library (bundle import).
    void restoreTimes(qint64 id, const QDateTime &created, const QDateTime &modified);
    // Removes an article's suggested quotes; confirmed and rejected ones are the editor's.
    void removeSuggested(qint64 articleId);

private:
    QList<Quote> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace lede
