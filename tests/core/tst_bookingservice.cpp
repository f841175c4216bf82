// BookingService: bookings made where the availability engine allows, refusals that write nothing, moves
// that are audited, the lifecycle, daylight-saving days, and staff who leave with bookings ahead.
#include "bookings/bookingservice.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "fakesigner.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "sales/saleservice.h"
#include "testsupport.h"
#include "workflows/checkout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace madang;
using namespace madang::test;

namespace {
const QDate kMonday(2026, 12, 7);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}
} // namespace

class TestBookingService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void create_data();
    void create();
    void refusalWritesNothing();
    void walkInTakesFirstFreeQualified();
    void processingGapFreesTheStylist();
    void slotsFollowBookings();
    void moveIsAudited();
    void lifecycle();
    void cancelAndNoShow();
    void daylightSaving_data();
    void daylightSaving();
    void retiredStaffFlagsBookings();
    void checkoutCreditsDepositAndCompletes_data();
    void checkoutCreditsDepositAndCompletes();

private:
    BookingService &bookings() { return m_store->bookings(); }
    QString itemId(const QString &sku);
    BookingRequest request(const QString &sku, int startMin, const QString &staff) const;
    qint64 count(const QString &table) const
    {
        return queryInt(m_store->database().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QHash<QString, QString> m_staff; // name → id
    QString m_customer;
};

QString TestBookingService::itemId(const QString &sku)
{
    auto item = m_store->catalog().findBySku(sku);
    return item && item.value() ? item.value()->id : QString();
}

BookingRequest TestBookingService::request(const QString &sku, int startMin, const QString &staff) const
{
    BookingRequest r;
    r.itemId = sku;
    r.day = kMonday;
    r.startMin = startMin;
    r.staffId = m_staff.value(staff, staff);
    r.customerId = m_customer;
    return r;
}

/// Ana (cuts and colours) works Monday 9-12 and 13-18, Bo (cuts) 10-16; two chairs.
void TestBookingService::init()
{
    m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Seoul")));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    CatalogItem cut = makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 20000, QStringLiteral("커트"));
    cut.durationMin = 20;
    MADANG_VERIFY_OK(m_store->catalog().save(cut));
    MADANG_VERIFY_OK(m_store->catalog().save(makeItem(QStringLiteral("COLOUR"), QStringLiteral("염색"), 90000)));
    MADANG_VERIFY_OK(m_store->catalog().save(makeItem(QStringLiteral("WAX"), QStringLiteral("왁스"), 18000)));
    ResourceRepository &res = m_store->resources();
    MADANG_VERIFY_OK(
        res.saveService(itemId(QStringLiteral("CUT")), Service{{}, 20, 0, 0, 0, 0, {}, QStringLiteral("chair")}));
    MADANG_VERIFY_OK(
        res.saveService(itemId(QStringLiteral("COLOUR")), Service{{}, 30, 40, 20, 0, 0, {}, QStringLiteral("chair")}));
    for (const char *chair : {"Chair 1", "Chair 2"}) {
        MADANG_VERIFY_OK(res.saveStation({{}, QLatin1String(chair), QStringLiteral("chair"), 0}));
    }
    m_staff.clear();
    const QList<std::tuple<QString, QStringList, QList<Interval>>> team{
        {QStringLiteral("Ana"), {QStringLiteral("CUT"), QStringLiteral("COLOUR")}, {{at(9), at(12)}, {at(13), at(18)}}},
        {QStringLiteral("Bo"), {QStringLiteral("CUT")}, {{at(10), at(16)}}}};
    for (const auto &[name, skus, hours] : team) {
        auto member = m_store->merchant().addStaff(StaffMember{{}, name, QStringLiteral("staff"), true});
        MADANG_VERIFY_OK(member);
        m_staff.insert(name, member->id);
        QStringList ids;
        for (const QString &sku : skus) {
            ids << itemId(sku);
        }
        MADANG_VERIFY_OK(res.setSkills(member->id, ids));
        MADANG_VERIFY_OK(res.setWeeklyHours(member->id, {{Qt::Monday, hours}}));
    }
    auto customer =
        m_store->customers().save(Customer{{}, QStringLiteral("김하늘"), QStringLiteral("010-1234-5678"), {}, {}});
    MADANG_VERIFY_OK(customer);
    m_customer = customer->id;
}

void TestBookingService::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestBookingService::create_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("staff");
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("cut at opening") << "CUT"
                                    << "Ana" << at(9) << true << ErrorCode::InvalidInput;
    QTest::newRow("colour ends at 18:00") << "COLOUR"
                                          << "Ana" << at(16, 30) << true << ErrorCode::InvalidInput;
    QTest::newRow("lacks the skill") << "COLOUR"
                                     << "Bo" << at(10) << false << ErrorCode::Forbidden;
    QTest::newRow("before hours") << "CUT"
                                  << "Bo" << at(9, 45) << false << ErrorCode::InvalidInput;
    QTest::newRow("into the break") << "CUT"
                                    << "Ana" << at(11, 50) << false << ErrorCode::InvalidInput;
    QTest::newRow("past closing") << "COLOUR"
                                  << "Ana" << at(16, 45) << false << ErrorCode::InvalidInput;
    QTest::newRow("unknown service") << "PERM"
                                     << "Ana" << at(9) << false << ErrorCode::NotFound;
    QTest::newRow("retail takes no time") << "WAX"
                                          << "Ana" << at(9) << false << ErrorCode::InvalidInput;
    QTest::newRow("unknown staff") << "CUT"
                                   << "nobody" << at(10) << false << ErrorCode::NotFound;
    QTest::newRow("minute out of the day") << "CUT"
                                           << "Ana" << at(24) << false << ErrorCode::InvalidInput;
}

