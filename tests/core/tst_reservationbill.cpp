// The bill of a seated party: its reservation's deposit to credit on the table's bill, and the reservation
// following its ticket when the party is moved or merged. Refusals write nothing. Paying the bill (the deposit
// rule, one transaction) is tst_checkout.
#include "base/money.h"
#include "fakesigner.h"
#include "reservationfixture.h"
#include "sales/payment.h"
#include "sales/saleservice.h"
#include "workflows/checkout.h"
#include "workflows/depositcredit.h"

#include <QTest>
#include <limits>
#include <numeric>

Q_DECLARE_METATYPE(madang::SeatedDeposit)

class TestReservationBill : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void partyFollowsItsTicket_data();
    void partyFollowsItsTicket();
    void depositRefusals_data();
    void depositRefusals();
    void depositCreditOnTheBill();
    void creditDeposits_data();
    void creditDeposits();
};

void TestReservationBill::partyFollowsItsTicket_data()
{
    QTest::addColumn<bool>("merge");
    QTest::newRow("transferred to a free table") << false;
    QTest::newRow("merged into another table's ticket") << true;
}

/// A party of eight at T4 with T5 pushed against it, who left a deposit, moves on (to T8, or onto the walk-in's
/// ticket at T1): its reservation goes with the ticket, T5 is free again, the deposit is credited where the bill
/// now is, and paying that bill completes the reservation. A refused move changes nothing.
void TestReservationBill::partyFollowsItsTicket()
{
    QFETCH(bool, merge);
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 17 * 60 + 30);
    r.depositMinor = 80000;
    auto made = reservations().create(r);
    MADANG_VERIFY_OK(made);
    MADANG_VERIFY_OK(reservations().seat(made->id, Ticket{}, {}));
    MADANG_VERIFY_OK(m_store->tables().open(tableId(QStringLiteral("T1")), 2, Ticket{}, {}));
    const QString t4 = tableId(QStringLiteral("T4"));
    const QString to = tableId(merge ? QStringLiteral("T1") : QStringLiteral("T8"));
    const QString moved = QStringLiteral("SELECT count(*) FROM reservation_events WHERE kind = 'moved'");

    // Refused: a transfer onto a taken table. The reservation, its tables and its history stay as they were.
    MADANG_VERIFY_ERROR(reservations().transferParty(t4, tableId(QStringLiteral("T1")), {}), ErrorCode::Conflict);
    QCOMPARE(reservations().find(made->id).value()->seatedTableId, t4);
    QCOMPARE(stateOf(QStringLiteral("T5")).joinedTo, t4);
    QCOMPARE(count(moved), 0);

    MADANG_VERIFY_OK(merge ? reservations().mergeParties(t4, to, QStringLiteral("staff-1"))
                           : reservations().transferParty(t4, to, QStringLiteral("staff-1")));
    QVERIFY(m_store->tables().ticketOn(to).value().has_value());
    QVERIFY(!m_store->tables().ticketOn(t4).value().has_value());
    const Reservation after = *reservations().find(made->id).value();
    QCOMPARE(after.status, BookingStatus::InService);
    QCOMPARE(after.seatedTableId, to);
    QCOMPARE(after.tableIds, QStringList{to});
    QCOMPARE(stateOf(QStringLiteral("T4")).status, TableStatus::Free);
    QCOMPARE(stateOf(QStringLiteral("T5")).status, TableStatus::Free);
    QVERIFY(stateOf(QStringLiteral("T5")).joinedTo.isEmpty());
    MADANG_VERIFY_OK(m_store->tables().open(tableId(QStringLiteral("T5")), 2, Ticket{}, {})); // takes a walk-in
    QCOMPARE(reservations().depositAt(to)->reservationId, made->id);
    QCOMPARE(reservations().depositAt(to)->leftMinor, 80000);
    QVERIFY(reservations().depositAt(t4)->reservationId.isEmpty());
    QCOMPARE(count(moved + QStringLiteral(" AND json_extract(detail, '$.party') = '%1' AND staff_id = 'staff-1'")
                               .arg(merge ? QStringLiteral("merged") : QStringLiteral("transferred"))),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'reservation.moved'")), 1);

    MADANG_VERIFY_OK(Checkout(*m_store).closeTable(to));
    QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::Completed);
}

void TestReservationBill::depositRefusals_data()
{
    QTest::addColumn<qint64>("deposit");
    QTest::newRow("negative") << qint64(-1000);
    QTest::newRow("above the amount maximum") << Money::kMaxAmountMinor + 1;
    QTest::newRow("INT64_MAX") << std::numeric_limits<qint64>::max();
}

