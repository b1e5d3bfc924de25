#include "storage/sha256.h"

#include <QCryptographicHash>
#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LEDE_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace lede {

#ifdef LEDE_SHA256_X86
namespace {

// The round constants of FIPS 180-4, section 4.2.2.
alignas(16) constexpr quint32 kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

bool processorHasShaInstructions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & bit_SSSE3;
    const bool sse41 = c & bit_SSE4_1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & bit_SHA);
}

// Runs the compression function over whole 64-byte blocks. The SHA instructions keep the eight
// working variables as two vectors, ABEF and CDGH; each sha256rnds2 does two rounds.
__attribute__((target("sha,sse4.1,ssse3"))) void compressBlocks(quint32 state[8], const uchar *data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (qsizetype block = 0; block < blocks; ++block, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the message schedule, four words per vector, the last sixteen words
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            if (group >= 4) {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], for t = 4 * group .. + 3.
                const __m128i &older = w[(group + 1) & 3]; // W[t-12 .. t-9]
                const __m128i &previous2 = w[(group + 2) & 3]; // W[t-8 .. t-5]
                const __m128i &previous = w[(group + 3) & 3]; // W[t-4 .. t-1]
                __m128i next = _mm_sha256msg1_epu32(w[group & 3], older);
                next = _mm_add_epi32(next, _mm_alignr_epi8(previous, previous2, 4));
                w[group & 3] = _mm_sha256msg2_epu32(next, previous);
            }
            __m128i k = _mm_add_epi32(w[group & 3],
                                      _mm_load_si128(reinterpret_cast<const __m128i *>(kRoundConstants + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, k);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

QByteArray sha256WithShaInstructions(QByteArrayView data)
{
    quint32 state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype whole = data.size() / 64;
    compressBlocks(state, bytes, whole);
    // The padding (FIPS 180-4, 5.1.1): 0x80, zeros, and the length in bits, big-endian, ending a block.
    std::array<uchar, 128> tail {};
    const qsizetype rest = data.size() - whole * 64;
    if (rest > 0)
        std::memcpy(tail.data(), bytes + whole * 64, size_t(rest));
    tail[size_t(rest)] = 0x80;
    const qsizetype tailBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
    const quint64 bits = quint64(data.size()) * 8;
    for (int i = 0; i < 8; ++i)
        tail[size_t(tailBlocks * 64 - 1 - i)] = uchar(bits >> (8 * i));
    compressBlocks(state, tail.data(), tailBlocks);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(state[i] >> 24);
        digest[4 * i + 1] = char(state[i] >> 16);
        digest[4 * i + 2] = char(state[i] >> 8);
        digest[4 * i + 3] = char(state[i]);
    }
    return digest;
}

} // namespace
#endif

bool sha256UsesProcessorInstructions()
{
#ifdef LEDE_SHA256_X86
    static const bool has = processorHasShaInstructions();
    return has;
#else
    return false;
#endif
}

QByteArray sha256(QByteArrayView data)
{
#ifdef LEDE_SHA256_X86
    if (sha256UsesProcessorInstructions())
        return sha256WithShaInstructions(data);
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace lede
