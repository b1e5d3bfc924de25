#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lede {

// SHA-256 of a byte string (the 32-byte digest), the same digest as QCryptographicHash's. Article
// texts are hashed on every import to find duplicates, and Qt 6.4's portable implementation was 8%
// of a bulk import's instructions; on processors with the SHA extensions (x86-64 since about 2017)
// this uses them, some twenty times cheaper, and elsewhere falls back to QCryptographicHash.
QByteArray sha256(QByteArrayView data);

// Whether sha256() runs on the processor's SHA instructions (for tests and measurements).
bool sha256UsesProcessorInstructions();

} // namespace lede
