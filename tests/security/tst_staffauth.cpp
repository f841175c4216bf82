// StaffAuth: PIN sign-in, escalating delays and lockout (also across a restart), unlock, staff management
// permissions, single-use approvals, the discount setting, and the audit trail that all of it leaves.
// PINs are hashed with 1000 iterations so the suite stays fast. Every test ends (in cleanup) by checking that
// the audit chain verifies and that no PIN, PIN hash or approval token shows up in the audit trail or the outbox.
#include "auditlog.h"
#include "catalogrepository.h"
#include "fakeclock.h"
#include "outbox.h"
#include "pinhasher.h"
#include "staffauth.h"
#include "store.h"
#include "testsupport.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace madang;
using namespace madang::test;

namespace {
constexpr int kTestIterations = 1000;
// Six digits, so they cannot turn up by chance in ids or times when the trail is searched for them.
const QString kOwnerPin = QStringLiteral("918273");
const QString kManagerPin = QStringLiteral("564738");
const QString kStaffPin = QStringLiteral("102938");
const QString kWrongPin = QStringLiteral("777111");
} // namespace

class TestStaffAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void managerRoles();
    void pinFormat_data();
    void pinFormat();
    void wrongPinEscalation();
    void goodPinResetsTheCount();
    void unknownAndInactiveStaff();
    void lockoutSurvivesRestart();
    void unlock_data();
    void unlock();
    void approvalIsSingleUse();
    void approvalBoundToActionAndRecord_data();
    void approvalBoundToActionAndRecord();
    void approvalExpires();
    void approvalRefused_data();
    void approvalRefused();
    void unknownToken_data();
    void unknownToken();
    void consumeInRolledBackTransactionLeavesTokenUnused();
    void createStaffPermissions_data();
    void createStaffPermissions();
    void createStaffRejects_data();
    void createStaffRejects();
    void updateStaffAndSetPin();
    void ownerIsProtected();
    void discountSetting();
    void signOutIsAudited();

private:
    StaffAuth &auth() { return *m_auth; }
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 count(const QString &sql) { return queryInt(conn(), sql); }
    qint64 auditCount(QLatin1String action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1'").arg(action));
    }
    StaffAccount account(const QString &id)
    {
        auto a = auth().account(id);
        return a ? a.value() : StaffAccount{};
    }
    void reopen();
    void lockOut(const QString &staffId);
    void checkTrail();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<PinHasher> m_hasher;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StaffAuth> m_auth;
    QString m_owner;
    QString m_manager;
    QString m_staff;
    QStringList m_tokens; ///< every token issued, to search the trail for
};

void TestStaffAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    m_hasher = std::make_unique<PinHasher>(QByteArrayLiteral("test pepper, not the device's"), kTestIterations);
    m_tokens.clear();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    auto owner = m_store->setUp(sampleProfile(Vertical::Salon), QStringLiteral("김사장"), false,
                                m_hasher->hash(kOwnerPin).value());
    MADANG_VERIFY_OK(owner);
    m_owner = owner->id;
    m_auth = std::make_unique<StaffAuth>(*m_store, *m_hasher);
    auto manager = auth().createStaff(m_owner, StaffMember{{}, QStringLiteral("Mina"), QStringLiteral("manager"), true},
                                      kManagerPin);
    MADANG_VERIFY_OK(manager);
    m_manager = manager->id;
    auto staff = auth().createStaff(m_owner, StaffMember{{}, QStringLiteral("지수"), QStringLiteral("staff"), true},
                                    kStaffPin);
    MADANG_VERIFY_OK(staff);
    m_staff = staff->id;
}

void TestStaffAuth::cleanup()
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
void TestStaffAuth::checkTrail()
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
void TestStaffAuth::reopen()
{
    m_auth.reset();
    m_store.reset();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    m_auth = std::make_unique<StaffAuth>(*m_store, *m_hasher);
}

