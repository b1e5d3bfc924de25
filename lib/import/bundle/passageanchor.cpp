#include "import/bundle/passageanchor.h"

#include "domain/textoffsets.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cstdlib>
#include <limits>

namespace lede {
namespace {

struct Candidate
{
    int start = 0; // UTF-16
    int end = 0;
};

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

std::optional<TextSpan> PassageAnchor::locate(const QString &body, const QString &exact, const QString &prefix,
                                              const QString &suffix, std::optional<TextSpan> hint)
{
    if (exact.trimmed().isEmpty())
        return std::nullopt;
    const TextOffsets offsets(body);
    if (hint && offsets.isValidSpan(*hint) && offsets.slice(body, *hint) == exact)
        return hint;

    QList<Candidate> candidates;
    for (qsizetype at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1))
        candidates.append({int(at), int(at + exact.size())});
    if (candidates.isEmpty()) {
        QStringList words = exact.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words)
            w = QRegularExpression::escape(w);
        const QRegularExpression loose(words.join(QStringLiteral("\\s+")));
        for (auto it = loose.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            candidates.append({int(m.capturedStart()), int(m.capturedEnd())});
        }
    }
    if (candidates.isEmpty())
        return std::nullopt;

    // The most context matched wins; among equals, the one nearest where the passage used to be.
    const int hintStart = hint ? offsets.toUtf16(std::max(0, hint->start)) : -1;
    const Candidate *best = nullptr;
    int bestScore = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (const Candidate &c : std::as_const(candidates)) {
        const int score = commonSuffix(body.left(c.start), prefix) + commonPrefix(body.mid(c.end), suffix);
        const int distance = hintStart < 0 ? 0 : std::abs(c.start - hintStart);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = &c;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return offsets.toCodePoints(best->start, best->end);
}

} // namespace lede
