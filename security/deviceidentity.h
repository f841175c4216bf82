#pragma once

#include "base/error.h"
#include "crypto.h"
#include "sales/journal.h"

#include <QByteArray>
#include <QString>

namespace madang {

class AuditLog;

class Clock;
class Database;

/// This terminal's identity: its id (e.g. "T1"), its P-256 signing key and its PIN pepper.
///
/// The database's `device` row holds the terminal id, the public key and `secret_id`, a UUID naming
/// the folder <secretsRoot>/<secret_id>/ that holds the private key and the pepper (SecretStore).
/// The secrets are created once, on the first run; afterwards they are only ever loaded. A missing or
/// damaged secret file is an error that says how to recover, never a reason to make new ones.
class DeviceIdentity final : public Signer
{
public:
    /// The identity of the terminal whose database is db.
    /// - No device row: makes a secret_id, writes the pepper and a new key under <secretsRoot>/<secret_id>/,
    ///   then inserts the row in one transaction; if the insert fails the new files are removed again.
    ///   terminalId must pass isValidTerminalId().
    /// - A device row: loads the pepper and key from its folder and checks that the key's public half
    ///   is the one in the row. terminalId is ignored (the stored one wins; see setTerminalId()).
    /// The clock (created_at) and db must outlive the returned object.
    static Result<DeviceIdentity> ensure(Database &db, const Clock &clock, const QString &secretsRoot,
                                         const QString &terminalId = QStringLiteral("T1"));

    /// Where terminals keep their secret folders unless told otherwise:
    /// $XDG_CONFIG_HOME/madang/secrets (~/.config/madang/secrets). Shared by madang and madangctl.
    [[nodiscard]] static QString defaultSecretsRoot();
    /// What anyone may know of a terminal without its secrets: the id and the public key recorded at setup.
    struct PublicPart
    {
        QString terminalId;
        QString publicKeyPem; ///< SubjectPublicKeyInfo PEM
        /// Checks signatures against publicKeyPem (for Journal::verifyStored / verifyExport).
        [[nodiscard]] SignatureCheck signatureCheck() const;
    };
    /// The public part of db's device row; reads the row only, so it needs (and creates) no secrets folder.
    /// NotFound if db has no device identity yet.
    static Result<PublicPart> publicPart(const Database &db);
    /// Whether db already has a device row (the identity may be loaded, not only created).
    [[nodiscard]] static Result<bool> exists(const Database &db);
    /// A capital letter, then up to 7 capital letters or digits: "T1", "KIOSK2".
    [[nodiscard]] static bool isValidTerminalId(const QString &terminalId);

    [[nodiscard]] QString terminalId() const override { return m_terminalId; }
    [[nodiscard]] QString secretId() const { return m_secretId; }
    /// <secretsRoot>/<secret_id>: the folder to back up together with the database.
    [[nodiscard]] QString secretsDirectory() const { return m_secretsDirectory; }
    [[nodiscard]] QString publicKeyPem() const { return m_publicKeyPem; }
    /// The PIN pepper (for PinHasher).
    [[nodiscard]] QByteArray pepper() const { return m_pepper; }

    /// DER ECDSA/SHA-256 signature of data with the device key (check with EcKey::verify(publicKeyPem())).
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) const override;
    /// Checks signatures against this device's public key (for Journal::verifyStored / verifyExport).
    [[nodiscard]] SignatureCheck signatureCheck() const;

    /// Renames the terminal (validated) and stores the new id in the device row, together with an audit entry
    /// (setting:terminal_id, from and to, the given reason) in the same transaction: a rename is never unaudited.
    Status setTerminalId(const QString &terminalId, AuditLog &audit, const QString &reason);

private:
    static Result<DeviceIdentity> load(Database &db, const QString &secretsRoot, const QString &terminalId,
                                       const QString &secretId, const QString &publicKeyPem);
    static Result<DeviceIdentity> create(Database &db, const Clock &clock, const QString &secretsRoot,
                                         const QString &terminalId);

    DeviceIdentity(Database &db, QString terminalId, QString secretId, QString secretsDirectory, QString publicKeyPem,
                   QByteArray pepper, EcKey key);

    Database *m_db;
    QString m_terminalId;
    QString m_secretId;
    QString m_secretsDirectory;
    QString m_publicKeyPem;
    QByteArray m_pepper;
    EcKey m_key;
};

} // namespace madang