void TestBookingService::create()
{
    QFETCH(QString, sku);
    QFETCH(QString, staff);
    QFETCH(int, start);
    QFETCH(bool, ok);
    QFETCH(ErrorCode, code);

    auto made = bookings().create(request(sku, start, staff));
    QCOMPARE(made.ok(), ok);
    if (!ok) {
        QCOMPARE(made.error().code, code);
        QVERIFY(!made.error().message.isEmpty());
        return;
    }
    QCOMPARE(made->staffId, m_staff.value(staff));
    QCOMPARE(made->status, BookingStatus::Confirmed);
    QCOMPARE(made->customerName, QStringLiteral("김하늘"));
    QVERIFY(!made->stationId.isEmpty());
    QCOMPARE(made->startsAt.right(6), QStringLiteral("+09:00"));
    QCOMPARE(made->priceMinor, sku == QLatin1String("CUT") ? 20000 : 90000);
}

void TestBookingService::refusalWritesNothing()
{
    MADANG_VERIFY_OK(bookings().create(request(QStringLiteral("CUT"), at(10), QStringLiteral("Ana"))));
    const qint64 ops = count(QStringLiteral("outbox"));
    const qint64 events = count(QStringLiteral("booking_events"));
    auto taken = bookings().create(request(QStringLiteral("CUT"), at(10, 10), QStringLiteral("Ana")));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
    auto noReason = bookings().cancel(bookings().onDay(kMonday)->first().id, QStringLiteral("  "), {});
    QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
    auto escReason = bookings().cancel(bookings().onDay(kMonday)->first().id,
                                       QStringLiteral("sick") + QChar(0x1B) + QStringLiteral("[2J"), {});
    QCOMPARE(escReason.error().message,
             QStringLiteral("The reason contains a control character (U+001B) at position 5."));
    // Unclean or over-long notes and addresses: refused before the slot is even looked at.
    BookingRequest notes = request(QStringLiteral("CUT"), at(14), QStringLiteral("Ana"));
    notes.notes = QString(40000, QLatin1Char('n'));
    QCOMPARE(bookings().create(notes).error().message,
             QStringLiteral("The note is 40000 characters; the maximum is 500."));
    notes.notes = QStringLiteral("첫 방문\n두피 민감"); // a note may span lines
    notes.address = QStringLiteral("서울 ") + QChar(0x202E) + QStringLiteral("1동");
    QCOMPARE(bookings().create(notes).error().message,
             QStringLiteral("The address contains a text direction control (U+202E) at position 4."));
    notes.address.clear();
    notes.accessNotes = QStringLiteral("door code") + QChar(0x07);
    QCOMPARE(bookings().create(notes).error().message,
             QStringLiteral("The access note contains a control character (U+0007) at position 10."));
    QCOMPARE(count(QStringLiteral("bookings")), 1);
    QCOMPARE(count(QStringLiteral("outbox")), ops);
    QCOMPARE(count(QStringLiteral("booking_events")), events);
}

void TestBookingService::walkInTakesFirstFreeQualified()
{
    auto first = bookings().create(request(QStringLiteral("CUT"), at(10), {}));
    MADANG_VERIFY_OK(first);
    QCOMPARE(first->staffName, QStringLiteral("Ana"));
    auto second = bookings().create(request(QStringLiteral("CUT"), at(10), {}));
    MADANG_VERIFY_OK(second);
    QCOMPARE(second->staffName, QStringLiteral("Bo"));
    QVERIFY(second->stationId != first->stationId);
    auto third = bookings().create(request(QStringLiteral("CUT"), at(10), {}));
    QCOMPARE(third.error().code, ErrorCode::Conflict);
    auto colour = bookings().create(request(QStringLiteral("COLOUR"), at(10, 30), {}));
    MADANG_VERIFY_OK(colour);
    QCOMPARE(colour->staffName, QStringLiteral("Ana"));
}

