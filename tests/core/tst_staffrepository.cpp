// StaffRepository: the one owner of the staff rows. Insert and find, lists by filter and order, the owner count,
// profile and services updates, the PIN hash, and the failure / lockout / unlock columns; writes to an unknown id.
#include "audit/auditlog.h"
#include "base/timetext.h"
#include "fakeclock.h"
#include "merchant/staffrepository.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace madang;
using namespace madang::test;

Q_DECLARE_METATYPE(madang::StaffRepository::Which)
Q_DECLARE_METATYPE(madang::StaffRepository::Order)

class TestStaffRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFind_data();
    void insertAndFind();
    void findUnknown();
    void list_data();
    void list();
    void countActiveOwners_data();
    void countActiveOwners();
    void updateProfile();
    void setServices();
    void failuresLockoutAndUnlock();
    void newPinHash();
    void upsertFromAnotherTerminal();
    void writesToAnUnknownIdFindNobody_data();
    void writesToAnUnknownIdFindNobody();
    void servicesJson_data();
    void servicesJson();

private:
    StaffRepository &staff() { return m_store->staff(); }
    QSqlDatabase conn() { return m_store->database().connection(); }
    /// Inserts one member a second after the last, so that "the order they joined" is certain.
    QString add(const QString &name, const QString &role = QStringLiteral("staff"), bool active = true,
                const QString &hash = {}, const QStringList &services = {});
    StaffAccount found(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestStaffRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestStaffRepository::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestStaffRepository::add(const QString &name, const QString &role, bool active, const QString &hash,
                                 const QStringList &services)
{
    m_clock->advanceSecs(1);
    auto added = staff().insert(StaffMember{{}, name, role, active, hash}, services);
    return added ? added->id : QString();
}

StaffAccount TestStaffRepository::found(const QString &id)
{
    auto f = staff().find(id);
    return f && f->has_value() ? *f.value() : StaffAccount{};
}

void TestStaffRepository::insertAndFind_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QStringList>("services");

    QTest::newRow("owner without a PIN") << QStringLiteral("owner") << true << QString() << QStringList{};
    QTest::newRow("manager with a PIN") << QStringLiteral("manager") << true << QStringLiteral("pbkdf2$opaque")
                                        << QStringList{};
    QTest::newRow("staff with services") << QStringLiteral("staff") << true << QStringLiteral("h")
                                         << QStringList{QStringLiteral("item-b"), QStringLiteral("item-a")};
    QTest::newRow("inactive") << QStringLiteral("staff") << false << QString() << QStringList{QStringLiteral("x")};
}

void TestStaffRepository::insertAndFind()
{
    QFETCH(QString, role);
    QFETCH(bool, active);
    QFETCH(QString, hash);
    QFETCH(QStringList, services);

    auto added = staff().insert(StaffMember{{}, QStringLiteral("김민지"), role, active, hash}, services);
    MADANG_VERIFY_OK(added);
    QVERIFY(!added->id.isEmpty());
    QVERIFY2(added->pinHash.isEmpty(), "the caller gets the member, not the secret");
    QCOMPARE(added->role, role);

    const StaffAccount a = found(added->id);
    QCOMPARE(a.member.id, added->id);
    QCOMPARE(a.member.name, QStringLiteral("김민지"));
    QCOMPARE(a.member.role, role);
    QCOMPARE(a.member.active, active);
    QCOMPARE(a.member.pinHash, hash);
    QCOMPARE(a.hasPin, !hash.isEmpty());
    QCOMPARE(a.services, services); // kept as given, in order
    QCOMPARE(a.failedAttempts, 0);
    QVERIFY(!a.lockedOut);
    QVERIFY(!a.retryAfter.isValid());
    // No PIN is NULL, not an empty string.
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM staff WHERE pin_hash IS NULL")),
             hash.isEmpty() ? 1 : 0);
}

void TestStaffRepository::findUnknown()
{
    auto f = staff().find(QStringLiteral("nobody"));
    MADANG_VERIFY_OK(f);
    QVERIFY(!f->has_value());
}

