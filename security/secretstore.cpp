#include "secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSecretStore, "madang.security.secretstore", QtWarningMsg)

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

constexpr qint64 kMaxSecretFileBytes = 64 * 1024;
const QByteArray kPepperMagic = QByteArrayLiteral("madang-pepper v1");

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kGroupOrOther =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

/// First 8 bytes of SHA-256, in hex: catches a flipped or lost character in the pepper file.
QByteArray checksum(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).left(8).toHex();
}

/// "madang-pepper v1\n<base64>\nsha256 <checksum>\n"
QByteArray encodePepper(const QByteArray &pepper)
{
    return kPepperMagic + '\n' + pepper.toBase64() + '\n' + "sha256 " + checksum(pepper) + '\n';
}

/// The pepper, or an empty array if the text is not a complete, intact pepper file.
QByteArray decodePepper(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() != 3 || lines.at(0).trimmed() != kPepperMagic) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(lines.at(1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != SecretStore::kPepperBytes ||
        lines.at(2).trimmed() != "sha256 " + checksum(decoded.decoded)) {
        return {};
    }
    return decoded.decoded;
}

QString pepperConsequence()
{
    return Text::tr("Without it no staff PIN can be checked, and a new pepper would not make the old PINs work.");
}

QString keyConsequence()
{
    return Text::tr("The sales journal and sync requests are signed with this key; a new key would not match them.");
}
} // namespace

SecretStore::SecretStore(QString directory) : m_directory(QDir::cleanPath(std::move(directory))) {}

QString SecretStore::pepperPath() const
{
    return QDir(m_directory).filePath(QLatin1String(kPepperFileName));
}

QString SecretStore::deviceKeyPath() const
{
    return QDir(m_directory).filePath(QLatin1String(kDeviceKeyFileName));
}

QString SecretStore::recovery(const QString &consequence) const
{
    return Text::tr("Restore the folder %1 from the backup of this terminal's secrets (the backup that belongs to "
                    "this database), then start Madang again. Do not delete the database and do not set the "
                    "terminal up again. %2")
        .arg(QDir::toNativeSeparators(m_directory), consequence);
}

Status SecretStore::writeNew(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 already exists; a secret file is never overwritten. If it is stale, move it "
                                  "away by hand after making sure no database still needs it.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!QDir().mkpath(m_directory) || !QFile::setPermissions(m_directory, kOwnerDir)) {
        return makeError(ErrorCode::Io, Text::tr("Cannot create the secrets folder %1 with owner-only access.")
                                            .arg(QDir::toNativeSeparators(m_directory)));
    }
    QSaveFile file(path);
    // Owner-only before the first byte is written, so the secret is never readable by others, even briefly.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerFile) ||
        file.write(contents) != contents.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), reason));
    }
    if ((QFileInfo(path).permissions() & kGroupOrOther) != 0) {
        return makeError(
            ErrorCode::Io,
            Text::tr("%1 was written but is not owner-only (mode 0600).").arg(QDir::toNativeSeparators(path)));
    }
    return Done{};
}

Result<QByteArray> SecretStore::readExisting(const QString &path, const QString &what, const QString &consequence) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(m_directory).isDir()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The secrets folder %1 of this terminal is missing, so its %2 "
                                  "cannot be read. %3")
                             .arg(QDir::toNativeSeparators(m_directory), what, recovery(consequence)));
    }
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The %1 file %2 is missing. %3").arg(what, shown, recovery(consequence)));
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isFile() ? file.errorString() : Text::tr("not a regular file");
        return makeError(ErrorCode::Io, Text::tr("The %1 file %2 cannot be read (%3). Check that it is a file owned "
                                                 "by the user that runs Madang. %4")
                                            .arg(what, shown, reason, recovery(consequence)));
    }
    if ((info.permissions() & kGroupOrOther) != 0) {
        return makeError(ErrorCode::Io,
                         Text::tr("The %1 file %2 can be read or changed by other users (it must be mode 0600). "
                                  "If nobody else had access, run: chmod 600 '%2' and start again; otherwise treat "
                                  "the secret as leaked and ask support.")
                             .arg(what, shown));
    }
    const QByteArray contents = file.read(kMaxSecretFileBytes + 1);
    if (file.error() != QFile::NoError) {
        return makeError(ErrorCode::Io, Text::tr("The %1 file %2 cannot be read (%3). %4")
                                            .arg(what, shown, file.errorString(), recovery(consequence)));
    }
    if (contents.size() > kMaxSecretFileBytes) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The %1 file %2 is corrupted (far too large). %3").arg(what, shown, recovery(consequence)));
    }
    return contents;
}

Result<QByteArray> SecretStore::createPepper()
{
    auto pepper = crypto::randomBytes(kPepperBytes);
    if (!pepper) {
        return pepper.error();
    }
    if (auto written = writeNew(pepperPath(), encodePepper(pepper.value())); !written) {
        return written.error();
    }
    qCInfo(lcSecretStore) << "created pepper" << pepperPath();
    return pepper;
}

Result<QByteArray> SecretStore::pepper() const
{
    const QString what = Text::tr("PIN pepper");
    auto contents = readExisting(pepperPath(), what, pepperConsequence());
    if (!contents) {
        return contents.error();
    }
    QByteArray pepper = decodePepper(contents.value());
    if (pepper.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The %1 file %2 is corrupted (truncated or changed; it must hold a %3-byte pepper "
                                  "with a matching checksum). %4")
                             .arg(what, QDir::toNativeSeparators(pepperPath()), QString::number(kPepperBytes),
                                  recovery(pepperConsequence())));
    }
    return pepper;
}

Result<EcKey> SecretStore::createDeviceKey()
{
    auto key = EcKey::generate();
    if (!key) {
        return key.error();
    }
    auto pem = key->privatePem();
    if (!pem) {
        return pem.error();
    }
    if (auto written = writeNew(deviceKeyPath(), pem.value()); !written) {
        return written.error();
    }
    qCInfo(lcSecretStore) << "created device key" << deviceKeyPath();
    return key;
}

Result<EcKey> SecretStore::deviceKey() const
{
    const QString what = Text::tr("device key");
    auto contents = readExisting(deviceKeyPath(), what, keyConsequence());
    if (!contents) {
        return contents.error();
    }
    auto key = EcKey::fromPrivatePem(contents.value());
    if (!key) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The %1 file %2 is corrupted: %3 %4")
                                                      .arg(what, QDir::toNativeSeparators(deviceKeyPath()),
                                                           key.error().message, recovery(keyConsequence())));
    }
    return key;
}

} // namespace madang
