// ApplierSet and the appliers of workflows/appliers.h: an op made by a real write on terminal A, read from A's
// outbox and applied on terminal B (a copy of A from before the write), leaves B with A's rows and B's outbox as
// it was; applying it twice changes nothing more; a cut or mistyped payload is refused with B unchanged.
#include "bookings/bookingservice.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/appliers.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
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

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status(Done{}) : Status(result.error());
}

/// Every row of sql, one line per row with its columns joined by '|'.
QString snapshot(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return QStringLiteral("failed: ") + sql;
    }
    QStringList rows;
    while (q.next()) {
        QStringList columns;
        for (int n = 0; n < q.record().count(); ++n) {
            columns << (q.value(n).isNull() ? QStringLiteral("NULL") : q.value(n).toString());
        }
        rows << columns.join(u'|');
    }
    return rows.join(u'\n');
}
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
    BookingRequest bookingAt(int startMin) const
    {
        BookingRequest r;
        r.itemId = m_base.itemId;
        r.day = m_clock->now().date().addDays(1);
        r.startMin = startMin;
        r.staffId = m_base.ownerId;
        r.customerId = m_base.customerId;
        r.address = QStringLiteral("서울 마포구 1");
        return r;
    }
    QSqlDatabase a() { return m_a->database().connection(); }
    QSqlDatabase b() { return m_b->database().connection(); }
    qint64 outboxRows(const QSqlDatabase &db) { return queryInt(db, QStringLiteral("SELECT count(*) FROM outbox")); }

    std::unique_ptr<QTemporaryDir> m_dirA;
    std::unique_ptr<QTemporaryDir> m_dirB;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_a;
    std::unique_ptr<Store> m_b;
    std::unique_ptr<ApplierSet> m_appliers; // B's
    Baseline m_base;
};

void TestAppliers::init()
{
    m_dirA = std::make_unique<QTemporaryDir>();
    m_dirB = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    {
        auto store = openSetUpStore(*m_dirA, *m_clock, Vertical::Salon);
        MADANG_VERIFY_OK(store);
        Store &s = *store.value();
        auto staff = s.merchant().staff();
        MADANG_VERIFY_OK(staff);
        m_base.ownerId = staff->at(0).id;
        auto item =
            s.catalog().save(makeItem(QStringLiteral("S-CUT"), QStringLiteral("커트"), 20000, QStringLiteral("헤어")));
        MADANG_VERIFY_OK(item);
        m_base.itemId = item->id;
        auto station =
            s.resources().saveStation(BookableStation{{}, QStringLiteral("Chair 1"), QStringLiteral("chair"), 1});
        MADANG_VERIFY_OK(station);
        m_base.stationId = station->id;
        auto customer = s.customers().save(Customer{
            {}, QStringLiteral("김민지"), QStringLiteral("010-1234-5678"), QStringLiteral("VIP, 조용한 자리"), {}});
        MADANG_VERIFY_OK(customer);
        m_base.customerId = customer->id;
        m_base.dayOff = m_clock->now().date().addDays(7);
        MADANG_VERIFY_OK(s.resources().addDayOff(m_base.ownerId, m_base.dayOff, QStringLiteral("휴가")));
        // The owner cuts hair every day from 9 to 18, and has one booking tomorrow.
        MADANG_VERIFY_OK(s.resources().setSkills(m_base.ownerId, {m_base.itemId}));
        WeeklyHours hours;
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            hours[weekday] = {Interval{540, 1080}};
        }
        MADANG_VERIFY_OK(s.resources().setWeeklyHours(m_base.ownerId, hours));
        Service phases;
        phases.workMin = 30;
        MADANG_VERIFY_OK(s.resources().saveService(m_base.itemId, phases));
        auto booked = s.bookings().create(bookingAt(600));
        MADANG_VERIFY_OK(booked);
        m_base.bookingId = booked->id;
    }
    // B: the same terminal state, copied while closed (the database and its search index file).
    const QDir from(m_dirA->path());
    for (const QString &file : from.entryList(QDir::Files)) {
        if (!file.endsWith(QLatin1String(".lock"))) {
            QVERIFY2(QFile::copy(from.filePath(file), m_dirB->filePath(file)), qPrintable(file));
        }
    }
    auto a = openStore(*m_dirA, *m_clock);
    MADANG_VERIFY_OK(a);
    m_a = std::move(a).value();
    auto b = openStore(*m_dirB, *m_clock);
    MADANG_VERIFY_OK(b);
    m_b = std::move(b).value();
    m_appliers = makeAppliers(*m_b);
}

