#include "crypto.h"

#include "base/digest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <mutex>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <optional>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
};

constexpr int kMaxRandomBytes = 1 << 20;
constexpr int kMaxDerivedBytes = 1024;
constexpr int kSha256Bytes = 32;
constexpr const char *kCurveName = "prime256v1"; // OpenSSL's name of NIST P-256

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using KeyPtr = std::unique_ptr<EVP_PKEY, EcKey::KeyDeleter>;

/// The reasons OpenSSL queued (oldest first), and an empty queue afterwards.
QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        reasons << QString::fromLatin1(buffer.data());
    }
    return reasons.isEmpty() ? Text::tr("no reason given") : reasons.join(QStringLiteral("; "));
}

Error cryptoError(const QString &what)
{
    return makeError(ErrorCode::Io, Text::tr("%1 failed (OpenSSL: %2).").arg(what, takeOpenSslErrors()));
}

/// A read-only memory BIO over bytes that must outlive it.
BioPtr readBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

/// Refuses to prompt on the terminal for the pass phrase of an encrypted PEM.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

/// Ok if the key is EC on P-256; otherwise a message that says what it is instead.
Status checkP256(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "EC") != 1) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The key is a %1 key, not an ECDSA P-256 key.")
                                                      .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
    }
    std::array<char, 64> group{};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &length) != 1) {
        ERR_clear_error();
        return makeError(ErrorCode::InvalidInput, Text::tr("The EC key has no named curve; P-256 is required."));
    }
    if (qstrcmp(group.data(), kCurveName) != 0) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The EC key is on curve %1, not P-256 (prime256v1).").arg(QString::fromLatin1(group.data())));
    }
    return Done{};
}
} // namespace

namespace crypto {

Result<QByteArray> randomBytes(int n)
{
    if (n < 1 || n > kMaxRandomBytes) {
        return makeError(ErrorCode::InvalidInput, Text::tr("Cannot make %1 random bytes.").arg(n));
    }
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1) {
        return cryptoError(Text::tr("Generating random bytes"));
    }
    return out;
}

Result<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    if (iterations < 1 || length < 1 || length > kMaxDerivedBytes) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("PBKDF2 needs at least one iteration and 1 to %1 output bytes (got %2 and %3).")
                             .arg(kMaxDerivedBytes)
                             .arg(iterations)
                             .arg(length));
    }
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), length, reinterpret_cast<unsigned char *>(out.data())) != 1) {
        return cryptoError(Text::tr("PBKDF2-HMAC-SHA256"));
    }
    return out;
}

Result<QByteArray> hmacSha256(const QByteArray &key, const QByteArray &message)
{
    static const unsigned char empty = 0;
    const auto *keyData = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.constData());
    const auto *msgData = message.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(message.constData());
    QByteArray out(kSha256Bytes, Qt::Uninitialized);
    size_t outLength = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, keyData, static_cast<size_t>(key.size()), msgData,
                  static_cast<size_t>(message.size()), reinterpret_cast<unsigned char *>(out.data()),
                  static_cast<size_t>(out.size()), &outLength) == nullptr ||
        outLength != kSha256Bytes) {
        return cryptoError(Text::tr("HMAC-SHA256"));
    }
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

namespace {
/// digest::Sha256 on EVP: the algorithm fetched once, a context per thread. Empty if OpenSSL fails, which
/// has digest::sha256 fall back to its portable implementation.
QByteArray openSslSha256(std::initializer_list<QByteArrayView> parts)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
    if (sha256 == nullptr || !context || EVP_DigestInit_ex2(context.get(), sha256, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    for (const QByteArrayView part : parts) {
        if (EVP_DigestUpdate(context.get(), part.data(), static_cast<size_t>(part.size())) != 1) {
            ERR_clear_error();
            return {};
        }
    }
    QByteArray out(kSha256Bytes, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1 ||
        length != kSha256Bytes) {
        ERR_clear_error();
        return {};
    }
    return out;
}
} // namespace

void useOpenSslDigest()
{
    digest::setSha256(&openSslSha256);
}

} // namespace crypto

