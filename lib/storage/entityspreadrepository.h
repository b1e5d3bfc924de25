#pragma once

#include "domain/textspan.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lede {

// An article's current text.
struct SpreadTarget
{
    qint64 articleId = 0;
    qint64 versionId = 0;
    QString body;
};

// What spreading a confirmed entity to the articles already in the library reads and writes (the
// matching itself is import/entityspread.h): candidate articles by full-text phrase, their text
// with the spans taken, and the suggested mentions added and taken back.
class EntitySpreadRepository
{
public:
    explicit EntitySpreadRepository(const QSqlDatabase &db);

    // The articles (trash included) whose current body may name one of the names, ascending. The
    // index folds case, stems and ignores punctuation: a superset of the exact matches.
    QList<qint64> articlesNaming(const QStringList &names) const;
    // The current texts of those of the articles that still exist.
    QList<SpreadTarget> targets(const QList<qint64> &articleIds) const;
    // The spans of every mention of the version, whatever its entity and status, rows and pending.
    QList<TextSpan> takenSpans(qint64 articleId, qint64 versionId) const;
    // Adds suggested mentions of an entity to an article version; returns their ids. An article
    // whose suggestions are still a pending set (see PendingSuggestions) gets them in the set.
    QList<qint64> addSuggestedMentions(qint64 articleId, qint64 versionId, qint64 entityId,
                                       const QList<TextSpan> &spans);
    // Removes those of the mentions that are still merely suggested; returns their articles.
    QList<qint64> removeSuggestedMentions(const QList<qint64> &mentionIds);

    // The FTS5 query for a list of names: any of them as a phrase in the body column.
    static QString phraseQuery(const QStringList &names);

private:
    QSqlDatabase m_db;
};

} // namespace lede
