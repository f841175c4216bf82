// The appliers of the reservation and waitlist ops (reservations/reservationappliers.h), over the A/B replay of
// applierpair.h on the restaurant of reservationfixture.h: a real write on A, its ops applied on B, B ends with
// A's reservations, their tables, their history (sequence numbers, times and staff included) and the waitlist.
// The clock moves on between A's write and B's apply, so B's rows carry A's times, not B's. Then what B must
// refuse with nothing written: a table it has taken at that time (booked twice), a deposit it gave back
// already, and an op about a reservation or a waiting party it does not have.
#include "applierpair.h"
#include "customers/customerrepository.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "reservationfixture.h"
#include "storage/transaction.h"
#include "workflows/depositrefund.h"

#include <QTest>
#include <functional>

namespace {
/// What the rows' writes start from, the same on A and B: Friday 17:30 (fridayEvening()).
struct Baseline
{
    QHash<QString, QString> tables; // name → id
    QString ownerId;
    QString customerId;
    QString confirmedId; // 김하나, 2 at 19:00 on T1
    QString seatedId;    // 박넷, 4 at 17:00, seated at T4
    QString cancelledId; // 최둘, 2 at 20:00 on T2 with a ₩10,000 deposit, cancelled
    QString waitingId;   // 이대기, 2, on the waitlist

    [[nodiscard]] QString table(const QString &name) const { return tables.value(name); }
};

using Write = std::function<Status(Store &, const Baseline &)>;

ReservationRequest requestFor(const Baseline &base, const QString &guest, int party, int startMin, const QString &table)
{
    ReservationRequest r;
    r.guestName = guest;
    r.partySize = party;
    r.day = kFriday;
    r.startMin = startMin;
    r.tableIds = {base.table(table)};
    r.actorId = base.ownerId;
    return r;
}

/// The rows every case compares: reservations, their tables, their history and the waitlist.
const QString kRows = QStringLiteral(
    "SELECT id, status, source, coalesce(customer_id, ''), guest_name, party_size, day, start_min, duration_min, "
    "starts_at, notes, coalesce(cancel_reason, ''), coalesce(seated_table_id, ''), deposit_minor, created_at, "
    "updated_at FROM reservations ORDER BY id;"
    "SELECT reservation_id, table_id, position FROM reservation_tables ORDER BY 1, 3;"
    "SELECT seq, reservation_id, kind, detail, coalesce(staff_id, 'NULL'), at FROM reservation_events ORDER BY seq;"
    "SELECT id, guest_name, phone, party_size, quoted_min, status, coalesce(seated_table_id, ''), added_at, "
    "coalesce(done_at, '') FROM waitlist ORDER BY id");
} // namespace

Q_DECLARE_METATYPE(Write)

class TestReservationAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opFromAAppliedOnB_data();
    void opFromAAppliedOnB();
    void refusedWithBUnchanged_data();
    void refusedWithBUnchanged();
    void tableFreeAgainByThenIsNoConflict();

private:
    /// write on A a minute on, to be applied on B another minute on.
    ApplierPair::StoreWrite onA(const Write &write)
    {
        return [this, write](Store &s) {
            m_pair.clock().advanceSecs(60);
            const Status written = write(s, m_base);
            m_pair.clock().advanceSecs(60);
            return written;
        };
    }

    ApplierPair m_pair;
    Baseline m_base;
};