void TestAppliers::cleanup()
{
    m_appliers.reset();
    m_b.reset();
    m_a.reset();
    m_clock.reset();
    m_dirB.reset();
    m_dirA.reset();
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
    const auto same = [&] {
        QStringList differ;
        for (const QString &sql : rows.split(u';')) {
            if (snapshot(a(), sql) != snapshot(b(), sql)) {
                differ << QStringLiteral("A:\n%1\nB:\n%2").arg(snapshot(a(), sql), snapshot(b(), sql));
            }
        }
        return differ.join(u'\n');
    };
    const qint64 seenOnA = queryInt(a(), QStringLiteral("SELECT max(seq) FROM outbox"));
    MADANG_VERIFY_OK(write(*m_a, m_base));
    QList<OutboxOp> made;
    auto pending = Outbox::pending(a(), 1000);
    MADANG_VERIFY_OK(pending);
    for (const OutboxOp &o : pending.value()) {
        if (o.seq > seenOnA) {
            made << o;
        }
    }
    QVERIFY(!made.isEmpty());
    QCOMPARE(made.constLast().op, op);
    QVERIFY2(!same().isEmpty(), "the write changed nothing that the row compares");

    // A cut or mistyped payload is refused, with B as it was.
    const qint64 outboxOnB = outboxRows(b());
    const QString bBefore = snapshot(b(), rows);
    const OutboxOp last = made.constLast();
    QList<OutboxOp> broken;
    OutboxOp cut = last;
    const QByteArray text = QJsonDocument(last.payload).toJson(QJsonDocument::Compact);
    cut.payload = QJsonDocument::fromJson(text.left(text.size() / 2)).object();
    broken << cut;
    for (const QString &key : last.payload.keys()) {
        OutboxOp without = last;
        without.payload.remove(key);
        broken << without;
        if (!last.payload.value(key).isArray()) {
            OutboxOp mistyped = last;
            mistyped.payload.insert(key, QJsonArray{1});
            broken << mistyped;
        }
    }
    for (const OutboxOp &bad : std::as_const(broken)) {
        const Status refused = m_appliers->apply(bad);
        QVERIFY2(!refused.ok(), QJsonDocument(bad.payload).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("nothing was applied")),
                 qPrintable(refused.error().message));
        QCOMPARE(snapshot(b(), rows), bBefore);
        QCOMPARE(outboxRows(b()), outboxOnB);
    }

    // Applied in order, B has A's rows, and queued nothing.
    for (int pass = 1; pass <= 2; ++pass) { // the second time changes nothing
        for (const OutboxOp &o : std::as_const(made)) {
            const Status applied = m_appliers->apply(o);
            QVERIFY2(applied.ok(), qPrintable(QStringLiteral("pass %1, %2: %3")
                                                  .arg(pass)
                                                  .arg(o.op, applied.ok() ? QString() : applied.error().message)));
        }
        const QString differ = same();
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
        QCOMPARE(outboxRows(b()), outboxOnB);
    }
    if (!search.isEmpty()) {
        const auto ids = [&](Store &s) {
            QStringList found;
            auto hits = s.catalog().search(search);
            for (const CatalogItem &item : hits.value()) {
                found << item.id;
            }
            return found;
        };
        QVERIFY(!ids(*m_a).isEmpty());
        QCOMPARE(ids(*m_b), ids(*m_a));
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
    QTest::newRow("unknown name") << QStringLiteral("catalog.item.deleted") << 1;
    QTest::newRow("known name, other version") << QStringLiteral("catalog.item.created") << 2;
    QTest::newRow("a push op") << QStringLiteral("order.finalized") << 2;
    QTest::newRow("an exchange op without an applier yet") << QStringLiteral("crew.saved") << 1;
    QTest::newRow("empty name") << QString() << 1;
}

void TestAppliers::unknownOrUnappliableOpIsRefused()
{
    QFETCH(QString, op);
    QFETCH(int, version);
    const QString before = snapshot(b(), QStringLiteral("SELECT id, name FROM items"));
    OutboxOp o;
    o.opId = QStringLiteral("op-1");
    o.op = op;
    o.version = version;
    o.payload = QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("name"), QStringLiteral("y")}};
    const Status refused = m_appliers->apply(o);
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
    const Status refused = m_appliers->apply(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(queryInt(b(), QStringLiteral("SELECT count(*) FROM customers")), customers);
    QVERIFY(!Transaction::inProgress(b()));
    QVERIFY(!Outbox::Replaying::active(b()));
}

void TestAppliers::exchangeOpsWithoutApplier()
{
    // The gap, op by op: an applier added for one of these moves it from this list to opFromAAppliedOnB.
    const QStringList expected{
        QStringLiteral("booking.series.created"), QStringLiteral("catalog.item_modifiers.set"),
        QStringLiteral("catalog.items.upserted"), QStringLiteral("catalog.modifier_group.saved"),
        QStringLiteral("crew.retired"),           QStringLiteral("crew.saved"),
        QStringLiteral("dining_hours.set"),       QStringLiteral("merchant.initialized"),
        QStringLiteral("reservation.cancelled"),  QStringLiteral("reservation.completed"),
        QStringLiteral("reservation.created"),    QStringLiteral("reservation.deposit_refunded"),
        QStringLiteral("reservation.moved"),      QStringLiteral("reservation.no_show"),
        QStringLiteral("reservation.seated"),     QStringLiteral("reservation.status"),
        QStringLiteral("staff.created"),          QStringLiteral("staff.skills.set"),
        QStringLiteral("staff.updated"),          QStringLiteral("station.retired"),
        QStringLiteral("travel_time.saved"),      QStringLiteral("waitlist.added"),
        QStringLiteral("waitlist.left"),          QStringLiteral("waitlist.seated"),
    };
    QCOMPARE(madang::exchangeOpsWithoutApplier(*m_appliers), expected);
    // No applier for a push op: the terminal owns those ledgers.
    for (const QString &name : m_appliers->names()) {
        QCOMPARE(OpRegistry::find(name)->direction, OpDirection::Exchange);
    }
    QCOMPARE(m_appliers->names().size(), 17);
}

QTEST_GUILESS_MAIN(TestAppliers)
#include "tst_appliers.moc"