/// Five wrong PINs, waiting out each delay.
void TestStaffAuth::lockOut(const QString &staffId)
{
    for (int i = 0; i < 5; ++i) {
        auto tried = auth().signIn(staffId, kWrongPin);
        QVERIFY(!tried.ok());
        m_clock->advanceSecs(121);
    }
    QVERIFY(account(staffId).lockedOut);
}

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
    MADANG_VERIFY_OK(auth().updateStaff(m_owner, StaffMember{m_staff, QStringLiteral("지수"),
                                                             QStringLiteral("staff"), false},
                                        {}));
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
    QTest::newRow("manager, malformed PIN") << QStringLiteral("manager") << QStringLiteral("12") << false << ErrorCode::InvalidInput;
    QTest::newRow("role staff, right PIN") << QStringLiteral("staff") << QStringLiteral("135790") << false << ErrorCode::Forbidden;
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

void TestStaffAuth::approvalIsSingleUse()
{
    MADANG_VERIFY_ERROR(auth().signIn(m_manager, kWrongPin), ErrorCode::WrongPin);
    auto token = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"),
                                QStringLiteral("customer returned the item"));
    MADANG_VERIFY_OK(token);
    m_tokens << token.value();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(token.value()).hasMatch(),
             qPrintable(token.value()));
    QCOMPARE(account(m_manager).failedAttempts, 0); // a good PIN clears the approver's count
    // Only the hash is stored.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE token_hash = '%1'").arg(token.value())), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals")), 1);

    auto approver = auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(approver);
    QCOMPARE(approver.value(), m_manager);
    MADANG_VERIFY_ERROR(auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")),
                        ErrorCode::AlreadyUsed);

    auto entries = m_store->audit().list(AuditFilter{{QString(audit::Approval)}, {}, {}, {}, {}, 0, 10});
    MADANG_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    const AuditEntry &e = entries->at(0);
    QCOMPARE(e.approverId, m_manager);
    QCOMPARE(e.record, QStringLiteral("order-1"));
    QCOMPARE(e.reason, QStringLiteral("customer returned the item"));
    QCOMPARE(e.detail.value(QStringLiteral("approval_action")).toString(), QStringLiteral("order.refund"));
    QCOMPARE(e.time(), m_clock->now());
}

void TestStaffAuth::approvalBoundToActionAndRecord_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("record");
    QTest::newRow("other action") << QStringLiteral("order.void") << QStringLiteral("order-1");
    QTest::newRow("other record") << QStringLiteral("order.refund") << QStringLiteral("order-2");
    QTest::newRow("both other") << QStringLiteral("discount.apply") << QStringLiteral("order-2");
    QTest::newRow("case differs") << QStringLiteral("Order.Refund") << QStringLiteral("order-1");
}

