#include "deviceidentity.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/timetext.h"
#include "secretstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <optional>

Q_LOGGING_CATEGORY(lcDevice, "madang.security.device", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)
};

struct Row
{
    QString terminalId;
    QString secretId;
    QString publicKeyPem;
};

Result<std::optional<Row>> readRow(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT terminal_id, secret_id, public_key_pem FROM device WHERE id = 1"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the device identity"));
    }
    if (!q.next()) {
        return std::optional<Row>();
    }
    return std::optional<Row>(Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

/// Removes what create() wrote when the row could not be saved: the two files, then the (empty) folder.
void removeCreated(const SecretStore &store)
{
    for (const QString &path : {store.pepperPath(), store.deviceKeyPath()}) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            qCWarning(lcDevice) << "could not remove" << path << "after a failed setup";
        }
    }
    QDir().rmdir(store.directory());
}

QString invalidTerminalIdMessage(const QString &terminalId)
{
    return Text::tr("\"%1\" is not a valid terminal id: use a capital letter, then up to 7 capital letters or "
                    "digits (for example T1).")
        .arg(terminalId);
}
} // namespace

DeviceIdentity::DeviceIdentity(Database &db, QString terminalId, QString secretId, QString secretsDirectory,
                               QString publicKeyPem, QByteArray pepper, EcKey key)
    : m_db(&db), m_terminalId(std::move(terminalId)), m_secretId(std::move(secretId)),
      m_secretsDirectory(std::move(secretsDirectory)), m_publicKeyPem(std::move(publicKeyPem)),
      m_pepper(std::move(pepper)), m_key(std::move(key))
{
    // Whatever signs the journal hashes it too: the chain hashes of every program with a device identity
    // (the app, madangctl, the benchmarks) are OpenSSL's.
    crypto::useOpenSslDigest();
}

Result<bool> DeviceIdentity::exists(const Database &db)
{
    auto row = readRow(db.connection());
    if (!row) {
        return row.error();
    }
    return row->has_value();
}

QString DeviceIdentity::defaultSecretsRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/madang/secrets");
}

bool DeviceIdentity::isValidTerminalId(const QString &terminalId)
{
    // anchoredPattern, not ^...$: "$" would also match before a trailing newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z][A-Z0-9]{0,7}")));
    return re.match(terminalId).hasMatch();
}

Result<DeviceIdentity> DeviceIdentity::ensure(Database &db, const Clock &clock, const QString &secretsRoot,
                                              const QString &terminalId)
{
    auto row = readRow(db.connection());
    if (!row) {
        return row.error();
    }
    if (row->has_value()) {
        const Row &r = **row;
        return load(db, secretsRoot, r.terminalId, r.secretId, r.publicKeyPem);
    }
    if (db.mode() == Database::Mode::ReadOnly) {
        return makeError(ErrorCode::NotFound, Text::tr("This terminal has no device identity yet. Start Madang "
                                                       "once normally to create it."));
    }
    return create(db, clock, secretsRoot, terminalId);
}

Result<DeviceIdentity> DeviceIdentity::load(Database &db, const QString &secretsRoot, const QString &terminalId,
                                            const QString &secretId, const QString &publicKeyPem)
{
    // secret_id becomes a path component: anything but a UUID (a damaged or edited row) is refused.
    if (QUuid::fromString(secretId).isNull() || secretId.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The device row of %1 names the secrets folder \"%2\", which is not a UUID. "
                                  "Restore the database from a backup.")
                             .arg(QDir::toNativeSeparators(db.path()), secretId));
    }
    const SecretStore store(QDir(secretsRoot).filePath(secretId));
    auto pepper = store.pepper();
    if (!pepper) {
        return pepper.error();
    }
    auto key = store.deviceKey();
    if (!key) {
        return key.error();
    }
    auto publicPem = key->publicPem();
    if (!publicPem) {
        return publicPem.error();
    }
    if (QString::fromLatin1(publicPem.value()).trimmed() != publicKeyPem.trimmed()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("The device key in %1 does not belong to this database (%2): its public key "
                                  "differs from the one recorded at setup. Restore the folder %3 from the backup "
                                  "that belongs to this database; do not delete the database.")
                             .arg(QDir::toNativeSeparators(store.deviceKeyPath()), QDir::toNativeSeparators(db.path()),
                                  QDir::toNativeSeparators(store.directory())));
    }
    return DeviceIdentity(db, terminalId, secretId, store.directory(), publicKeyPem, std::move(pepper).value(),
                          std::move(key).value());
}

