// StaffAuth sign-in: PIN format, escalating delays and lockout (also across a restart), unlock, sign-out.
#include "staffauthfixture.h"

class TestStaffAuth : public QObject, protected StaffAuthFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void managerRoles();
    void pinFormat_data();
    void pinFormat();
    void wrongPinEscalation();
    void goodPinResetsTheCount();
    void unknownAndInactiveStaff();
    void lockoutSurvivesRestart();
    void unlock_data();
    void unlock();
    void signOutIsAudited();
};

void TestStaffAuth::managerRoles()
{
    QVERIFY(isManagerRole(QStringLiteral("owner")));
    QVERIFY(isManagerRole(QStringLiteral("manager")));
    QVERIFY(!isManagerRole(QStringLiteral("staff")));
    QVERIFY(!isManagerRole(QStringLiteral("Manager")));
    QVERIFY(!isManagerRole(QString()));
}

void TestStaffAuth::pinFormat_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("counted"); // failed attempts afterwards

    QTest::newRow("right, six digits") << kStaffPin << true << ErrorCode::InvalidInput << 0;
    QTest::newRow("wrong, four digits") << QStringLiteral("1029") << false << ErrorCode::WrongPin << 1;
    QTest::newRow("wrong, six digits") << kWrongPin << false << ErrorCode::WrongPin << 1;
    QTest::newRow("empty") << QString() << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("three digits") << QStringLiteral("102") << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("seven digits") << QStringLiteral("1029384") << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("letters") << QStringLiteral("10a938") << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("space") << QStringLiteral(" 102938") << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("other script's digits") << QStringLiteral("١٠٢٩٣٨") << false << ErrorCode::InvalidInput << 0;
    QTest::newRow("full-width digits") << QStringLiteral("１０２９３８") << false << ErrorCode::InvalidInput << 0;
}

void TestStaffAuth::pinFormat()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QFETCH(ErrorCode, code);
    QFETCH(int, counted);
    auto result = auth().signIn(m_staff, pin);
    if (ok) {
        MADANG_VERIFY_OK(result);
        QCOMPARE(result->id, m_staff);
        QVERIFY(result->pinHash.isEmpty());
        QCOMPARE(auditCount(audit::SignIn), 1);
    } else {
        MADANG_VERIFY_ERROR(result, code);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(auditCount(audit::SignInFailed), counted);
    }
    QCOMPARE(account(m_staff).failedAttempts, counted);
}

void TestStaffAuth::wrongPinEscalation()
{
    // 1st and 2nd: WrongPin, saying how many tries are left.
    auto first = auth().signIn(m_staff, kWrongPin);
    MADANG_VERIFY_ERROR(first, ErrorCode::WrongPin);
    QVERIFY2(first.error().message.contains(QLatin1Char('4')), qPrintable(first.error().message));
    auto second = auth().signIn(m_staff, kWrongPin);
    MADANG_VERIFY_ERROR(second, ErrorCode::WrongPin);
    QVERIFY2(second.error().message.contains(QLatin1Char('3')), qPrintable(second.error().message));
    QVERIFY(!account(m_staff).retryAfter.isValid());

    // 3rd: wait 30 s.
    auto third = auth().signIn(m_staff, kWrongPin);
    MADANG_VERIFY_ERROR(third, ErrorCode::RetryLater);
    QVERIFY2(third.error().message.contains(QStringLiteral("30")), qPrintable(third.error().message));
    QCOMPARE(account(m_staff).retryAfter, m_clock->now().addSecs(30));
    QCOMPARE(account(m_staff).failedAttempts, 3);

    // Waiting less: still RetryLater, and the PIN is not even checked (the right one does not help, nor count).
    m_clock->advanceSecs(29);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::RetryLater);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::RetryLater);
    QCOMPARE(account(m_staff).failedAttempts, 3);

    // After 30 s another wrong one: wait 2 min.
    m_clock->advanceSecs(1);
    auto fourth = auth().signIn(m_staff, kWrongPin);
    MADANG_VERIFY_ERROR(fourth, ErrorCode::RetryLater);
    QCOMPARE(account(m_staff).retryAfter, m_clock->now().addSecs(120));
    m_clock->advanceSecs(119);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::RetryLater);
    QCOMPARE(account(m_staff).failedAttempts, 4);

    // 5th: locked out, until a manager unlocks; time does not help, nor does the right PIN.
    m_clock->advanceSecs(1);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::LockedOut);
    QVERIFY(account(m_staff).lockedOut);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::LockedOut);
    m_clock->advanceSecs(24 * 3600);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::LockedOut);
    QCOMPARE(account(m_staff).failedAttempts, 5);

    // Every failure is audited (5 wrong PINs, 3 refused while waiting, 2 while locked), and the lockout once.
    QCOMPARE(auditCount(audit::SignInFailed), 10);
    QCOMPARE(auditCount(audit::Lockout), 1);
    QCOMPARE(auditCount(audit::SignIn), 0);
    auto entries = m_store->audit().list(AuditFilter{{QString(audit::Lockout)}, {}, {}, {}, {}, 0, 10});
    MADANG_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).actorId, m_staff);
    QCOMPARE(entries->at(0).record, QStringLiteral("staff:") + m_staff);
}

