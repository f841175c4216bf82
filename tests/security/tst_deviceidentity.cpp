// DeviceIdentity: first-run creation, reload, and refusal (never regeneration) when the secrets are
// damaged, missing or belong to another terminal; terminal id rules.
#include "audit/auditlog.h"
#include "crypto.h"
#include "deviceidentity.h"
#include "fakeclock.h"
#include "secretstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace madang;
using madang::test::execSql;
using madang::test::FakeClock;
using madang::test::queryInt;
using madang::test::queryString;

namespace {
/// Every path under root with its content hash (directories with an empty hash), to show nothing changed.
QStringList snapshot(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries << QDir(root).relativeFilePath(path) + QLatin1Char(' ') +
                       QString::fromLatin1(it.fileInfo().isFile() ? madang::test::fileHash(path).toHex() : "");
    }
    entries.sort();
    return entries;
}

QString deviceRow(const QSqlDatabase &db)
{
    return queryString(db, QStringLiteral("SELECT terminal_id || '|' || secret_id || '|' || public_key_pem || '|' || "
                                          "created_at FROM device"));
}
} // namespace

class TestDeviceIdentity : public QObject
{
    Q_OBJECT

private slots:
    void firstEnsureCreatesFilesAndRow();
    void secondEnsureLoadsSameIdentity();
    void damagedSecretsAreNotRegenerated_data();
    void damagedSecretsAreNotRegenerated();
    void keyOfAnotherTerminalIsRefused();
    void failedInsertRemovesNewFiles();
    void readOnlyWithoutRowCreatesNothing();
    void terminalId_data();
    void terminalId();
    void renameIsNeverUnaudited();

private:
    FakeClock m_clock;
};

void TestDeviceIdentity::firstEnsureCreatesFilesAndRow()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    MADANG_VERIFY_OK(db);
    auto identity = DeviceIdentity::ensure(*db.value(), m_clock, root, QStringLiteral("T7"));
    MADANG_VERIFY_OK(identity);

    QCOMPARE(identity->terminalId(), QStringLiteral("T7"));
    QVERIFY(!QUuid::fromString(identity->secretId()).isNull());
    QCOMPARE(identity->secretsDirectory(), QDir(root).filePath(identity->secretId()));
    QCOMPARE(identity->pepper().size(), SecretStore::kPepperBytes);
    const SecretStore store(identity->secretsDirectory());
    QVERIFY(QFileInfo(store.pepperPath()).isFile());
    QVERIFY(QFileInfo(store.deviceKeyPath()).isFile());

    const QSqlDatabase c = db.value()->connection();
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM device")), 1);
    QCOMPARE(queryString(c, QStringLiteral("SELECT terminal_id FROM device")), QStringLiteral("T7"));
    QCOMPARE(queryString(c, QStringLiteral("SELECT secret_id FROM device")), identity->secretId());
    QCOMPARE(queryString(c, QStringLiteral("SELECT public_key_pem FROM device")), identity->publicKeyPem());
    QCOMPARE(queryString(c, QStringLiteral("SELECT created_at FROM device")),
             m_clock.now().toString(Qt::ISODateWithMs));
    // Neither secret is in the database.
    QVERIFY(!identity->publicKeyPem().contains(QStringLiteral("PRIVATE")));

    auto signature = identity->sign("journal entry 1");
    MADANG_VERIFY_OK(signature);
    QVERIFY(EcKey::verify(identity->publicKeyPem().toLatin1(), "journal entry 1", signature.value()).value());
}

void TestDeviceIdentity::secondEnsureLoadsSameIdentity()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    const QString path = dir.filePath(QStringLiteral("t.db"));
    QString publicPem;
    QByteArray pepper;
    {
        auto db = Database::open(path);
        MADANG_VERIFY_OK(db);
        auto first = DeviceIdentity::ensure(*db.value(), m_clock, root);
        MADANG_VERIFY_OK(first);
        publicPem = first->publicKeyPem();
        pepper = first->pepper();
        QCOMPARE(first->terminalId(), QStringLiteral("T1"));
    }
    const QStringList files = snapshot(root);
    auto db = Database::open(path);
    MADANG_VERIFY_OK(db);
    auto second = DeviceIdentity::ensure(*db.value(), m_clock, root, QStringLiteral("T9"));
    MADANG_VERIFY_OK(second);
    QCOMPARE(second->publicKeyPem(), publicPem);
    QCOMPARE(second->pepper(), pepper);
    QCOMPARE(second->terminalId(), QStringLiteral("T1")); // the stored id wins over the argument
    QCOMPARE(snapshot(root), files);
    auto signature = second->sign("after restart");
    MADANG_VERIFY_OK(signature);
    QVERIFY(EcKey::verify(publicPem.toLatin1(), "after restart", signature.value()).value());
}

