#pragma once

#include "base/error.h"

#include <QByteArray>
#include <functional>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY; // NOLINT(modernize-use-using): OpenSSL's own spelling

namespace madang {

/// Thin wrappers over OpenSSL 3 (EVP). Every failure comes back as an Error with OpenSSL's reason
/// appended; the OpenSSL error queue is left empty.
namespace crypto {

/// n bytes from the OpenSSL CSPRNG (RAND_bytes). n must be 1..1 MiB.
Result<QByteArray> randomBytes(int n);

/// PBKDF2-HMAC-SHA256 (RFC 8018) with `iterations` >= 1 and an output of `length` (1..1024) bytes.
Result<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);

/// HMAC-SHA256 (RFC 2104): 32 bytes.
Result<QByteArray> hmacSha256(const QByteArray &key, const QByteArray &message);

/// Bytes equal, in time that depends only on the length (CRYPTO_memcmp). Different lengths are unequal.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// Has core's chain hashes (digest::sha256, the journal and the audit trail) computed by OpenSSL's SHA-256
/// from now on, in every thread. Each program that writes the journal calls it once at start-up.
void useOpenSslDigest();

} // namespace crypto

/// An ECDSA key pair on NIST P-256 (prime256v1). Move-only; owns its EVP_PKEY.
class EcKey
{
public:
    /// A fresh key pair from the OpenSSL CSPRNG.
    static Result<EcKey> generate();
    /// Parses an unencrypted private key PEM ("PRIVATE KEY" or "EC PRIVATE KEY"). Garbage, an encrypted
    /// PEM, an RSA key or a key on another curve are refused with a clear message.
    static Result<EcKey> fromPrivatePem(const QByteArray &pem);

    /// The private key as unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").
    [[nodiscard]] Result<QByteArray> privatePem() const;
    /// The public key as SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    [[nodiscard]] Result<QByteArray> publicPem() const;
    /// ECDSA over SHA-256 of data; the signature is DER (SEQUENCE of r and s), 70..72 bytes.
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) const;

    /// True if derSignature is a valid signature of data by the P-256 key in publicPem; false for a wrong
    /// or malformed signature. An unreadable public key (or not P-256) is an error.
    static Result<bool> verify(const QByteArray &publicPem, const QByteArray &data, const QByteArray &derSignature);
    /// verify() with the public key read once, for checking many signatures (a whole journal).
    using Verifier = std::function<Result<bool>(const QByteArray &data, const QByteArray &derSignature)>;
    static Result<Verifier> verifier(const QByteArray &publicPem);

    struct KeyDeleter
    {
        void operator()(EVP_PKEY *key) const;
    };

private:
    /// A signing context set up once per key (SHA-256 fetched, the key's sign operation initialised) and
    /// reused by every sign(): setting them up again per signature costs more than the signature itself.
    struct Signing;
    struct SigningDeleter
    {
        void operator()(Signing *signing) const;
    };

    explicit EcKey(std::unique_ptr<EVP_PKEY, KeyDeleter> key);

    std::unique_ptr<EVP_PKEY, KeyDeleter> m_key;
    std::unique_ptr<Signing, SigningDeleter> m_signing; // null if it could not be set up: sign() then fails
};

} // namespace madang
