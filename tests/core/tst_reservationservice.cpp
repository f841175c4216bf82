// ReservationService: a restaurant's reservations by party size with table assignment (tables 4 and 5 push
// together), refusals that write nothing, audited moves, seating that opens the table's ticket and payment
// that completes the reservation, and the waitlist's quoted wait. The party's bill (deposits, paying the table,
// moving the party) is tst_reservationbill.
#include "reservationfixture.h"
#include "workflows/checkout.h"

#include <QTest>
#include <QTimeZone>

using namespace madang;
using namespace madang::test;

namespace {
constexpr int kNoError = -1;
} // namespace

class TestReservationService : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void create_data();
    void create();
    void bookingWindow_data();
    void bookingWindow();
    void takenTables();
    void walkInHoldsItsTable();
    void freeSlots();
    void moveIsAudited();
    void seatOpensTicketAndPaymentCompletes();
    void lifecycleRefusals();
    void waitlistQuotes();
    void waitlistRefusals();
};

void TestReservationService::init()
{
    setUp();
}

void TestReservationService::cleanup()
{
    tearDown();
}

void TestReservationService::create_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("party");
    QTest::addColumn<int>("startMin");
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<int>("error");
    QTest::addColumn<QStringList>("expected");

    const int seven = 19 * 60;
    const int invalid = int(ErrorCode::InvalidInput);
    const auto row = [](const char *tag, const char *name, int party, int start,
                        std::initializer_list<const char *> tables, int error,
                        std::initializer_list<const char *> expected) {
        const auto strings = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *s : list) {
                out << QString::fromUtf8(s);
            }
            return out;
        };
        QTest::newRow(tag) << QString::fromUtf8(name) << party << start << strings(tables) << error
                           << strings(expected);
    };
    row("a couple gets a two-top", "김민지", 2, seven, {}, kNoError, {"T1"});
    row("six get the six-top", "박서준", 6, seven, {}, kNoError, {"T8"});
    row("eight push 4 and 5 together", "이도윤", 8, seven, {}, kNoError, {"T4", "T5"});
    row("the host seats six at 4 and 5", "최하은", 6, seven, {"T5", "T4"}, kNoError, {"T4", "T5"});
    row("lunch", "정우진", 4, 12 * 60, {}, kNoError, {"T4"});
    row("nine is more than any seating", "강지호", 9, seven, {}, invalid, {});
    row("no guests", "강지호", 0, seven, {}, invalid, {});
    row("no name", "  ", 2, seven, {}, invalid, {});
    row("a name with ESC", "강\x1b[31m지호", 2, seven, {}, invalid, {});
    row("a name with a right-to-left override", "abc\u202eexe.txt", 2, seven, {}, invalid, {});
    row("a name of 81 characters", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        2, seven, {}, invalid, {});
    row("ends after closing", "윤서연", 2, 21 * 60, {}, invalid, {});
    row("between lunch and dinner", "윤서연", 2, 15 * 60, {}, invalid, {});
    row("not a time", "윤서연", 2, 1440, {}, invalid, {});
    row("the host's table is too small", "한지민", 6, seven, {"T1"}, invalid, {});
    row("tables that do not push together", "한지민", 4, seven, {"T1", "T2"}, invalid, {});
    row("an unknown table", "한지민", 2, seven, {"nope"}, int(ErrorCode::NotFound), {});
}

