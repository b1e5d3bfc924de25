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
    // Decodes with an encoding detect() chose, dropping its byte order mark.
    static QString decodeAs(QByteArrayView bytes, const QByteArray &encoding);
    // Only the encoding's name, without decoding: "utf-8", "utf-16le", "windows-1252"...
    static QByteArray detect(QByteArrayView bytes, const QString &contentType);

    // The charset parameter of a Content-Type value ("text/html; charset=utf-8"), lower-case.
    static QByteArray charsetFromContentType(QByteArrayView contentType);
    // The charset a <meta> element declares in the first bytes of the page, lower-case.
    static QByteArray charsetFromMeta(QByteArrayView bytes);
    // "utf-16le" or "utf-16be" when the bytes are UTF-16 without a byte order mark (mostly-ASCII
    // markup has a NUL in every other byte), else empty.
    static QByteArray utf16WithoutBom(QByteArrayView bytes);
    struct Utf8Census
    {
        qsizetype multiByte = 0; // well-formed multi-byte sequences
        qsizetype invalid = 0; // bytes that cannot start or continue a sequence
    };
    static Utf8Census utf8Census(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);
    // Valid UTF-8, or UTF-8 with a few stray bytes.
    static bool looksLikeUtf8(QByteArrayView bytes);
};

} // namespace lede
