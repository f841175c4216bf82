// The merchant and staff appliers (merchant/merchantappliers.h, and staff.skills.set of
// bookings/resourceappliers.h): a terminal set up, staff added and changed in Settings → Staff (StaffAuth), made
// by a real write on terminal A and applied on terminal B (see applierpair.h). PIN hashes never travel: B's staff
// keep theirs, and a member new to B has none. Ops about staff, items or kinds of business B does not have are
// refused with B unchanged.
#include "applierpair.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "replication/outbox.h"
#include "staffauth.h"
#include "workflows/setup.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace madang;
using namespace madang::test;

namespace {
/// What the rows' writes start from, the same on A and B.
struct Baseline
{
    QString ownerId;
    QString jieunId; // staff, cuts hair, has a PIN
    QString cutId;
    QString permId;
};

using Write = std::function<Status(Store &, const Baseline &)>;
using Mutate = std::function<void(QJsonObject &)>;

const QString kStaff =
    QStringLiteral("SELECT id, name, role, active, services, created_at FROM staff ORDER BY created_at, id");
const QString kMerchant =
    QStringLiteral("SELECT name, vertical, currency, vat_bp, prices_include_vat, brn, created_at FROM merchant");
const QString kPins = QStringLiteral("SELECT id, pin_hash FROM staff WHERE pin_hash IS NOT NULL ORDER BY id");

const PinHasher &hasher()
{
    static const PinHasher pins(QByteArrayLiteral("test pepper, not the device's"), 1000);
    return pins;
}

MerchantProfile nailShop()
{
    MerchantProfile p = sampleProfile(Vertical::Salon);
    p.name = QStringLiteral("마당 네일");
    p.vatBasisPoints = 500;
    p.businessRegistrationNumber = QStringLiteral("220-81-12345");
    return p;
}

/// Rows whose tag starts with this start from a terminal that is not set up (no merchant, no staff).
const QString kNotSetUp = QStringLiteral("merchant.initialized");
} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Mutate)

class TestMerchantAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opFromAAppliedOnB_data();
    void opFromAAppliedOnB();
    void opAboutWhatBLacksIsRefused_data();
    void opAboutWhatBLacksIsRefused();

private:
    ApplierPair m_pair;
    Baseline m_base;
};

void TestMerchantAppliers::init()
{
    const bool setUp = !QString::fromUtf8(QTest::currentDataTag()).startsWith(kNotSetUp);
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Salon, [this, setUp](Store &s) -> Status {
        auto cut = s.catalog().save(makeItem(QStringLiteral("S-CUT"), QStringLiteral("커트"), 20000));
        PREPARE_OK(cut);
        m_base.cutId = cut->id;
        auto perm = s.catalog().save(makeItem(QStringLiteral("S-PERM"), QStringLiteral("펌"), 80000));
        PREPARE_OK(perm);
        m_base.permId = perm->id;
        if (!setUp) {
            // The items stay: a platform can send the catalog before the profile.
            QString error;
            if (!execSql(s.database().connection(), QStringLiteral("DELETE FROM staff"), &error) ||
                !execSql(s.database().connection(), QStringLiteral("DELETE FROM merchant"), &error)) {
                return makeError(ErrorCode::Storage, error);
            }
            return Done{};
        }
        auto staff = s.merchant().staff();
        PREPARE_OK(staff);
        m_base.ownerId = staff->at(0).id;
        m_pair.clock().advanceSecs(60); // Jieun joined a minute after the owner: the staff list's order
        StaffAuth auth(s, hasher());
        auto jieun =
            auth.createStaff(m_base.ownerId, StaffMember{{}, QStringLiteral("이지은"), QStringLiteral("staff"), true},
                             QStringLiteral("1234"), {m_base.cutId});
        PREPARE_OK(jieun);
        m_base.jieunId = jieun->id;
        m_pair.clock().advanceSecs(60);
        return Done{};
    }));
}

void TestMerchantAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestMerchantAppliers::opFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");   // the last op the write queues
    QTest::addColumn<QString>("rows"); // what must be the same on A and B afterwards

    QTest::newRow("merchant.initialized (with the owner's staff.created)") << Write([](Store &s, const Baseline &) {
        return statusOf(Setup(s).run(nailShop(), QStringLiteral("박원장")));
    }) << QStringLiteral("staff.created") << kMerchant + QStringLiteral(";") + kStaff;
    QTest::newRow("staff.created (Settings → Staff: services and a PIN)") << Write([](Store &s, const Baseline &base) {
        StaffAuth auth(s, hasher());
        return statusOf(auth.createStaff(base.ownerId,
                                         StaffMember{{}, QStringLiteral("최민호"), QStringLiteral("manager"), true},
                                         QStringLiteral("4321"), {base.permId, base.cutId}));
    }) << QStringLiteral("staff.created") << kStaff;
    QTest::newRow("staff.created (MerchantRepository::addStaff)") << Write([](Store &s, const Baseline &) {
        return statusOf(
            s.merchant().addStaff(StaffMember{{}, QStringLiteral("한소희"), QStringLiteral("staff"), true}));
    }) << QStringLiteral("staff.created") << kStaff;
    QTest::newRow("staff.updated (renamed, promoted, other services)") << Write([](Store &s, const Baseline &base) {
        StaffAuth auth(s, hasher());
        return auth.updateStaff(
            base.ownerId, StaffMember{base.jieunId, QStringLiteral("이지은 실장"), QStringLiteral("manager"), true},
            {base.permId});
    }) << QStringLiteral("staff.updated") << kStaff;
    QTest::newRow("staff.updated (off the team)") << Write([](Store &s, const Baseline &base) {
        StaffAuth auth(s, hasher());
        return auth.updateStaff(
            base.ownerId, StaffMember{base.jieunId, QStringLiteral("이지은"), QStringLiteral("staff"), false}, {});
    }) << QStringLiteral("staff.updated") << kStaff;
    QTest::newRow("staff.skills.set") << Write([](Store &s, const Baseline &base) {
        return s.resources().setSkills(base.jieunId, {base.permId, base.cutId});
    }) << QStringLiteral("staff.skills.set")
                                      << kStaff;
}