void TestReservationService::create()
{
    QFETCH(QString, name);
    QFETCH(int, party);
    QFETCH(int, startMin);
    QFETCH(QStringList, tables);
    QFETCH(int, error);
    QFETCH(QStringList, expected);

    auto made = reservations().create(request(name, party, startMin, tables));
    if (error != kNoError) {
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode(error));
        QVERIFY(!made.error().message.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation_tables")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op LIKE 'reservation.%'")), 0);
        return;
    }
    MADANG_VERIFY_OK(made);
    QCOMPARE(made->tableNames, expected);
    QCOMPARE(made->status, BookingStatus::Confirmed);
    QCOMPARE(made->partySize, party);
    QCOMPARE(made->durationMin, defaultDiningMinutes(party));
    QCOMPARE(made->startsAt.right(6), QStringLiteral("+09:00"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation_events WHERE kind = 'created'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.created'")), 1);
    QCOMPARE(reservations().find(made->id).value()->tableNames, expected);
}

void TestReservationService::bookingWindow_data()
{
    QTest::addColumn<int>("daysFromToday"); // from the clock's today; 0 is a day the restaurant is open
    QTest::addColumn<bool>("move");         // moving a reservation there instead of making one
    QTest::addColumn<QString>("message");
    QTest::newRow("made three days ago") << -3 << false << "is in the past: a booking may start at most 12 hours";
    QTest::newRow("made three years ahead") << 3 * 365 << false << "is more than 2 years ahead";
    QTest::newRow("moved three days back") << -3 << true << "is in the past";
    QTest::newRow("moved three years ahead") << 3 * 365 << true << "is more than 2 years ahead";
}

void TestReservationService::bookingWindow()
{
    // Reservations keep the window bookings have: no mistyped year or day books a table in the past or far ahead.
    QFETCH(int, daysFromToday);
    QFETCH(bool, move);
    QFETCH(QString, message);
    m_clock.set(QDateTime(kFriday, QTime(9, 0), Qt::OffsetFromUTC, FakeClock::kSeoulOffsetSecs));
    const QDate day = kFriday.addDays(daysFromToday);
    Result<Reservation> done = makeError(ErrorCode::InvalidInput, QString());
    if (move) {
        auto made = reservations().create(request(QStringLiteral("김민지"), 2, 19 * 60));
        MADANG_VERIFY_OK(made);
        const qint64 events = count(QStringLiteral("SELECT count(*) FROM reservation_events"));
        done = reservations().move(made->id, day, 19 * 60, {}, {});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation_events")), events);
        QCOMPARE(reservations().find(made->id).value()->startsAt.left(10), kFriday.toString(Qt::ISODate));
    } else {
        ReservationRequest r = request(QStringLiteral("김민지"), 2, 19 * 60);
        r.day = day;
        done = reservations().create(r);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), 0);
    }
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, ErrorCode::InvalidInput);
    QVERIFY2(done.error().message.contains(message), qPrintable(done.error().message));
}

void TestReservationService::takenTables()
{
    MADANG_VERIFY_OK(reservations().create(request(QStringLiteral("A"), 8, 19 * 60)));
    auto again = reservations().create(request(QStringLiteral("B"), 8, 19 * 60 + 30));
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().message, QStringLiteral("No table for a party of 8 is free at 19:30."));
    auto couple = reservations().create(request(QStringLiteral("C"), 2, 19 * 60));
    MADANG_VERIFY_OK(couple);
    QCOMPARE(couple->tableNames, QStringList{QStringLiteral("T1")});
    auto pick = reservations().create(request(QStringLiteral("D"), 2, 19 * 60 + 30, {QStringLiteral("T1")}));
    QCOMPARE(pick.error().code, ErrorCode::Conflict);
    QCOMPARE(pick.error().message, QStringLiteral("T1 is taken from 19:00 to 20:30."));
    // The next couple gets the other two-top; after 20:30 T1 is free again.
    QCOMPARE(reservations().create(request(QStringLiteral("E"), 2, 19 * 60))->tableNames,
             QStringList{QStringLiteral("T2")});
    QCOMPARE(reservations().create(request(QStringLiteral("F"), 2, 20 * 60 + 30))->tableNames,
             QStringList{QStringLiteral("T1")});
    // Cancelled reservations free their tables.
    auto cancelled = reservations().cancel(couple->id, QStringLiteral("일정 변경"), {});
    MADANG_VERIFY_OK(cancelled);
    QCOMPARE(reservations().suggest(2, kFriday, 19 * 60).value().first().tableIds,
             QStringList{tableId(QStringLiteral("T1"))});
}

