// madangctl journal pubkey | verify | export and check as an auditor runs them: without the device's secrets,
// with only a key file and no database, on inputs that are too large, when the export cannot be written, and
// when the journal and the orders no longer agree.
#include "madangctlfixture.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <csignal>
#include <sys/resource.h>

class TestMadangctlJournal : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void verifyNeedsNoSecrets_data();
    void verifyNeedsNoSecrets();
    void keyFileWithoutDatabase();
    void oversizedInputRefused_data();
    void oversizedInputRefused();
    void exportIntoMissingFolder();
    void exportWriteErrorLeavesNothing();
    void ordersAndJournalDisagree_data();
    void ordersAndJournalDisagree();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    Run journal(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("journal")} + args)); }
    /// madangctl with limits set in the child before it starts (file size, address space).
    Run limited(const QStringList &args, rlim_t fileBytes, rlim_t addressBytes);
    /// n sales of one kimchi stew, paid cash; false if one fails.
    bool sell(int n, int items = 1);
    /// Runs sql on the database as someone with the file and sqlite3 could (the triggers dropped first).
    bool tamper(const QStringList &sql);
    /// A valid export of three sales and a copy of it with one amount changed.
    void exportAndForge(QString *good, QString *forged);
    QStringList filesIn(const QString &folder) const { return QDir(folder).entryList(QDir::Files); }
};

Run TestMadangctlJournal::limited(const QStringList &args, rlim_t fileBytes, rlim_t addressBytes)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([fileBytes, addressBytes] {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG, as on a full disk
        const rlimit files{fileBytes, fileBytes};
        const rlimit address{addressBytes, addressBytes};
        setrlimit(RLIMIT_FSIZE, &files);
        setrlimit(RLIMIT_AS, &address);
    });
    p.start(QStringLiteral(MADANGCTL_PATH), args);
    Run run;
    if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit) {
        run.exitCode = p.exitCode();
    }
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool TestMadangctlJournal::sell(int n, int items)
{
    QStringList args{QStringLiteral("sale")};
    for (int i = 0; i < items; ++i) {
        args << QStringLiteral("--item") << QStringLiteral("M-KIMCHI");
    }
    args << QStringLiteral("--pay") << QStringLiteral("cash");
    for (int i = 0; i < n; ++i) {
        const Run r = ctl(withDb(args));
        if (r.exitCode != 0) {
            qWarning("sale failed: %s", qPrintable(r.err));
            return false;
        }
    }
    return true;
}

bool TestMadangctlJournal::tamper(const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        raw.setDatabaseName(db());
        ok = raw.open();
        const QStringList all = QStringList{QStringLiteral("DROP TRIGGER journal_no_delete"),
                                            QStringLiteral("DROP TRIGGER orders_no_delete")} +
                                sql;
        for (const QString &statement : all) {
            QSqlQuery q(raw);
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    return ok;
}

void TestMadangctlJournal::exportAndForge(QString *good, QString *forged)
{
    QVERIFY(initRestaurant(true));
    QVERIFY(sell(3));
    *good = file(QStringLiteral("journal.jsonl"));
    const Run exported = journal({QStringLiteral("export"), QStringLiteral("--out"), *good});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QByteArray text = readFile(*good);
    const qsizetype total = text.indexOf("\"total_minor\":", text.indexOf('\n') + 1) + 14;
    text[total] = text.at(total) == '9' ? '8' : '9';
    *forged = file(QStringLiteral("forged.jsonl"));
    QVERIFY(writeFile(*forged, text));
}

void TestMadangctlJournal::verifyNeedsNoSecrets_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("--secrets names a folder that does not exist") << QStringLiteral("missing");
    QTest::newRow("--secrets names an empty folder") << QStringLiteral("empty");
    QTest::newRow("the secrets folder was deleted") << QStringLiteral("deleted");
}

