#include "staffauthfixture.h"

#include "workflows/setup.h"

void StaffAuthFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    m_hasher = std::make_unique<PinHasher>(QByteArrayLiteral("test pepper, not the device's"), kTestIterations);
    m_tokens.clear();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    auto owner = Setup(*m_store).run(sampleProfile(Vertical::Salon), QStringLiteral("김사장"),
                                     m_hasher->hash(kOwnerPin).value());
    MADANG_VERIFY_OK(owner);
    m_owner = owner->id;
    m_auth = std::make_unique<StaffAuth>(*m_store, *m_hasher);
    auto manager = auth().createStaff(m_owner, StaffMember{{}, QStringLiteral("Mina"), QStringLiteral("manager"), true},
                                      kManagerPin);
    MADANG_VERIFY_OK(manager);
    m_manager = manager->id;
    auto staff =
        auth().createStaff(m_owner, StaffMember{{}, QStringLiteral("지수"), QStringLiteral("staff"), true}, kStaffPin);
    MADANG_VERIFY_OK(staff);
    m_staff = staff->id;
}

void StaffAuthFixture::tearDown()
{
    if (m_store) {
        checkTrail();
    }
    m_auth.reset();
    m_store.reset();
    m_hasher.reset();
    m_clock.reset();
    m_dir.reset();
}

/// The chain verifies, and no PIN, stored PIN hash (or a piece of one) or token is in the audit or the outbox.

void StaffAuthFixture::checkTrail()
{
    auto verdict = AuditLog::verify(conn());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QStringList secrets = {kOwnerPin, kManagerPin, kStaffPin, kWrongPin, QStringLiteral("pbkdf2")};
    QSqlQuery hashes(conn());
    QVERIFY(hashes.exec(QStringLiteral("SELECT pin_hash FROM staff WHERE pin_hash IS NOT NULL")));
    while (hashes.next()) {
        const QStringList parts = hashes.value(0).toString().split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        secrets << hashes.value(0).toString() << parts.at(2) << parts.at(3);
    }
    for (const QString &token : std::as_const(m_tokens)) {
        secrets << token
                << QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
    }
    // prev and hash are chain hashes (hex); everything a person or a program wrote is searched.
    QStringList texts;
    QSqlQuery q(conn());
    QVERIFY(q.exec(QStringLiteral("SELECT coalesce(actor_id, '') || '|' || coalesce(actor_name, '') || '|' || action "
                                  "|| '|' || coalesce(record, '') || '|' || coalesce(approver_id, '') || '|' || "
                                  "coalesce(reason, '') || '|' || coalesce(detail, '') FROM audit")));
    while (q.next()) {
        texts << q.value(0).toString();
    }
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox")));
    while (q.next()) {
        texts << q.value(0).toString();
    }
    QVERIFY(!texts.isEmpty());
    for (const QString &text : std::as_const(texts)) {
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("secret in the trail: %1").arg(text)));
        }
    }
}

/// Closes the store and opens the same file again, as a restart of the app does.

void StaffAuthFixture::reopen()
{
    m_auth.reset();
    m_store.reset();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    m_auth = std::make_unique<StaffAuth>(*m_store, *m_hasher);
}

/// Five wrong PINs, waiting out each delay.

void StaffAuthFixture::lockOut(const QString &staffId)
{
    for (int i = 0; i < 5; ++i) {
        auto tried = auth().signIn(staffId, kWrongPin);
        QVERIFY(!tried.ok());
        m_clock->advanceSecs(121);
    }
    QVERIFY(account(staffId).lockedOut);
}
