// madangctl and the files around the database: a lock left by a crash, oversized or endless inputs, a folder given
// as --db, owner-only modes, and the global --secrets option on every command.
#include "madangctlfixture.h"

#include <QSqlQuery>
#include <sys/stat.h>

class TestMadangctlFiles : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void leftoverLockDoesNotLockOut_data();
    void leftoverLockDoesNotLockOut();
    void oversizedInputIsRefused_data();
    void oversizedInputIsRefused();
    void folderAsDatabase();
    void databaseAndBackupAreOwnerOnly();
    void secretsIsAcceptedEverywhere_data();
    void secretsIsAcceptedEverywhere();

private:
    qint64 count(const QString &table);
};

qint64 TestMadangctlFiles::count(const QString &table)
{
    auto reader = Database::open(db(), Database::Mode::ReadOnly);
    return reader ? queryInt(reader.value()->connection(), QStringLiteral("SELECT count(*) FROM ") + table) : -1;
}

void TestMadangctlFiles::leftoverLockDoesNotLockOut_data()
{
    QTest::addColumn<QByteArray>("lock");
    QTest::newRow("empty, as kill -9 between creating and writing it leaves it") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x1b[2J garbage\n");
    QTest::newRow("a process that is gone")
        << QByteArray("999999999\nmadangctl\n") + QSysInfo::machineHostName().toUtf8() + "\n";
}

void TestMadangctlFiles::leftoverLockDoesNotLockOut()
{
    QFETCH(QByteArray, lock);
    QVERIFY(initRestaurant(true));
    QVERIFY(writeFile(db() + QStringLiteral(".lock"), lock));
    const Run r = ctl(withDb({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("M-KIMCHI"),
                              QStringLiteral("--pay"), QStringLiteral("card:A1")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("sale T1-000001")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("Took over the lock")), qPrintable(r.err)); // the takeover is logged
    QVERIFY(!QFile::exists(db() + QStringLiteral(".lock")));                           // and released after
}

void TestMadangctlFiles::oversizedInputIsRefused_data()
{
    QTest::addColumn<QStringList>("command"); // FILE stands for the input
    QTest::addColumn<QString>("input");       // "/dev/zero" or "big:N" for a sparse file of N bytes
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("table");
    const QStringList csv{QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("FILE")};
    const QStringList profile{QStringLiteral("customer"), QStringLiteral("import-profile"), QStringLiteral("FILE")};
    QTest::newRow("catalog from /dev/zero") << csv << "/dev/zero"
                                            << "64 MiB"
                                            << "items";
    QTest::newRow("catalog of 65 MiB") << csv << "big:68157440"
                                       << "64 MiB"
                                       << "items";
    QTest::newRow("profile from /dev/zero") << profile << "/dev/zero"
                                            << "1 MiB"
                                            << "customers";
    QTest::newRow("profile of 2 MiB") << profile << "big:2097152"
                                      << "1 MiB"
                                      << "customers";
}

void TestMadangctlFiles::oversizedInputIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, input);
    QFETCH(QString, limit);
    QFETCH(QString, table);
    QVERIFY(initRestaurant(true));
    if (input.startsWith(QLatin1String("big:"))) {
        const QString path = m_dir->filePath(QStringLiteral("big.input"));
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(input.mid(4).toLongLong()));
        input = path;
    }
    command.replaceInStrings(QStringLiteral("FILE"), input);
    const qint64 before = count(table);
    const Run r = ctl(withDb(command));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.contains(QStringLiteral("is larger than %1, the most a").arg(limit)), qPrintable(r.err));
    QVERIFY2(r.err.contains(input), qPrintable(r.err));
    QCOMPARE(count(table), before);
}

void TestMadangctlFiles::folderAsDatabase()
{
    const QString folder = m_dir->filePath(QStringLiteral("shop"));
    QVERIFY(QDir().mkpath(folder));
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("catalog"), QStringLiteral("list")},
          QStringList{QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"),
                      QStringLiteral("--name"), QStringLiteral("X")}}) {
        const Run r = ctl(QStringList{QStringLiteral("--db"), folder} + command);
        QVERIFY2(r.exitCode != 0, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(QStringLiteral("is a folder, not a database file")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("disk I/O error")), qPrintable(r.err));
    }
    QVERIFY(QDir(folder).isEmpty());
}

void TestMadangctlFiles::databaseAndBackupAreOwnerOnly()
{
    QVERIFY(initRestaurant(true));
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    const Run r = ctl(withDb({QStringLiteral("backup"), QStringLiteral("--out"), copy}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &path : {db(), db() + QStringLiteral(".search"), copy}) {
        struct stat st = {};
        QVERIFY2(::stat(QFile::encodeName(path).constData(), &st) == 0, qPrintable(path));
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
}

void TestMadangctlFiles::secretsIsAcceptedEverywhere_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("catalog list") << QStringList{QStringLiteral("catalog"), QStringLiteral("list")};
}

void TestMadangctlFiles::secretsIsAcceptedEverywhere()
{
    QFETCH(QStringList, command);
    QVERIFY(initRestaurant(true));
    const Run r = ctl(withDb(
        command + QStringList{QStringLiteral("--secrets"), m_dir->filePath(QStringLiteral("config/madang/secrets"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestMadangctlFiles)
#include "tst_madangctlfiles.moc"
