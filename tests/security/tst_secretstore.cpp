// SecretStore: create/load of the pepper and device key, file modes, and a distinct, helpful error for
// every kind of damage, with nothing regenerated behind the user's back.
#include "keyfixtures.h"
#include "secretstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace madang;
using madang::test::fileHash;
using madang::test::readFile;
using madang::test::writeFile;

namespace {
/// Permission bits of a path (e.g. 0600), or -1 if it cannot be stat'ed.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return static_cast<int>(info.st_mode & 07777);
}

QString pathOf(const SecretStore &store, const QString &which)
{
    return which == QLatin1String("pepper") ? store.pepperPath() : store.deviceKeyPath();
}

/// Loads one of the two secrets and returns only the status (the value is not needed here).
Status load(const SecretStore &store, const QString &which)
{
    if (which == QLatin1String("pepper")) {
        auto p = store.pepper();
        return p ? Status(Done{}) : Status(p.error());
    }
    auto k = store.deviceKey();
    return k ? Status(Done{}) : Status(k.error());
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void createThenLoad();
    void filesAreOwnerOnly();
    void createTwiceIsRefused_data();
    void createTwiceIsRefused();
    void damagedFileGivesClearError_data();
    void damagedFileGivesClearError();
    void missingFolder_data();
    void missingFolder();
};

void TestSecretStore::createThenLoad()
{
    QTemporaryDir dir;
    SecretStore store(dir.filePath(QStringLiteral("secrets/abc")));
    auto pepper = store.createPepper();
    MADANG_VERIFY_OK(pepper);
    QCOMPARE(pepper->size(), SecretStore::kPepperBytes);
    auto key = store.createDeviceKey();
    MADANG_VERIFY_OK(key);

    // A second store object on the same folder (a restart) reads the same secrets.
    const SecretStore reopened(dir.filePath(QStringLiteral("secrets/abc")));
    auto loadedPepper = reopened.pepper();
    MADANG_VERIFY_OK(loadedPepper);
    QCOMPARE(loadedPepper.value(), pepper.value());
    auto loadedKey = reopened.deviceKey();
    MADANG_VERIFY_OK(loadedKey);
    QCOMPARE(loadedKey->publicPem().value(), key->publicPem().value());
    QVERIFY(!readFile(store.pepperPath()).contains(pepper.value())); // stored encoded, with a checksum
}

void TestSecretStore::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    SecretStore store(dir.filePath(QStringLiteral("s")));
    MADANG_VERIFY_OK(store.createPepper());
    MADANG_VERIFY_OK(store.createDeviceKey());
    QCOMPARE(modeOf(store.pepperPath()), 0600);
    QCOMPARE(modeOf(store.deviceKeyPath()), 0600);
    QCOMPARE(modeOf(store.directory()), 0700);
    // Nothing but the two files (no QSaveFile leftovers).
    QCOMPARE(QDir(store.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
}

void TestSecretStore::createTwiceIsRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("pepper") << QStringLiteral("pepper");
    QTest::newRow("device key") << QStringLiteral("key");
}

void TestSecretStore::createTwiceIsRefused()
{
    QFETCH(QString, which);
    QTemporaryDir dir;
    SecretStore store(dir.filePath(QStringLiteral("s")));
    const auto create = [&] {
        if (which == QLatin1String("pepper")) {
            auto p = store.createPepper();
            return p ? Status(Done{}) : Status(p.error());
        }
        auto k = store.createDeviceKey();
        return k ? Status(Done{}) : Status(k.error());
    };
    MADANG_VERIFY_OK(create());
    const QByteArray before = fileHash(pathOf(store, which));
    auto second = create();
    MADANG_VERIFY_ERROR(second, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(pathOf(store, which)), qPrintable(second.error().message));
    QCOMPARE(fileHash(pathOf(store, which)), before);
}

