#include "network/contenttype.h"

namespace lede {

QString ContentType::mimeType(const QString &header)
{
    return header.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QString ContentType::unwantedKind(const QString &header)
{
    const QString mime = mimeType(header);
    if (mime.endsWith(QLatin1String("+xml")) || mime.endsWith(QLatin1String("/xml")))
        return {};
    if (mime == QLatin1String("application/pdf") || mime == QLatin1String("application/x-pdf"))
        return QStringLiteral("a PDF document");
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("an image");
    if (mime.startsWith(QLatin1String("audio/")) || mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("audio or video");
    if (mime.startsWith(QLatin1String("font/")))
        return QStringLiteral("a font");
    if (mime == QLatin1String("application/zip") || mime == QLatin1String("application/gzip")
        || mime == QLatin1String("application/x-tar") || mime == QLatin1String("application/x-7z-compressed"))
        return QStringLiteral("an archive");
    if (mime == QLatin1String("application/msword") || mime.startsWith(QLatin1String("application/vnd.")))
        return QStringLiteral("an office document");
    if (mime == QLatin1String("application/json"))
        return QStringLiteral("JSON data");
    // Servers label many things octet-stream; the bytes decide (the extractor knows PDF and
    // images by their signatures).
    return {};
}

} // namespace lede