void TestReservationBill::depositRefusals()
{
    QFETCH(qint64, deposit);
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 17 * 60 + 30);
    r.depositMinor = deposit;
    MADANG_VERIFY_ERROR(reservations().create(r), ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op LIKE 'reservation.%'")), 0);
}

/// Eight guests leave ₩80,000 when they book. Once seated, it is what their table's bill may credit, and no
/// other table's.
void TestReservationBill::depositCreditOnTheBill()
{
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 17 * 60 + 30);
    r.depositMinor = 80000;
    auto made = reservations().create(r);
    MADANG_VERIFY_OK(made);
    QCOMPARE(made->depositMinor, 80000);
    QCOMPARE(count(QStringLiteral("SELECT json_extract(payload, '$.deposit_minor') FROM outbox WHERE op = "
                                  "'reservation.created'")),
             80000);
    const QString t4 = tableId(QStringLiteral("T4"));
    QVERIFY(reservations().depositAt(t4)->reservationId.isEmpty()); // not seated yet: nothing to credit

    MADANG_VERIFY_OK(reservations().seat(made->id, Ticket{}, {}));
    auto left = reservations().depositAt(t4);
    MADANG_VERIFY_OK(left);
    QCOMPARE(left->reservationId, made->id);
    QCOMPARE(left->guestName, QStringLiteral("이도윤"));
    QCOMPARE(left->leftMinor, 80000);
    QVERIFY(reservations().depositAt(tableId(QStringLiteral("T5")))->reservationId.isEmpty()); // joined, not billed
}

using Deposits = QList<SeatedDeposit>;
using Credits = QList<qint64>;

void TestReservationBill::creditDeposits_data()
{
    QTest::addColumn<Deposits>("deposits");
    QTest::addColumn<qint64>("bill");
    QTest::addColumn<Credits>("credits"); // in the order of the deposits credited
    QTest::addColumn<QStringList>("references");
    const SeatedDeposit doyun{QStringLiteral("r1"), QStringLiteral("이도윤"), 80000};
    const SeatedDeposit hana{QStringLiteral("r2"), QStringLiteral("김하늘"), 20000};
    const SeatedDeposit spent{QStringLiteral("r3"), QStringLiteral("박서준"), 0};
    const SeatedDeposit nobody{QString(), QString(), 50000};
    QTest::newRow("no deposit") << Deposits{} << qint64(90000) << Credits{} << QStringList{};
    QTest::newRow("deposit below the bill")
        << Deposits{doyun} << qint64(130000) << Credits{80000} << QStringList{QStringLiteral("r1")};
    QTest::newRow("deposit above the bill: the bill only")
        << Deposits{doyun} << qint64(30000) << Credits{30000} << QStringList{QStringLiteral("r1")};
    QTest::newRow("two parties after a merge, in order")
        << Deposits{doyun, hana} << qint64(90000) << Credits{80000, 10000}
        << QStringList{QStringLiteral("r1"), QStringLiteral("r2")};
    QTest::newRow("the first covers it: the second credits nothing")
        << Deposits{doyun, hana} << qint64(50000) << Credits{50000} << QStringList{QStringLiteral("r1")};
    QTest::newRow("a spent deposit is left out")
        << Deposits{spent, hana} << qint64(90000) << Credits{20000} << QStringList{QStringLiteral("r2")};
    QTest::newRow("nobody with a reservation") << Deposits{nobody} << qint64(90000) << Credits{} << QStringList{};
    QTest::newRow("nothing to pay") << Deposits{doyun} << qint64(0) << Credits{} << QStringList{};
    QTest::newRow("a negative bill") << Deposits{doyun} << qint64(-500) << Credits{} << QStringList{};
}

void TestReservationBill::creditDeposits()
{
    QFETCH(Deposits, deposits);
    QFETCH(qint64, bill);
    QFETCH(Credits, credits);
    QFETCH(QStringList, references);
    const QList<PaymentInput> tenders = madang::creditDeposits(deposits, bill);
    Credits amounts;
    QStringList names;
    for (const PaymentInput &t : tenders) {
        QCOMPARE(t.method, QString(payment::Deposit));
        amounts << t.amountMinor;
        names << t.reference;
    }
    QCOMPARE(amounts, credits);
    QCOMPARE(names, references);
    // What is left to pay after them is the one sum the payment uses.
    const qint64 credited = std::accumulate(amounts.cbegin(), amounts.cend(), qint64(0));
    QCOMPARE(payment::remainingMinor(bill, tenders), std::max<qint64>(bill, 0) - credited);
}

QTEST_GUILESS_MAIN(TestReservationBill)
#include "tst_reservationbill.moc"