void EcKey::KeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

struct EcKey::Signing
{
    std::mutex mutex; // an EVP_PKEY_CTX is not safe to sign with from two threads at once
    EVP_PKEY_CTX *ctx = nullptr;
    EVP_MD *sha256 = nullptr;
};

void EcKey::SigningDeleter::operator()(Signing *signing) const
{
    EVP_PKEY_CTX_free(signing->ctx);
    EVP_MD_free(signing->sha256);
    delete signing; // NOLINT(cppcoreguidelines-owning-memory): the deleter of a unique_ptr
}

EcKey::EcKey(std::unique_ptr<EVP_PKEY, KeyDeleter> key) : m_key(std::move(key))
{
    std::unique_ptr<Signing, SigningDeleter> signing(new Signing);
    signing->sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    signing->ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr);
    if (signing->sha256 != nullptr && signing->ctx != nullptr && EVP_PKEY_sign_init(signing->ctx) == 1 &&
        EVP_PKEY_CTX_set_signature_md(signing->ctx, signing->sha256) == 1) {
        m_signing = std::move(signing);
    } else {
        ERR_clear_error(); // sign() reports it
    }
}

Result<EcKey> EcKey::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_group_name(ctx.get(), kCurveName) != 1 ||
        EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        return cryptoError(Text::tr("Generating a P-256 key pair"));
    }
    return EcKey(KeyPtr(raw));
}

Result<EcKey> EcKey::fromPrivatePem(const QByteArray &pem)
{
    BioPtr bio = readBio(pem);
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        const QString reason = takeOpenSslErrors();
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The text is not an unencrypted private key in PEM form (OpenSSL: %1).").arg(reason));
    }
    if (auto curve = checkP256(key.get()); !curve) {
        return curve.error();
    }
    return EcKey(std::move(key));
}

Result<QByteArray> EcKey::privatePem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return cryptoError(Text::tr("Writing the private key"));
    }
    return bioContents(bio.get());
}

Result<QByteArray> EcKey::publicPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        return cryptoError(Text::tr("Writing the public key"));
    }
    return bioContents(bio.get());
}

namespace {
struct SigDeleter
{
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};
struct BnDeleter
{
    void operator()(BIGNUM *n) const { BN_free(n); }
};
using SigPtr = std::unique_ptr<ECDSA_SIG, SigDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

/// The order n of P-256.
const char *const kP256Order = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

/// n and n/2, made once: reading them from hex for every signature showed up in the sale's profile.
struct CurveOrder
{
    BIGNUM *n = nullptr;
    BIGNUM *half = nullptr;

