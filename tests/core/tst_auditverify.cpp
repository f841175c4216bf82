// AuditLog::verify: an intact chain, each kind of tampering named at its first bad entry, the tail anchor.
#include "auditlogfixture.h"

class TestAuditVerify : public QObject, protected AuditLogFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void verifyIntactChain();
    void tampering_data();
    void tampering();
    void rewrittenTailNeedsTheAnchor();
    void verifyWithoutTrailIsAnError();
};

void TestAuditVerify::verifyIntactChain()
{
    auto empty = AuditLog::verify(conn());
    MADANG_VERIFY_OK(empty);
    QVERIFY(empty->ok);
    QCOMPARE(empty->entries, 0);
    QCOMPARE(empty->lastHash, audit::genesisHash());

    appendFive();
    auto verdict = AuditLog::verify(conn());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, 5);
    QCOMPARE(verdict->firstBadSeq, 0);
    QCOMPARE(verdict->problem, AuditVerdict::Problem::None);
    QVERIFY(verdict->reason.isEmpty());
    QCOMPARE(verdict->lastHash, queryString(conn(), QStringLiteral("SELECT hash FROM audit WHERE seq = 5")));
}

void TestAuditVerify::tampering_data()
{
    QTest::addColumn<QString>("sql");      // run after the triggers are dropped; statements split on ';'
    QTest::addColumn<qint64>("rehashSeq"); // then recompute this entry's hash (0: none)
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<AuditVerdict::Problem>("problem");
    QTest::addColumn<qint64>("entries");
    using P = AuditVerdict::Problem;
    const QString hash2 = QStringLiteral("(SELECT hash FROM audit WHERE seq = 2)");
    const QString hash5 = QStringLiteral("(SELECT hash FROM audit WHERE seq = 5)");
    QTest::newRow("altered actor") << QStringLiteral("UPDATE audit SET actor_id = 's9' WHERE seq = 3") << 0LL << 3LL
                                   << P::Altered << 5LL;
    QTest::newRow("altered time of the first")
        << QStringLiteral("UPDATE audit SET at = '2025-03-14T09:00:00.000+09:00' "
                          "WHERE seq = 1")
        << 0LL << 1LL << P::Altered << 5LL;
    QTest::newRow("NULL turned into ''") << QStringLiteral("UPDATE audit SET approver_id = '' WHERE seq = 2") << 0LL
                                         << 2LL << P::Altered << 5LL;
    QTest::newRow("altered hash of the last")
        << QStringLiteral("UPDATE audit SET hash = upper(hash) WHERE seq = 5") << 0LL << 5LL << P::Altered << 5LL;
    QTest::newRow("binary data") << QStringLiteral("UPDATE audit SET reason = X'00ff' WHERE seq = 2") << 0LL << 2LL
                                 << P::BadValue << 5LL;
    QTest::newRow("deleted middle entry")
        << QStringLiteral("DELETE FROM audit WHERE seq = 3") << 0LL << 4LL << P::Gap << 4LL;
    QTest::newRow("deleted first entry") << QStringLiteral("DELETE FROM audit WHERE seq = 1") << 0LL << 2LL << P::Gap
                                         << 4LL;
    QTest::newRow("deleted and renumbered")
        << QStringLiteral("DELETE FROM audit WHERE seq = 3; UPDATE audit SET seq = -seq WHERE seq > 3; "
                          "UPDATE audit SET seq = -seq - 1 WHERE seq < 0")
        << 0LL << 3LL << P::ChainBroken << 4LL;
    QTest::newRow("forged entry inserted in the middle")
        << QStringLiteral("UPDATE audit SET seq = -seq WHERE seq >= 3; UPDATE audit SET seq = 1 - seq WHERE seq < 0; "
                          "INSERT INTO audit (seq, at, action, prev, hash) VALUES "
                          "(3, '2025-03-14T09:31:30.000+09:00', 'manager.approval', %1, '')")
               .arg(hash2)
        << 3LL << 4LL << P::ChainBroken << 6LL;
    QTest::newRow("forged entry appended, made-up hash")
        << QStringLiteral("INSERT INTO audit (seq, at, action, prev, hash) VALUES "
                          "(6, '2025-03-14T09:40:00.000+09:00', 'staff.sign_in', %1, '%2')")
               .arg(hash5, QStringLiteral("ab").repeated(32))
        << 0LL << 6LL << P::Altered << 6LL;
    QTest::newRow("forged entry appended, wrong prev")
        << QStringLiteral("INSERT INTO audit (seq, at, action, prev, hash) VALUES "
                          "(6, '2025-03-14T09:40:00.000+09:00', 'staff.sign_in', '%1', '')")
               .arg(audit::genesisHash())
        << 6LL << 6LL << P::ChainBroken << 6LL;
    QTest::newRow("recomputed hash, following entries not fixed")
        << QStringLiteral("UPDATE audit SET reason = 'nothing happened' WHERE seq = 3") << 3LL << 4LL << P::ChainBroken
        << 5LL;
    QTest::newRow("entry 0 in front") << QStringLiteral("INSERT INTO audit (seq, at, action, prev, hash) VALUES "
                                                        "(0, '2025-03-14T09:00:00.000+09:00', 'x', '', '')")
                                      << 0LL << 0LL << P::Gap << 6LL;
}