void TestReservationAppliers::init()
{
    m_base = {};
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Restaurant, [this](Store &s) -> Status {
        m_pair.clock().set(fridayEvening());
        PREPARE_OK(openRestaurant(s, m_base.tables));
        auto staff = s.merchant().staff();
        PREPARE_OK(staff);
        m_base.ownerId = staff->at(0).id;
        auto customer = s.customers().save(
            Customer{{}, QStringLiteral("김민지"), QStringLiteral("010-1234-5678"), QStringLiteral("단골"), {}});
        PREPARE_OK(customer);
        m_base.customerId = customer->id;
        auto confirmed =
            s.reservations().create(requestFor(m_base, QStringLiteral("김하나"), 2, 19 * 60, QStringLiteral("T1")));
        PREPARE_OK(confirmed);
        m_base.confirmedId = confirmed->id;
        auto seated =
            s.reservations().create(requestFor(m_base, QStringLiteral("박넷"), 4, 17 * 60, QStringLiteral("T4")));
        PREPARE_OK(seated);
        m_base.seatedId = seated->id;
        PREPARE_OK(s.reservations().seat(m_base.seatedId, Ticket{}, m_base.ownerId));
        ReservationRequest withDeposit = requestFor(m_base, QStringLiteral("최둘"), 2, 20 * 60, QStringLiteral("T2"));
        withDeposit.depositMinor = 10000;
        auto cancelled = s.reservations().create(withDeposit);
        PREPARE_OK(cancelled);
        m_base.cancelledId = cancelled->id;
        PREPARE_OK(s.reservations().cancel(m_base.cancelledId, QStringLiteral("일정 변경"), m_base.ownerId));
        auto waiting = s.reservations().addToWaitlist(QStringLiteral("이대기"), QStringLiteral("010-2222-3333"), 2,
                                                      m_base.ownerId);
        PREPARE_OK(waiting);
        m_base.waitingId = waiting->id;
        return Done{};
    }));
}

void TestReservationAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestReservationAppliers::opFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op"); // the last op the write queues

    QTest::newRow("reservation.created") << Write([](Store &s, const Baseline &base) {
        ReservationRequest r = requestFor(base, QStringLiteral("정다섯"), 8, 19 * 60 + 30, QStringLiteral("T4"));
        r.tableIds = {base.table(QStringLiteral("T4")), base.table(QStringLiteral("T5"))};
        r.customerId = base.customerId;
        r.source = BookingSource::Phone;
        r.notes = QStringLiteral("생일, 케이크 반입");
        r.depositMinor = 20000;
        return statusOf(s.reservations().create(r));
    }) << QStringLiteral("reservation.created");
    QTest::newRow("reservation.moved") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.reservations().move(base.confirmedId, kFriday, 20 * 60 + 30,
                                              {base.table(QStringLiteral("T2"))}, base.ownerId));
    }) << QStringLiteral("reservation.moved");
    QTest::newRow("reservation.moved (a seated party follows its ticket)") << Write([](Store &s, const Baseline &base) {
        return s.reservations().transferParty(base.table(QStringLiteral("T4")), base.table(QStringLiteral("T8")),
                                              base.ownerId);
    }) << QStringLiteral("reservation.moved");
    QTest::newRow("reservation.seated") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.reservations().seat(base.confirmedId, Ticket{}, base.ownerId));
    }) << QStringLiteral("reservation.seated");
    QTest::newRow("reservation.completed") << Write([](Store &s, const Baseline &base) {
        QSqlDatabase db = s.database().connection();
        Transaction tx(db);
        if (auto done = s.reservations().finishAt(db, base.table(QStringLiteral("T4"))); !done) {
            return done;
        }
        return tx.commit();
    }) << QStringLiteral("reservation.completed");
    QTest::newRow("reservation.cancelled") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.reservations().cancel(base.confirmedId, QStringLiteral("고객 요청"), base.ownerId));
    }) << QStringLiteral("reservation.cancelled");
    QTest::newRow("reservation.no_show") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.reservations().markNoShow(base.confirmedId, {}));
    }) << QStringLiteral("reservation.no_show");
    QTest::newRow("reservation.status") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.reservations().setStatus(base.confirmedId, BookingStatus::CheckedIn, base.ownerId));
    }) << QStringLiteral("reservation.status");
    QTest::newRow("reservation.deposit_refunded") << Write([](Store &s, const Baseline &base) {
        return statusOf(DepositRefund(s).refund(base.cancelledId, QStringLiteral("환불 요청"), base.ownerId,
                                                QStringLiteral("사장")));
    }) << QStringLiteral("reservation.deposit_refunded");
    QTest::newRow("waitlist.added") << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().addToWaitlist(QStringLiteral("한셋"), QStringLiteral("010 7777 8888"), 3, base.ownerId));
    }) << QStringLiteral("waitlist.added");
    QTest::newRow("waitlist.seated") << Write([](Store &s, const Baseline &base) {
        return s.reservations().seatWaiting(base.waitingId, {base.table(QStringLiteral("T2"))}, Ticket{}, base.ownerId);
    }) << QStringLiteral("waitlist.seated");
    QTest::newRow("waitlist.left") << Write([](Store &s, const Baseline &base) {
        return s.reservations().leaveWaitlist(base.waitingId, base.ownerId);
    }) << QStringLiteral("waitlist.left");
}

