// StaffAuth staff management: who may create, change and protect whom.
#include "staffauthfixture.h"

class TestStaffManagement : public QObject, protected StaffAuthFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void createStaffPermissions_data();
    void createStaffPermissions();
    void createStaffRejects_data();
    void createStaffRejects();
    void updateStaffAndSetPin();
    void ownerIsProtected();
};

void TestStaffManagement::createStaffPermissions_data()
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

void TestStaffManagement::createStaffPermissions()
{
    QFETCH(QString, actor);
    QFETCH(QString, role);
    QFETCH(bool, ok);
    const QString actorId = actor == QLatin1String("owner")     ? m_owner
                            : actor == QLatin1String("manager") ? m_manager
                            : actor == QLatin1String("staff")   ? m_staff
                                                                : QStringLiteral("nobody");
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM staff"));
    auto created =
        auth().createStaff(actorId, StaffMember{{}, QStringLiteral("New"), role, true}, QStringLiteral("246802"));
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

void TestStaffManagement::createStaffRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QStringList>("services");

    QTest::newRow("empty name") << QStringLiteral("  ") << QStringLiteral("staff") << QStringLiteral("246802")
                                << QStringList();
    QTest::newRow("unknown role") << QStringLiteral("Eve") << QStringLiteral("admin") << QStringLiteral("246802")
                                  << QStringList();
    QTest::newRow("PIN too short") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("246")
                                   << QStringList();
    QTest::newRow("PIN too long") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("2468024")
                                  << QStringList();
    QTest::newRow("PIN with letters") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("24a8")
                                      << QStringList();
    QTest::newRow("unknown service") << QStringLiteral("Eve") << QStringLiteral("staff") << QStringLiteral("246802")
                                     << QStringList{QStringLiteral("no-such-item")};
}

void TestStaffManagement::createStaffRejects()
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

void TestStaffManagement::updateStaffAndSetPin()
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
    MADANG_VERIFY_ERROR(
        auth().updateStaff(
            m_manager, StaffMember{QStringLiteral("nobody"), QStringLiteral("X"), QStringLiteral("staff"), true}, {}),
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

void TestStaffManagement::ownerIsProtected()
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

QTEST_GUILESS_MAIN(TestStaffManagement)
#include "tst_staffmanagement.moc"