void TestDeviceIdentity::damagedSecretsAreNotRegenerated_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("pepper deleted") << QStringLiteral("pepper deleted") << ErrorCode::NotFound
                                    << QStringLiteral("PIN pepper file");
    QTest::newRow("key deleted") << QStringLiteral("key deleted") << ErrorCode::NotFound
                                 << QStringLiteral("device key file");
    QTest::newRow("folder deleted") << QStringLiteral("folder deleted") << ErrorCode::NotFound
                                    << QStringLiteral("secrets folder");
    QTest::newRow("key corrupted") << QStringLiteral("key corrupted") << ErrorCode::InvalidInput
                                   << QStringLiteral("is corrupted");
    QTest::newRow("pepper truncated") << QStringLiteral("pepper truncated") << ErrorCode::InvalidInput
                                      << QStringLiteral("is corrupted");
    QTest::newRow("secret_id edited") << QStringLiteral("secret_id edited") << ErrorCode::InvalidInput
                                      << QStringLiteral("not a UUID");
}

void TestDeviceIdentity::damagedSecretsAreNotRegenerated()
{
    QFETCH(QString, damage);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    MADANG_VERIFY_OK(db);
    const QSqlDatabase c = db.value()->connection();
    QString folder;
    {
        auto first = DeviceIdentity::ensure(*db.value(), m_clock, root);
        MADANG_VERIFY_OK(first);
        folder = first->secretsDirectory();
    }
    const SecretStore store(folder);
    if (damage == QLatin1String("pepper deleted")) {
        QVERIFY(QFile::remove(store.pepperPath()));
    } else if (damage == QLatin1String("key deleted")) {
        QVERIFY(QFile::remove(store.deviceKeyPath()));
    } else if (damage == QLatin1String("folder deleted")) {
        QVERIFY(QDir(folder).removeRecursively());
    } else if (damage == QLatin1String("key corrupted")) {
        QVERIFY(madang::test::writeFile(store.deviceKeyPath(), "-----BEGIN PRIVATE KEY-----\nAAAA\n"));
    } else if (damage == QLatin1String("pepper truncated")) {
        QVERIFY(madang::test::writeFile(store.pepperPath(), madang::test::readFile(store.pepperPath()).left(20)));
    } else if (damage == QLatin1String("secret_id edited")) {
        QVERIFY(execSql(c, QStringLiteral("UPDATE device SET secret_id = '../elsewhere'")));
    }
    const QStringList files = snapshot(root);
    const QString row = deviceRow(c);

    auto again = DeviceIdentity::ensure(*db.value(), m_clock, root);
    MADANG_VERIFY_ERROR(again, code);
    const QString message = again.error().message;
    QVERIFY2(message.contains(says), qPrintable(message));
    if (damage != QLatin1String("secret_id edited")) {
        QVERIFY2(message.contains(folder), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Restore the folder")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Do not delete the database")), qPrintable(message));
    }
    QCOMPARE(snapshot(root), files); // no new files, nothing repaired
    QCOMPARE(deviceRow(c), row);     // the row is untouched
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM device")), 1);
}

void TestDeviceIdentity::keyOfAnotherTerminalIsRefused()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    auto dbA = Database::open(dir.filePath(QStringLiteral("a.db")));
    auto dbB = Database::open(dir.filePath(QStringLiteral("b.db")));
    MADANG_VERIFY_OK(dbA);
    MADANG_VERIFY_OK(dbB);
    QString folderA;
    QString folderB;
    {
        auto a = DeviceIdentity::ensure(*dbA.value(), m_clock, root, QStringLiteral("T1"));
        auto b = DeviceIdentity::ensure(*dbB.value(), m_clock, root, QStringLiteral("T2"));
        MADANG_VERIFY_OK(a);
        MADANG_VERIFY_OK(b);
        QVERIFY(a->secretId() != b->secretId());
        QVERIFY(a->publicKeyPem() != b->publicKeyPem());
        folderA = a->secretsDirectory();
        folderB = b->secretsDirectory();
    }
    // Someone "restores" terminal B's key into terminal A's folder.
    const QString keyA = SecretStore(folderA).deviceKeyPath();
    QVERIFY(QFile::remove(keyA));
    QVERIFY(QFile::copy(SecretStore(folderB).deviceKeyPath(), keyA));
    const QString row = deviceRow(dbA.value()->connection());

    auto again = DeviceIdentity::ensure(*dbA.value(), m_clock, root);
    MADANG_VERIFY_ERROR(again, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("does not belong to this database")),
             qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(keyA), qPrintable(again.error().message));
    QCOMPARE(deviceRow(dbA.value()->connection()), row);
}

