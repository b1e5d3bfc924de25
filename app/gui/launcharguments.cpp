#include "launcharguments.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace lede {
namespace {

// A library is recognised by its bytes, whatever its name: the SQLite header and Lede's
// application id (big-endian at offset 68).
bool isLibraryFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".lede"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(72);
    return head.size() == 72 && head.startsWith(QByteArray("SQLite format 3\0", 16)) && head.mid(68, 4) == "LEDE";
}

} // namespace

std::optional<LaunchArguments::ArticleLink> LaunchArguments::parseLink(const QString &text)
{
    const QUrl url(text);
    if (url.scheme() != QLatin1String("lede") || url.host() != QLatin1String("article"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = url.path().mid(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    ArticleLink link;
    link.articleId = id;
    const QUrlQuery query(url);
    bool startOk = false, endOk = false;
    const int start = query.queryItemValue(QStringLiteral("start")).toInt(&startOk);
    const int end = query.queryItemValue(QStringLiteral("end")).toInt(&endOk);
    if (startOk && endOk && start >= 0 && end > start) {
        link.start = start;
        link.end = end;
    }
    return link;
}

LaunchArguments LaunchArguments::classify(const QStringList &arguments)
{
    LaunchArguments out;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("lede:"), Qt::CaseInsensitive)) {
            if (const auto link = parseLink(argument))
                out.link = link;
            continue;
        }
        const QString path =
            argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(argument).toLocalFile() : argument;
        if (out.library.isEmpty() && isLibraryFile(path))
            out.library = path;
        else
            out.imports << path;
    }
    return out;
}

} // namespace lede