Result<DeviceIdentity> DeviceIdentity::create(Database &db, const Clock &clock, const QString &secretsRoot,
                                              const QString &terminalId)
{
    if (!isValidTerminalId(terminalId)) {
        return makeError(ErrorCode::InvalidInput, invalidTerminalIdMessage(terminalId));
    }
    Transaction tx(db.connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    // Under the write lock now: if another connection set the device up meanwhile, use that one.
    auto row = readRow(db.connection());
    if (!row) {
        return row.error();
    }
    if (row->has_value()) {
        const Row &r = **row;
        return load(db, secretsRoot, r.terminalId, r.secretId, r.publicKeyPem);
    }
    const QString secretId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretStore store(QDir(secretsRoot).filePath(secretId));
    if (QFileInfo::exists(store.directory())) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("The secrets folder %1 already exists.").arg(QDir::toNativeSeparators(store.directory())));
    }
    SecretStore writer = store;
    auto pepper = writer.createPepper();
    if (!pepper) {
        removeCreated(store);
        return pepper.error();
    }
    auto key = writer.createDeviceKey();
    auto publicPem = key ? key->publicPem() : Result<QByteArray>(key.error());
    if (!publicPem) {
        removeCreated(store);
        return publicPem.error();
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO device (id, terminal_id, secret_id, public_key_pem, created_at) "
                             "VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(terminalId);
    q.addBindValue(secretId);
    q.addBindValue(QString::fromLatin1(publicPem.value()));
    q.addBindValue(clock.nowWire());
    if (!q.exec()) {
        removeCreated(store);
        return Database::storageError(q.lastError(), Text::tr("Saving the device identity"));
    }
    q.finish();
    if (auto committed = tx.commit(); !committed) {
        removeCreated(store);
        return committed.error();
    }
    qCInfo(lcDevice) << "created device identity" << terminalId << "secrets in" << store.directory();
    return DeviceIdentity(db, terminalId, secretId, store.directory(), QString::fromLatin1(publicPem.value()),
                          std::move(pepper).value(), std::move(key).value());
}

Result<DeviceIdentity::PublicPart> DeviceIdentity::publicPart(const Database &db)
{
    auto row = readRow(db.connection());
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("%1 has no device identity yet, so no public key to check signatures with.")
                             .arg(QDir::toNativeSeparators(db.path())));
    }
    return PublicPart{(*row)->terminalId, (*row)->publicKeyPem};
}

SignatureCheck DeviceIdentity::PublicPart::signatureCheck() const
{
    auto verifier = EcKey::verifier(publicKeyPem.toLatin1());
    if (!verifier) {
        const Error error = verifier.error();
        return [error](const QByteArray &, const QByteArray &) -> Result<bool> { return error; };
    }
    return verifier.value();
}

SignatureCheck DeviceIdentity::signatureCheck() const
{
    return PublicPart{m_terminalId, m_publicKeyPem}.signatureCheck();
}

Result<QByteArray> DeviceIdentity::sign(const QByteArray &data) const
{
    return m_key.sign(data);
}

Status DeviceIdentity::setTerminalId(const QString &terminalId, AuditLog &audit, const QString &reason)
{
    if (!isValidTerminalId(terminalId)) {
        return makeError(ErrorCode::InvalidInput, invalidTerminalIdMessage(terminalId));
    }
    Transaction tx(m_db->connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE device SET terminal_id = ? WHERE id = 1"));
    q.addBindValue(terminalId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Saving the terminal id"));
    }
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, Text::tr("This database has no device row to rename."));
    }
    AuditEntry entry;
    entry.action = audit::SettingChanged;
    entry.record = QStringLiteral("setting:terminal_id");
    entry.reason = reason;
    entry.detail = {{QStringLiteral("from"), m_terminalId}, {QStringLiteral("to"), terminalId}};
    if (auto logged = audit.append(entry); !logged) {
        return logged.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed;
    }
    m_terminalId = terminalId;
    return Done{};
}

} // namespace madang
