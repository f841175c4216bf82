#include "auditlogfixture.h"

void AuditLogFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    m_log = std::make_unique<AuditLog>(m_store->database(), *m_clock);
}

void AuditLogFixture::tearDown()
{
    m_log.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void AuditLogFixture::appendFive()
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

void AuditLogFixture::rehash(qint64 seq)
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
