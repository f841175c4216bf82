#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace madang {

/// Hashes and checks staff PINs.
///
/// Stored form (self-describing, so the iteration count can be raised later):
///     pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
/// with a 16-byte random salt per hash and a 32-byte PBKDF2-HMAC-SHA256 output. The password fed to
/// PBKDF2 is HMAC-SHA256(pepper, pin): the pepper is the device secret kept outside the database
/// (SecretStore), so the stored strings alone cannot be brute-forced over the small PIN space.
class PinHasher
{
public:
    /// Production iteration count (OWASP 2023 guidance for PBKDF2-HMAC-SHA256).
    static constexpr int kDefaultIterations = 600000;
    /// Stored strings asking for more are refused, so a tampered row cannot stall sign-in.
    static constexpr int kMaxIterations = 10000000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    /// iterations: for new hashes; verify() uses the count in the stored string.
    explicit PinHasher(QByteArray pepper, int iterations = kDefaultIterations);

    /// 4 to 6 ASCII digits 0-9, nothing else (no spaces, no other scripts' digits).
    [[nodiscard]] static bool isValidPin(const QString &pin);

    /// A new stored string for pin. InvalidInput for an invalid PIN, an empty pepper or a bad iteration count.
    [[nodiscard]] Result<QString> hash(const QString &pin) const;
    /// True if pin matches stored (constant-time compare); false for a wrong or invalid PIN.
    /// A malformed stored string is an InvalidInput error.
    [[nodiscard]] Result<bool> verify(const QString &pin, const QString &stored) const;
    /// True if stored is well formed but uses fewer iterations than this hasher (re-hash after sign-in).
    [[nodiscard]] bool needsRehash(const QString &stored) const;

    [[nodiscard]] int iterations() const { return m_iterations; }

private:
    Result<QByteArray> derive(const QString &pin, const QByteArray &salt, int iterations) const;

    QByteArray m_pepper;
    int m_iterations;
};

} // namespace madang