void TestMadangctlJournal::verifyNeedsNoSecrets()
{
    QFETCH(QString, how);
    QString good;
    QString forged;
    exportAndForge(&good, &forged);
    const Run pemBefore = journal({QStringLiteral("pubkey")});
    QCOMPARE(pemBefore.exitCode, 0);
    QStringList secrets;
    const QString nowhere = file(QStringLiteral("no-such-folder"));
    if (how == QLatin1String("missing")) {
        secrets = {QStringLiteral("--secrets"), nowhere};
    } else if (how == QLatin1String("empty")) {
        QVERIFY(QDir().mkpath(file(QStringLiteral("empty"))));
        secrets = {QStringLiteral("--secrets"), file(QStringLiteral("empty"))};
    } else {
        QVERIFY(QDir(file(QStringLiteral("config"))).removeRecursively());
    }
    const Run pem = journal(QStringList{QStringLiteral("pubkey")} + secrets);
    QVERIFY2(pem.exitCode == 0, qPrintable(pem.err));
    QCOMPARE(pem.out, pemBefore.out);
    const Run stored = journal(QStringList{QStringLiteral("verify")} + secrets);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QVERIFY2(stored.out.contains(QStringLiteral("intact, 3 entries, signed by T1")), qPrintable(stored.out));
    const Run exported = journal(QStringList{QStringLiteral("verify"), QStringLiteral("--file"), good} + secrets);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Run caught = journal(QStringList{QStringLiteral("verify"), QStringLiteral("--file"), forged} + secrets);
    QCOMPARE(caught.exitCode, 2);
    QVERIFY2(caught.err.contains(QStringLiteral("NOT intact at line 2")), qPrintable(caught.err));
    // Nothing was created on the way: no key, no folder.
    QVERIFY(!QFileInfo::exists(nowhere));
    QCOMPARE(filesIn(file(QStringLiteral("empty"))), QStringList());
    QCOMPARE(QFileInfo::exists(file(QStringLiteral("config"))), how != QLatin1String("deleted"));
}

void TestMadangctlJournal::keyFileWithoutDatabase()
{
    QString good;
    QString forged;
    exportAndForge(&good, &forged);
    const QString pem = file(QStringLiteral("terminal.pem"));
    QVERIFY(writeFile(pem, journal({QStringLiteral("pubkey")}).out.toUtf8()));
    QVERIFY(QFile::remove(db()));
    QVERIFY(QDir(file(QStringLiteral("config"))).removeRecursively());
    const auto verify = [this, &pem](const QString &path) {
        return ctl({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), path,
                    QStringLiteral("--pubkey"), pem});
    };
    const Run ok = verify(good);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("intact, 3 entries, signed by the key in")), qPrintable(ok.out));
    QCOMPARE(verify(forged).exitCode, 2);
    // Another terminal's key does not check this terminal's signatures.
    const QString other = file(QStringLiteral("other.db"));
    QCOMPARE(ctl({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--vertical"),
                  QStringLiteral("salon"), QStringLiteral("--name"), QStringLiteral("다른 가게")})
                 .exitCode,
             0);
    QVERIFY(writeFile(
        pem, ctl({QStringLiteral("--db"), other, QStringLiteral("journal"), QStringLiteral("pubkey")}).out.toUtf8()));
    const Run wrongKey = verify(good);
    QCOMPARE(wrongKey.exitCode, 2);
    QVERIFY2(wrongKey.err.contains(QStringLiteral("not the device's")), qPrintable(wrongKey.err));
    QVERIFY(writeFile(pem, "not a key\n"));
    const Run garbage = verify(good);
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY2(garbage.err.contains(QStringLiteral("is not a P-256 public key")), qPrintable(garbage.err));
    // Without --pubkey or without --file there is nothing to check against: a usage error.
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), good}).exitCode, 64);
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--pubkey"), pem}).exitCode, 64);
    QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("pubkey"), QStringLiteral("--pubkey"), pem}).exitCode, 64);
}

void TestMadangctlJournal::oversizedInputRefused_data()
{
    QTest::addColumn<QString>("input"); // "zero": /dev/zero; "long": an export, then a 17 MiB line
    QTest::addColumn<qint64>("line");
    QTest::newRow("/dev/zero") << QStringLiteral("zero") << qint64(1);
    QTest::newRow("a 17 MiB line after three good ones") << QStringLiteral("long") << qint64(4);
}