void TestBookingService::processingGapFreesTheStylist()
{
    // Colour 13:00: Ana works 13:00-13:30, is free 13:30-14:10 while it develops, finishes 14:10-14:30.
    MADANG_VERIFY_OK(bookings().create(request(QStringLiteral("COLOUR"), at(13), QStringLiteral("Ana"))));
    auto duringWork = bookings().create(request(QStringLiteral("CUT"), at(13, 20), QStringLiteral("Ana")));
    QCOMPARE(duringWork.error().code, ErrorCode::Conflict);
    auto duringProcessing = bookings().create(request(QStringLiteral("CUT"), at(13, 40), QStringLiteral("Ana")));
    MADANG_VERIFY_OK(duringProcessing);
    // Both chairs are now taken at 13:45 (the colour's and the cut's): Bo cannot cut then.
    auto noChair = bookings().create(request(QStringLiteral("CUT"), at(13, 45), QStringLiteral("Bo")));
    QCOMPARE(noChair.error().code, ErrorCode::Conflict);
}

void TestBookingService::slotsFollowBookings()
{
    auto before =
        bookings().availableSlots(QStringLiteral("COLOUR"), kMonday, m_staff.value(QStringLiteral("Ana")), 30);
    MADANG_VERIFY_OK(before);
    QList<int> starts;
    for (const Slot &s : before.value()) {
        starts << s.startMin;
    }
    // 9:00-12:00 fits 90 minutes from 9:00 to 10:30; 13:00-18:00 from 13:00 to 16:30.
    QCOMPARE(starts, (QList<int>{at(9), at(9, 30), at(10), at(10, 30), at(13), at(13, 30), at(14), at(14, 30), at(15),
                                 at(15, 30), at(16), at(16, 30)}));
    MADANG_VERIFY_OK(bookings().create(request(QStringLiteral("CUT"), at(15), QStringLiteral("Ana"))));
    auto after = bookings().availableSlots(QStringLiteral("CUT"), kMonday, m_staff.value(QStringLiteral("Ana")), 30);
    MADANG_VERIFY_OK(after);
    QVERIFY(std::none_of(after->cbegin(), after->cend(), [](const Slot &s) { return s.startMin == at(15); }));
    auto retail = bookings().availableSlots(QStringLiteral("WAX"), kMonday);
    QCOMPARE(retail.error().code, ErrorCode::InvalidInput);
}

