#include "network/contenttype.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("lede::Network", "a PDF document");
    if (mime.startsWith(QLatin1String("image/")))
        return QCoreApplication::translate("lede::Network", "an image");
    if (mime.startsWith(QLatin1String("audio/")) || mime.startsWith(QLatin1String("video/")))
        return QCoreApplication::translate("lede::Network", "audio or video");
    if (mime.startsWith(QLatin1String("font/")))
        return QCoreApplication::translate("lede::Network", "a font");
    if (mime == QLatin1String("application/zip") || mime == QLatin1String("application/gzip")
        || mime == QLatin1String("application/x-tar") || mime == QLatin1String("application/x-7z-compressed"))
        return QCoreApplication::translate("lede::Network", "an archive");
    if (mime == QLatin1String("application/msword") || mime.startsWith(QLatin1String("application/vnd.")))
        return QCoreApplication::translate("lede::Network", "an office document");
    if (mime == QLatin1String("application/json"))
        return QCoreApplication::translate("lede::Network", "JSON data");
    // Servers label many things octet-stream; the bytes decide (the extractor knows PDF and
    // images by their signatures).
    return {};
}

} // namespace lede
