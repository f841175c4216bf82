// ApplierSet and the appliers of workflows/appliers.h: an op made by a real write on terminal A, read from A's
// outbox and applied on terminal B (a copy of A from before the write), leaves B with A's rows and B's outbox as
// it was; applying it twice changes nothing more; a cut or mistyped payload is refused with B unchanged.
#include "applierpair.h"
#include "bookings/bookingservice.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/appliers.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace madang;
using namespace madang::test;

namespace {
/// What the rows' writes start from, the same on A and B.
struct Baseline
{
    QString ownerId;
    QString itemId;
    QString stationId;
    QString customerId;
    QDate dayOff;
    QString bookingId; // tomorrow 10:00, the owner, the customer
};

using Write = std::function<Status(Store &, const Baseline &)>;

} // namespace

Q_DECLARE_METATYPE(Write)

class TestAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opFromAAppliedOnB_data();
    void opFromAAppliedOnB();
    void unknownOrUnappliableOpIsRefused_data();
    void unknownOrUnappliableOpIsRefused();
    void failedApplyLeavesNothing();
    void exchangeOpsWithoutApplier();

private:
    /// Tomorrow at startMin with the owner, for the customer.
    BookingRequest bookingAt(int startMin)
    {
        BookingRequest r;
        r.itemId = m_base.itemId;
        r.day = m_pair.clock().now().date().addDays(1);
        r.startMin = startMin;
        r.staffId = m_base.ownerId;
        r.customerId = m_base.customerId;
        r.address = QStringLiteral("서울 마포구 1");
        return r;
    }
    QSqlDatabase a() { return m_pair.aDb(); }
    QSqlDatabase b() { return m_pair.bDb(); }

    ApplierPair m_pair;
    Baseline m_base;
};

void TestAppliers::init()
{
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Salon, [this](Store &s) -> Status {
        auto staff = s.merchant().staff();
        PREPARE_OK(staff);
        m_base.ownerId = staff->at(0).id;
        auto item =
            s.catalog().save(makeItem(QStringLiteral("S-CUT"), QStringLiteral("커트"), 20000, QStringLiteral("헤어")));
        PREPARE_OK(item);
        m_base.itemId = item->id;
        auto station =
            s.resources().saveStation(BookableStation{{}, QStringLiteral("Chair 1"), QStringLiteral("chair"), 1});
        PREPARE_OK(station);
        m_base.stationId = station->id;
        auto customer = s.customers().save(Customer{
            {}, QStringLiteral("김민지"), QStringLiteral("010-1234-5678"), QStringLiteral("VIP, 조용한 자리"), {}});
        PREPARE_OK(customer);
        m_base.customerId = customer->id;
        m_base.dayOff = m_pair.clock().now().date().addDays(7);
        PREPARE_OK(s.resources().addDayOff(m_base.ownerId, m_base.dayOff, QStringLiteral("휴가")));
        // The owner cuts hair every day from 9 to 18, and has one booking tomorrow.
        PREPARE_OK(s.resources().setSkills(m_base.ownerId, {m_base.itemId}));
        WeeklyHours hours;
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            hours[weekday] = {Interval{540, 1080}};
        }
        PREPARE_OK(s.resources().setWeeklyHours(m_base.ownerId, hours));
        Service phases;
        phases.workMin = 30;
        PREPARE_OK(s.resources().saveService(m_base.itemId, phases));
        auto booked = s.bookings().create(bookingAt(600));
        PREPARE_OK(booked);
        m_base.bookingId = booked->id;
        return Done{};
    }));
}

void TestAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestAppliers::opFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");     // the last op the write queues
    QTest::addColumn<QString>("rows");   // what must be the same on A and B afterwards
    QTest::addColumn<QString>("search"); // also found the same by the catalog search, if set
    const QString categories = QStringLiteral("SELECT id, name FROM categories ORDER BY id");
    const QString items = QStringLiteral("SELECT id, sku, name, coalesce(category_id, ''), price_minor, vat_bp, "
                                         "duration_min, coalesce(barcode, ''), active FROM items ORDER BY id");
    const QString customers = QStringLiteral("SELECT id, name, phone, phone_last4, coalesce(platform_id, '') "
                                             "FROM customers ORDER BY id");
    const QString stations = QStringLiteral("SELECT id, name, kind, position, active FROM stations ORDER BY id");
    const QString daysOff = QStringLiteral("SELECT staff_id, day, reason FROM staff_days_off ORDER BY 1, 2");
    const QString bookings = QStringLiteral(
        "SELECT id, status, source, coalesce(customer_id, ''), item_id, coalesce(staff_id, ''), "
        "coalesce(station_id, ''), day, start_min, work_min, processing_min, finish_min, buffer_before_min, "
        "buffer_after_min, starts_at, party_size, price_minor, deposit_minor, no_show_fee_minor, "
        "coalesce(cancel_reason, ''), address, access_notes, coalesce(series_id, ''), coalesce(crew_id, ''), "
        "coalesce(order_id, '') FROM bookings ORDER BY id");

    QTest::newRow("catalog.category.created") << Write([](Store &s, const Baseline &) {
        return statusOf(s.catalog().ensureCategory(QStringLiteral("음료")));
    }) << QStringLiteral("catalog.category.created")
                                              << categories << QString();
    QTest::newRow("catalog.item.created (with its category)") << Write([](Store &s, const Baseline &) {
        return statusOf(s.catalog().save(makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000,
                                                  QStringLiteral("식사"), QStringLiteral("8801234567893"))));
    }) << QStringLiteral("catalog.item.created") << categories + QStringLiteral(";") + items
                                                              << QStringLiteral("ㄱㅊ");
    QTest::newRow("catalog.item.updated") << Write([](Store &s, const Baseline &base) {
        auto item = s.catalog().find(base.itemId);
        if (!item || !item.value()) {
            return Status(makeError(ErrorCode::NotFound, QStringLiteral("no baseline item")));
        }
        CatalogItem changed = *item.value();
        changed.name = QStringLiteral("남성 커트");
        changed.priceMinor = 25000;
        changed.active = false;
        return statusOf(s.catalog().save(changed));
    }) << QStringLiteral("catalog.item.updated")
                                          << items << QStringLiteral("남성");
    QTest::newRow("merchant.updated")
        << Write([](Store &s, const Baseline &) {
               MerchantProfile p = sampleProfile(Vertical::Salon);
               p.name = QStringLiteral("마당 헤어 2호점");
               p.vatBasisPoints = 500;
               p.pricesIncludeVat = false;
               p.businessRegistrationNumber = QStringLiteral("123-45-67890");
               return s.merchant().updateProfile(p);
           })
        << QStringLiteral("merchant.updated")
        << QStringLiteral("SELECT name, vertical, currency, vat_bp, prices_include_vat, brn FROM merchant")
        << QString();
    QTest::newRow("customer.created") << Write([](Store &s, const Baseline &) {
        return statusOf(s.customers().save(Customer{{},
                                                    QStringLiteral("박서준"),
                                                    QStringLiteral("010-2222-3333"),
                                                    QStringLiteral("메모"),
                                                    QStringLiteral("plat-77")}));
    }) << QStringLiteral("customer.created")
                                      << customers << QString();
    QTest::newRow("customer.updated (the shop's notes stay)") << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.customers().save(Customer{base.customerId, QStringLiteral("김민지 님"), QStringLiteral("010-9999-0000"),
                                        QStringLiteral("VIP"), QStringLiteral("plat-1")}));
    }) << QStringLiteral("customer.updated") << customers << QString();
    QTest::newRow("service.saved")
        << Write([](Store &s, const Baseline &base) {
               Service phases;
               phases.workMin = 30;
               phases.processingMin = 20;
               phases.finishMin = 10;
               phases.bufferAfterMin = 5;
               phases.stationKind = QStringLiteral("chair");
               return s.resources().saveService(base.itemId, phases);
           })
        << QStringLiteral("service.saved")
        << QStringLiteral("SELECT * FROM services ORDER BY item_id; SELECT id, duration_min FROM items ORDER BY id")
        << QString();
    QTest::newRow("station.saved (new)") << Write([](Store &s, const Baseline &) {
        return statusOf(
            s.resources().saveStation(BookableStation{{}, QStringLiteral("Basin"), QStringLiteral("basin"), 2}));
    }) << QStringLiteral("station.saved") << stations
                                         << QString();
    QTest::newRow("station.saved (renamed)") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.resources().saveStation(
            BookableStation{base.stationId, QStringLiteral("Chair A"), QStringLiteral("chair"), 3}));
    }) << QStringLiteral("station.saved") << stations
                                             << QString();
    QTest::newRow("staff.hours.set")
        << Write([](Store &s, const Baseline &base) {
               WeeklyHours hours;
               hours[Qt::Monday] = {Interval{540, 720}, Interval{780, 1080}};
               hours[Qt::Saturday] = {Interval{600, 900}};
               return s.resources().setWeeklyHours(base.ownerId, hours);
           })
        << QStringLiteral("staff.hours.set")
        << QStringLiteral("SELECT staff_id, weekday, start_min, end_min FROM staff_hours ORDER BY 1, 2, 3")
        << QString();
    QTest::newRow("staff.day_off.added") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.resources().addDayOff(base.ownerId, base.dayOff.addDays(3), QStringLiteral("병원")));
    }) << QStringLiteral("staff.day_off.added")
                                         << daysOff << QString();
    QTest::newRow("staff.day_off.removed")
        << Write([](Store &s, const Baseline &base) { return s.resources().removeDayOff(base.ownerId, base.dayOff); })
        << QStringLiteral("staff.day_off.removed") << daysOff << QString();
    QTest::newRow("booking.created") << Write([](Store &s, const Baseline &base) {
        BookingRequest r;
        r.itemId = base.itemId;
        r.day = base.dayOff.addDays(-5);
        r.startMin = 840;
        r.staffId = base.ownerId;
        r.depositMinor = 5000;
        r.accessNotes = QStringLiteral("벨 두 번");
        return statusOf(s.bookings().create(r));
    }) << QStringLiteral("booking.created")
                                     << bookings << QString();
    QTest::newRow("booking.moved") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.bookings().move(base.bookingId, base.dayOff.addDays(-4), 900, base.ownerId, {}));
    }) << QStringLiteral("booking.moved")
                                   << bookings << QString();
    QTest::newRow("booking.cancelled") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.bookings().cancel(base.bookingId, QStringLiteral("고객 요청"), {}));
    }) << QStringLiteral("booking.cancelled")
                                       << bookings << QString();
}

