#include "import/html/textsimilarity.h"

namespace lede {

QStringList TextSimilarity::words(const QString &s)
{
    QStringList out;
    QString word;
    for (const QChar c : s.toLower()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

double TextSimilarity::coverage(const QString &a, const QString &b)
{
    const QStringList wordsA = words(a);
    const QStringList wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0.0;
    QStringList missing;
    for (const QString &w : wordsB) {
        if (!wordsA.contains(w))
            missing << w;
    }
    // Weighted by length, so that a missing long word counts more than a missing "a".
    return 1.0 - double(missing.join(QLatin1Char(' ')).size()) / double(wordsB.join(QLatin1Char(' ')).size());
}

bool TextSimilarity::same(const QString &a, const QString &b, double threshold)
{
    return coverage(a, b) > threshold && coverage(b, a) > threshold;
}

} // namespace lede
