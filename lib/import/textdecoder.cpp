#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace lede {
namespace {

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool hasUtf16Bom(const QByteArray &b)
{
    return b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF");
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (hasUtf16Bom(bytes))
        return false;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    const auto *const data = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (std::memchr(data, 0, std::size_t(n)))
        return true;
    // Without branches, so that the compiler counts many bytes at a time: every file of an import
    // passes through here (840 articles: 22M instructions on the workers with a branch per byte).
    constexpr quint32 kLayout = (1u << '\t') | (1u << '\n') | (1u << '\f') | (1u << '\r');
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned c = data[i];
        const quint32 bit = c < 0x20 ? 1u << (c & 0x1f) : 0u;
        control += (bit & ~kLayout) != 0;
    }
    return n > 0 && control * 50 > n; // more than 2% control characters: not prose
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c < 0xA0)
            out.append(kCp1252High[c - 0x80] ? QChar(kCp1252High[c - 0x80]) : QChar(0xFFFD));
        else
            out.append(QChar(char16_t(c)));
    }
    return out;
}

std::optional<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes, QString *error)
{
    if (looksBinary(bytes)) {
        if (error)
            *error = QCoreApplication::translate("lede::Import", "binary data, not a text article");
        return std::nullopt;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Decoded {QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8")};
    if (hasUtf16Bom(bytes)) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder(bytes.mid(2));
        return Decoded {text, le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return Decoded {text, QStringLiteral("UTF-8")};
    return Decoded {fromWindows1252(bytes), QStringLiteral("windows-1252")};
}

} // namespace lede
