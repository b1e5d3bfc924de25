#include "analysis/gazetteer.h"
#include "analysis/textends.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAnalysis, "lede.analysis")

namespace lede {
namespace {

// The value of every `"name": "…"`, `"common_name": "…"` and `"official_name": "…"` member of an
// iso-codes JSON file ("United States of America", "Republic of Korea" are written in articles
// too). The files are flat arrays of flat objects, so a scan finds the names without building a
// document (ten times faster than QJsonDocument on the 500 KB subdivision list).
template<typename Fn> void forEachIsoName(const QByteArray &json, Fn fn)
{
    static const QByteArray keys[] = {QByteArrayLiteral("\"name\""), QByteArrayLiteral("\"common_name\""),
                                      QByteArrayLiteral("\"official_name\"")};
    for (const QByteArray &key : keys) {
        qsizetype at = 0;
        while ((at = json.indexOf(key, at)) >= 0) {
            at += key.size();
            while (at < json.size() && (json.at(at) == ' ' || json.at(at) == ':' || json.at(at) == '\n'))
                ++at;
            if (at >= json.size() || json.at(at) != '"')
                continue;
            const qsizetype from = ++at;
            while (at < json.size() && json.at(at) != '"') {
                if (json.at(at) == '\\')
                    ++at; // the names carry no escapes today; skip one should a later version add them
                ++at;
            }
            fn(QString::fromUtf8(json.constData() + from, at - from));
        }
    }
}

} // namespace

quint64 Gazetteer::HashedSet::hashOf(QStringView text)
{
    quint64 h = 14695981039346656037ull; // FNV-1a over the lower-case form
    for (QChar c : text) {
        h ^= c.unicode() < 0x80 ? (c.unicode() >= u'A' && c.unicode() <= u'Z' ? c.unicode() + 32 : c.unicode())
                                : c.toLower().unicode();
        h *= 1099511628211ull;
    }
    return h;
}

void Gazetteer::HashedSet::finish()
{
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
    std::size_t size = 16;
    while (size < m_hashes.size() * 2)
        size *= 2;
    m_table.assign(size, 0);
    m_mask = size - 1;
    for (quint64 h : m_hashes) {
        const quint64 key = h ? h : 1;
        std::size_t i = std::size_t(key ^ (key >> 32)) & m_mask;
        while (m_table[i] != 0 && m_table[i] != key)
            i = (i + 1) & m_mask;
        m_table[i] = key;
    }
}

bool Gazetteer::HashedSet::containsHash(quint64 h) const
{
    if (m_table.empty())
        return false;
    const quint64 key = h ? h : 1;
    for (std::size_t i = std::size_t(key ^ (key >> 32)) & m_mask; m_table[i] != 0; i = (i + 1) & m_mask) {
        if (m_table[i] == key)
            return true;
    }
    return false;
}

const Gazetteer &Gazetteer::instance()
{
    // Function-local static: initialised once, thread-safe, and only when analysis first runs.
    static const Gazetteer gazetteer(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
                                     QStringLiteral("/usr/share/iso-codes/json/iso_3166-2.json"),
                                     QStringLiteral("/usr/share/dict/american-english"),
                                     QStringLiteral("/usr/share/zoneinfo/zone.tab"));
    return gazetteer;
}

Gazetteer::Gazetteer(const QString &countriesJson, const QString &subdivisionsJson, const QString &wordList,
                     const QString &zoneTable)
{
    // The word list first: subdivision names that are also common words ("Centre", "North") are
    // too ambiguous to tag as places.
    loadWordList(wordList);
    loadIsoNames(countriesJson, m_countries, false);
    loadIsoNames(subdivisionsJson, m_subdivisions, true);
    if (!zoneTable.isEmpty())
        loadZoneCities(zoneTable);
}

void Gazetteer::loadZoneCities(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCInfo(lcAnalysis) << "time zone table not available:" << path;
        return;
    }
    // Lines "CC<TAB>coordinates<TAB>Area/City_Name[<TAB>comment]"; the city is the zone's last part.
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        // Antarctic stations carry people's names ("Davis", "Casey"); they are no news cities.
        // Ocean islands ("Indian/Christmas", "Atlantic/Canary") are mostly other words too.
        if (fields.size() < 3 || fields.at(2).startsWith(u"Antarctica/") || fields.at(2).startsWith(u"Indian/")
            || fields.at(2).startsWith(u"Atlantic/"))
            continue;
        QString city = fields.at(2).mid(fields.at(2).lastIndexOf(u'/') + 1);
        city.replace(u'_', u' ');
        // "Phoenix", "Shanghai", "Anchorage": a city that is also a word still counts when the word
        // list writes it capitalised too ("Resolute", "Center" stay words).
        if (city.size() > 3 && (!m_commonWords.contains(city) || m_properNouns.contains(city)))
            m_cities.add(city);
    }
    m_cities.finish();
}

void Gazetteer::loadIsoNames(const QString &path, HashedSet &into, bool skipCommonWords)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCInfo(lcAnalysis) << "gazetteer not available:" << path;
        return;
    }
    forEachIsoName(file.readAll(), [&](const QString &name) {
        // "Korea, Republic of" and "Bolivia (Plurinational State of)" are not how articles write them.
        if (name.isEmpty() || name.contains(u',') || name.contains(u'('))
            return;
        if (skipCommonWords && m_commonWords.contains(name))
            return;
        into.add(name);
    });
    into.finish();
}

void Gazetteer::loadWordList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCInfo(lcAnalysis) << "word list not available:" << path;
        return;
    }
    const QString words = QString::fromUtf8(file.readAll());
    const QStringView all(words);
    qsizetype lineStart = 0;
    while (lineStart < all.size()) {
        qsizetype lineEnd = all.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = all.size();
        const QStringView word = all.mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (word.isEmpty() || endsWithText(word, u"'s"))
            continue;
        (word.at(0).isUpper() ? m_properNouns : m_commonWords).add(word);
    }
    m_commonWords.finish();
    m_properNouns.finish();
}

} // namespace lede