void TestSecretStore::damagedFileGivesClearError_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    for (const QString &which : {QStringLiteral("pepper"), QStringLiteral("key")}) {
        const auto row = [&](const char *damage, ErrorCode code, const QString &says) {
            QTest::addRow("%s %s", qPrintable(which), damage) << which << QString::fromLatin1(damage) << code << says;
        };
        row("missing", ErrorCode::NotFound, QStringLiteral("is missing"));
        row("empty", ErrorCode::InvalidInput, QStringLiteral("is corrupted"));
        row("truncated", ErrorCode::InvalidInput, QStringLiteral("is corrupted"));
        row("garbage", ErrorCode::InvalidInput, QStringLiteral("is corrupted"));
        row("one byte changed", ErrorCode::InvalidInput, QStringLiteral("is corrupted"));
        row("directory", ErrorCode::Io, QStringLiteral("cannot be read"));
        row("mode 0644", ErrorCode::Io, QStringLiteral("chmod 600"));
    }
    QTest::newRow("key of another curve") << QStringLiteral("key") << QStringLiteral("P-384") << ErrorCode::InvalidInput
                                          << QStringLiteral("not P-256");
    QTest::newRow("RSA key") << QStringLiteral("key") << QStringLiteral("RSA") << ErrorCode::InvalidInput
                             << QStringLiteral("not an ECDSA P-256");
}

void TestSecretStore::damagedFileGivesClearError()
{
    QFETCH(QString, which);
    QFETCH(QString, damage);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    QTemporaryDir dir;
    SecretStore store(dir.filePath(QStringLiteral("s")));
    MADANG_VERIFY_OK(store.createPepper());
    MADANG_VERIFY_OK(store.createDeviceKey());
    const QString path = pathOf(store, which);
    const QByteArray original = readFile(path);

    if (damage == QLatin1String("missing")) {
        QVERIFY(QFile::remove(path));
    } else if (damage == QLatin1String("directory")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    } else if (damage == QLatin1String("mode 0644")) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    } else {
        QByteArray contents;
        if (damage == QLatin1String("truncated")) {
            contents = original.left(original.size() / 2);
        } else if (damage == QLatin1String("garbage")) {
            contents = QByteArray(original.size(), 'z');
        } else if (damage == QLatin1String("one byte changed")) {
            contents = original;
            const qsizetype at = original.indexOf('\n') + 5; // inside the base64 of either file
            contents[at] = contents.at(at) == 'A' ? 'B' : 'A';
        } else if (damage == QLatin1String("P-384")) {
            contents = madang::test::otherKeyPem("EC", "secp384r1");
        } else if (damage == QLatin1String("RSA")) {
            contents = madang::test::otherKeyPem("RSA");
        }
        QVERIFY(writeFile(path, contents));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }
    const QByteArray damagedHash = fileHash(path);
    const QStringList filesBefore = QDir(store.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const Status loaded = load(store, which);
    MADANG_VERIFY_ERROR(loaded, code);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    if (code != ErrorCode::Io || damage == QLatin1String("directory")) {
        QVERIFY2(message.contains(QStringLiteral("Restore the folder")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Do not delete the database")), qPrintable(message));
    }
    // Nothing was regenerated or repaired.
    QCOMPARE(QDir(store.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    QCOMPARE(fileHash(path), damagedHash);
    QCOMPARE(QFileInfo::exists(path), damage != QLatin1String("missing"));
}

void TestSecretStore::missingFolder_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("pepper") << QStringLiteral("pepper");
    QTest::newRow("device key") << QStringLiteral("key");
}

void TestSecretStore::missingFolder()
{
    QFETCH(QString, which);
    QTemporaryDir dir;
    const SecretStore store(dir.filePath(QStringLiteral("gone")));
    const Status loaded = load(store, which);
    MADANG_VERIFY_ERROR(loaded, ErrorCode::NotFound);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("secrets folder")), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(store.directory()), qPrintable(loaded.error().message));
    QVERIFY(!QFileInfo::exists(store.directory()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
