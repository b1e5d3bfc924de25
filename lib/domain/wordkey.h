#pragma once

#include <QString>
#include <QStringView>

#include <cstring>

namespace lede {

// Keys for QHash and QSet that hold words: names, surnames, lower-case surfaces.
//
// Qt 6.4 hashes a string of fewer than 8 characters in about 170 ns on the AVX-512 machines Lede is
// measured on, against 6 ns for a longer one (its AES hash takes a slow path for keys under 16 bytes).
// Words are short: hashing them was a tenth of an import's CPU. These
// keys hash with a multiply-xor over 8-byte blocks instead, in a few nanoseconds for any length. The
// seed is the one each QHash draws from Qt's random global seed, so that which words share a bucket
// stays unpredictable, as with Qt's own hash.
inline size_t hashWord(QStringView text, size_t seed) noexcept
{
    constexpr quint64 multiplier = 0xd6e8feb86659fd93ull;
    auto mix = [](quint64 x) {
        x ^= x >> 32;
        x *= multiplier;
        return x ^ (x >> 32);
    };
    const char16_t *p = text.utf16();
    qsizetype left = text.size();
    quint64 h = mix(quint64(seed) ^ (quint64(left) * 0x9e3779b97f4a7c15ull));
    for (; left >= 4; left -= 4, p += 4) {
        quint64 block;
        std::memcpy(&block, p, sizeof block);
        h = mix(h ^ block);
    }
    if (left > 0) {
        // Built in a register: copying 1-3 characters into a zeroed word on the stack and reading
        // it back as one stalls the store-to-load forwarding (word-list lookups: 37 -> 34 ns).
        quint64 tail = p[0];
        if (left > 1)
            tail |= quint64(p[1]) << 16;
        if (left > 2)
            tail |= quint64(p[2]) << 32;
        h = mix(h ^ tail);
    }
    return size_t(h);
}

// A word viewed in text that outlives the container.
struct WordView
{
    QStringView text;

    WordView() noexcept = default;
    WordView(QStringView view) noexcept
        : text(view)
    { }
    WordView(const QString &string) noexcept
        : text(string)
    { }
    friend bool operator==(WordView a, WordView b) noexcept { return a.text == b.text; }
    friend size_t qHash(WordView word, size_t seed) noexcept { return hashWord(word.text, seed); }
};

// A word the container keeps.
struct WordKey
{
    QString text;

    WordKey() = default;
    WordKey(const QString &string)
        : text(string)
    { }
    friend bool operator==(const WordKey &a, const WordKey &b) noexcept { return a.text == b.text; }
    friend size_t qHash(const WordKey &word, size_t seed) noexcept { return hashWord(word.text, seed); }
};

// A word with a number that tells it apart: a name and its kind, an alias and its entity's id.
// (QPair<QString, …> would hash the word with Qt's slow hash for short strings.)
struct TaggedWordKey
{
    QString text;
    qint64 tag = 0;

    friend bool operator==(const TaggedWordKey &a, const TaggedWordKey &b) noexcept
    {
        return a.tag == b.tag && a.text == b.text;
    }
    friend size_t qHash(const TaggedWordKey &key, size_t seed) noexcept
    {
        return hashWord(key.text, seed ^ size_t(quint64(key.tag) * 0x9e3779b97f4a7c15ull));
    }
};

} // namespace lede
