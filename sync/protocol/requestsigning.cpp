#include "protocol/requestsigning.h"

#include "base/digest.h"
#include "crypto.h"
#include "sales/journal.h"

#include <QRegularExpression>

namespace madang::sync {

namespace {
bool isNonce(const QString &nonce)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(nonce).hasMatch();
}
} // namespace

QList<QPair<QByteArray, QByteArray>> RequestSignature::headers() const
{
    return {{kDeviceHeader, deviceId.toUtf8()},
            {kTimestampHeader, QByteArray::number(timestamp)},
            {kNonceHeader, nonce.toLatin1()},
            {kSignatureHeader, signature.toBase64()}};
}

Result<RequestSignature> RequestSignature::parse(const QByteArray &device, const QByteArray &timestamp,
                                                 const QByteArray &nonce, const QByteArray &signatureBase64)
{
    const auto missing = [](const char *name) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the request is not signed: %1 is missing").arg(QLatin1String(name)));
    };
    if (device.isEmpty()) {
        return missing(kDeviceHeader);
    }
    if (timestamp.isEmpty()) {
        return missing(kTimestampHeader);
    }
    if (nonce.isEmpty()) {
        return missing(kNonceHeader);
    }
    if (signatureBase64.isEmpty()) {
        return missing(kSignatureHeader);
    }
    RequestSignature s;
    s.deviceId = QString::fromUtf8(device);
    bool ok = false;
    s.timestamp = timestamp.toLongLong(&ok);
    if (!ok || s.timestamp <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 must be whole seconds since 1970").arg(QLatin1String(kTimestampHeader)));
    }
    s.nonce = QString::fromLatin1(nonce);
    if (!isNonce(s.nonce)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 must be 32 lowercase hex characters").arg(QLatin1String(kNonceHeader)));
    }
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > 80) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not a base64 signature").arg(QLatin1String(kSignatureHeader)));
    }
    s.signature = decoded.decoded;
    return s;
}

QByteArray signedTarget(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    }
    return target;
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &pathAndQuery, qint64 timestamp,
                            const QString &nonce, const QByteArray &body)
{
    QByteArray text("MADANG-SYNC-1\n");
    text += method.toUpper() + '\n' + pathAndQuery + '\n' + QByteArray::number(timestamp) + '\n' + nonce.toLatin1() +
            '\n' + digest::sha256({body}).toHex();
    return text;
}

Result<RequestSignature> signRequest(const Signer &signer, const QString &deviceId, const QByteArray &method,
                                     const QByteArray &pathAndQuery, const QByteArray &body, qint64 now)
{
    auto random = crypto::randomBytes(16);
    if (!random) {
        return random.error();
    }
    RequestSignature s;
    s.deviceId = deviceId;
    s.timestamp = now;
    s.nonce = QString::fromLatin1(random->toHex());
    auto signature = signer.sign(canonicalRequest(method, pathAndQuery, now, s.nonce, body));
    if (!signature) {
        return signature.error();
    }
    s.signature = signature.value();
    return s;
}

Status verifyRequest(const QByteArray &publicKeyPem, const RequestSignature &signature, const QByteArray &method,
                     const QByteArray &pathAndQuery, const QByteArray &body, qint64 now)
{
    if (qAbs(now - signature.timestamp) > kMaxClockSkewSeconds) {
        return makeError(ErrorCode::Expired,
                         QStringLiteral("the request's time is %1 s away from the platform's (at most %2 s allowed): "
                                        "check the terminal's clock")
                             .arg(signature.timestamp - now)
                             .arg(kMaxClockSkewSeconds));
    }
    auto good =
        EcKey::verify(publicKeyPem, canonicalRequest(method, pathAndQuery, signature.timestamp, signature.nonce, body),
                      signature.signature);
    if (!good) {
        return good.error();
    }
    if (!good.value()) {
        return makeError(
            ErrorCode::Forbidden,
            QStringLiteral("the request's signature does not match the key paired as %1").arg(signature.deviceId));
    }
    return Done{};
}

} // namespace madang::sync