    static const CurveOrder &p256()
    {
        static const CurveOrder order = [] {
            CurveOrder o;
            BN_hex2bn(&o.n, kP256Order);
            o.half = o.n != nullptr ? BN_dup(o.n) : nullptr;
            if (o.half != nullptr && BN_rshift1(o.half, o.half) != 1) {
                BN_free(o.half);
                o.half = nullptr;
            }
            return o;
        }();
        return order;
    }
};

SigPtr parseSignature(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    SigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    // Trailing bytes after the DER sequence are not part of a genuine signature.
    if (sig && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        sig.reset();
    }
    return sig;
}

QByteArray encodeSignature(const ECDSA_SIG *sig)
{
    const int length = i2d_ECDSA_SIG(sig, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig, &p);
    return der;
}

/// (r, s) and (r, n − s) are both valid ECDSA signatures. Only the one with s <= n/2 ("low S") is
/// accepted, so that nobody can make a second valid signature of an entry without the key.
/// mode Normalise turns a high S into a low one; Check reports whether the DER is canonical and low-S.
enum class LowS { Normalise, Check };
std::optional<QByteArray> lowS(const QByteArray &der, LowS mode)
{
    SigPtr sig = parseSignature(der);
    if (!sig) {
        return std::nullopt;
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const CurveOrder &order = CurveOrder::p256();
    if (order.n == nullptr || order.half == nullptr) {
        return std::nullopt;
    }
    if (BN_cmp(s, order.half) <= 0) {
        // Already low; in Check mode the bytes must also be the one canonical DER spelling.
        return mode == LowS::Check && encodeSignature(sig.get()) != der ? std::nullopt : std::optional(der);
    }
    if (mode == LowS::Check) {
        return std::nullopt;
    }
    BnPtr lowered(BN_new());
    BnPtr rCopy(BN_dup(r));
    if (!lowered || !rCopy || BN_sub(lowered.get(), order.n, s) != 1 ||
        ECDSA_SIG_set0(sig.get(), rCopy.get(), lowered.get()) != 1) {
        return std::nullopt;
    }
    rCopy.release(); // owned by sig now
    lowered.release();
    return encodeSignature(sig.get());
}
} // namespace

Result<QByteArray> EcKey::sign(const QByteArray &data) const
{
    if (!m_signing) {
        return makeError(ErrorCode::Io, Text::tr("Signing failed: the key could not be prepared for signing."));
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digestLength = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest.data(), &digestLength, m_signing->sha256,
                   nullptr) != 1 ||
        digestLength != kSha256Bytes) {
        return cryptoError(Text::tr("Signing"));
    }
    QByteArray signature;
    {
        const std::lock_guard lock(m_signing->mutex);
        size_t length = 0;
        if (EVP_PKEY_sign(m_signing->ctx, nullptr, &length, digest.data(), digestLength) != 1) {
            return cryptoError(Text::tr("Signing"));
        }
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_PKEY_sign(m_signing->ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, digest.data(),
                          digestLength) != 1) {
            return cryptoError(Text::tr("Signing"));
        }
        signature.truncate(static_cast<qsizetype>(length));
    }
    const std::optional<QByteArray> low = lowS(signature, LowS::Normalise);
    if (!low) {
        return cryptoError(Text::tr("Signing"));
    }
    return *low;
}

namespace {
Result<KeyPtr> readPublicKey(const QByteArray &publicPem)
{
    BioPtr bio = readBio(publicPem);
    KeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        const QString reason = takeOpenSslErrors();
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The text is not a public key in PEM form (OpenSSL: %1).").arg(reason));
    }
    if (auto curve = checkP256(key.get()); !curve) {
        return curve.error();
    }
    return key;
}

Result<bool> verifyWith(EVP_PKEY *key, const QByteArray &data, const QByteArray &derSignature)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1) {
        return cryptoError(Text::tr("Verifying a signature"));
    }
    const int verdict =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(derSignature.constData()),
                         static_cast<size_t>(derSignature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()));
    // 0 is a wrong signature; a negative value is a malformed one (bad DER). Both are "not valid", and so
    // is the high-S twin of a valid signature, which this terminal never makes.
    ERR_clear_error();
    return verdict == 1 && lowS(derSignature, LowS::Check).has_value();
}
} // namespace

Result<bool> EcKey::verify(const QByteArray &publicPem, const QByteArray &data, const QByteArray &derSignature)
{
    auto key = readPublicKey(publicPem);
    if (!key) {
        return key.error();
    }
    return verifyWith(key.value().get(), data, derSignature);
}

Result<EcKey::Verifier> EcKey::verifier(const QByteArray &publicPem)
{
    auto key = readPublicKey(publicPem);
    if (!key) {
        return key.error();
    }
    std::shared_ptr<EVP_PKEY> shared(key.value().release(), KeyDeleter());
    return Verifier([shared](const QByteArray &data, const QByteArray &derSignature) {
        return verifyWith(shared.get(), data, derSignature);
    });
}

} // namespace madang
