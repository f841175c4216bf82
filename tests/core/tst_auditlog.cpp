// AuditLog appends: the chain, time from the clock, the canonical form, filters, append-only triggers, transactions,
// the golden chain.
#include "auditlogfixture.h"

class TestAuditLog : public QObject, protected AuditLogFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void appendStampsTheChain();
    void timeComesFromTheClock_data();
    void timeComesFromTheClock();
    void canonicalForm();
    void badDraftsAreRefused();
    void listFilters_data();
    void listFilters();
    void triggersKeepItAppendOnly();
    void rolledBackOuterTransactionLeavesNothing();
    void committedOuterTransactionKeepsBoth();
    void goldenChain();
};

void TestAuditLog::appendStampsTheChain()
{
    QString prev = audit::genesisHash();
    QCOMPARE(prev, QStringLiteral("0").repeated(64));
    for (int i = 1; i <= 3; ++i) {
        AuditEntry d = draft(audit::PrivilegedAction, QStringLiteral("s1"), QStringLiteral("order:%1").arg(i));
        d.approverId = QStringLiteral("m1");
        d.reason = QStringLiteral("void #%1").arg(i);
        d.detail = {{QStringLiteral("amount_minor"), 1000 * i}};
        auto e = log().append(d);
        MADANG_VERIFY_OK(e);
        QCOMPARE(e->seq, i);
        QCOMPARE(e->prev, prev);
        auto canonical = AuditLog::canonicalJson(e.value());
        MADANG_VERIFY_OK(canonical);
        QCOMPARE(e->hash, AuditLog::chainHash(prev, canonical.value()));
        QCOMPARE(e->hash.size(), 64);
        QCOMPARE(e->hash, e->hash.toLower());
        prev = e->hash;
        m_clock->advance(1500);
    }
    auto all = log().list();
    MADANG_VERIFY_OK(all);
    QCOMPARE(seqs(all.value()), QList<qint64>({3, 2, 1}));
    const AuditEntry &first = all->at(2);
    QCOMPARE(first.action, QString(audit::PrivilegedAction));
    QCOMPARE(first.actorId, QStringLiteral("s1"));
    QCOMPARE(first.actorName, QStringLiteral("Name of s1"));
    QCOMPARE(first.record, QStringLiteral("order:1"));
    QCOMPARE(first.approverId, QStringLiteral("m1"));
    QCOMPARE(first.reason, QStringLiteral("void #1"));
    QCOMPARE(first.detail.value(QStringLiteral("amount_minor")).toInteger(), 1000);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT detail FROM audit WHERE seq = 1")),
             QStringLiteral("{\"amount_minor\":1000}"));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT hash FROM audit WHERE seq = 3")), prev);
}

void TestAuditLog::timeComesFromTheClock_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("at");
    QTest::newRow("Seoul") << FakeClock::defaultStart().addMSecs(7) << QStringLiteral("2025-03-14T09:30:00.007+09:00");
    QTest::newRow("UTC is +00:00, not Z") << QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC)
                                          << QStringLiteral("2025-01-02T03:04:05.678+00:00");
    QTest::newRow("negative offset") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC,
                                                  -5 * 3600)
                                     << QStringLiteral("2024-12-31T23:59:59.999-05:00");
    QTest::newRow("half-hour offset") << QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800)
                                      << QStringLiteral("2025-06-01T12:00:00.000+05:30");
}

void TestAuditLog::timeComesFromTheClock()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, at);
    m_clock->set(now);
    auto e = log().append(draft(audit::KioskExit));
    MADANG_VERIFY_OK(e);
    QCOMPARE(e->at, at);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT at FROM audit WHERE seq = 1")), at);
    QCOMPARE(e->time(), now);
    QCOMPARE(e->time().toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
}

