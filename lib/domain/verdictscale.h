#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lede {

struct Verdict
{
    QString label;
    int value = 0; // higher is truer
};

// The ordered labels a fact-checker can give a claim; exports read best and worst from it.
class VerdictScale
{
public:
    VerdictScale() = default;
    explicit VerdictScale(QList<Verdict> verdicts);

    static VerdictScale standard();

    const QList<Verdict> &verdicts() const { return m_verdicts; }
    // Case-insensitive: "false" finds "False".
    std::optional<Verdict> find(const QString &label) const;
    int best() const;
    int worst() const;
    QStringList labels() const;

private:
    QList<Verdict> m_verdicts;
};

} // namespace lede
