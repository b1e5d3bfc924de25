#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lede {

// Turns a text file's bytes into a QString: a BOM wins (UTF-8, UTF-16), then valid UTF-8, then
// Windows-1252 (a superset of Latin-1's printable range, and what "Latin-1" files really hold).
class TextDecoder
{
public:
    struct Decoded
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
    };

    // Nothing, with *error set, for bytes that are not text (NUL bytes, control characters).
    static std::optional<Decoded> decode(const QByteArray &bytes, QString *error);
    static bool looksBinary(const QByteArray &bytes);
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace lede
