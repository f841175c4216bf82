// MerchantRepository: first-run initialize, profile round trip and update, staff, device settings.
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestMerchantRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noProfileBeforeSetUp();
    void initializeCreatesProfileAndOwner();
    void initializeTwiceIsAConflict();
    void initializeRejects_data();
    void initializeRejects();
    void profileRoundTrip_data();
    void profileRoundTrip();
    void updateProfile();
    void updateProfileBeforeSetUp();
    void updateProfileRejectsInvalid();
    void addStaff();
    void addStaffRejectsEmptyName_data();
    void addStaffRejectsEmptyName();
    void settingsRoundTrip();

private:
    MerchantRepository &merchant() { return m_store->merchant(); }
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 rows(const char *table)
    {
        return queryInt(conn(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestMerchantRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestMerchantRepository::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestMerchantRepository::noProfileBeforeSetUp()
{
    auto profile = merchant().profile();
    MADANG_VERIFY_OK(profile);
    QVERIFY(!profile->has_value());
    auto staff = merchant().staff();
    MADANG_VERIFY_OK(staff);
    QVERIFY(staff->isEmpty());
}

void TestMerchantRepository::initializeCreatesProfileAndOwner()
{
    auto owner = merchant().initialize(sampleProfile(Vertical::Salon), QStringLiteral("  김사장 "));
    MADANG_VERIFY_OK(owner);
    QCOMPARE(owner->name, QStringLiteral("김사장"));
    QCOMPARE(owner->role, QStringLiteral("owner"));
    QVERIFY(owner->active);
    QVERIFY(!owner->id.isEmpty());
    auto staff = merchant().staff();
    MADANG_VERIFY_OK(staff);
    QCOMPARE(staff->size(), 1);
    QCOMPARE(staff->at(0).id, owner->id);
    auto ops = Outbox::pending(conn());
    MADANG_VERIFY_OK(ops);
    QCOMPARE(ops->size(), 2);
    QCOMPARE(ops->at(0).op, QStringLiteral("merchant.initialized"));
    QCOMPARE(ops->at(0).payload.value(QStringLiteral("vertical")).toString(), QStringLiteral("salon"));
    QCOMPARE(ops->at(1).op, QStringLiteral("staff.created"));
    QCOMPARE(ops->at(1).entityId, owner->id);
    // What Settings → Staff queues for someone it adds, so one applier reads both; never a PIN hash.
    QCOMPARE(ops->at(1).payload.keys(),
             (QStringList{QStringLiteral("active"), QStringLiteral("id"), QStringLiteral("name"),
                          QStringLiteral("role"), QStringLiteral("services")}));
    QCOMPARE(ops->at(1).payload.value(QStringLiteral("services")).toArray(), QJsonArray());
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT created_at FROM merchant")),
             QStringLiteral("2025-03-14T09:30:00.000+09:00"));
}

void TestMerchantRepository::initializeTwiceIsAConflict()
{
    MADANG_VERIFY_OK(merchant().initialize(sampleProfile(), QStringLiteral("Owner")));
    MerchantProfile other = sampleProfile(Vertical::Cleaning);
    other.name = QStringLiteral("Someone else");
    auto again = merchant().initialize(other, QStringLiteral("Intruder"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("already set up")), qPrintable(again.error().message));
    auto profile = merchant().profile();
    MADANG_VERIFY_OK(profile);
    QCOMPARE(profile->value().name, sampleProfile().name);
    QCOMPARE(rows("staff"), 1);
    QCOMPARE(rows("outbox"), 2);
}

void TestMerchantRepository::initializeRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("owner");
    QTest::newRow("empty business name") << ""
                                         << "KRW"
                                         << "Owner";
    QTest::newRow("unknown currency") << "Shop"
                                      << "XYZ"
                                      << "Owner";
    QTest::newRow("empty owner") << "Shop"
                                 << "KRW"
                                 << "";
    QTest::newRow("blank owner") << "Shop"
                                 << "KRW"
                                 << "   ";
}

void TestMerchantRepository::initializeRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QString, owner);
    MerchantProfile p = sampleProfile();
    p.name = name;
    p.currency = currency;
    auto result = merchant().initialize(p, owner);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(rows("merchant"), 0);
    QCOMPARE(rows("staff"), 0);
    QCOMPARE(rows("outbox"), 0);
}