void TestAuditLog::canonicalForm()
{
    AuditEntry e;
    e.seq = 7;
    e.at = QStringLiteral("2025-03-14T09:30:00.000+09:00");
    e.actorId = QStringLiteral("s1");
    e.actorName = QStringLiteral("김사장 \"boss\"");
    e.action = audit::Approval;
    e.reason = QStringLiteral("line 1\nline 2\t\\ \u0001");
    e.detail = {{QStringLiteral("z"), true},
                {QStringLiteral("a"), QJsonArray{1, QStringLiteral("x"), QJsonValue()}},
                {QStringLiteral("m"), QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}}}};
    e.prev = audit::genesisHash();
    auto canonical = AuditLog::canonicalJson(e);
    MADANG_VERIFY_OK(canonical);
    const QString expected = QStringLiteral(
        R"({"action":"manager.approval","actor_id":"s1","actor_name":"김사장 \"boss\"","approver_id":null,)"
        R"("at":"2025-03-14T09:30:00.000+09:00","detail":"{\"a\":[1,\"x\",null],\"m\":{\"a\":1,\"b\":2},\"z\":true}",)"
        R"("prev":"0000000000000000000000000000000000000000000000000000000000000000",)"
        R"("reason":"line 1\nline 2\t\\ \u0001","record":null,"seq":7})");
    QCOMPARE(QString::fromUtf8(canonical.value()), expected);
    // The hash covers the ASCII prev, then the UTF-8 canonical bytes.
    QCOMPARE(AuditLog::chainHash(e.prev, canonical.value()),
             QString::fromLatin1(
                 QCryptographicHash::hash(e.prev.toLatin1() + canonical.value(), QCryptographicHash::Sha256).toHex()));
}

void TestAuditLog::badDraftsAreRefused()
{
    MADANG_VERIFY_ERROR(log().append(draft(QStringLiteral("  "))), ErrorCode::InvalidInput);
    AuditEntry fraction = draft(audit::SettingChanged);
    fraction.detail = {{QStringLiteral("vat"), 0.1}};
    auto refused = log().append(fraction);
    MADANG_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("fractions")), qPrintable(refused.error().message));
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM audit")), 0);
}

void TestAuditLog::listFilters_data()
{
    // appendFive(): 1 sign_in s1 09:30, 2 sign_in_failed s2 09:31, 3 setting s1 09:32, 4 lockout s2 09:33,
    // 5 sign_out s1 09:34 (all +09:00).
    const QDateTime start = FakeClock::defaultStart();
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("everything, newest first") << AuditFilter{} << QList<qint64>{5, 4, 3, 2, 1};
    QTest::newRow("one action") << AuditFilter{{QString(audit::Lockout)}, {}, {}, {}, {}, 0, 200} << QList<qint64>{4};
    QTest::newRow("two actions")
        << AuditFilter{{QString(audit::SignIn), QString(audit::SignOut)}, {}, {}, {}, {}, 0, 200}
        << QList<qint64>{5, 1};
    QTest::newRow("unknown action") << AuditFilter{{QStringLiteral("nope")}, {}, {}, {}, {}, 0, 200} << QList<qint64>{};
    QTest::newRow("actor") << AuditFilter{{}, QStringLiteral("s2"), {}, {}, {}, 0, 200} << QList<qint64>{4, 2};
    QTest::newRow("record") << AuditFilter{{}, {}, QStringLiteral("setting:lang"), {}, {}, 0, 200} << QList<qint64>{3};
    QTest::newRow("from inclusive") << AuditFilter{{}, {}, {}, start.addSecs(180), {}, 0, 200} << QList<qint64>{5, 4};
    QTest::newRow("to exclusive") << AuditFilter{{}, {}, {}, {}, start.addSecs(120), 0, 200} << QList<qint64>{2, 1};
    QTest::newRow("range") << AuditFilter{{}, {}, {}, start.addSecs(60), start.addSecs(180), 0, 200}
                           << QList<qint64>{3, 2};
    QTest::newRow("range given in UTC")
        << AuditFilter{{}, {}, {}, start.addSecs(60).toUTC(), start.addSecs(180).toUTC(), 0, 200}
        << QList<qint64>{3, 2};
    QTest::newRow("actor and action and range") << AuditFilter{{QString(audit::SignIn), QString(audit::SignOut)},
                                                               QStringLiteral("s1"),
                                                               {},
                                                               start.addMSecs(1),
                                                               {},
                                                               0,
                                                               200}
                                                << QList<qint64>{5};
    QTest::newRow("limit") << AuditFilter{{}, {}, {}, {}, {}, 0, 2} << QList<qint64>{5, 4};
    QTest::newRow("next page") << AuditFilter{{}, {}, {}, {}, {}, 4, 2} << QList<qint64>{3, 2};
    QTest::newRow("no limit") << AuditFilter{{}, {}, {}, {}, {}, 0, 0} << QList<qint64>{5, 4, 3, 2, 1};
}

