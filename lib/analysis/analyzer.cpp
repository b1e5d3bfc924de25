#include "analysis/analyzer.h"

namespace lede {

Analyzer::Analyzer() = default;
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer &) = default;
Analyzer &Analyzer::operator=(const Analyzer &) = default;

void Analyzer::setKnownEntities(const QList<KnownEntity> &known) { m_known = known; }

AnalysisResult Analyzer::analyze(const QString &body) const
{
    // Baseline until the quote and entity rules land: every segment in double quotation marks,
    // closed at the end of its paragraph when left open.
    AnalysisResult result;
    int open = -1;
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\n')) {
            if (open >= 0 && i > open)
                result.quotes.append({open, i, QuoteKind::Direct, {}, -1, -1, {}});
            open = -1;
        } else if (open < 0 && (c == QLatin1Char('"') || c == QChar(0x201C))) {
            open = i + 1;
        } else if (open >= 0 && (c == QLatin1Char('"') || c == QChar(0x201D))) {
            result.quotes.append({open, i, QuoteKind::Direct, {}, -1, -1, {}});
            open = -1;
        }
    }
    if (open >= 0 && open < body.size())
        result.quotes.append({open, int(body.size()), QuoteKind::Direct, {}, -1, -1, {}});
    return result;
}

} // namespace lede