void TestAuditVerify::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, rehashSeq);
    QFETCH(qint64, firstBad);
    QFETCH(AuditVerdict::Problem, problem);
    QFETCH(qint64, entries);
    appendFive();
    for (const QString &statement : (kDropTriggers + QLatin1Char(';') + sql).split(QLatin1Char(';'))) {
        QString error;
        QVERIFY2(execSql(conn(), statement, &error), qPrintable(statement + QStringLiteral(": ") + error));
    }
    if (rehashSeq > 0) {
        rehash(rehashSeq);
    }
    auto verdict = AuditLog::verify(conn());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict->ok);
    QCOMPARE(verdict->firstBadSeq, firstBad);
    QCOMPARE(verdict->problem, problem);
    QCOMPARE(verdict->entries, entries);
    QVERIFY2(verdict->reason.contains(QString::number(firstBad)), qPrintable(verdict->reason));
    QVERIFY(verdict->lastHash.isEmpty());
}

void TestAuditVerify::rewrittenTailNeedsTheAnchor()
{
    // A forger who edits the newest entry and recomputes its hash leaves a valid chain: only a copy of
    // the head hash kept elsewhere (lastHash, synced or printed) shows it. docs/audit.md says so.
    appendFive();
    auto before = AuditLog::verify(conn());
    MADANG_VERIFY_OK(before);
    QVERIFY(execSql(conn(), kDropTriggers.section(QLatin1Char(';'), 0, 0)));
    QVERIFY(execSql(conn(), QStringLiteral("UPDATE audit SET actor_id = 's2' WHERE seq = 5")));
    rehash(5);
    auto after = AuditLog::verify(conn());
    MADANG_VERIFY_OK(after);
    QVERIFY(after->ok);
    QVERIFY(after->lastHash != before->lastHash);
}

void TestAuditVerify::verifyWithoutTrailIsAnError()
{
    QCOMPARE(audit::knownActions().size(), 11);
    QVERIFY(audit::knownActions().contains(QString(audit::KioskExit)));
    // A file from before schema 3, opened without migrating: an error, not a verdict.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(m_dir->filePath(QStringLiteral("old.db")));
        QVERIFY(raw.open());
        QVERIFY(execSql(raw, QStringLiteral("CREATE TABLE merchant (id INTEGER PRIMARY KEY)")));
        auto verdict = AuditLog::verify(raw);
        MADANG_VERIFY_ERROR(verdict, ErrorCode::NotFound);
        QVERIFY2(verdict.error().message.contains(QStringLiteral("no audit trail")),
                 qPrintable(verdict.error().message));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"