void TestDeviceIdentity::failedInsertRemovesNewFiles()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    QVERIFY(QDir().mkpath(root));
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    MADANG_VERIFY_OK(db);
    const QSqlDatabase c = db.value()->connection();
    QString error;
    QVERIFY2(execSql(c,
                     QStringLiteral("CREATE TRIGGER block_device BEFORE INSERT ON device "
                                    "BEGIN SELECT RAISE(ABORT, 'blocked by test'); END"),
                     &error),
             qPrintable(error));
    auto identity = DeviceIdentity::ensure(*db.value(), m_clock, root);
    QVERIFY(!identity.ok());
    QVERIFY2(identity.error().message.contains(QStringLiteral("blocked by test")),
             qPrintable(identity.error().message));
    QCOMPARE(snapshot(root), QStringList()); // the folder and both files are gone again
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM device")), 0);
}

void TestDeviceIdentity::readOnlyWithoutRowCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    {
        auto writer = Database::open(path);
        MADANG_VERIFY_OK(writer);
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    MADANG_VERIFY_OK(db);
    const QString root = dir.filePath(QStringLiteral("secrets"));
    MADANG_VERIFY_ERROR(DeviceIdentity::ensure(*db.value(), m_clock, root), ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(root));
}

void TestDeviceIdentity::terminalId_data()
{
    QTest::addColumn<QString>("terminalId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("T1") << QStringLiteral("T1") << true;
    QTest::newRow("one letter") << QStringLiteral("A") << true;
    QTest::newRow("KIOSK2") << QStringLiteral("KIOSK2") << true;
    QTest::newRow("8 characters") << QStringLiteral("ABCDEFG8") << true;
    QTest::newRow("9 characters") << QStringLiteral("ABCDEFGH9") << false;
    QTest::newRow("lower case") << QStringLiteral("t1") << false;
    QTest::newRow("starts with a digit") << QStringLiteral("1T") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dash") << QStringLiteral("T-1") << false;
    QTest::newRow("space") << QStringLiteral("T 1") << false;
    QTest::newRow("trailing newline") << QStringLiteral("T1\n") << false;
    QTest::newRow("fullwidth") << QStringLiteral("\uff34\uff11") << false;
}

void TestDeviceIdentity::terminalId()
{
    QFETCH(QString, terminalId);
    QFETCH(bool, valid);
    QCOMPARE(DeviceIdentity::isValidTerminalId(terminalId), valid);

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("secrets"));
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    MADANG_VERIFY_OK(db);
    const QSqlDatabase c = db.value()->connection();

    // On the first run an invalid id is refused before anything is written.
    auto created = DeviceIdentity::ensure(*db.value(), m_clock, root, terminalId);
    QCOMPARE(created.ok(), valid);
    if (!valid) {
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFileInfo::exists(root));
        QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM device")), 0);
        created = DeviceIdentity::ensure(*db.value(), m_clock, root);
        MADANG_VERIFY_OK(created);
    }
    // Renaming later follows the same rule and is stored.
    DeviceIdentity identity = std::move(created).value();
    const QString before = identity.terminalId();
    AuditLog audit(*db.value(), m_clock);
    const Status renamed = identity.setTerminalId(terminalId, audit, QStringLiteral("test"));
    QCOMPARE(renamed.ok(), valid);
    const QString expected = valid ? terminalId : before;
    QCOMPARE(identity.terminalId(), expected);
    QCOMPARE(queryString(c, QStringLiteral("SELECT terminal_id FROM device")), expected);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM audit WHERE record = 'setting:terminal_id'")),
             valid ? 1 : 0);
}

void TestDeviceIdentity::renameIsNeverUnaudited()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    MADANG_VERIFY_OK(db);
    auto identity =
        DeviceIdentity::ensure(*db.value(), m_clock, dir.filePath(QStringLiteral("secrets")), QStringLiteral("T1"));
    MADANG_VERIFY_OK(identity);
    const QSqlDatabase c = db.value()->connection();
    // The audit append fails (as on a full disk): the rename must not stay behind without its entry.
    QVERIFY(execSql(c, QStringLiteral("CREATE TRIGGER no_audit BEFORE INSERT ON audit "
                                      "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    AuditLog audit(*db.value(), m_clock);
    const Status renamed = identity.value().setTerminalId(QStringLiteral("T2"), audit, QStringLiteral("test"));
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().message.contains(QStringLiteral("audit refused")), qPrintable(renamed.error().message));
    QCOMPARE(identity.value().terminalId(), QStringLiteral("T1"));
    QCOMPARE(queryString(c, QStringLiteral("SELECT terminal_id FROM device")), QStringLiteral("T1"));
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM audit")), 0);
}

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
