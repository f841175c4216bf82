// madangctl device and audit commands through QProcess: device show / set-terminal, lost secrets, audit verify on a
// tampered trail.
#include "madangctlfixture.h"
#include "workflows/setup.h"

class TestMadangctlSecurity : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void deviceShowAfterInit();
    void deviceShowWithoutIdentity();
    void deviceShowWithMissingSecrets();
    void auditVerifyIntactThenTampered();
};

void TestMadangctlSecurity::deviceShowAfterInit()
{
    const Run init = ctl(
        withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"), QStringLiteral("--name"),
                QStringLiteral("Hair"), QStringLiteral("--terminal"), QStringLiteral("KIOSK2")}));
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains(QStringLiteral("back this folder up")), qPrintable(init.out));
    const Run r = ctl(withDb({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("terminal_id")).toString(), QStringLiteral("KIOSK2"));
    QCOMPARE(ctl(withDb({QStringLiteral("device"), QStringLiteral("set-terminal"), QStringLiteral("t 3")})).exitCode,
             64);
    QCOMPARE(ctl(withDb({QStringLiteral("device"), QStringLiteral("set-terminal"), QStringLiteral("T3")})).exitCode, 0);
    const Run renamed = ctl(withDb({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(renamed.out.toUtf8()).object().value(QStringLiteral("terminal_id")).toString(),
             QStringLiteral("T3"));
    QCOMPARE(ctl(withDb({QStringLiteral("audit"), QStringLiteral("verify")})).exitCode, 0);
    QVERIFY(json.value(QStringLiteral("public_key_pem"))
                .toString()
                .startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
    QVERIFY(json.value(QStringLiteral("secrets_dir")).toString().startsWith(m_dir->filePath(QStringLiteral("config"))));
    // A bad terminal id is a usage error and sets nothing up.
    const Run bad = ctl({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("other.db")), QStringLiteral("init"),
                         QStringLiteral("--vertical"), QStringLiteral("salon"), QStringLiteral("--name"),
                         QStringLiteral("X"), QStringLiteral("--terminal"), QStringLiteral("t-1")});
    QCOMPARE(bad.exitCode, 64);
}

void TestMadangctlSecurity::deviceShowWithoutIdentity()
{
    // A database made by an older version (or by the core alone) has no device row yet.
    test::FakeClock clock;
    auto store = test::openStore(*m_dir, clock, QStringLiteral("terminal.db"));
    MADANG_VERIFY_OK(store);
    MADANG_VERIFY_OK(Setup(*store.value()).run(test::sampleProfile(), QStringLiteral("Owner")));
    store.value().reset();
    const Run r = ctl(withDb({QStringLiteral("device"), QStringLiteral("show")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no device identity")), qPrintable(r.err));
}

void TestMadangctlSecurity::deviceShowWithMissingSecrets()
{
    QVERIFY(initRestaurant());
    const Run before = ctl(withDb({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--json")}));
    QCOMPARE(before.exitCode, 0);
    const QString folder =
        QJsonDocument::fromJson(before.out.toUtf8()).object().value(QStringLiteral("secrets_dir")).toString();
    QVERIFY(QDir(folder).removeRecursively());
    const Run r = ctl(withDb({QStringLiteral("device"), QStringLiteral("show")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Restore")), qPrintable(r.err));
    QVERIFY2(!QDir(folder).exists(), "the secrets must not be silently made again");
}

void TestMadangctlSecurity::auditVerifyIntactThenTampered()
{
    QVERIFY(initRestaurant(true));
    const Run ok = ctl(withDb({QStringLiteral("audit"), QStringLiteral("verify")}));
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(QStringLiteral("chain intact, 1 entries")), qPrintable(ok.out));
    {
        // An auditor-hostile edit: drop the guard trigger and change who set the terminal up.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QVERIFY(test::execSql(raw, QStringLiteral("DROP TRIGGER IF EXISTS audit_no_update")));
        QString error;
        QVERIFY2(test::execSql(raw, QStringLiteral("UPDATE audit SET actor_name = 'Mallory' WHERE seq = 1"), &error),
                 qPrintable(error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run bad = ctl(withDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}));
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject verdict = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestMadangctlSecurity)
#include "tst_madangctlsecurity.moc"
