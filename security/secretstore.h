#pragma once

#include "base/error.h"
#include "crypto.h"

#include <QByteArray>
#include <QString>

namespace madang {

/// The folder that holds one terminal's secrets, outside the database: the PIN pepper and the device's
/// private key. A stolen database alone then cannot sign as the terminal or be used to recover PINs.
///
/// create*() writes atomically (QSaveFile) with mode 0600, makes the folder 0700 and never overwrites an
/// existing file (ErrorCode::Conflict). Loading never creates anything; its errors name the file and say
/// how to recover, and are distinct by code:
///   - NotFound: the folder or the file is missing;
///   - Io: the file cannot be read (not a regular file, no access), or it is readable or writable by
///     group/others (refused, not fixed: such a secret may already have leaked, so a person decides);
///   - InvalidInput: the file is there but corrupted (wrong size, bad checksum, not a P-256 key).
class SecretStore
{
public:
    static constexpr int kPepperBytes = 32;
    static constexpr const char *kPepperFileName = "pepper";
    static constexpr const char *kDeviceKeyFileName = "device-key.pem";

    explicit SecretStore(QString directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString pepperPath() const;
    [[nodiscard]] QString deviceKeyPath() const;

    /// Makes a new random pepper, writes it and returns it.
    Result<QByteArray> createPepper();
    /// The stored pepper (kPepperBytes bytes).
    [[nodiscard]] Result<QByteArray> pepper() const;

    /// Makes a new P-256 key pair, writes its private key (PKCS#8 PEM) and returns it.
    Result<EcKey> createDeviceKey();
    /// The stored device key.
    [[nodiscard]] Result<EcKey> deviceKey() const;

private:
    Status writeNew(const QString &path, const QByteArray &contents);
    Result<QByteArray> readExisting(const QString &path, const QString &what, const QString &consequence) const;
    [[nodiscard]] QString recovery(const QString &consequence) const;

    QString m_directory;
};

} // namespace madang
