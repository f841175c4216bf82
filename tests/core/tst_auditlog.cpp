// AuditLog: append stamps seq, clock time, prev and hash; list filters; verify finds the first bad entry of a
// tampered chain; the triggers keep the table append-only; entries ride in the caller's transaction; golden chain.
#include "auditlog.h"
#include "database.h"
#include "fakeclock.h"
#include "store.h"
#include "testsupport.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

Q_DECLARE_METATYPE(madang::AuditVerdict::Problem)
Q_DECLARE_METATYPE(madang::AuditFilter)

namespace {
const QString kDropTriggers = QStringLiteral("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; "
                                             "DROP TRIGGER audit_append_at_end");

AuditEntry draft(const QString &action, const QString &actorId = {}, const QString &record = {})
{
    AuditEntry e;
    e.action = action;
    e.actorId = actorId;
    e.actorName = actorId.isEmpty() ? QString() : QStringLiteral("Name of %1").arg(actorId);
    e.record = record;
    return e;
}

QList<qint64> seqs(const QList<AuditEntry> &entries)
{
    QList<qint64> list;
    for (const auto &e : entries) {
        list << e.seq;
    }
    return list;
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appendStampsTheChain();
    void timeComesFromTheClock_data();
    void timeComesFromTheClock();
    void canonicalForm();
    void badDraftsAreRefused();
    void listFilters_data();
    void listFilters();
    void verifyIntactChain();
    void tampering_data();
    void tampering();
    void rewrittenTailNeedsTheAnchor();
    void triggersKeepItAppendOnly();
    void rolledBackOuterTransactionLeavesNothing();
    void committedOuterTransactionKeepsBoth();
    void goldenChain();
    void verifyWithoutTrailIsAnError();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    AuditLog &log() { return *m_log; }
    /// Five entries, one minute apart, from two actors.
    void appendFive();
    /// What a forger with the table open can do: recompute one entry's hash from its (edited) contents.
    void rehash(qint64 seq);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    m_log = std::make_unique<AuditLog>(m_store->database(), *m_clock);
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestAuditLog::appendFive()
{
    const QList<AuditEntry> drafts{
        draft(audit::SignIn, QStringLiteral("s1")), draft(audit::SignInFailed, QStringLiteral("s2")),
        draft(audit::SettingChanged, QStringLiteral("s1"), QStringLiteral("setting:lang")),
        draft(audit::Lockout, QStringLiteral("s2")), draft(audit::SignOut, QStringLiteral("s1"))};
    for (const auto &d : drafts) {
        MADANG_VERIFY_OK(log().append(d));
        m_clock->advanceSecs(60);
    }
}

void TestAuditLog::rehash(qint64 seq)
{
    AuditFilter f;
    f.beforeSeq = seq + 1;
    f.limit = 1;
    auto entries = log().list(f);
    MADANG_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    AuditEntry e = entries->at(0);
    QCOMPARE(e.seq, seq);
    auto canonical = AuditLog::canonicalJson(e);
    MADANG_VERIFY_OK(canonical);
    QVERIFY(execSql(conn(), QStringLiteral("UPDATE audit SET hash = '%1' WHERE seq = %2")
                                .arg(AuditLog::chainHash(e.prev, canonical.value()))
                                .arg(seq)));
}

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

void TestAuditLog::verifyIntactChain()
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

void TestAuditLog::tampering_data()
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

void TestAuditLog::tampering()
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

void TestAuditLog::rewrittenTailNeedsTheAnchor()
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

void TestAuditLog::verifyWithoutTrailIsAnError()
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