void TestMerchantRepository::profileRoundTrip_data()
{
    QTest::addColumn<Vertical>("vertical");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("vat");
    QTest::addColumn<bool>("includesVat");
    QTest::addColumn<QString>("brn");
    QTest::newRow("salon KRW") << Vertical::Salon << "KRW" << 1000 << true << "123-45-67890";
    QTest::newRow("restaurant USD, no BRN") << Vertical::Restaurant << "USD" << 875 << false << "";
    QTest::newRow("cleaning JPY, 0%") << Vertical::Cleaning << "JPY" << 0 << true << "987-65-43210";
}

void TestMerchantRepository::profileRoundTrip()
{
    QFETCH(Vertical, vertical);
    QFETCH(QString, currency);
    QFETCH(int, vat);
    QFETCH(bool, includesVat);
    QFETCH(QString, brn);
    MerchantProfile p = sampleProfile(vertical, currency);
    p.vatBasisPoints = vat;
    p.pricesIncludeVat = includesVat;
    p.businessRegistrationNumber = brn;
    MADANG_VERIFY_OK(merchant().initialize(p, QStringLiteral("Owner")));
    auto stored = merchant().profile();
    MADANG_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    const MerchantProfile &s = stored->value();
    QCOMPARE(s.name, p.name);
    QVERIFY(s.vertical == vertical);
    QCOMPARE(s.currency, currency);
    QCOMPARE(s.vatBasisPoints, vat);
    QCOMPARE(s.pricesIncludeVat, includesVat);
    QCOMPARE(s.businessRegistrationNumber, brn);
}

void TestMerchantRepository::updateProfile()
{
    MADANG_VERIFY_OK(merchant().initialize(sampleProfile(), QStringLiteral("Owner")));
    MerchantProfile changed = sampleProfile(Vertical::Salon, QStringLiteral("USD"));
    changed.name = QStringLiteral("  New Name  ");
    changed.vatBasisPoints = 550;
    changed.pricesIncludeVat = false;
    changed.businessRegistrationNumber = QString(); // a null string must not violate NOT NULL
    MADANG_VERIFY_OK(merchant().updateProfile(changed));
    auto stored = merchant().profile();
    MADANG_VERIFY_OK(stored);
    QCOMPARE(stored->value().name, QStringLiteral("New Name"));
    QVERIFY(stored->value().vertical == Vertical::Salon);
    QCOMPARE(stored->value().currency, QStringLiteral("USD"));
    QCOMPARE(stored->value().vatBasisPoints, 550);
    QVERIFY(!stored->value().pricesIncludeVat);
    QCOMPARE(stored->value().businessRegistrationNumber, QString());
    auto ops = Outbox::pending(conn());
    MADANG_VERIFY_OK(ops);
    QCOMPARE(ops->constLast().op, QStringLiteral("merchant.updated"));
    QCOMPARE(ops->constLast().payload.value(QStringLiteral("vat_bp")).toInt(), 550);
    QCOMPARE(rows("merchant"), 1);
}

void TestMerchantRepository::updateProfileBeforeSetUp()
{
    const Status s = merchant().updateProfile(sampleProfile());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::NotFound);
    QCOMPARE(rows("merchant"), 0);
    QCOMPARE(rows("outbox"), 0);
}

void TestMerchantRepository::updateProfileRejectsInvalid()
{
    MADANG_VERIFY_OK(merchant().initialize(sampleProfile(), QStringLiteral("Owner")));
    MerchantProfile bad = sampleProfile();
    bad.vatBasisPoints = 20000;
    const Status s = merchant().updateProfile(bad);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    QCOMPARE(merchant().profile()->value().vatBasisPoints, kDefaultVatBasisPoints);
    QCOMPARE(rows("outbox"), 2);
}

