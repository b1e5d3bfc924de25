#pragma once

#include <QString>
#include <QStringList>

namespace lede {

// Compares short texts (titles, headings) by their words, ignoring case and punctuation.
class TextSimilarity
{
public:
    // Share of b's wording that a also has: 1 when every word of b occurs in a.
    static double coverage(const QString &a, const QString &b);
    // Both ways: the texts say the same thing.
    static bool same(const QString &a, const QString &b, double threshold = 0.75);
    static QStringList words(const QString &s);
};

} // namespace lede