void TestAppliers::opFromAAppliedOnB()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(QString, rows);
    QFETCH(QString, search);
    const QString failure = m_pair.replay([&](Store &s) { return write(s, m_base); }, op, rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    if (!search.isEmpty()) {
        const auto ids = [&](Store &s) { return searchIds(s, search); };
        QVERIFY(!ids(m_pair.a()).isEmpty());
        QCOMPARE(ids(m_pair.b()), ids(m_pair.a()));
    }
    if (op == QLatin1String("customer.updated")) {
        QCOMPARE(queryString(b(), QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(m_base.customerId)),
                 QStringLiteral("VIP, 조용한 자리"));
    }
}

void TestAppliers::unknownOrUnappliableOpIsRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("bare"); // applied by a set with no applier at all
    QTest::newRow("unknown name") << QStringLiteral("catalog.item.deleted") << 1 << false;
    QTest::newRow("known name, other version") << QStringLiteral("catalog.item.created") << 2 << false;
    QTest::newRow("a push op") << QStringLiteral("order.finalized") << 2 << false;
    QTest::newRow("an exchange op that the set has no applier for") << QStringLiteral("crew.saved") << 1 << true;
    QTest::newRow("empty name") << QString() << 1 << false;
}

void TestAppliers::unknownOrUnappliableOpIsRefused()
{
    QFETCH(QString, op);
    QFETCH(int, version);
    QFETCH(bool, bare);
    const QString before = snapshot(b(), QStringLiteral("SELECT id, name FROM items"));
    OutboxOp o;
    o.opId = QStringLiteral("op-1");
    o.op = op;
    o.version = version;
    o.payload = QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("name"), QStringLiteral("y")}};
    ApplierSet none(m_pair.b().database());
    const auto refused = (bare ? none : m_pair.appliers()).apply(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(op), qPrintable(refused.error().message));
    QCOMPARE(snapshot(b(), QStringLiteral("SELECT id, name FROM items")), before);
}

void TestAppliers::failedApplyLeavesNothing()
{
    // A customer new to B whose number another customer of B has: the bare row that went in first goes too.
    const qint64 customers = queryInt(b(), QStringLiteral("SELECT count(*) FROM customers"));
    OutboxOp o;
    o.opId = QStringLiteral("op-2");
    o.op = QStringLiteral("customer.created");
    o.payload = QJsonObject{{QStringLiteral("id"), QStringLiteral("c-new")},
                            {QStringLiteral("name"), QStringLiteral("이도윤")},
                            {QStringLiteral("phone"), QStringLiteral("+821012345678")},
                            {QStringLiteral("platform_id"), QString()}};
    const auto refused = m_pair.appliers().apply(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(queryInt(b(), QStringLiteral("SELECT count(*) FROM customers")), customers);
    QVERIFY(!Transaction::inProgress(b()));
    QVERIFY(!Outbox::Replaying::active(b()));
}

void TestAppliers::exchangeOpsWithoutApplier()
{
    // Every op the platform may also change has an applier (a new Exchange op without one fails here).
    const QStringList expected;
    QCOMPARE(madang::exchangeOpsWithoutApplier(m_pair.appliers()), expected);
    // The push ops are the ledgers each terminal owns: of those, only another terminal's orders are applied here,
    // read-only (sales/orderappliers.h).
    const QStringList names = m_pair.appliers().names();
    for (const QString &name : names) {
        if (name != ops::OrderFinalized.name) {
            QCOMPARE(OpRegistry::find(name)->direction, OpDirection::Exchange);
        }
    }
    QVERIFY(names.contains(QString(ops::OrderFinalized.name)));
    const auto exchange = std::count_if(OpRegistry::all().cbegin(), OpRegistry::all().cend(),
                                        [](const OpSpec *spec) { return spec->direction == OpDirection::Exchange; });
    QCOMPARE(names.size() + expected.size(), exchange + 1);
}

QTEST_GUILESS_MAIN(TestAppliers)
#include "tst_appliers.moc"
