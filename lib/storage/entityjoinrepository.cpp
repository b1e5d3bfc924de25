#include "storage/entityjoinrepository.h"

#include "domain/wordkey.h"
#include "storage/nativestatement.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringView>

#include <algorithm>

namespace lede {
namespace {

// beginningWith() reads every entity once rather than a range per word when the words are at least
// a quarter as many as the entities: a range costs some four rows read in full.
constexpr qint64 kWordsPerEntityToScan = 4;

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
// their places: a pending suggestion's id is its place in the set. Read by hand, as JsonRows
// writes them: QJsonDocument took a join of 3,360 imported articles' surnames some 100 ms.
QString withEntitiesReplaced(const QString &rowsJson, const QHash<qint64, qint64> &into, bool *changed)
{
    const QChar *text = rowsJson.constData();
    const qsizetype n = rowsJson.size();
    QString out;
    qsizetype copied = 0; // rowsJson up to here is in out
    int depth = 0;
    int member = 0;
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'[') {
            if (++depth == 2)
                member = 0;
        } else if (c == u']') {
            --depth;
        } else if (c == u',' && depth == 2 && ++member == 2) {
            qsizetype end = i + 1;
            while (end < n && text[end].isDigit())
                ++end;
            if (end == i + 1)
                continue; // null: no speaker
            const auto target = into.constFind(QStringView(text + i + 1, end - i - 1).toLongLong());
            if (target != into.constEnd()) {
                if (out.isEmpty())
                    out.reserve(n + 16);
                out += QStringView(text + copied, i + 1 - copied);
                out += QString::number(*target);
                copied = end;
            }
            i = end - 1;
        }
    }
    if (copied == 0)
        return rowsJson;
    *changed = true;
    out += QStringView(text + copied, n - copied);
    return out;
}

} // namespace

EntityJoinRepository::EntityJoinRepository(const QSqlDatabase &db, HeldBack *heldBack)
    : m_db(db)
    , m_heldBack(heldBack)
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

QStringList EntityJoinRepository::oneWordNames(const QStringList &names)
{
    QStringList oneWord;
    for (const QString &n : names) {
        if (!n.isEmpty() && !n.contains(u' '))
            oneWord << n;
    }
    oneWord.sort();
    return oneWord;
}

QList<EntityJoinRepository::ShortForm> EntityJoinRepository::shortForms(const QStringList &names, EntityKind kind) const
{
    // One statement for all the names (an import of 3,360 articles has some 1,400), reading the
    // name index of entities and the alias index.
    QJsonArray nameArray;
    for (const QString &name : names)
        nameArray.append(name);
    SqlQuery q(m_db,
               QStringLiteral("SELECT s.id, s.name, e.id, e.name, e.status FROM json_each(?) n "
                              "JOIN entities s ON s.name = n.value AND s.kind = ? AND s.status = 'suggested' "
                              "JOIN entity_aliases a ON a.alias = s.name JOIN entities e ON e.id = a.entity_id "
                              "WHERE e.kind = s.kind AND e.id <> s.id AND e.status <> 'rejected' "
                              "ORDER BY s.name, e.id"));
    q.bindAll({QString::fromUtf8(QJsonDocument(nameArray).toJson(QJsonDocument::Compact)), toString(kind)}).exec();
    QList<ShortForm> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id)
            out.append({id, q.value(1).toString(), {}});
        out.last().candidates.append(
            {q.value(2).toLongLong(), q.value(3).toString(), reviewStatusFromString(q.value(4).toString())});
    }
    return out;
}

QList<qint64> EntityJoinRepository::articleIdsNaming(qint64 entityId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT article_id FROM pending_entities WHERE entity_id = ? UNION "
                              "SELECT article_id FROM mentions WHERE entity_id = ? "
                              "UNION SELECT article_id FROM quotes WHERE speaker_entity_id = ?"));
    q.bindAll({entityId, entityId, entityId}).exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QStringList EntityJoinRepository::aliasesOf(qint64 entityId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias"));
    q.bind(entityId).exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<EntityJoinRepository::Named> EntityJoinRepository::beginningWith(const QStringList &words, EntityKind kind) const
{
    QList<Named> out;
    // Thousands of words (a bulk import's first names) against a few thousand entities: one pass
    // over the entities of the kind, each name's beginnings looked up among the words, costs less
    // than a range of the name index per word (3,360 imported articles: 4,700 words, 3,600 people).
    const qint64 entities =
        NativeStatement(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM entities")).integer().value_or(0);
    if (words.size() * kWordsPerEntityToScan >= entities) {
        QSet<WordView> wordSet;
        QList<qsizetype> lengths; // the words' lengths, each once
        for (const QString &w : words) {
            wordSet.insert(w);
            if (!lengths.contains(w.size()))
                lengths << w.size();
        }
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id, name, status FROM entities WHERE kind = ? AND status <> 'rejected' "
                                  "ORDER BY id"));
        q.bind(toString(kind)).exec();
        while (q.next()) {
            const QString name = q.value(1).toString();
            // As the index ranges below: names from a word on up to the word followed by the last
            // code point, that is, the names that begin with it.
            const bool begins = std::any_of(lengths.cbegin(), lengths.cend(), [&](qsizetype n) {
                return n <= name.size() && wordSet.contains(QStringView(name).left(n));
            });
            if (begins)
                out.append({q.value(0).toLongLong(), name, reviewStatusFromString(q.value(2).toString()), {}});
        }
        return out;
    }
    // A range of the name index per word, all words in one statement: char(1114111), the last code
    // point, sorts after whatever follows the word.
    QJsonArray wordArray;
    for (const QString &w : words)
        wordArray.append(w);
    SqlQuery q(m_db,
               QStringLiteral("SELECT DISTINCT e.id, e.name, e.status FROM json_each(?) w JOIN entities e "
                              "ON e.name >= w.value AND e.name < w.value || char(1114111) "
                              "WHERE e.kind = ? AND e.status <> 'rejected' ORDER BY e.id"));
    q.bindAll({QString::fromUtf8(QJsonDocument(wordArray).toJson(QJsonDocument::Compact)), toString(kind)}).exec();
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), reviewStatusFromString(q.value(2).toString()), {}});
    return out;
}