void TestStaffRepository::list_data()
{
    QTest::addColumn<StaffRepository::Which>("which");
    QTest::addColumn<StaffRepository::Order>("order");
    QTest::addColumn<QStringList>("names");

    using W = StaffRepository::Which;
    using O = StaffRepository::Order;
    QTest::newRow("active, as they joined")
        << W::Active << O::Joined << QStringList{QStringLiteral("Sora"), QStringLiteral("Ara")};
    QTest::newRow("all, as they joined") << W::All << O::Joined
                                         << QStringList{QStringLiteral("Sora"), QStringLiteral("Daeho"),
                                                        QStringLiteral("Ara")};
    QTest::newRow("active, by name") << W::Active << O::Name
                                     << QStringList{QStringLiteral("Ara"), QStringLiteral("Sora")};
    QTest::newRow("all, by name") << W::All << O::Name
                                  << QStringList{QStringLiteral("Ara"), QStringLiteral("Daeho"),
                                                 QStringLiteral("Sora")};
}

void TestStaffRepository::list()
{
    QFETCH(StaffRepository::Which, which);
    QFETCH(StaffRepository::Order, order);
    QFETCH(QStringList, names);

    QVERIFY(!add(QStringLiteral("Sora"), QStringLiteral("owner"), true, QStringLiteral("hash-s")).isEmpty());
    QVERIFY(!add(QStringLiteral("Daeho"), QStringLiteral("staff"), false).isEmpty());
    QVERIFY(!add(QStringLiteral("Ara"), QStringLiteral("manager"), true, {}, {QStringLiteral("cut")}).isEmpty());

    auto rows = staff().list(which, order);
    MADANG_VERIFY_OK(rows);
    QStringList got;
    for (const StaffAccount &a : std::as_const(rows.value())) {
        got << a.member.name;
    }
    QCOMPARE(got, names);
    for (const StaffAccount &a : std::as_const(rows.value())) {
        if (a.member.name == QLatin1String("Sora")) {
            QCOMPARE(a.member.pinHash, QStringLiteral("hash-s")); // lists carry the hash too: callers clear it
        }
        if (a.member.name == QLatin1String("Ara")) {
            QCOMPARE(a.services, QStringList{QStringLiteral("cut")});
        }
    }
}

void TestStaffRepository::countActiveOwners_data()
{
    QTest::addColumn<QStringList>("roles"); // "owner", "owner-", "manager"…; a trailing "-" is inactive
    QTest::addColumn<int>("owners");

    QTest::newRow("nobody") << QStringList{} << 0;
    QTest::newRow("one owner") << QStringList{QStringLiteral("owner")} << 1;
    QTest::newRow("two owners and a manager")
        << QStringList{QStringLiteral("owner"), QStringLiteral("owner"), QStringLiteral("manager")} << 2;
    QTest::newRow("an inactive owner does not count")
        << QStringList{QStringLiteral("owner-"), QStringLiteral("manager"), QStringLiteral("staff")} << 0;
}

void TestStaffRepository::countActiveOwners()
{
    QFETCH(QStringList, roles);
    QFETCH(int, owners);
    int n = 0;
    for (QString role : std::as_const(roles)) {
        const bool active = !role.endsWith(QLatin1Char('-'));
        role.remove(QLatin1Char('-'));
        QVERIFY(!add(QStringLiteral("Person %1").arg(++n), role, active).isEmpty());
    }
    auto count = staff().countActiveOwners();
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), owners);
}

void TestStaffRepository::updateProfile()
{
    const QString id = add(QStringLiteral("Sora"), QStringLiteral("staff"), true, QStringLiteral("keep-me"));
    m_clock->advanceSecs(60);
    MADANG_VERIFY_OK(staff().update(StaffMember{id, QStringLiteral("Sora Kim"), QStringLiteral("manager"), false},
                                    {QStringLiteral("colour")}));
    const StaffAccount a = found(id);
    QCOMPARE(a.member.name, QStringLiteral("Sora Kim"));
    QCOMPARE(a.member.role, QStringLiteral("manager"));
    QVERIFY(!a.member.active);
    QCOMPARE(a.services, QStringList{QStringLiteral("colour")});
    QCOMPARE(a.member.pinHash, QStringLiteral("keep-me")); // a profile update never touches the PIN
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT updated_at FROM staff")), timetext::wire(m_clock->now()));
}

