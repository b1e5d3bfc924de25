#include "storage/entityjoinrepository.h"

#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lede {
namespace {

// The entity ids as a JSON array, for one statement over all of them.
QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A pending set's rows ([start, end, entity, …] for mentions, [start, end, speaker|null, …] for
// quotes: the entity is the third member of both) with the joined entities replaced. Rows keep
// their places: a pending suggestion's id is its place in the set.
QString withEntitiesReplaced(const QString &rowsJson, const QHash<qint64, qint64> &into, bool *changed)
{
    QJsonArray rows = QJsonDocument::fromJson(rowsJson.toUtf8()).array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonArray row = rows.at(i).toArray();
        if (row.size() < 3 || !row.at(2).isDouble())
            continue;
        const auto target = into.constFind(row.at(2).toInteger());
        if (target == into.constEnd())
            continue;
        row[2] = *target;
        rows[i] = row;
        *changed = true;
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

} // namespace

EntityJoinRepository::EntityJoinRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

int EntityJoinRepository::articlesNaming(qint64 entityId) const
{
    // An article holds its suggestions either as a pending set or as rows, never both.
    return SqlQuery(m_db,
                    QStringLiteral("SELECT (SELECT count(*) FROM pending_entities WHERE entity_id = ?) + "
                                   "(SELECT count(*) FROM (SELECT article_id FROM mentions WHERE entity_id = ? "
                                   "UNION SELECT article_id FROM quotes WHERE speaker_entity_id = ?))"))
        .bindAll({entityId, entityId, entityId})
        .scalar()
        .toInt();
}

QList<EntityJoinRepository::ShortForm> EntityJoinRepository::shortForms(const QStringList &names, EntityKind kind) const
{
    QList<ShortForm> out;
    for (const QString &name : names) {
        const QVariant id =
            SqlQuery(m_db,
                     QStringLiteral("SELECT id FROM entities WHERE name = ? AND kind = ? AND status = 'suggested'"))
                .bindAll({name, toString(kind)})
                .scalar();
        if (!id.isValid())
            continue;
        ShortForm form {id.toLongLong(), name, 0, {}};
        SqlQuery q(m_db,
                   QStringLiteral("SELECT e.id, e.name, e.status FROM entity_aliases a JOIN entities e "
                                  "ON e.id = a.entity_id WHERE a.alias = ? AND e.kind = ? AND e.id <> ? "
                                  "AND e.status <> 'rejected' ORDER BY e.id"));
        q.bindAll({name, toString(kind), form.id}).exec();
        while (q.next())
            form.candidates.append(
                {q.value(0).toLongLong(), q.value(1).toString(), reviewStatusFromString(q.value(2).toString()), 0});
        if (form.candidates.isEmpty())
            continue;
        form.articles = articlesNaming(form.id);
        for (Candidate &c : form.candidates)
            c.articles = articlesNaming(c.id);
        out.append(form);
    }
    return out;
}

void EntityJoinRepository::rewritePendingSets(const QHash<qint64, qint64> &into)
{
    // One pass over the sets that name any of them (pending_entities is read once, even while an
    // import has its entity index set aside).
    SqlQuery sets(m_db,
                  QStringLiteral("SELECT article_id, mentions, quotes FROM pending_suggestions WHERE article_id IN "
                                 "(SELECT article_id FROM pending_entities WHERE entity_id IN "
                                 "(SELECT value FROM json_each(?)))"));
    sets.bind(idsJson(into.keys())).exec();
    struct Rewritten
    {
        qint64 article;
        QString mentions;
        QString quotes;
    };
    QList<Rewritten> rewritten;
    while (sets.next()) {
        bool changed = false;
        rewritten.append({sets.value(0).toLongLong(), withEntitiesReplaced(sets.value(1).toString(), into, &changed),
                          withEntitiesReplaced(sets.value(2).toString(), into, &changed)});
    }
    for (const Rewritten &r : std::as_const(rewritten))
        SqlQuery(m_db, QStringLiteral("UPDATE pending_suggestions SET mentions = ?, quotes = ? WHERE article_id = ?"))
            .bindAll({r.mentions, r.quotes, r.article})
            .exec();
}

void EntityJoinRepository::join(const QList<QPair<qint64, qint64>> &fromInto)
{
    if (fromInto.isEmpty())
        return;
    QHash<qint64, qint64> into;
    for (const auto &[from, to] : fromInto)
        into.insert(from, to);
    rewritePendingSets(into);
    for (const auto &[from, to] : fromInto) {
        // The counts the entity list reads: an article naming both adds them up.
        SqlQuery(m_db,
                 QStringLiteral("INSERT INTO pending_entities (article_id, entity_id, mentions, spoken) "
                                "SELECT article_id, ?, mentions, spoken FROM pending_entities WHERE entity_id = ? "
                                "ON CONFLICT (article_id, entity_id) DO UPDATE SET "
                                "mentions = mentions + excluded.mentions, spoken = spoken + excluded.spoken"))
            .bindAll({to, from})
            .exec();
        SqlQuery(m_db, QStringLiteral("DELETE FROM pending_entities WHERE entity_id = ?")).bind(from).exec();
        SqlQuery(m_db, QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ?"))
            .bindAll({to, from})
            .exec();
        SqlQuery(m_db, QStringLiteral("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?"))
            .bindAll({to, from})
            .exec();
        SqlQuery(m_db,
                 QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) "
                                "SELECT ?, alias FROM entity_aliases WHERE entity_id = ?"))
            .bindAll({to, from})
            .exec();
        // No pending set names it now, so the delete trigger has nothing to turn into rows.
        SqlQuery(m_db, QStringLiteral("DELETE FROM entities WHERE id = ? AND status = 'suggested'")).bind(from).exec();
    }
}

} // namespace lede