void TestReservationService::walkInHoldsItsTable()
{
    MADANG_VERIFY_OK(m_store->tables().open(tableId(QStringLiteral("T1")), 2, Ticket{}, {}));
    // Opened at 17:30: held for a dining time, so not before 19:00.
    QCOMPARE(reservations().suggest(2, kFriday, 18 * 60).value().first().tableIds,
             QStringList{tableId(QStringLiteral("T2"))});
    QCOMPARE(reservations().suggest(2, kFriday, 19 * 60).value().first().tableIds,
             QStringList{tableId(QStringLiteral("T1"))});
    // Another day is not affected by tonight's tables.
    QCOMPARE(reservations().suggest(2, kFriday.addDays(7), 18 * 60).value().first().tableIds,
             QStringList{tableId(QStringLiteral("T1"))});
    MADANG_VERIFY_ERROR(reservations().suggest(9, kFriday, 18 * 60), ErrorCode::InvalidInput);
}

void TestReservationService::freeSlots()
{
    MADANG_VERIFY_OK(reservations().create(request(QStringLiteral("A"), 8, 19 * 60)));
    auto free = reservations().freeSlots(8, kFriday);
    MADANG_VERIFY_OK(free);
    QList<int> starts;
    for (const TableSlot &s : std::as_const(free.value())) {
        starts << s.startMin;
    }
    // 120 minutes for eight: lunch 11:30-12:30, then only 17:00 before the 19:00 party; nothing after.
    QCOMPARE(starts, (QList<int>{690, 705, 720, 735, 750, 1020}));
    QCOMPARE(reservations().freeSlots(2, kFriday.addDays(1)).value().size(), 0); // closed on Saturdays
}

