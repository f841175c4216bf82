#pragma once
// Signed requests (docs/sync-protocol.md). A terminal (or a wallet) signs every request with its P-256 key over
// one canonical text: the protocol's name, the method, the path with its query, the time, a nonce used once and
// the SHA-256 of the body. The platform checks the signature against the key it recorded at pairing, refuses a
// time more than five minutes off and remembers nonces, so a request cannot be altered, replayed or kept for later.
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace madang {
class Signer;
}

namespace madang::sync {

/// How far a request's time may be from the platform's, either way.
inline constexpr qint64 kMaxClockSkewSeconds = 300;

/// The headers that carry a signature.
inline constexpr char kDeviceHeader[] = "X-Madang-Device";
inline constexpr char kTimestampHeader[] = "X-Madang-Timestamp";
inline constexpr char kNonceHeader[] = "X-Madang-Nonce";
inline constexpr char kSignatureHeader[] = "X-Madang-Signature";

struct RequestSignature
{
    QString deviceId;     ///< who signs: the id the platform gave at pairing
    qint64 timestamp = 0; ///< seconds since 1970-01-01 UTC
    QString nonce;        ///< 32 lowercase hex characters, never used twice by one device
    QByteArray signature; ///< DER ECDSA over SHA-256 of canonicalRequest()

    /// The four headers, the signature in base64.
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers() const;
    /// Reads the four headers back through header(name); a missing or malformed one is InvalidInput naming it.
    template <typename HeaderFn> static Result<RequestSignature> fromHeaders(HeaderFn header)
    {
        return parse(header(kDeviceHeader), header(kTimestampHeader), header(kNonceHeader), header(kSignatureHeader));
    }
    static Result<RequestSignature> parse(const QByteArray &device, const QByteArray &timestamp,
                                          const QByteArray &nonce, const QByteArray &signatureBase64);
};

/// What of a URL is signed: the encoded path, and "?" and the encoded query when there is one.
[[nodiscard]] QByteArray signedTarget(const QUrl &url);

/// "MADANG-SYNC-1\nMETHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nhex(SHA-256(body))".
[[nodiscard]] QByteArray canonicalRequest(const QByteArray &method, const QByteArray &pathAndQuery, qint64 timestamp,
                                          const QString &nonce, const QByteArray &body);

/// Signs a request as deviceId at time now (seconds) with a fresh random nonce.
Result<RequestSignature> signRequest(const Signer &signer, const QString &deviceId, const QByteArray &method,
                                     const QByteArray &pathAndQuery, const QByteArray &body, qint64 now);

/// Checks a request against the signer's public key (SubjectPublicKeyInfo PEM) at time now: Expired when the
/// timestamp is more than kMaxClockSkewSeconds off, Forbidden when the signature does not match. The nonce is
/// the caller's to remember.
Status verifyRequest(const QByteArray &publicKeyPem, const RequestSignature &signature, const QByteArray &method,
                     const QByteArray &pathAndQuery, const QByteArray &body, qint64 now);

} // namespace madang::sync
