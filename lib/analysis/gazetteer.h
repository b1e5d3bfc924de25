#pragma once

#include <QSet>
#include <QString>

namespace lede {

// Packaged reference data read at run time: country and subdivision names from Debian's
// iso-codes and the word list from wamerican. Loaded once per process on first use; a missing
// file leaves its part empty and analysis goes on with the curated lists alone.
class Gazetteer
{
public:
    static const Gazetteer &instance();

    // Builds a gazetteer from explicit files (tests use small fixtures).
    Gazetteer(const QString &countriesJson, const QString &subdivisionsJson, const QString &wordList);

    bool isCountry(const QString &lower) const { return m_countries.contains(lower); }
    bool isSubdivision(const QString &lower) const { return m_subdivisions.contains(lower); }
    bool isPlace(const QString &lower) const { return isCountry(lower) || isSubdivision(lower); }
    // A lower-case dictionary word ("while", "police"): capitalised, it is usually a sentence start.
    bool isCommonWord(const QString &lower) const { return m_commonWords.contains(lower); }
    // A capitalised dictionary entry ("Obama", "Chicago"): a proper noun.
    bool isProperNoun(const QString &lower) const { return m_properNouns.contains(lower); }
    bool isLoaded() const { return !m_countries.isEmpty() && !m_commonWords.isEmpty(); }

private:
    void loadIsoNames(const QString &path, const char *key, QSet<QString> &into, bool skipCommonWords);
    void loadWordList(const QString &path);

    QSet<QString> m_countries;
    QSet<QString> m_subdivisions;
    QSet<QString> m_commonWords;
    QSet<QString> m_properNouns;
};

} // namespace lede