void TestStaffAuth::approvalBoundToActionAndRecord()
{
    QFETCH(QString, action);
    QFETCH(QString, record);
    auto token = auth().approve(m_owner, kOwnerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(token);
    m_tokens << token.value();
    MADANG_VERIFY_ERROR(auth().consumeApproval(token.value(), action, record), ErrorCode::Conflict);
    // The misuse does not spend it: the action it was given for still gets it, once.
    auto approver = auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(approver);
    QCOMPARE(approver.value(), m_owner);
    MADANG_VERIFY_ERROR(auth().consumeApproval(token.value(), action, record), ErrorCode::AlreadyUsed);
}

void TestStaffAuth::approvalExpires()
{
    auto early = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    auto late = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-2"));
    MADANG_VERIFY_OK(early);
    MADANG_VERIFY_OK(late);
    m_tokens << early.value() << late.value();
    m_clock->advanceSecs(StaffAuth::kApprovalValiditySecs);
    MADANG_VERIFY_OK(auth().consumeApproval(early.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")));
    m_clock->advanceSecs(1);
    MADANG_VERIFY_ERROR(auth().consumeApproval(late.value(), QStringLiteral("order.refund"), QStringLiteral("order-2")),
                        ErrorCode::Expired);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 1);
}

void TestStaffAuth::approvalRefused_data()
{
    QTest::addColumn<QString>("who"); // "staff" | "manager" | "inactive"
    QTest::addColumn<QString>("pin");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("denials");

    QTest::newRow("role staff, right PIN") << QStringLiteral("staff") << kStaffPin << ErrorCode::Forbidden << 1;
    QTest::newRow("manager, wrong PIN") << QStringLiteral("manager") << kWrongPin << ErrorCode::WrongPin << 1;
    QTest::newRow("manager, PIN too short") << QStringLiteral("manager") << QStringLiteral("564") << ErrorCode::InvalidInput << 0;
    QTest::newRow("inactive manager") << QStringLiteral("inactive") << kManagerPin << ErrorCode::Forbidden << 1;
}

void TestStaffAuth::approvalRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, pin);
    QFETCH(ErrorCode, code);
    QFETCH(int, denials);
    if (who == QLatin1String("inactive")) {
        MADANG_VERIFY_OK(auth().updateStaff(
            m_owner, StaffMember{m_manager, QStringLiteral("Mina"), QStringLiteral("manager"), false}, {}));
    }
    const QString approverId = who == QLatin1String("staff") ? m_staff : m_manager;
    auto token = auth().approve(approverId, pin, QStringLiteral("discount.apply"), QStringLiteral("order-9"));
    MADANG_VERIFY_ERROR(token, code);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals")), 0);
    QCOMPARE(auditCount(audit::Approval), 0);
    QCOMPARE(auditCount(audit::ApprovalDenied), denials);
    if (denials > 0) {
        auto entries = m_store->audit().list(AuditFilter{{QString(audit::ApprovalDenied)}, {}, {}, {}, {}, 0, 10});
        MADANG_VERIFY_OK(entries);
        QCOMPARE(entries->at(0).actorId, approverId);
        QCOMPARE(entries->at(0).record, QStringLiteral("order-9"));
        QCOMPARE(entries->at(0).detail.value(QStringLiteral("approval_action")).toString(),
                 QStringLiteral("discount.apply"));
    }
}

void TestStaffAuth::unknownToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("well formed, never issued") << QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("upper case") << QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    QTest::newRow("too short") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
}

void TestStaffAuth::unknownToken()
{
    QFETCH(QString, token);
    auto issued = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(issued);
    m_tokens << issued.value();
    MADANG_VERIFY_ERROR(auth().consumeApproval(token, QStringLiteral("order.refund"), QStringLiteral("order-1")),
                        ErrorCode::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 1);
}