void TestMadangctlJournal::oversizedInputRefused()
{
    QFETCH(QString, input);
    QFETCH(qint64, line);
    QString good;
    QString forged;
    exportAndForge(&good, &forged);
    QString path = QStringLiteral("/dev/zero");
    if (input == QLatin1String("long")) {
        path = file(QStringLiteral("big.jsonl"));
        QVERIFY(writeFile(path, readFile(good) + QByteArray(17 * 1024 * 1024, 'x') + '\n'));
    }
    // 768 MiB of address space is plenty for a streaming check and far less than reading /dev/zero whole.
    const Run r = limited(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), path}),
                          RLIM_INFINITY, rlim_t(768) * 1024 * 1024);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(
                 QStringLiteral("NOT intact at line %1: the line is longer than 16777216 bytes (16 MiB)").arg(line)),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestMadangctlJournal::exportIntoMissingFolder()
{
    QVERIFY(initRestaurant(true));
    QVERIFY(sell(1));
    const QString missing = file(QStringLiteral("no/such/folder/journal.jsonl"));
    const Run r = journal({QStringLiteral("export"), QStringLiteral("--out"), missing});
    QCOMPARE(r.exitCode, 2); // the path given is bad input
    QVERIFY2(r.err.contains(QStringLiteral("the folder %1 does not exist")
                                .arg(QDir::toNativeSeparators(file(QStringLiteral("no/such/folder"))))),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("no"))));
    const Run folder = journal({QStringLiteral("export"), QStringLiteral("--out"), m_dir->path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(QStringLiteral("is a folder")), qPrintable(folder.err));
}

void TestMadangctlJournal::exportWriteErrorLeavesNothing()
{
    // Two sales of 200 stews make entries of 33 KB each; the export may write 48 KiB per file, enough for the
    // database's shared-memory file but not for the export, which fails as on a full disk. Before, the write
    // cut short went unnoticed and a truncated export replaced the good one.
    QVERIFY(initRestaurant(true));
    QVERIFY(sell(2, 200));
    const QString folder = file(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/journal.jsonl");
    QVERIFY(writeFile(out, "the previous export\n"));
    const Run r = limited(withDb({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--out"), out}),
                          48 * 1024, RLIM_INFINITY);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write %1: File too large; nothing was written").arg(out)),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(readFile(out), QByteArray("the previous export\n")); // the old export stays, no temporary file
    QCOMPARE(filesIn(folder), QStringList{QStringLiteral("journal.jsonl")});
    // Without the limit the same export goes through.
    QCOMPARE(journal({QStringLiteral("export"), QStringLiteral("--out"), out}).exitCode, 0);
    QVERIFY(readFile(out).size() > 48 * 1024);
}

void TestMadangctlJournal::ordersAndJournalDisagree_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing changed") << QStringList{} << qint64(0) << QString();
    QTest::newRow("the last journal row deleted")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq = 3")} << qint64(3)
        << QStringLiteral("the sale T1-000003 has no journal entry (entry 3 is missing)");
    QTest::newRow("an order deleted") << QStringList{QStringLiteral("DELETE FROM orders WHERE receipt = 'T1-000002'")}
                                      << qint64(2)
                                      << QStringLiteral("entry 2 (the sale T1-000002) has no order (it was removed)");
    QTest::newRow("the last order and its entry deleted")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq = 3"),
                       QStringLiteral("DELETE FROM orders WHERE receipt = 'T1-000003'")}
        << qint64(3) << QStringLiteral("the receipt counter of T1 is at 3 but 2 orders carry its numbers");
}

void TestMadangctlJournal::ordersAndJournalDisagree()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, reason);
    QVERIFY(initRestaurant(true));
    QVERIFY(sell(3));
    QVERIFY(tamper(sql));
    const Run text = journal({QStringLiteral("verify")});
    const Run json = journal({QStringLiteral("verify"), QStringLiteral("--json")});
    const QJsonObject check = checkJson(db());
    const QJsonObject checked = check.value(QStringLiteral("journal")).toObject();
    if (firstBad == 0) {
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QCOMPARE(check.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(checked, (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entries"), 3}}));
        return;
    }
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(QStringLiteral("NOT intact at entry %1: %2").arg(firstBad).arg(reason)),
             qPrintable(text.err));
    QCOMPARE(json.exitCode, 2);
    const QJsonObject verdict = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("first_bad_entry")).toInteger(), firstBad);
    QCOMPARE(check.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(check.value(QStringLiteral("exit_code")).toInt(), 1);
    QCOMPARE(checked.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(checked.value(QStringLiteral("first_bad_entry")).toInteger(), firstBad);
    QVERIFY2(checked.value(QStringLiteral("reason")).toString().contains(reason),
             qPrintable(checked.value(QStringLiteral("reason")).toString()));
}

QTEST_GUILESS_MAIN(TestMadangctlJournal)
#include "tst_madangctljournal.moc"