void TestReservationAppliers::opFromAAppliedOnB()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    const qint64 ticketsOnB = queryInt(m_pair.bDb(), QStringLiteral("SELECT count(*) FROM open_tickets"));
    const QString failure = m_pair.replay(onA(write), op, kRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Seating a party here opens no ticket: its ticket is on the terminal that seated it.
    QCOMPARE(queryInt(m_pair.bDb(), QStringLiteral("SELECT count(*) FROM open_tickets")), ticketsOnB);
}

void TestReservationAppliers::refusedWithBUnchanged_data()
{
    QTest::addColumn<Write>("onB");      // B's own write first
    QTest::addColumn<Write>("write");    // then A's; its last op is applied on B alone
    QTest::addColumn<QString>("op");     // that op
    QTest::addColumn<ErrorCode>("code"); // and B's refusal
    QTest::addColumn<QString>("says");
    const Write nothing = [](Store &, const Baseline &) { return Status(Done{}); };

    QTest::newRow("reservation.created over a table B has booked then") << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().create(requestFor(base, QStringLiteral("B 손님"), 2, 19 * 60 + 30, QStringLiteral("T2"))));
    }) << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().create(requestFor(base, QStringLiteral("A 손님"), 2, 19 * 60, QStringLiteral("T2"))));
    }) << QStringLiteral("reservation.created") << ErrorCode::Conflict << QStringLiteral("booked twice");
    QTest::newRow("reservation.created over a party B seated at the table") << Write([](Store &s,
                                                                                        const Baseline &base) {
        return s.reservations().seatWaiting(base.waitingId, {base.table(QStringLiteral("T2"))}, Ticket{}, {});
    }) << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().create(requestFor(base, QStringLiteral("A 손님"), 2, 18 * 60, QStringLiteral("T2"))));
    }) << QStringLiteral("reservation.created") << ErrorCode::Conflict << QStringLiteral("booked twice");
    QTest::newRow("reservation.moved onto a table B has booked then") << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().create(requestFor(base, QStringLiteral("B 손님"), 2, 20 * 60, QStringLiteral("T2"))));
    }) << Write([](Store &s, const Baseline &base) {
        return statusOf(
            s.reservations().move(base.confirmedId, kFriday, 20 * 60 + 30, {base.table(QStringLiteral("T2"))}, {}));
    }) << QStringLiteral("reservation.moved") << ErrorCode::Conflict << QStringLiteral("booked twice");
    QTest::newRow("reservation.deposit_refunded that B gave back already") << Write([](Store &s, const Baseline &base) {
        return statusOf(DepositRefund(s).refund(base.cancelledId, QStringLiteral("B에서 환불"), base.ownerId,
                                                QStringLiteral("사장")));
    }) << Write([](Store &s, const Baseline &base) {
        return statusOf(DepositRefund(s).refund(base.cancelledId, QStringLiteral("A에서 환불"), base.ownerId,
                                                QStringLiteral("사장")));
    }) << QStringLiteral("reservation.deposit_refunded") << ErrorCode::Conflict
                                                                           << QStringLiteral("given back here already");
    const auto madeAndThen = [](const std::function<Status(Store &, const Reservation &)> &then) {
        return Write([then](Store &s, const Baseline &base) {
            auto made =
                s.reservations().create(requestFor(base, QStringLiteral("A 손님"), 2, 18 * 60, QStringLiteral("T2")));
            return made ? then(s, made.value()) : Status(made.error());
        });
    };
    QTest::newRow("reservation.cancelled of a reservation B does not have")
        << nothing << madeAndThen([](Store &s, const Reservation &r) {
               return statusOf(s.reservations().cancel(r.id, QStringLiteral("고객 요청"), {}));
           })
        << QStringLiteral("reservation.cancelled") << ErrorCode::NotFound << QStringLiteral("has no reservation");
    QTest::newRow("reservation.seated of a reservation B does not have")
        << nothing << madeAndThen([](Store &s, const Reservation &r) {
               return statusOf(s.reservations().seat(r.id, Ticket{}, {}));
           })
        << QStringLiteral("reservation.seated") << ErrorCode::NotFound << QStringLiteral("has no reservation");
    QTest::newRow("waitlist.left of a party B does not have") << nothing << Write([](Store &s, const Baseline &) {
        auto added = s.reservations().addToWaitlist(QStringLiteral("나중"), {}, 2, {});
        return added ? s.reservations().leaveWaitlist(added->id, {}) : Status(added.error());
    }) << QStringLiteral("waitlist.left") << ErrorCode::NotFound
                                                              << QStringLiteral("no party");
}