void TestStaffAuth::goodPinResetsTheCount()
{
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::WrongPin);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::WrongPin);
    MADANG_VERIFY_OK(auth().signIn(m_staff, kStaffPin));
    QCOMPARE(account(m_staff).failedAttempts, 0);
    // Two more wrong ones are again only WrongPin, not a delay.
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::WrongPin);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kWrongPin), ErrorCode::WrongPin);
}

void TestStaffAuth::unknownAndInactiveStaff()
{
    MADANG_VERIFY_ERROR(auth().signIn(QStringLiteral("no-such-id"), kStaffPin), ErrorCode::NotFound);
    MADANG_VERIFY_OK(
        auth().updateStaff(m_owner, StaffMember{m_staff, QStringLiteral("지수"), QStringLiteral("staff"), false}, {}));
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::Forbidden);
    QCOMPARE(account(m_staff).failedAttempts, 0);
    QCOMPARE(auditCount(audit::SignInFailed), 2);
    // Inactive staff are listed only when asked for.
    QCOMPARE(auth().accounts()->size(), 2);
    QCOMPARE(auth().accounts(true)->size(), 3);
}

void TestStaffAuth::lockoutSurvivesRestart()
{
    lockOut(m_staff);
    // The manager is in a 30 s wait when the app restarts.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!auth().signIn(m_manager, kWrongPin).ok());
    }
    reopen();
    const StaffAccount staff = account(m_staff);
    QVERIFY(staff.lockedOut);
    QCOMPARE(staff.failedAttempts, 5);
    MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::LockedOut);
    MADANG_VERIFY_ERROR(auth().signIn(m_manager, kManagerPin), ErrorCode::RetryLater);
    m_clock->advanceSecs(30);
    MADANG_VERIFY_OK(auth().signIn(m_manager, kManagerPin));
}

void TestStaffAuth::unlock_data()
{
    QTest::addColumn<QString>("approver"); // "owner" | "manager" | "staff" | "self"
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("manager, right PIN") << QStringLiteral("manager") << kManagerPin << true << ErrorCode::InvalidInput;
    QTest::newRow("owner, right PIN") << QStringLiteral("owner") << kOwnerPin << true << ErrorCode::InvalidInput;
    QTest::newRow("manager, wrong PIN") << QStringLiteral("manager") << kWrongPin << false << ErrorCode::WrongPin;
    QTest::newRow("manager, malformed PIN")
        << QStringLiteral("manager") << QStringLiteral("12") << false << ErrorCode::InvalidInput;
    QTest::newRow("role staff, right PIN")
        << QStringLiteral("staff") << QStringLiteral("135790") << false << ErrorCode::Forbidden;
    QTest::newRow("the locked person") << QStringLiteral("self") << kStaffPin << false << ErrorCode::Forbidden;
}

void TestStaffAuth::unlock()
{
    QFETCH(QString, approver);
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QFETCH(ErrorCode, code);
    auto other = auth().createStaff(m_owner, StaffMember{{}, QStringLiteral("Hana"), QStringLiteral("staff"), true},
                                    QStringLiteral("135790"));
    MADANG_VERIFY_OK(other);
    lockOut(m_staff);
    const QString approverId = approver == QLatin1String("owner")     ? m_owner
                               : approver == QLatin1String("manager") ? m_manager
                               : approver == QLatin1String("staff")   ? other->id
                                                                      : m_staff;
    auto unlocked = auth().unlock(m_staff, approverId, pin);
    if (ok) {
        MADANG_VERIFY_OK(unlocked);
        const StaffAccount a = account(m_staff);
        QVERIFY(!a.lockedOut);
        QCOMPARE(a.failedAttempts, 0);
        QVERIFY(!a.retryAfter.isValid());
        MADANG_VERIFY_OK(auth().signIn(m_staff, kStaffPin));
        auto entries = m_store->audit().list(AuditFilter{{QString(audit::Unlock)}, {}, {}, {}, {}, 0, 10});
        MADANG_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).approverId, approverId);
        QCOMPARE(entries->at(0).actorId, approverId);
        QCOMPARE(entries->at(0).record, QStringLiteral("staff:") + m_staff);
    } else {
        MADANG_VERIFY_ERROR(unlocked, code);
        QVERIFY(account(m_staff).lockedOut);
        MADANG_VERIFY_ERROR(auth().signIn(m_staff, kStaffPin), ErrorCode::LockedOut);
        QCOMPARE(auditCount(audit::Unlock), 0);
        if (code == ErrorCode::WrongPin) {
            QCOMPARE(account(m_manager).failedAttempts, 1); // counts towards the manager's own lockout
            QCOMPARE(auditCount(audit::ApprovalDenied), 1);
        }
        if (code == ErrorCode::Forbidden) {
            QCOMPARE(auditCount(audit::ApprovalDenied), 1);
        }
    }
}

void TestStaffAuth::signOutIsAudited()
{
    MADANG_VERIFY_OK(auth().signIn(m_staff, kStaffPin));
    MADANG_VERIFY_OK(auth().signOut(m_staff, QStringLiteral("idle timeout")));
    MADANG_VERIFY_ERROR(auth().signOut(QStringLiteral("nobody")), ErrorCode::NotFound);
    auto entries = m_store->audit().list(AuditFilter{{QString(audit::SignOut)}, {}, {}, {}, {}, 0, 10});
    MADANG_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).actorId, m_staff);
    QCOMPARE(entries->at(0).reason, QStringLiteral("idle timeout"));
}

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