void TestAuditLog::listFilters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QList<qint64>, expected);
    appendFive();
    auto entries = log().list(filter);
    MADANG_VERIFY_OK(entries);
    QCOMPARE(seqs(entries.value()), expected);
}

void TestAuditLog::triggersKeepItAppendOnly()
{
    appendFive();
    const QByteArray before =
        queryString(conn(), QStringLiteral("SELECT group_concat(hash || actor_id, ',') FROM audit")).toUtf8();
    for (const QString &sql :
         {QStringLiteral("UPDATE audit SET actor_id = 's9' WHERE seq = 3"),
          QStringLiteral("UPDATE audit SET seq = seq + 10"), QStringLiteral("DELETE FROM audit WHERE seq = 3"),
          QStringLiteral("DELETE FROM audit")}) {
        QString error;
        QVERIFY2(!execSql(conn(), sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(QStringLiteral("audit entries are append-only")), qPrintable(error));
    }
    for (const QString &sql :
         {QStringLiteral("INSERT OR REPLACE INTO audit (seq, at, action, prev, hash) "
                         "VALUES (3, 'x', 'x', 'x', 'x')"),
          QStringLiteral("INSERT INTO audit (seq, at, action, prev, hash) VALUES (9, 'x', 'x', 'x', 'x')"),
          QStringLiteral("INSERT INTO audit (at, action, prev, hash) VALUES ('x', 'x', 'x', 'x')")}) {
        QString error;
        QVERIFY2(!execSql(conn(), sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(QStringLiteral("appended at the end")), qPrintable(error));
    }
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT group_concat(hash || actor_id, ',') FROM audit")).toUtf8(),
             before);
    auto verdict = AuditLog::verify(conn());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
}

void TestAuditLog::rolledBackOuterTransactionLeavesNothing()
{
    QSqlDatabase db = conn();
    {
        Transaction outer(db);
        QVERIFY(outer.active());
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('idle', '30')")));
        auto e = log().append(draft(audit::SettingChanged, QStringLiteral("m1"), QStringLiteral("setting:idle")));
        MADANG_VERIFY_OK(e);
        QCOMPARE(e->seq, 1);
        QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM audit")), 1); // visible inside
    }                                                                            // no commit
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM audit")), 0);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM settings")), 0);
    // The next entry starts the chain again.
    auto e = log().append(draft(audit::SignIn, QStringLiteral("s1")));
    MADANG_VERIFY_OK(e);
    QCOMPARE(e->seq, 1);
    QCOMPARE(e->prev, audit::genesisHash());
    auto verdict = AuditLog::verify(db);
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
}

void TestAuditLog::committedOuterTransactionKeepsBoth()
{
    QSqlDatabase db = conn();
    {
        Transaction outer(db);
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('idle', '30')")));
        MADANG_VERIFY_OK(
            log().append(draft(audit::SettingChanged, QStringLiteral("m1"), QStringLiteral("setting:idle"))));
        MADANG_VERIFY_OK(log().append(draft(audit::Approval, QStringLiteral("m1"))));
        MADANG_VERIFY_OK(outer.commit());
    }
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM settings")), 1);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM audit")), 2);
    auto verdict = AuditLog::verify(db);
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(verdict->entries, 2);
}

