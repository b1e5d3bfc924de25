#include "storage/spreadrecordrepository.h"

#include "storage/jsonrows.h"
#include "storage/sqlquery.h"
#include "storage/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lede {
namespace {

QString stringArray(const QStringList &strings)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QJsonArray parsedArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QList<qint64> numbers(const QString &json)
{
    QList<qint64> out;
    const QJsonArray array = parsedArray(json);
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out << v.toInteger();
    return out;
}

} // namespace

SpreadRecordRepository::SpreadRecordRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 SpreadRecordRepository::recordSpread(qint64 entityId, const QStringList &names,
                                            const QList<qint64> &skipArticles)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO entity_spreads (entity_id, names, skip_articles, created_at) "
                              "VALUES (?, ?, ?, ?)"));
    q.bindAll({entityId, stringArray(names), JsonRows::numberArray(skipArticles), nowStoredTime()}).exec();
    return q.lastInsertId().toLongLong();
}

void SpreadRecordRepository::setDoneThrough(qint64 id, qint64 articleId)
{
    SqlQuery(m_db, QStringLiteral("UPDATE entity_spreads SET done_through = ? WHERE id = ?"))
        .bindAll({articleId, id})
        .exec();
}

qint64 SpreadRecordRepository::recordTakeBack(qint64 id, qint64 entityId, const QList<qint64> &mentionIds)
{
    const QString ids = JsonRows::numberArray(mentionIds);
    SqlQuery update(m_db, QStringLiteral("UPDATE entity_spreads SET take_back = ?, taken_back = 0 WHERE id = ?"));
    update.bindAll({ids, id}).exec();
    if (id && update.numRowsAffected() > 0)
        return id;
    // The spread had finished and forgotten its record. An entity deleted meanwhile took its mention
    // rows with it, and readers skip its pending ones: nothing to record then.
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO entity_spreads (entity_id, names, take_back, created_at) "
                                   "SELECT id, '[]', ?, ? FROM entities WHERE id = ?"));
    insert.bindAll({ids, nowStoredTime(), entityId}).exec();
    return insert.numRowsAffected() > 0 ? insert.lastInsertId().toLongLong() : 0;
}

void SpreadRecordRepository::setTakenBack(qint64 id, int count)
{
    SqlQuery(m_db, QStringLiteral("UPDATE entity_spreads SET taken_back = ? WHERE id = ?")).bindAll({count, id}).exec();
}

void SpreadRecordRepository::forget(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM entity_spreads WHERE id = ?")).bind(id).exec();
}

QList<SpreadRecord> SpreadRecordRepository::all() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, entity_id, names, skip_articles, done_through, take_back, taken_back "
                              "FROM entity_spreads ORDER BY id"));
    q.exec();
    QList<SpreadRecord> out;
    while (q.next()) {
        SpreadRecord r;
        r.id = q.value(0).toLongLong();
        r.entityId = q.value(1).toLongLong();
        for (const QJsonValue &v : parsedArray(q.value(2).toString()))
            r.names << v.toString();
        r.skipArticles = numbers(q.value(3).toString());
        r.doneThrough = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            r.takeBack = numbers(q.value(5).toString());
        r.takenBack = q.value(6).toInt();
        out << r;
    }
    return out;
}

} // namespace lede
