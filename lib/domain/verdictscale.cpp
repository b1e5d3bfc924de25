#include "domain/verdictscale.h"

#include <QStringList>
#include <algorithm>

namespace lede {

VerdictScale::VerdictScale(QList<Verdict> verdicts)
    : m_verdicts(std::move(verdicts))
{
    std::sort(m_verdicts.begin(), m_verdicts.end(),
              [](const Verdict &a, const Verdict &b) { return a.value > b.value; });
}

VerdictScale VerdictScale::standard()
{
    // The common six-step scale of newsroom fact-checks, truest first.
    return VerdictScale({{QStringLiteral("True"), 6},
                         {QStringLiteral("Mostly true"), 5},
                         {QStringLiteral("Half true"), 4},
                         {QStringLiteral("Mostly false"), 3},
                         {QStringLiteral("False"), 2},
                         {QStringLiteral("Pants on fire"), 1}});
}

std::optional<Verdict> VerdictScale::find(const QString &label) const
{
    const QString wanted = label.trimmed();
    for (const Verdict &v : m_verdicts) {
        if (v.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

int VerdictScale::best() const
{
    return m_verdicts.isEmpty() ? 0 : m_verdicts.constFirst().value;
}
int VerdictScale::worst() const
{
    return m_verdicts.isEmpty() ? 0 : m_verdicts.constLast().value;
}

QStringList VerdictScale::labels() const
{
    QStringList out;
    for (const Verdict &v : m_verdicts)
        out << v.label;
    return out;
}

} // namespace lede
