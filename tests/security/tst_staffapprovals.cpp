// StaffAuth approvals: single use, bound to action and record, 2-minute expiry, refusals, rollback; the discount
// setting.
#include "staffauthfixture.h"

class TestStaffApprovals : public QObject, protected StaffAuthFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void approvalIsSingleUse();
    void approvalBoundToActionAndRecord_data();
    void approvalBoundToActionAndRecord();
    void approvalExpires();
    void approvalRefused_data();
    void approvalRefused();
    void unknownToken_data();
    void unknownToken();
    void consumeInRolledBackTransactionLeavesTokenUnused();
    void discountSetting();
};

void TestStaffApprovals::approvalIsSingleUse()
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
    MADANG_VERIFY_ERROR(
        auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")),
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

void TestStaffApprovals::approvalBoundToActionAndRecord_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("record");
    QTest::newRow("other action") << QStringLiteral("order.void") << QStringLiteral("order-1");
    QTest::newRow("other record") << QStringLiteral("order.refund") << QStringLiteral("order-2");
    QTest::newRow("both other") << QStringLiteral("discount.apply") << QStringLiteral("order-2");
    QTest::newRow("case differs") << QStringLiteral("Order.Refund") << QStringLiteral("order-1");
}

void TestStaffApprovals::approvalBoundToActionAndRecord()
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

void TestStaffApprovals::approvalExpires()
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

void TestStaffApprovals::approvalRefused_data()
{
    QTest::addColumn<QString>("who"); // "staff" | "manager" | "inactive"
    QTest::addColumn<QString>("pin");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("denials");

    QTest::newRow("role staff, right PIN") << QStringLiteral("staff") << kStaffPin << ErrorCode::Forbidden << 1;
    QTest::newRow("manager, wrong PIN") << QStringLiteral("manager") << kWrongPin << ErrorCode::WrongPin << 1;
    QTest::newRow("manager, PIN too short")
        << QStringLiteral("manager") << QStringLiteral("564") << ErrorCode::InvalidInput << 0;
    QTest::newRow("inactive manager") << QStringLiteral("inactive") << kManagerPin << ErrorCode::Forbidden << 1;
}

void TestStaffApprovals::approvalRefused()
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

void TestStaffApprovals::unknownToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("well formed, never issued") << QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("upper case") << QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    QTest::newRow("too short") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
}

void TestStaffApprovals::unknownToken()
{
    QFETCH(QString, token);
    auto issued = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(issued);
    m_tokens << issued.value();
    MADANG_VERIFY_ERROR(auth().consumeApproval(token, QStringLiteral("order.refund"), QStringLiteral("order-1")),
                        ErrorCode::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 1);
}

void TestStaffApprovals::consumeInRolledBackTransactionLeavesTokenUnused()
{
    auto token = auth().approve(m_manager, kManagerPin, QStringLiteral("order.refund"), QStringLiteral("order-1"));
    MADANG_VERIFY_OK(token);
    m_tokens << token.value();
    {
        Transaction sale(conn());
        QVERIFY(sale.active());
        MADANG_VERIFY_OK(
            auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")));
        QVERIFY(Transaction::inProgress(conn()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 0);
        // The sale fails and is not committed.
    }
    QVERIFY(!Transaction::inProgress(conn()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE used_at IS NULL")), 1);
    {
        Transaction sale(conn());
        MADANG_VERIFY_OK(
            auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")));
        MADANG_VERIFY_OK(sale.commit());
    }
    MADANG_VERIFY_ERROR(
        auth().consumeApproval(token.value(), QStringLiteral("order.refund"), QStringLiteral("order-1")),
        ErrorCode::AlreadyUsed);
}

void TestStaffApprovals::discountSetting()
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

QTEST_GUILESS_MAIN(TestStaffApprovals)
#include "tst_staffapprovals.moc"