void TestMerchantRepository::addStaff()
{
    MADANG_VERIFY_OK(merchant().initialize(sampleProfile(), QStringLiteral("Owner")));
    m_clock->advanceSecs(1);
    auto mina = merchant().addStaff(StaffMember{{}, QStringLiteral("Mina"), QStringLiteral("manager"), true});
    MADANG_VERIFY_OK(mina);
    m_clock->advanceSecs(1);
    auto jisoo = merchant().addStaff(StaffMember{{}, QStringLiteral("지수"), QStringLiteral("staff"), false});
    MADANG_VERIFY_OK(jisoo);
    QVERIFY(mina->id != jisoo->id);
    auto staff = merchant().staff();
    MADANG_VERIFY_OK(staff);
    QCOMPARE(staff->size(), 3);
    QCOMPARE(staff->at(0).role, QStringLiteral("owner"));
    QCOMPARE(staff->at(1).name, QStringLiteral("Mina"));
    QCOMPARE(staff->at(1).role, QStringLiteral("manager"));
    QCOMPARE(staff->at(2).name, QStringLiteral("지수"));
    QVERIFY(!staff->at(2).active);

    // A role the schema does not know is refused by the database, and leaves no op behind.
    const qint64 opsBefore = rows("outbox");
    auto bad = merchant().addStaff(StaffMember{{}, QStringLiteral("Eve"), QStringLiteral("admin"), true});
    QVERIFY(!bad.ok());
    QCOMPARE(rows("staff"), 3);
    QCOMPARE(rows("outbox"), opsBefore);
}

void TestMerchantRepository::addStaffRejectsEmptyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
    QTest::newRow("ESC in the name") << (QStringLiteral("Mi") + QChar(0x1B) + QStringLiteral("na"));
    QTest::newRow("right-to-left override") << (QStringLiteral("Mina") + QChar(0x202E));
    QTest::newRow("81 characters") << QString(81, QLatin1Char('m'));
}

void TestMerchantRepository::addStaffRejectsEmptyName()
{
    QFETCH(QString, name);
    MADANG_VERIFY_OK(merchant().initialize(sampleProfile(), QStringLiteral("Owner")));
    auto added = merchant().addStaff(StaffMember{{}, name, QStringLiteral("staff"), true});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QCOMPARE(rows("staff"), 1);
    QCOMPARE(rows("outbox"), 2);
}

void TestMerchantRepository::settingsRoundTrip()
{
    QCOMPARE(merchant().setting(QStringLiteral("language")), QString());
    QCOMPARE(merchant().setting(QStringLiteral("language"), QStringLiteral("ko")), QStringLiteral("ko"));
    MADANG_VERIFY_OK(merchant().setSetting(QStringLiteral("language"), QStringLiteral("en")));
    QCOMPARE(merchant().setting(QStringLiteral("language"), QStringLiteral("ko")), QStringLiteral("en"));
    MADANG_VERIFY_OK(merchant().setSetting(QStringLiteral("language"), QStringLiteral("ko")));
    QCOMPARE(merchant().setting(QStringLiteral("language")), QStringLiteral("ko"));
    MADANG_VERIFY_OK(merchant().setSetting(QStringLiteral("idle_timeout_s"), QStringLiteral("90")));
    MADANG_VERIFY_OK(merchant().setSetting(QStringLiteral("greeting"), QStringLiteral("어서 오세요!")));
    QCOMPARE(merchant().setting(QStringLiteral("greeting")), QStringLiteral("어서 오세요!"));
    QCOMPARE(rows("settings"), 3);
    QCOMPARE(rows("outbox"), 0); // device-local: never synced
}

QTEST_GUILESS_MAIN(TestMerchantRepository)
#include "tst_merchantrepository.moc"