void TestMerchantAppliers::opFromAAppliedOnB()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(QString, rows);
    const QString pinsOnB = snapshot(m_pair.bDb(), kPins);
    const QString failure = m_pair.replay([&](Store &s) { return write(s, m_base); }, op, rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // No PIN hash came across: B's staff keep theirs, and whoever is new to B has none yet.
    QCOMPARE(snapshot(m_pair.bDb(), kPins), pinsOnB);
    if (QString::fromUtf8(QTest::currentDataTag()).contains(QStringLiteral("a PIN"))) {
        QVERIFY(snapshot(m_pair.aDb(), kPins) != pinsOnB); // A has the new member's
    }
}

void TestMerchantAppliers::opAboutWhatBLacksIsRefused_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");    // the op of the write that is changed and refused
    QTest::addColumn<Mutate>("mutate"); // makes it about something B lacks
    QTest::addColumn<QString>("rows");  // must stay as they are on B
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says"); // in the message

    const Write skills = [](Store &s, const Baseline &base) {
        return s.resources().setSkills(base.jieunId, {base.permId});
    };
    const Write rename = [](Store &s, const Baseline &base) {
        StaffAuth auth(s, hasher());
        return auth.updateStaff(base.ownerId,
                                StaffMember{base.jieunId, QStringLiteral("지은"), QStringLiteral("staff"), true}, {});
    };
    const Write hire = [](Store &s, const Baseline &base) {
        StaffAuth auth(s, hasher());
        return statusOf(auth.createStaff(base.ownerId,
                                         StaffMember{{}, QStringLiteral("최민호"), QStringLiteral("staff"), true},
                                         QStringLiteral("4321"), {base.cutId}));
    };
    const auto set = [](const QString &key, const QJsonValue &value) {
        return Mutate([key, value](QJsonObject &p) { p.insert(key, value); });
    };
    QTest::newRow("staff.skills.set for a staff member B lacks")
        << skills << QStringLiteral("staff.skills.set") << set(QStringLiteral("staff_id"), QStringLiteral("nobody"))
        << kStaff << ErrorCode::NotFound << QStringLiteral("That staff member does not exist.");
    QTest::newRow("staff.skills.set with an item B lacks")
        << skills << QStringLiteral("staff.skills.set")
        << set(QStringLiteral("services"), QJsonArray{QStringLiteral("no-such-item")}) << kStaff << ErrorCode::NotFound
        << QStringLiteral("There is no item \"no-such-item\"");
    QTest::newRow("staff.updated of a staff member B lacks")
        << rename << QStringLiteral("staff.updated") << set(QStringLiteral("id"), QStringLiteral("nobody")) << kStaff
        << ErrorCode::NotFound << QStringLiteral("is not on this terminal");
    QTest::newRow("staff.updated taking the last active owner off the team")
        << Write([](Store &s, const Baseline &base) {
               StaffAuth auth(s, hasher());
               return auth.updateStaff(
                   base.ownerId, StaffMember{base.ownerId, QStringLiteral("김사장님"), QStringLiteral("owner"), true},
                   {});
           })
        << QStringLiteral("staff.updated") << set(QStringLiteral("active"), false) << kStaff << ErrorCode::Conflict
        << QStringLiteral("without an active owner");
    QTest::newRow("staff.created doing a service B lacks")
        << hire << QStringLiteral("staff.created")
        << set(QStringLiteral("services"), QJsonArray{QStringLiteral("no-such-item")}) << kStaff << ErrorCode::NotFound
        << QStringLiteral("not in this terminal's catalog");
    QTest::newRow("staff.created with a role B does not know")
        << hire << QStringLiteral("staff.created") << set(QStringLiteral("role"), QStringLiteral("boss")) << kStaff
        << ErrorCode::InvalidInput << QStringLiteral("has no valid \"role\"; nothing was applied");
    QTest::newRow("merchant.initialized (for a kind of business B does not know)")
        << Write(
               [](Store &s, const Baseline &) { return statusOf(Setup(s).run(nailShop(), QStringLiteral("박원장"))); })
        << QStringLiteral("merchant.initialized") << set(QStringLiteral("vertical"), QStringLiteral("bakery"))
        << kMerchant + QStringLiteral(";") + kStaff << ErrorCode::InvalidInput
        << QStringLiteral("\"bakery\" is not a kind of business");
    QTest::newRow("merchant.initialized (without a currency)") << Write([](Store &s, const Baseline &) {
        return statusOf(Setup(s).run(nailShop(), QStringLiteral("박원장")));
    }) << QStringLiteral("merchant.initialized") << Mutate([](QJsonObject &p) {
        p.remove(QStringLiteral("currency"));
    }) << kMerchant << ErrorCode::InvalidInput << QStringLiteral("has no valid \"currency\"; nothing was applied");
}

void TestMerchantAppliers::opAboutWhatBLacksIsRefused()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(Mutate, mutate);
    QFETCH(QString, rows);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    const QString failure =
        m_pair.refusesChanged([&](Store &s) { return write(s, m_base); }, op, mutate, rows, code, says);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestMerchantAppliers)
#include "tst_merchantappliers.moc"