void TestBookingService::moveIsAudited()
{
    auto made = bookings().create(request(QStringLiteral("CUT"), at(10), QStringLiteral("Ana")));
    MADANG_VERIFY_OK(made);
    MADANG_VERIFY_OK(bookings().create(request(QStringLiteral("CUT"), at(11), QStringLiteral("Bo"))));
    const qint64 ops = count(QStringLiteral("outbox"));
    auto clash = bookings().move(made->id, kMonday, at(11), m_staff.value(QStringLiteral("Bo")), {});
    QCOMPARE(clash.error().code, ErrorCode::Conflict);
    QCOMPARE(bookings().find(made->id)->value().startMin, at(10));

    auto moved = bookings().move(made->id, kMonday, at(14), m_staff.value(QStringLiteral("Bo")),
                                 m_staff.value(QStringLiteral("Ana")), 45);
    MADANG_VERIFY_OK(moved);
    QCOMPARE(moved->startMin, at(14));
    QCOMPARE(moved->staffName, QStringLiteral("Bo"));
    QCOMPARE(moved->phases.spanMin(), 45);
    QCOMPARE(count(QStringLiteral("outbox")), ops + 1);
    const QSqlDatabase db = m_store->database().connection();
    QCOMPARE(queryString(db, QStringLiteral("SELECT op FROM outbox ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("booking.moved"));
    const QJsonObject detail =
        QJsonDocument::fromJson(
            queryString(db, QStringLiteral("SELECT detail FROM booking_events WHERE kind = 'moved'")).toUtf8())
            .object();
    QCOMPARE(detail.value(QStringLiteral("from")).toObject().value(QStringLiteral("start_min")).toInt(), at(10));
    QCOMPARE(detail.value(QStringLiteral("to")).toObject().value(QStringLiteral("start_min")).toInt(), at(14));
    QCOMPARE(detail.value(QStringLiteral("to")).toObject().value(QStringLiteral("span_min")).toInt(), 45);
    QCOMPARE(queryString(db, QStringLiteral("SELECT staff_id FROM booking_events WHERE kind = 'moved'")),
             m_staff.value(QStringLiteral("Ana")));
    auto backwards = bookings().move(made->id, kMonday, at(14), {}, {}, -5);
    QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
}

void TestBookingService::lifecycle()
{
    auto made = bookings().create(request(QStringLiteral("CUT"), at(10), QStringLiteral("Ana")));
    MADANG_VERIFY_OK(made);
    const QString id = made->id;
    QCOMPARE(bookings().setStatus(id, BookingStatus::InService, {}).error().code, ErrorCode::InvalidInput);
    MADANG_VERIFY_OK(bookings().setStatus(id, BookingStatus::CheckedIn, {}));
    QCOMPARE(bookings().move(id, kMonday, at(14), {}, {}).error().code, ErrorCode::InvalidInput);
    MADANG_VERIFY_OK(bookings().setStatus(id, BookingStatus::InService, {}));
    auto done = bookings().complete(id, QStringLiteral("order-1"), {});
    MADANG_VERIFY_OK(done);
    QCOMPARE(done->status, BookingStatus::Completed);
    QCOMPARE(done->orderId, QStringLiteral("order-1"));
    QCOMPARE(bookings().cancel(id, QStringLiteral("late"), {}).error().code, ErrorCode::InvalidInput);
    const QSqlDatabase db = m_store->database().connection();
    QCOMPARE(queryString(db, QStringLiteral("SELECT group_concat(op, ' ') FROM (SELECT op FROM outbox WHERE op LIKE "
                                            "'booking.%' ORDER BY seq)")),
             QStringLiteral("booking.created booking.status_changed booking.status_changed booking.completed"));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM booking_events")), 4);
}

void TestBookingService::cancelAndNoShow()
{
    auto a = bookings().create(request(QStringLiteral("CUT"), at(10), QStringLiteral("Ana")));
    auto b = bookings().create(request(QStringLiteral("CUT"), at(11), QStringLiteral("Ana")));
    MADANG_VERIFY_OK(a);
    MADANG_VERIFY_OK(b);
    auto cancelled = bookings().cancel(a->id, QStringLiteral("아파서 못 와요"), {});
    MADANG_VERIFY_OK(cancelled);
    QCOMPARE(cancelled->cancelReason, QStringLiteral("아파서 못 와요"));
    // The cancelled booking no longer holds Ana at 10:00.
    MADANG_VERIFY_OK(bookings().create(request(QStringLiteral("CUT"), at(10), QStringLiteral("Ana"))));
    QCOMPARE(bookings().markNoShow(b->id, 20001, {}).error().code, ErrorCode::InvalidInput);
    auto noShow = bookings().markNoShow(b->id, 10000, {});
    MADANG_VERIFY_OK(noShow);
    QCOMPARE(noShow->noShowFeeMinor, 10000);
    QCOMPARE(noShow->status, BookingStatus::NoShow);
    auto history = bookings().forCustomer(m_customer);
    MADANG_VERIFY_OK(history);
    QCOMPARE(history->size(), 3);
}

void TestBookingService::daylightSaving_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("ok");

    // Berlin: 2027-03-28 02:00 becomes 03:00; 2026-10-25 03:00 becomes 02:00 again.
    QTest::newRow("skipped hour") << QDate(2027, 3, 28) << at(2, 30) << false;
    QTest::newRow("into the skipped hour") << QDate(2027, 3, 28) << at(1, 50) << false;
    QTest::newRow("after the change") << QDate(2027, 3, 28) << at(3) << true;
    QTest::newRow("across the repeated hour") << QDate(2026, 10, 25) << at(2, 50) << false;
    QTest::newRow("a normal night") << QDate(2027, 3, 21) << at(1, 50) << true;
}

void TestBookingService::daylightSaving()
{
    QFETCH(QDate, day);
    QFETCH(int, start);
    QFETCH(bool, ok);

    m_clock.set(QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone("Europe/Berlin")));
    const QString ana = m_staff.value(QStringLiteral("Ana"));
    MADANG_VERIFY_OK(m_store->resources().setWeeklyHours(ana, {{Qt::Sunday, {{at(0), at(6)}}}}));
    BookingRequest r = request(QStringLiteral("CUT"), start, QStringLiteral("Ana"));
    r.day = day;
    auto made = bookings().create(r);
    QCOMPARE(made.ok(), ok);
    if (!ok) {
        QCOMPARE(made.error().code, ErrorCode::InvalidInput);
    }
    auto free = bookings().availableSlots(QStringLiteral("CUT"), day, ana, 10);
    MADANG_VERIFY_OK(free);
    const bool offered =
        std::any_of(free->cbegin(), free->cend(), [&](const Slot &s) { return s.startMin == start; }) ||
        made.ok(); // once booked it is no longer free
    QCOMPARE(offered, ok);
}

void TestBookingService::retiredStaffFlagsBookings()
{
    auto made = bookings().create(request(QStringLiteral("CUT"), at(10, 30), QStringLiteral("Bo")));
    MADANG_VERIFY_OK(made);
    auto done = bookings().create(request(QStringLiteral("CUT"), at(11), QStringLiteral("Bo")));
    MADANG_VERIFY_OK(done);
    MADANG_VERIFY_OK(bookings().cancel(done->id, QStringLiteral("moved away"), {}));
    QVERIFY(execSql(m_store->database().connection(), QStringLiteral("UPDATE staff SET active = 0 WHERE name = 'Bo'")));
    auto flagged = bookings().needingReassignment();
    MADANG_VERIFY_OK(flagged);
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->first().id, made->id);
    QVERIFY(flagged->first().needsReassignment);
    // Bo is no longer bookable; moving the booking to Ana clears the flag.
    QCOMPARE(bookings().create(request(QStringLiteral("CUT"), at(14), QStringLiteral("Bo"))).error().code,
             ErrorCode::NotFound);
    MADANG_VERIFY_OK(bookings().move(made->id, kMonday, at(10, 30), m_staff.value(QStringLiteral("Ana")), {}));
    QVERIFY(bookings().needingReassignment()->isEmpty());
}