void TestReservationService::moveIsAudited()
{
    auto made = reservations().create(request(QStringLiteral("김민지"), 4, 19 * 60));
    MADANG_VERIFY_OK(made);
    auto blocker = reservations().create(request(QStringLiteral("박서준"), 6, 20 * 60));
    MADANG_VERIFY_OK(blocker);
    // T8 is held from 20:00: refused, and the reservation stays where it was.
    auto refused = reservations().move(made->id, kFriday, 20 * 60, {tableId(QStringLiteral("T8"))}, {});
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(reservations().find(made->id).value()->startMin, 19 * 60);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation_events WHERE kind = 'moved'")), 0);
    auto moved = reservations().move(made->id, kFriday, 20 * 60 + 15, {tableId(QStringLiteral("T5"))}, {});
    MADANG_VERIFY_OK(moved);
    QCOMPARE(moved->tableNames, QStringList{QStringLiteral("T5")});
    const QString detail = queryString(m_store->database().connection(),
                                       QStringLiteral("SELECT detail FROM reservation_events WHERE kind = 'moved'"));
    QVERIFY2(detail.contains(QStringLiteral("\"start_min\":1140")) && detail.contains(QStringLiteral("1215")),
             qPrintable(detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.moved'")), 1);
    MADANG_VERIFY_ERROR(reservations().move(made->id, kFriday, 21 * 60, {}, {}), ErrorCode::InvalidInput);
}

void TestReservationService::seatOpensTicketAndPaymentCompletes()
{
    auto made = reservations().create(request(QStringLiteral("이도윤"), 8, 17 * 60 + 30));
    MADANG_VERIFY_OK(made);
    // A walk-in already sits at T4: seating is refused and nothing changes.
    MADANG_VERIFY_OK(m_store->tables().open(tableId(QStringLiteral("T4")), 2, Ticket{}, {}));
    auto blocked = reservations().seat(made->id, Ticket{}, {});
    QCOMPARE(blocked.error().code, ErrorCode::Conflict);
    QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::Confirmed);
    MADANG_VERIFY_OK(Checkout(*m_store).closeTable(tableId(QStringLiteral("T4"))));

    auto seated = reservations().seat(made->id, Ticket{}, {});
    MADANG_VERIFY_OK(seated);
    QCOMPARE(seated->status, BookingStatus::InService);
    QCOMPARE(seated->seatedTableId, tableId(QStringLiteral("T4")));
    auto ticket = m_store->tables().ticketOn(tableId(QStringLiteral("T4")));
    MADANG_VERIFY_OK(ticket);
    QVERIFY(ticket->has_value());
    QCOMPARE(ticket->value().tableName, QStringLiteral("T4"));
    QCOMPARE(count(QStringLiteral("SELECT guests FROM open_tickets")), 8);
    MADANG_VERIFY_ERROR(reservations().seat(made->id, Ticket{}, {}), ErrorCode::Conflict); // T4 is theirs now

    // T5 is pushed against T4 for them: the floor shows it taken, joined to T4, and it takes no walk-in
    // and no party moved over from another table.
    QCOMPARE(stateOf(QStringLiteral("T5")).joinedTo, tableId(QStringLiteral("T4")));
    QCOMPARE(stateOf(QStringLiteral("T5")).joinedToName, QStringLiteral("T4"));
    QCOMPARE(stateOf(QStringLiteral("T5")).status, TableStatus::Seated);
    QVERIFY(stateOf(QStringLiteral("T4")).joinedTo.isEmpty());
    QVERIFY(stateOf(QStringLiteral("T8")).joinedTo.isEmpty());
    QCOMPARE(stateOf(QStringLiteral("T8")).status, TableStatus::Free);
    auto walkIn = m_store->tables().open(tableId(QStringLiteral("T5")), 2, Ticket{}, {});
    MADANG_VERIFY_ERROR(walkIn, ErrorCode::Conflict);
    QVERIFY2(walkIn.error().message.contains(QStringLiteral("T4")), qPrintable(walkIn.error().message));
    MADANG_VERIFY_OK(m_store->tables().open(tableId(QStringLiteral("T1")), 2, Ticket{}, {}));
    MADANG_VERIFY_ERROR(m_store->tables().transfer(tableId(QStringLiteral("T1")), tableId(QStringLiteral("T5"))),
                        ErrorCode::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM open_tickets")), 2);
    MADANG_VERIFY_OK(Checkout(*m_store).closeTable(tableId(QStringLiteral("T1"))));

    MADANG_VERIFY_OK(Checkout(*m_store).closeTable(tableId(QStringLiteral("T4"))));
    QCOMPARE(stateOf(QStringLiteral("T5")).status, TableStatus::Free); // paid: both tables are free again
    QVERIFY(stateOf(QStringLiteral("T5")).joinedTo.isEmpty());
    QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::Completed);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.seated'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.completed'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM open_tickets")), 0);
}

void TestReservationService::lifecycleRefusals()
{
    auto made = reservations().create(request(QStringLiteral("정우진"), 2, 18 * 60));
    MADANG_VERIFY_OK(made);
    MADANG_VERIFY_ERROR(reservations().cancel(made->id, QStringLiteral(" "), {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().cancel(made->id, QStringLiteral("late") + QChar(0x9B), {}),
                        ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().setStatus(made->id, BookingStatus::InService, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_OK(reservations().setStatus(made->id, BookingStatus::CheckedIn, {}));
    MADANG_VERIFY_ERROR(reservations().markNoShow(made->id, {}), ErrorCode::InvalidInput);
    auto other = reservations().create(request(QStringLiteral("한지민"), 2, 18 * 60));
    MADANG_VERIFY_OK(other);
    MADANG_VERIFY_OK(reservations().markNoShow(other->id, {}));
    MADANG_VERIFY_ERROR(reservations().seat(other->id, Ticket{}, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().move(other->id, kFriday, 19 * 60, {}, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().seat(QStringLiteral("nope"), Ticket{}, {}), ErrorCode::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM open_tickets")), 0);
}

void TestReservationService::waitlistQuotes()
{
    m_clock.set(QDateTime(kFriday, QTime(18, 0), QTimeZone("Asia/Seoul")));
    // A full room at 18:00: two couples (till 19:30), eight at 4+5 and six at T8 (both till 20:00).
    MADANG_VERIFY_OK(seatedAt(QStringLiteral("T1"), 2, 18 * 60));
    MADANG_VERIFY_OK(seatedAt(QStringLiteral("T2"), 2, 18 * 60));
    auto eight = reservations().create(request(QStringLiteral("이도윤"), 8, 18 * 60));
    MADANG_VERIFY_OK(eight);
    MADANG_VERIFY_OK(reservations().seat(eight->id, Ticket{}, {}));
    MADANG_VERIFY_OK(seatedAt(QStringLiteral("T8"), 6, 18 * 60));

    auto quoted = reservations().quote(2);
    MADANG_VERIFY_OK(quoted);
    QCOMPARE(quoted.value(), 90);
    auto first = reservations().addToWaitlist(QStringLiteral("민지"), QStringLiteral("010-1234-5678"), 2, {});
    MADANG_VERIFY_OK(first);
    QCOMPARE(first->quotedMin, 90);
    QCOMPARE(first->phone, QStringLiteral("+821012345678"));
    const QList<std::pair<QString, int>> next{{QStringLiteral("서준"), 90}, {QStringLiteral("하은"), 120}};
    for (const auto &[name, minutes] : next) {
        auto added = reservations().addToWaitlist(name, {}, 2, {});
        MADANG_VERIFY_OK(added);
        QCOMPARE(added->quotedMin, minutes);
    }
    quoted = reservations().quote(6);
    MADANG_VERIFY_OK(quoted);
    QCOMPARE(quoted.value(), 120);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'waitlist.added'")), 3);

    // Too early: the couples are still at T1. At 19:35 T1 is paid; the first party takes it.
    MADANG_VERIFY_ERROR(reservations().seatWaiting(first->id, {tableId(QStringLiteral("T1"))}, Ticket{}, {}),
                        ErrorCode::Conflict);
    m_clock.set(QDateTime(kFriday, QTime(19, 35), QTimeZone("Asia/Seoul")));
    MADANG_VERIFY_OK(Checkout(*m_store).closeTable(tableId(QStringLiteral("T1"))));
    MADANG_VERIFY_OK(reservations().seatWaiting(first->id, {}, Ticket{}, {}));
    QVERIFY(m_store->tables().ticketOn(tableId(QStringLiteral("T1")))->has_value());
    auto waiting = reservations().waitlist();
    MADANG_VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 2);
    QCOMPARE(waiting->first().guestName, QStringLiteral("서준"));
    QCOMPARE(waiting->first().quotedMin, 90);
    // T2's couple has overstayed their 90 minutes: expected 15 minutes from now.
    QCOMPARE(waiting->first().estimateMin, 15);
    MADANG_VERIFY_OK(reservations().leaveWaitlist(waiting->first().id, {}));
    MADANG_VERIFY_ERROR(reservations().leaveWaitlist(waiting->first().id, {}), ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(reservations().seatWaiting(first->id, {}, Ticket{}, {}), ErrorCode::NotFound);
    QCOMPARE(reservations().waitlist()->size(), 1);
}

void TestReservationService::waitlistRefusals()
{
    MADANG_VERIFY_ERROR(reservations().addToWaitlist(QStringLiteral("큰 모임"), {}, 9, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().addToWaitlist(QStringLiteral(" "), {}, 2, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().addToWaitlist(QStringLiteral("민지") + QChar(0x2066), {}, 2, {}),
                        ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().addToWaitlist(QString(81, QChar(0xBBFC)), {}, 2, {}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().addToWaitlist(QStringLiteral("민지"), QStringLiteral("12ab"), 2, {}),
                        ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().quote(0), ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waitlist")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op LIKE 'waitlist.%'")), 0);
    // An empty room seats a couple now.
    QCOMPARE(reservations().quote(2).value(), 0);
}

QTEST_GUILESS_MAIN(TestReservationService)
#include "tst_reservationservice.moc"