void TestStaffRepository::setServices()
{
    const QString id = add(QStringLiteral("Sora"), QStringLiteral("staff"), true, {}, {QStringLiteral("cut")});
    MADANG_VERIFY_OK(staff().setServices(id, {QStringLiteral("colour"), QStringLiteral("perm")}));
    QCOMPARE(found(id).services, (QStringList{QStringLiteral("colour"), QStringLiteral("perm")}));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT services FROM staff")), QStringLiteral(R"(["colour","perm"])"));
    MADANG_VERIFY_OK(staff().setServices(id, {}));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT services FROM staff")), QStringLiteral("[]"));
}

void TestStaffRepository::failuresLockoutAndUnlock()
{
    const QString id = add(QStringLiteral("Sora"), QStringLiteral("staff"), true, QStringLiteral("old"));
    const StaffMember sora = found(id).member;
    const QDateTime wait = m_clock->now().addSecs(30);

    MADANG_VERIFY_OK(staff().recordFailure(id, 3, false, wait));
    StaffAccount a = found(id);
    QCOMPARE(a.failedAttempts, 3);
    QVERIFY(!a.lockedOut);
    QCOMPARE(a.retryAfter, wait);

    MADANG_VERIFY_OK(staff().recordFailure(id, 5, true, QDateTime()));
    a = found(id);
    QCOMPARE(a.failedAttempts, 5);
    QVERIFY(a.lockedOut);
    QVERIFY(!a.retryAfter.isValid());

    // A good PIN (an approver's, say) clears the count but not a lockout; a re-hash replaces the PIN.
    MADANG_VERIFY_OK(staff().clearFailures(id));
    a = found(id);
    QCOMPARE(a.failedAttempts, 0);
    QVERIFY(a.lockedOut);
    QCOMPARE(a.member.pinHash, QStringLiteral("old"));
    MADANG_VERIFY_OK(staff().clearFailures(id, QStringLiteral("rehashed")));
    QCOMPARE(found(id).member.pinHash, QStringLiteral("rehashed"));

    MADANG_VERIFY_OK(staff().recordFailure(id, 2, true, wait));
    MADANG_VERIFY_OK(staff().unlock(sora));
    a = found(id);
    QVERIFY(!a.lockedOut);
    QCOMPARE(a.failedAttempts, 0);
    QVERIFY(!a.retryAfter.isValid());
    QCOMPARE(a.member.pinHash, QStringLiteral("rehashed"));
}

void TestStaffRepository::newPinHash()
{
    const QString id = add(QStringLiteral("Sora"));
    QVERIFY(!found(id).hasPin);
    MADANG_VERIFY_OK(staff().recordFailure(id, 5, true, m_clock->now().addSecs(120)));
    MADANG_VERIFY_OK(staff().setPinHash(found(id).member, QStringLiteral("fresh")));
    const StaffAccount a = found(id);
    QVERIFY(a.hasPin);
    QCOMPARE(a.member.pinHash, QStringLiteral("fresh"));
    QCOMPARE(a.failedAttempts, 0);
    QVERIFY(!a.retryAfter.isValid());
    QVERIFY2(a.lockedOut, "a new PIN does not lift a lockout: that takes a manager's own PIN");
}