void TestReservationAppliers::refusedWithBUnchanged()
{
    QFETCH(Write, onB);
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    MADANG_VERIFY_OK(onB(m_pair.b(), m_base));
    auto made = m_pair.opsOf(onA(write));
    MADANG_VERIFY_OK(made);
    QVERIFY(!made->isEmpty());
    const OutboxOp last = made->constLast();
    QCOMPARE(last.op, op);
    const QString before = snapshot(m_pair.bDb(), kRows);
    const qint64 outbox = m_pair.outboxRows(m_pair.bDb());
    const auto refused = m_pair.appliers().apply(last);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("othing was applied")),
             qPrintable(refused.error().message));
    QCOMPARE(snapshot(m_pair.bDb(), kRows), before);
    QCOMPARE(m_pair.outboxRows(m_pair.bDb()), outbox);
    QVERIFY(!Transaction::inProgress(m_pair.bDb()));
    QVERIFY(!Outbox::Replaying::active(m_pair.bDb()));
}

void TestReservationAppliers::tableFreeAgainByThenIsNoConflict()
{
    // B has T2 from 20:30; A books it 19:00-20:30 (the party leaves as B's arrives) and moves 김하나 to 17:45 on
    // her T1 (her own old time does not hold it against her): both land, as they would on one terminal.
    auto onB = m_pair.b().reservations().create(
        requestFor(m_base, QStringLiteral("B 손님"), 2, 20 * 60 + 30, QStringLiteral("T2")));
    MADANG_VERIFY_OK(onB);
    auto made = m_pair.opsOf(onA([](Store &s, const Baseline &base) {
        auto created =
            s.reservations().create(requestFor(base, QStringLiteral("A 손님"), 2, 19 * 60, QStringLiteral("T2")));
        if (!created) {
            return Status(created.error());
        }
        return statusOf(
            s.reservations().move(base.confirmedId, kFriday, 17 * 60 + 45, {base.table(QStringLiteral("T1"))}, {}));
    }));
    MADANG_VERIFY_OK(made);
    QCOMPARE(made->size(), 2);
    for (const OutboxOp &op : made.value()) {
        MADANG_VERIFY_OK(m_pair.appliers().apply(op));
    }
    const QString onT2 =
        QStringLiteral("SELECT r.guest_name, r.start_min FROM reservations r JOIN reservation_tables t "
                       "ON t.reservation_id = r.id WHERE t.table_id = '%1' AND r.status = 'confirmed' "
                       "ORDER BY r.start_min")
            .arg(m_base.table(QStringLiteral("T2")));
    QCOMPARE(snapshot(m_pair.bDb(), onT2), QStringLiteral("A 손님|1140\nB 손님|1230"));
}

QTEST_GUILESS_MAIN(TestReservationAppliers)
#include "tst_reservationappliers.moc"