void TestBookingService::checkoutCreditsDepositAndCompletes_data()
{
    QTest::addColumn<qint64>("deposit"); // credited
    QTest::addColumn<bool>("ownBooking");
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<bool>("ok");
    QTest::newRow("deposit and the rest in cash") << qint64(20000) << true << qint64(70000) << true;
    QTest::newRow("no deposit credited") << qint64(0) << true << qint64(90000) << true;
    QTest::newRow("more than was paid") << qint64(30000) << true << qint64(60000) << false;
    QTest::newRow("another booking's deposit") << qint64(20000) << false << qint64(70000) << false;
    QTest::newRow("cash short") << qint64(20000) << true << qint64(50000) << false;
}

void TestBookingService::checkoutCreditsDepositAndCompletes()
{
    QFETCH(qint64, deposit);
    QFETCH(bool, ownBooking);
    QFETCH(qint64, cash);
    QFETCH(bool, ok);

    BookingRequest r = request(QStringLiteral("COLOUR"), at(13), QStringLiteral("Ana"));
    r.depositMinor = 20000;
    auto made = bookings().create(r);
    MADANG_VERIFY_OK(made);
    MADANG_VERIFY_OK(bookings().setStatus(made->id, BookingStatus::CheckedIn, {}));
    auto item = m_store->catalog().findBySku(QStringLiteral("COLOUR"));
    Ticket ticket;
    TicketLine line = TicketLine::fromItem(*item.value());
    line.staffId = made->staffId;
    ticket.lines << line;
    ticket.bookingId = made->id;
    QList<PaymentInput> tenders;
    if (deposit > 0) {
        tenders << PaymentInput::deposit(deposit, ownBooking ? made->id : QStringLiteral("another"));
    }
    tenders << PaymentInput::cash(cash);
    const qint64 orders = count(QStringLiteral("orders"));
    const test::FakeSigner signer;
    auto sale = Checkout(*m_store).sale(ticket, tenders,
                                        {m_staff.value(QStringLiteral("Ana")), QStringLiteral("Ana"), {}, {}}, signer);
    QCOMPARE(sale.ok(), ok);
    const Booking after = bookings().find(made->id)->value();
    if (!ok) {
        QCOMPARE(count(QStringLiteral("orders")), orders);
        QCOMPARE(after.status, BookingStatus::CheckedIn);
        QVERIFY(after.orderId.isEmpty());
        return;
    }
    QCOMPARE(after.status, BookingStatus::Completed);
    QCOMPARE(after.orderId, sale->orderId);
    QCOMPARE(sale->totalMinor, 90000);
    QCOMPARE(sale->payments.first().method, deposit > 0 ? QStringLiteral("deposit") : QStringLiteral("cash"));
    QCOMPARE(queryString(m_store->database().connection(),
                         QStringLiteral("SELECT op FROM outbox WHERE op LIKE 'booking.%' ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("booking.completed"));
}

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