void TestStaffRepository::upsertFromAnotherTerminal()
{
    const QString at = QStringLiteral("2025-03-14T08:00:00.000+09:00");
    // New here: under the given id and time, without a PIN (a hash in the member is not written).
    StaffMember minho{QStringLiteral("staff-7"), QStringLiteral("최민호"), QStringLiteral("manager"), true,
                      QStringLiteral("someone else's hash")};
    MADANG_VERIFY_OK(staff().upsert(minho, {QStringLiteral("item-a")}, at));
    StaffAccount a = found(QStringLiteral("staff-7"));
    QCOMPARE(a.member.name, QStringLiteral("최민호"));
    QCOMPARE(a.member.role, QStringLiteral("manager"));
    QCOMPARE(a.services, QStringList{QStringLiteral("item-a")});
    QVERIFY(!a.hasPin);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT created_at || ' ' || updated_at FROM staff")),
             at + QLatin1Char(' ') + at);

    // Known here: the profile and services change; the PIN, the failures, the lockout and created_at stay.
    MADANG_VERIFY_OK(staff().setPinHash(a.member, QStringLiteral("local")));
    MADANG_VERIFY_OK(staff().recordFailure(QStringLiteral("staff-7"), 5, true, QDateTime()));
    const QString later = QStringLiteral("2025-03-15T08:00:00.000+09:00");
    minho.name = QStringLiteral("최민호 실장");
    minho.active = false;
    MADANG_VERIFY_OK(staff().upsert(minho, {}, later));
    a = found(QStringLiteral("staff-7"));
    QCOMPARE(a.member.name, QStringLiteral("최민호 실장"));
    QVERIFY(!a.member.active);
    QVERIFY(a.services.isEmpty());
    QCOMPARE(a.member.pinHash, QStringLiteral("local"));
    QCOMPARE(a.failedAttempts, 5);
    QVERIFY(a.lockedOut);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT created_at || ' ' || updated_at FROM staff")),
             at + QLatin1Char(' ') + later);
}

using StaffWrite = std::function<Status(StaffRepository &)>;
Q_DECLARE_METATYPE(StaffWrite)

void TestStaffRepository::writesToAnUnknownIdFindNobody_data()
{
    QTest::addColumn<StaffWrite>("write");
    const StaffMember ghost{QStringLiteral("ghost"), QStringLiteral("Ghost"), QStringLiteral("staff"), true};
    QTest::newRow("update") << StaffWrite([=](StaffRepository &r) { return r.update(ghost, {}); });
    QTest::newRow("services") << StaffWrite([=](StaffRepository &r) { return r.setServices(ghost.id, {}); });
    QTest::newRow("PIN hash") << StaffWrite(
        [=](StaffRepository &r) { return r.setPinHash(ghost, QStringLiteral("h")); });
    QTest::newRow("failure") << StaffWrite(
        [=](StaffRepository &r) { return r.recordFailure(ghost.id, 1, false, QDateTime()); });
    QTest::newRow("clear") << StaffWrite([=](StaffRepository &r) { return r.clearFailures(ghost.id); });
    QTest::newRow("unlock") << StaffWrite([=](StaffRepository &r) { return r.unlock(ghost); });
}

void TestStaffRepository::writesToAnUnknownIdFindNobody()
{
    QFETCH(StaffWrite, write);
    const QString id = add(QStringLiteral("Sora"), QStringLiteral("owner"), true, QStringLiteral("h"));
    const QString before = queryString(conn(), QStringLiteral("SELECT group_concat(name || role || active || "
                                                              "coalesce(pin_hash, '') || failed_attempts || "
                                                              "locked_out || services) FROM staff"));
    MADANG_VERIFY_ERROR(write(staff()), ErrorCode::NotFound);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT group_concat(name || role || active || coalesce(pin_hash, '') "
                                                "|| failed_attempts || locked_out || services) FROM staff")),
             before);
    QCOMPARE(found(id).member.name, QStringLiteral("Sora"));
}

void TestStaffRepository::servicesJson_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("json");

    QTest::newRow("none") << QStringList{} << QStringLiteral("[]");
    QTest::newRow("one") << QStringList{QStringLiteral("a")} << QStringLiteral(R"(["a"])");
    QTest::newRow("two, as given") << QStringList{QStringLiteral("b"), QStringLiteral("a")}
                                   << QStringLiteral(R"(["b","a"])");
    QTest::newRow("Hangul") << QStringList{QStringLiteral("커트")} << QStringLiteral(R"(["커트"])");
}

void TestStaffRepository::servicesJson()
{
    QFETCH(QStringList, services);
    QFETCH(QString, json);
    QCOMPARE(StaffRepository::servicesJson(services), json);
    QCOMPARE(StaffRepository::parseServices(json), services);
    QCOMPARE(StaffRepository::parseServices(QStringLiteral("not json")), QStringList{});
}

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "tst_staffrepository.moc"