void TestAuditLog::goldenChain()
{
    // Fixed clock, fixed ids: the hashes never change unless the canonical form does (which breaks every
    // auditor's script). tests/data/audit/chain.json was checked independently with Python (docs/audit.md).
    m_clock->set(QDateTime(QDate(2025, 3, 14), QTime(9, 30, 0, 125), Qt::OffsetFromUTC, FakeClock::kSeoulOffsetSecs));
    AuditEntry signIn;
    signIn.action = audit::SignIn;
    signIn.actorId = QStringLiteral("0195a1b2-0000-7000-8000-000000000001");
    signIn.actorName = QStringLiteral("김민지");
    MADANG_VERIFY_OK(log().append(signIn));
    m_clock->advance(61'001);
    AuditEntry setting;
    setting.action = audit::SettingChanged;
    setting.actorId = QStringLiteral("0195a1b2-0000-7000-8000-000000000001");
    setting.actorName = QStringLiteral("김민지");
    setting.record = QStringLiteral("setting:idle_timeout_s");
    setting.approverId = QStringLiteral("0195a1b2-0000-7000-8000-000000000002");
    setting.reason = QStringLiteral("Lunch rush: \"keep the screen on\"");
    setting.detail = {{QStringLiteral("to"), QStringLiteral("300")}, {QStringLiteral("from"), QStringLiteral("60")}};
    MADANG_VERIFY_OK(log().append(setting));
    m_clock->set(QDateTime(QDate(2025, 3, 14), QTime(0, 45), Qt::UTC));
    AuditEntry kiosk;
    kiosk.action = audit::KioskExit;
    kiosk.actorId = QStringLiteral("0195a1b2-0000-7000-8000-000000000002");
    kiosk.actorName = QStringLiteral("Park Manager");
    kiosk.detail = {{QStringLiteral("pin_attempts"), 2}, {QStringLiteral("screen"), QStringLiteral("kiosk/menu")}};
    MADANG_VERIFY_OK(log().append(kiosk));

    // Every column as stored, plus the canonical text, in the golden file's shape.
    QJsonArray actual;
    QSqlQuery q(conn());
    QVERIFY(q.exec(QStringLiteral("SELECT seq, at, actor_id, actor_name, action, record, approver_id, reason, detail, "
                                  "prev, hash FROM audit ORDER BY seq")));
    while (q.next()) {
        QJsonObject row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            row.insert(record.fieldName(i), q.isNull(i) ? QJsonValue() : QJsonValue::fromVariant(q.value(i)));
        }
        auto entries = log().list({{}, {}, {}, {}, {}, q.value(0).toLongLong() + 1, 1});
        MADANG_VERIFY_OK(entries);
        auto canonical = AuditLog::canonicalJson(entries->at(0));
        MADANG_VERIFY_OK(canonical);
        row.insert(QStringLiteral("canonical"), QString::fromUtf8(canonical.value()));
        actual.append(row);
    }
    const QByteArray golden = readFile(dataPath(QStringLiteral("audit/chain.json")));
    const QJsonArray expected = QJsonDocument::fromJson(golden).object().value(QStringLiteral("entries")).toArray();
    if (actual != expected) {
        const QString out = QDir::temp().filePath(QStringLiteral("audit-chain.actual.json"));
        writeFile(out, QJsonDocument(QJsonObject{{QStringLiteral("entries"), actual}}).toJson());
        QFAIL(qPrintable(
            QStringLiteral("chain differs from tests/data/audit/chain.json; actual written to %1").arg(out)));
    }
    QCOMPARE(expected.size(), 3);
    auto verdict = AuditLog::verify(conn());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(verdict->lastHash, expected.at(2).toObject().value(QStringLiteral("hash")).toString());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
