#pragma once

// Keys that are not P-256, made with OpenSSL directly, for the "refuses other keys" rows.

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace madang::test {

/// Private key PEM (PKCS#8) of a fresh key: algorithm "RSA" (param = bits), "EC" (param = curve) or "ED25519".
/// With a passphrase the PEM is encrypted (AES-256-CBC). Empty on failure.
inline QByteArray otherKeyPem(const char *algorithm, const char *curve = nullptr, const char *passphrase = nullptr)
{
    EVP_PKEY *raw = nullptr;
    if (qstrcmp(algorithm, "RSA") == 0) {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
    } else if (curve != nullptr) {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm, curve);
    } else {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm);
    }
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw, &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key || !bio) {
        return {};
    }
    const EVP_CIPHER *cipher = passphrase != nullptr ? EVP_aes_256_cbc() : nullptr;
    const int passLength = passphrase != nullptr ? static_cast<int>(qstrlen(passphrase)) : 0;
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), cipher,
                                 reinterpret_cast<const unsigned char *>(passphrase), passLength, nullptr, nullptr)
        != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

/// Public key PEM (SubjectPublicKeyInfo) of the key in a private PEM; empty on failure.
inline QByteArray publicPemOf(const QByteArray &privatePem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_mem_buf(privatePem.constData(),
                                                                 static_cast<int>(privatePem.size())),
                                                 &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key || !out || PEM_write_bio_PUBKEY(out.get(), key.get()) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace madang::test