void EntityJoinRepository::holdBack(const QHash<qint64, qint64> &into, const QString &joinedJson)
{
    // An entity an earlier pass joined into one joined now: its mentions go on to the new target.
    for (qint64 &target : m_heldBack->into) {
        const auto further = into.constFind(target);
        if (further != into.constEnd())
            target = *further;
    }
    m_heldBack->into.insert(into);
    SqlQuery q(m_db,
               QStringLiteral("SELECT DISTINCT article_id FROM pending_entities WHERE entity_id IN "
                              "(SELECT value FROM json_each(?))"));
    q.bind(joinedJson).exec();
    while (q.next())
        m_heldBack->articles << q.value(0).toLongLong();
}

void EntityJoinRepository::rewriteHeldBack(const HeldBack &heldBack)
{
    if (heldBack.into.isEmpty())
        return;
    QList<qint64> articles = heldBack.articles;
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    rewritePendingSets(
        heldBack.into,
        QStringLiteral("SELECT article_id, mentions, quotes FROM pending_suggestions WHERE article_id IN "
                       "(SELECT value FROM json_each(?))"),
        idsJson(articles));
}

void EntityJoinRepository::rewritePendingSets(const QHash<qint64, qint64> &into, const QString &setsQuery,
                                              const QString &json)
{
    SqlQuery sets(m_db, setsQuery);
    sets.bind(json).exec();
    struct Rewritten
    {
        qint64 article;
        QString mentions;
        QString quotes;
    };
    QList<Rewritten> rewritten;
    while (sets.next()) {
        bool changed = false;
        Rewritten r {sets.value(0).toLongLong(), withEntitiesReplaced(sets.value(1).toString(), into, &changed),
                     withEntitiesReplaced(sets.value(2).toString(), into, &changed)};
        if (changed)
            rewritten.append(r);
    }
    // The C API (see NativeStatement): a join at the end of a large import rewrites thousands.
    for (const Rewritten &r : std::as_const(rewritten))
        NativeStatement(m_db,
                        QStringLiteral("UPDATE pending_suggestions SET mentions = ?, quotes = ? WHERE article_id = ?"))
            .bind(r.mentions)
            .bind(r.quotes)
            .bind(r.article)
            .exec();
}

void EntityJoinRepository::join(const QList<QPair<qint64, qint64>> &fromInto)
{
    if (fromInto.isEmpty())
        return;
    QHash<qint64, qint64> into;
    QJsonArray pairs; // [[from, into], …]: each statement below does them all
    for (const auto &[from, to] : fromInto) {
        into.insert(from, to);
        pairs.append(QJsonArray {from, to});
    }
    const QString json = QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
    const QString joinedJson = idsJson(into.keys());
    if (m_heldBack) {
        holdBack(into, joinedJson);
    } else {
        // One pass over the sets that name any of them (pending_entities is read once, even while an
        // import has its entity index set aside).
        rewritePendingSets(into,
                           QStringLiteral("SELECT article_id, mentions, quotes FROM pending_suggestions WHERE "
                                          "article_id IN (SELECT article_id FROM pending_entities WHERE entity_id IN "
                                          "(SELECT value FROM json_each(?)))"),
                           joinedJson);
    }
    // The counts the entity list reads: an article naming both adds them up.
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO pending_entities (article_id, entity_id, mentions, spoken) "
                            "SELECT p.article_id, m.value ->> 1, p.mentions, p.spoken FROM json_each(?) m "
                            "JOIN pending_entities p ON p.entity_id = m.value ->> 0 WHERE true "
                            "ON CONFLICT (article_id, entity_id) DO UPDATE SET "
                            "mentions = mentions + excluded.mentions, spoken = spoken + excluded.spoken"))
        .bind(json)
        .exec();
    const QString joined = QStringLiteral("(SELECT value ->> 0 FROM json_each(?))");
    SqlQuery(m_db, QStringLiteral("DELETE FROM pending_entities WHERE entity_id IN ") + joined).bind(json).exec();
    SqlQuery(m_db,
             QStringLiteral("UPDATE mentions SET entity_id = (SELECT value ->> 1 FROM json_each(?) "
                            "WHERE value ->> 0 = mentions.entity_id) WHERE entity_id IN ")
                 + joined)
        .bindAll({json, json})
        .exec();
    SqlQuery(m_db,
             QStringLiteral("UPDATE quotes SET speaker_entity_id = (SELECT value ->> 1 FROM json_each(?) "
                            "WHERE value ->> 0 = quotes.speaker_entity_id) WHERE speaker_entity_id IN ")
                 + joined)
        .bindAll({json, json})
        .exec();
    SqlQuery(m_db,
             QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) "
                            "SELECT m.value ->> 1, a.alias FROM json_each(?) m "
                            "JOIN entity_aliases a ON a.entity_id = m.value ->> 0"))
        .bind(json)
        .exec();
    // No pending set names them now, so the delete trigger has nothing to turn into rows.
    SqlQuery(m_db, QStringLiteral("DELETE FROM entities WHERE status = 'suggested' AND id IN ") + joined)
        .bind(json)
        .exec();
}

} // namespace lede
