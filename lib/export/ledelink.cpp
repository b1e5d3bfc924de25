#include "export/ledelink.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace lede {
namespace {

// Text fragment directives reserve '-', ',' and '&'; everything else follows URL encoding.
QString encodeFragmentText(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArrayLiteral("-,&")));
}

} // namespace

QString LedeLink::article(qint64 articleId)
{
    return QStringLiteral("lede://article/%1").arg(articleId);
}

QString LedeLink::passage(qint64 articleId, const TextSpan &span)
{
    return QStringLiteral("lede://article/%1?start=%2&end=%3").arg(articleId).arg(span.start).arg(span.end);
}

QString LedeLink::sourcePassage(const QString &url, const QString &passage)
{
    if (url.isEmpty())
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = passage.simplified().split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return url;
    QString base = url;
    const qsizetype hash = base.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        base.truncate(hash);
    // Long passages are named by their first and last words, as the text fragment spec intends.
    QString directive;
    if (words.size() <= 8)
        directive = encodeFragmentText(words.join(QLatin1Char(' ')));
    else
        directive = encodeFragmentText(words.mid(0, 4).join(QLatin1Char(' '))) + QLatin1Char(',')
            + encodeFragmentText(words.mid(words.size() - 4).join(QLatin1Char(' ')));
    return base + QStringLiteral("#:~:text=") + directive;
}

} // namespace lede
