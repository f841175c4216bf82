// The bill of a seated party: its reservation's deposit credited on the table's bill and nowhere else,
// Store::payTable paying the table in one transaction, and the reservation following its ticket when the party
// is moved or merged. Refusals write nothing.
#include "fakesigner.h"
#include "base/money.h"
#include "sales/payment.h"
#include "reservationfixture.h"
#include "sales/saleservice.h"

#include <QTest>
#include <limits>

class TestReservationBill : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void partyFollowsItsTicket_data();
    void partyFollowsItsTicket();
    void payTable_data();
    void payTable();
    void depositRefusals_data();
    void depositRefusals();
    void depositCreditOnTheBill();
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

    MADANG_VERIFY_OK(m_store->closeTable(to));
    QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::Completed);
}

void TestReservationBill::payTable_data()
{
    QTest::addColumn<qint64>("expectedDue");
    QTest::addColumn<QString>("depositFor"); // "party", "other" or empty for no deposit tender
    QTest::addColumn<qint64>("depositAmount");
    QTest::addColumn<int>("error"); // -1: paid
    QTest::newRow("deposit first, the rest in cash")
        << qint64(130000) << QStringLiteral("party") << qint64(80000) << -1;
    QTest::newRow("the ticket changed while paying")
        << qint64(120000) << QStringLiteral("party") << qint64(80000) << static_cast<int>(ErrorCode::Conflict);
    QTest::newRow("another party's deposit")
        << qint64(130000) << QStringLiteral("other") << qint64(10000) << static_cast<int>(ErrorCode::InvalidInput);
    QTest::newRow("more than the deposit left")
        << qint64(130000) << QStringLiteral("party") << qint64(80001) << static_cast<int>(ErrorCode::InvalidInput);
}

/// Store::payTable pays a seated party's table in one transaction: the deposit credit is checked, the sale is
/// made, the table closed and the reservation completed; a refusal writes none of it.
void TestReservationBill::payTable()
{
    QFETCH(qint64, expectedDue);
    QFETCH(QString, depositFor);
    QFETCH(qint64, depositAmount);
    QFETCH(int, error);
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 17 * 60 + 30);
    r.depositMinor = 80000;
    auto made = reservations().create(r);
    MADANG_VERIFY_OK(made);
    auto other = reservations().create(request(QStringLiteral("박서준"), 2, 17 * 60 + 30, {QStringLiteral("T1")}));
    MADANG_VERIFY_OK(other);
    MADANG_VERIFY_OK(reservations().seat(made->id, Ticket{}, {}));
    const QString t4 = tableId(QStringLiteral("T4"));
    Ticket ticket = m_store->tables().ticketOn(t4).value().value();
    TicketLine line;
    line.sku = QStringLiteral("BBQ");
    line.name = QStringLiteral("불고기 정식");
    line.unitMinor = 13000;
    line.qty = 10;
    line.vatBp = 1000;
    ticket.lines << line;
    MADANG_VERIFY_OK(m_store->tables().save(t4, ticket));
    const qint64 ordersBefore = count(QStringLiteral("SELECT count(*) FROM orders"));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));

    QList<PaymentInput> tenders;
    if (!depositFor.isEmpty()) {
        tenders << PaymentInput::deposit(depositAmount, depositFor == QLatin1String("party") ? made->id : other->id);
    }
    tenders << PaymentInput::cash(50000);
    const test::FakeSigner signer;
    auto paid = m_store->payTable(t4, {}, expectedDue, tenders,
                                  {QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}}, signer);
    if (error >= 0) {
        MADANG_VERIFY_ERROR(paid, static_cast<ErrorCode>(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), ordersBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
        QVERIFY(m_store->tables().ticketOn(t4).value().has_value());
        QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::InService);
        QCOMPARE(reservations().depositAt(t4)->leftMinor, 80000);
        return;
    }
    MADANG_VERIFY_OK(paid);
    QCOMPARE(paid->totalMinor, 130000);
    QCOMPARE(paid->changeMinor, 0);
    QCOMPARE(count(QStringLiteral("SELECT amount_minor FROM payments WHERE method = 'deposit'")), 80000);
    QVERIFY(!m_store->tables().ticketOn(t4).value().has_value());
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

/// Eight guests leave ₩80,000 when they book. Once seated, their table's bill may credit it, and only it:
/// not another party's, not more than was taken.
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
    MADANG_VERIFY_ERROR(reservations().checkDepositCredit(t4, made->id, 1), ErrorCode::InvalidInput);

    MADANG_VERIFY_OK(reservations().seat(made->id, Ticket{}, {}));
    auto left = reservations().depositAt(t4);
    MADANG_VERIFY_OK(left);
    QCOMPARE(left->reservationId, made->id);
    QCOMPARE(left->guestName, QStringLiteral("이도윤"));
    QCOMPARE(left->leftMinor, 80000);
    QVERIFY(reservations().depositAt(tableId(QStringLiteral("T5")))->reservationId.isEmpty()); // joined, not billed
    MADANG_VERIFY_OK(reservations().checkDepositCredit(t4, made->id, 80000));
    MADANG_VERIFY_ERROR(reservations().checkDepositCredit(t4, made->id, 80001), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().checkDepositCredit(t4, QStringLiteral("someone-else"), 1000),
                        ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(reservations().checkDepositCredit(tableId(QStringLiteral("T8")), made->id, 1000),
                        ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestReservationBill)
#include "tst_reservationbill.moc"
