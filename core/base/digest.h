#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>

namespace madang::digest {

/// SHA-256 of parts, concatenated: the journal's and the audit trail's chain hashes.
///
/// core sees QtCore only, and QCryptographicHash in Qt 6.4 is a portable C implementation: ~6 µs for a sale's
/// 1.3 KB entry here, against well under one for OpenSSL's, which uses the CPU's SHA instructions. A layer that
/// links OpenSSL installs it (security/crypto.h, useOpenSslDigest()); until then QCryptographicHash is used.
/// Both give the same 32 bytes.
[[nodiscard]] QByteArray sha256(std::initializer_list<QByteArrayView> parts);

/// An implementation of sha256(); it must give QCryptographicHash's bytes for every input, be callable from any
/// thread, and not fail (return an empty array only if it cannot hash at all: sha256() then falls back).
using Sha256 = QByteArray (*)(std::initializer_list<QByteArrayView> parts);
void setSha256(Sha256 implementation);

/// The portable one, for tests that compare an installed implementation with it.
[[nodiscard]] QByteArray portableSha256(std::initializer_list<QByteArrayView> parts);

} // namespace madang::digest