void TestStaffAuth::consumeInRolledBackTransactionLeavesTokenUnused()
{
    auto token = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(token);
    m_tokens << token.value();
    {
        Transaction sale(conn());
        QVERIFY(sale.active());
        MADANG_VERIFY_OK(auth().consumeApproval(token.value(), QStringLiteral("order.refund"),
                                                QStringLiteral("order-1")));
        QVERIFY(Transaction::inProgress(conn()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 0);
        // The sale fails and is not committed.
    }
    QVERIFY(!Transaction::inProgress(conn()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 1);
    {
        Transaction sale(conn());
        MADANG_VERIFY_OK(auth().consumeApproval(token.value(), QStringLiteral("order.refund"),
                                                QStringLiteral("order-1")));
        MADANG_VERIFY_OK(sale.commit());
    }
    MADANG_VERIFY_ERROR(auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")),
                        ErrorCode::AlreadyUsed);
}

void TestStaffAuth::createStaffPermissions_data()
{
    QTest::addColumn<QString>("actor"); // "owner" | "manager" | "staff" | "unknown"
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("ok");

    QTest::newRow("owner adds staff") << QStringLiteral("owner") << QStringLiteral("staff") << true;
    QTest::newRow("owner adds manager") << QStringLiteral("owner") << QStringLiteral("manager") << true;
    QTest::newRow("owner adds owner") << QStringLiteral("owner") << QStringLiteral("owner") << true;
    QTest::newRow("manager adds staff") << QStringLiteral("manager") << QStringLiteral("staff") << true;
    QTest::newRow("manager adds manager") << QStringLiteral("manager") << QStringLiteral("manager") << true;
    QTest::newRow("manager adds owner") << QStringLiteral("manager") << QStringLiteral("owner") << false;
    QTest::newRow("staff adds staff") << QStringLiteral("staff") << QStringLiteral("staff") << false;
    QTest::newRow("unknown actor") << QStringLiteral("unknown") << QStringLiteral("staff") << false;
}

void TestStaffAuth::createStaffPermissions()
{
    QFETCH(QString, actor);
    QFETCH(QString, role);
    QFETCH(bool, ok);
    const QString actorId = actor == QLatin1String("owner")     ? m_owner
                            : actor == QLatin1String("manager") ? m_manager
                            : actor == QLatin1String("staff")   ? m_staff
                                                                : QStringLiteral("nobody");
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM staff"));
    auto created = auth().createStaff(actorId, StaffMember{{}, QStringLiteral("New"), role, true},
                                      QStringLiteral("246802"));
    if (ok) {
        MADANG_VERIFY_OK(created);
        QCOMPARE(created->role, role);
        QVERIFY(created->pinHash.isEmpty());
        MADANG_VERIFY_OK(auth().signIn(created->id, QStringLiteral("246802")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM staff")), before + 1);
    } else {
        MADANG_VERIFY_ERROR(created, ErrorCode::Forbidden);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM staff")), before);
    }
}

void TestStaffAuth::createStaffRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QStringList>("services");

    QTest::newRow("empty name") << QStringLiteral("  ") << QStringLiteral("staff") << QStringLiteral("246802") << QStringList();
    QTest::newRow("unknown role") << QStringLiteral("Eve") << QStringLiteral("admin") << QStringLiteral("246802") << QStringList();
    QTest::newRow("PIN too short") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("246") << QStringList();
    QTest::newRow("PIN too long") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("2468024") << QStringList();
    QTest::newRow("PIN with letters") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("24a8") << QStringList();
    QTest::newRow("unknown service") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("246802")
                                     << QStringList{QStringLiteral("no-such-item")};
}

void TestStaffAuth::createStaffRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, pin);
    QFETCH(QStringList, services);
    const qint64 ops = Outbox::pendingCount(conn()).value();
    const qint64 entries = count(QStringLiteral("SELECT count(*) FROM audit"));
    MADANG_VERIFY_ERROR(auth().createStaff(m_owner, StaffMember{{}, name, role, true}, pin, services),
                        ErrorCode::InvalidInput);
    QCOMPARE(Outbox::pendingCount(conn()).value(), ops);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit")), entries);
}

void TestStaffAuth::updateStaffAndSetPin()
{
    auto item = m_store->catalog().save(makeItem(QStringLiteral("CUT-1"), QStringLiteral("커트"), 15000));
    MADANG_VERIFY_OK(item);
    auto hana = auth().createStaff(m_manager, StaffMember{{}, QStringLiteral("Hana"), QStringLiteral("staff"), true},
                                   QStringLiteral("135790"), {item->id, QStringLiteral(" ") + item->id});
    MADANG_VERIFY_OK(hana);
    QCOMPARE(account(hana->id).services, QStringList{item->id});
    QVERIFY(account(hana->id).hasPin);
    QVERIFY(account(hana->id).member.pinHash.isEmpty());

    auto promoted = hana.value();
    promoted.name = QStringLiteral("Hana Kim");
    promoted.role = QStringLiteral("manager");
    MADANG_VERIFY_OK(auth().updateStaff(m_manager, promoted, {}));
    QCOMPARE(account(hana->id).member.name, QStringLiteral("Hana Kim"));
    QCOMPARE(account(hana->id).member.role, QStringLiteral("manager"));
    QVERIFY(account(hana->id).services.isEmpty());
    MADANG_VERIFY_ERROR(auth().updateStaff(m_manager, StaffMember{QStringLiteral("nobody"), QStringLiteral("X"),
                                                                  QStringLiteral("staff"), true},
                                           {}),
                        ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(auth().updateStaff(m_staff, promoted, {}), ErrorCode::Forbidden);

    MADANG_VERIFY_ERROR(auth().setPin(m_manager, hana->id, QStringLiteral("12")), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(auth().setPin(m_staff, hana->id, QStringLiteral("864200")), ErrorCode::Forbidden);
    MADANG_VERIFY_OK(auth().setPin(m_manager, hana->id, QStringLiteral("864200")));
    MADANG_VERIFY_ERROR(auth().signIn(hana->id, QStringLiteral("135790")), ErrorCode::WrongPin);
    MADANG_VERIFY_OK(auth().signIn(hana->id, QStringLiteral("864200")));

    // Ops: created and updated, with the services but never a PIN hash.
    auto ops = Outbox::pending(conn(), 1000);
    MADANG_VERIFY_OK(ops);
    QStringList hanaOps;
    for (const OutboxOp &op : ops.value()) {
        QVERIFY2(!op.payload.contains(QStringLiteral("pin_hash")) && !op.payload.contains(QStringLiteral("pinHash")),
                 QJsonDocument(op.payload).toJson().constData());
        if (op.entityId == hana->id) {
            hanaOps << op.op;
            if (op.op == QLatin1String("staff.created")) {
                QCOMPARE(op.payload.value(QStringLiteral("services")).toArray(), QJsonArray{item->id});
            }
        }
    }
    QCOMPARE(hanaOps, (QStringList{QStringLiteral("staff.created"), QStringLiteral("staff.updated")}));

    // Audit: created, updated, PIN changed, each a privileged action on staff:<id> by the actor.
    auto entries = m_store->audit().list(
        AuditFilter{{QString(audit::PrivilegedAction)}, {}, QStringLiteral("staff:") + hana->id, {}, {}, 0, 10});
    MADANG_VERIFY_OK(entries);
    QStringList changes;
    for (const AuditEntry &e : entries.value()) {
        QCOMPARE(e.actorId, m_manager);
        changes.prepend(e.detail.value(QStringLiteral("change")).toString());
    }
    QCOMPARE(changes, (QStringList{QStringLiteral("staff.created"), QStringLiteral("staff.updated"),
                                   QStringLiteral("staff.pin_changed")}));
}

void TestStaffAuth::ownerIsProtected()
{
    const StaffMember owner = account(m_owner).member;
    StaffMember demoted = owner;
    demoted.role = QStringLiteral("manager");
    MADANG_VERIFY_ERROR(auth().updateStaff(m_manager, demoted, {}), ErrorCode::Forbidden);
    MADANG_VERIFY_ERROR(auth().setPin(m_manager, m_owner, QStringLiteral("111222")), ErrorCode::Forbidden);
    auto promoted = account(m_staff).member;
    promoted.role = QStringLiteral("owner");
    MADANG_VERIFY_ERROR(auth().updateStaff(m_manager, promoted, {}), ErrorCode::Forbidden);
    // The last active owner cannot step down or be deactivated.
    MADANG_VERIFY_ERROR(auth().updateStaff(m_owner, demoted, {}), ErrorCode::Conflict);
    QCOMPARE(account(m_owner).member.role, QStringLiteral("owner"));
    // With a second owner, the first may.
    MADANG_VERIFY_OK(auth().updateStaff(m_owner, promoted, {}));
    MADANG_VERIFY_OK(auth().updateStaff(m_owner, demoted, {}));
    QCOMPARE(account(m_owner).member.role, QStringLiteral("manager"));
}

void TestStaffAuth::discountSetting()
{
    QCOMPARE(auth().discountApprovalPercent(), 10);
    MADANG_VERIFY_ERROR(auth().setDiscountApprovalPercent(m_staff, 50), ErrorCode::Forbidden);
    MADANG_VERIFY_ERROR(auth().setDiscountApprovalPercent(m_manager, 101), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(auth().setDiscountApprovalPercent(m_manager, -1), ErrorCode::InvalidInput);
    MADANG_VERIFY_OK(auth().setDiscountApprovalPercent(m_manager, 15));
    QCOMPARE(auth().discountApprovalPercent(), 15);
    auto entries = m_store->audit().list(AuditFilter{{QString(audit::SettingChanged)}, {}, {}, {}, {}, 0, 10});
    MADANG_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).actorId, m_manager);
    QCOMPARE(entries->at(0).record, QStringLiteral("setting:approval.discount_percent"));
    QCOMPARE(entries->at(0).detail.value(QStringLiteral("from")).toInt(), 10);
    QCOMPARE(entries->at(0).detail.value(QStringLiteral("to")).toInt(), 15);
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
