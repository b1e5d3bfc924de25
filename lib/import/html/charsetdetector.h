#pragma once

#include <QByteArray>
#include <QString>

namespace lede {

// Turns the bytes of a web page into text. The encoding comes from, in order: a byte order mark,
// the HTTP Content-Type header, a <meta charset> or http-equiv declaration near the top, and
// otherwise from the bytes themselves (valid UTF-8, else Windows-1252, as browsers do).
class CharsetDetector
{
public:
    struct Result
    {
        QString text;
        QByteArray encoding; // the name that was used, e.g. "utf-8", "windows-1252"
    };

    static Result decode(QByteArrayView bytes, const QString &contentType);
    // Only the encoding's name, without decoding: "utf-8", "utf-16le", "windows-1252"...
    static QByteArray detect(QByteArrayView bytes, const QString &contentType);

    // The charset parameter of a Content-Type value ("text/html; charset=utf-8"), lower-case.
    static QByteArray charsetFromContentType(QByteArrayView contentType);
    // The charset a <meta> element declares in the first bytes of the page, lower-case.
    static QByteArray charsetFromMeta(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace lede
