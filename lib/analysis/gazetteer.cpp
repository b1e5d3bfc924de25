#include "analysis/gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnalysis, "lede.analysis")

namespace lede {

const Gazetteer &Gazetteer::instance()
{
    // Function-local static: initialised once, thread-safe, and only when analysis first runs.
    static const Gazetteer gazetteer(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
                                     QStringLiteral("/usr/share/iso-codes/json/iso_3166-2.json"),
                                     QStringLiteral("/usr/share/dict/american-english"));
    return gazetteer;
}

Gazetteer::Gazetteer(const QString &countriesJson, const QString &subdivisionsJson, const QString &wordList)
{
    // The word list first: subdivision names that are also common words ("Centre", "North") are
    // too ambiguous to tag as places.
    loadWordList(wordList);
    loadIsoNames(countriesJson, "3166-1", m_countries, false);
    loadIsoNames(subdivisionsJson, "3166-2", m_subdivisions, true);
}

void Gazetteer::loadIsoNames(const QString &path, const char *key, QSet<QString> &into, bool skipCommonWords)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCInfo(lcAnalysis) << "gazetteer not available:" << path;
        return;
    }
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        for (const char *field : {"name", "common_name"}) {
            QString name = o.value(QLatin1String(field)).toString();
            if (name.isEmpty())
                continue;
            // "Korea, Republic of" and "Bolivia (Plurinational State of)" are not how articles write them.
            if (name.contains(u',') || name.contains(u'('))
                continue;
            name = name.toLower();
            if (skipCommonWords && m_commonWords.contains(name))
                continue;
            into.insert(name);
        }
    }
}

void Gazetteer::loadWordList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCInfo(lcAnalysis) << "word list not available:" << path;
        return;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    m_commonWords.reserve(int(lines.size()));
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.endsWith("'s"))
            continue;
        const QString word = QString::fromUtf8(line);
        if (word.at(0).isUpper())
            m_properNouns.insert(word.toLower());
        else
            m_commonWords.insert(word);
    }
}

} // namespace lede
