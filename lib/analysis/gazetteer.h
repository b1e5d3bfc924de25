#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace lede {

// Packaged reference data read at run time: country and subdivision names from Debian's
// iso-codes, the word list from wamerican and the cities that name time zones in tzdata's
// zone.tab (a required package, so on every Debian system). Loaded once per process on first use; a missing
// file leaves its part empty and analysis goes on with the curated lists alone.
//
// The sets keep 64-bit hashes of the lower-case names, sorted, rather than the names: the 100,000
// words of the word list load in a few milliseconds and cost no allocation per word, and a look-up
// is a binary search. Two different words sharing a hash is too unlikely to matter here.
class Gazetteer
{
public:
    static const Gazetteer &instance();

    // Builds a gazetteer from explicit files (tests use small fixtures).
    Gazetteer(const QString &countriesJson, const QString &subdivisionsJson, const QString &wordList,
              const QString &zoneTable = QString());

    bool isCountry(QStringView lower) const { return m_countries.contains(lower); }
    bool isSubdivision(QStringView lower) const { return m_subdivisions.contains(lower); }
    // Either of the two, the name hashed once (most names asked are neither).
    bool isPlace(QStringView lower) const
    {
        const quint64 h = HashedSet::hashOf(lower);
        return m_countries.containsHash(h) || m_subdivisions.containsHash(h);
    }
    // A city that gives a time zone its name ("Pyongyang", "Caracas"): weaker than the rest, since
    // many such cities share a name with people.
    bool isCity(QStringView lower) const { return m_cities.contains(lower); }
    // A lower-case dictionary word ("while", "police"): capitalised, it is usually a sentence start.
    bool isCommonWord(QStringView lower) const { return m_commonWords.contains(lower); }
    // A capitalised dictionary entry ("Obama", "Chicago"): a proper noun.
    bool isProperNoun(QStringView lower) const { return m_properNouns.contains(lower); }
    bool isLoaded() const { return !m_countries.isEmpty() && !m_commonWords.isEmpty(); }

    // A set of strings, compared without regard to case, by their hashes: an open-addressing table
    // of them, one or two probes a look-up (a binary search over 100,000 hashes was 3% of an
    // import's time).
    class HashedSet
    {
    public:
        static quint64 hashOf(QStringView text);
        void add(QStringView text) { m_hashes.push_back(hashOf(text)); }
        void finish(); // builds the table; call once after the last add()
        bool contains(QStringView text) const { return containsHash(hashOf(text)); }
        bool containsHash(quint64 hash) const;
        bool isEmpty() const { return m_hashes.empty(); }

    private:
        std::vector<quint64> m_hashes; // what was added
        std::vector<quint64> m_table; // 0 marks a free slot (a hash of 0 is stored as 1)
        std::size_t m_mask = 0;
    };

private:
    void loadIsoNames(const QString &path, HashedSet &into, bool skipCommonWords);
    void loadWordList(const QString &path);
    void loadZoneCities(const QString &path);

    HashedSet m_countries;
    HashedSet m_subdivisions;
    HashedSet m_commonWords;
    HashedSet m_properNouns;
    HashedSet m_cities;
};

} // namespace lede
