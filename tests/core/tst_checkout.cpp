// Checkout: a sale (a booking's checkout completes it), a table's bill (the table closed, its reservations
// completed), and the one deposit rule both follow: a deposit is credited only by the checkout of the booking or
// party it was taken for, at most what is left of it, once. Every refusal writes nothing.
#include "bookings/bookingservice.h"
#include "catalog/catalogrepository.h"
#include "fakesigner.h"
#include "reservationfixture.h"
#include "sales/payment.h"
#include "sales/saleservice.h"
#include "workflows/checkout.h"

#include <QTest>

class TestCheckout : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { tearDown(); }
    void payTable_data();
    void payTable();
    void depositRule_data();
    void depositRule();
    void mergedPartiesEachCredited();
    void depositRuleHoldsOutsideCheckout_data();
    void depositRuleHoldsOutsideCheckout();

private:
    /// A checked-in booking at 18:00 for the set menu (₩90,000) that left `depositMinor`.
    Result<Booking> checkedInBooking(int startMin, qint64 depositMinor);
    /// A ticket that checks out the booking.
    Ticket bookingTicket(const Booking &booking) const;
    /// The party of eight at T4 (with T5), seated, who left ₩80,000, ten set menus on the ticket (₩130,000).
    Result<Reservation> seatedParty();
    QList<PaymentInput> tenders(const QString &credits, const QString &own, const QString &other) const;
    /// Rows that a checkout writes, to compare before and after a refusal.
    QList<qint64> written() const;

    const test::FakeSigner m_signer;
    const SaleContext m_who{QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
};

void TestCheckout::init()
{
    setUp();
    addBookableCourse();
}

Result<Booking> TestCheckout::checkedInBooking(int startMin, qint64 depositMinor)
{
    BookingRequest r;
    r.itemId = m_courseId;
    r.day = kFriday;
    r.startMin = startMin;
    r.staffId = m_hostId;
    r.depositMinor = depositMinor;
    auto made = m_store->bookings().create(r);
    if (!made) {
        return made.error();
    }
    return m_store->bookings().setStatus(made->id, BookingStatus::CheckedIn, {});
}

Ticket TestCheckout::bookingTicket(const Booking &booking) const
{
    Ticket ticket;
    TicketLine line = TicketLine::fromItem(*m_store->catalog().findBySku(QStringLiteral("COURSE")).value());
    line.staffId = m_hostId;
    ticket.lines << line;
    ticket.bookingId = booking.id;
    return ticket;
}

Result<Reservation> TestCheckout::seatedParty()
{
    ReservationRequest r = request(QStringLiteral("이도윤"), 8, 17 * 60 + 30);
    r.depositMinor = 80000;
    auto made = reservations().create(r);
    if (!made) {
        return made.error();
    }
    if (auto seated = reservations().seat(made->id, Ticket{}, {}); !seated) {
        return seated.error();
    }
    const QString t4 = tableId(QStringLiteral("T4"));
    Ticket ticket = m_store->tables().ticketOn(t4).value().value();
    TicketLine line;
    line.sku = QStringLiteral("BBQ");
    line.name = QStringLiteral("불고기 정식");
    line.unitMinor = 13000;
    line.qty = 10;
    line.vatBp = 1000;
    ticket.lines << line;
    if (auto saved = m_store->tables().save(t4, ticket); !saved) {
        return saved.error();
    }
    return made;
}

QList<PaymentInput> TestCheckout::tenders(const QString &credits, const QString &own, const QString &other) const
{
    QList<PaymentInput> out;
    for (const QString &credit : credits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList holderAmount = credit.split(QLatin1Char(':'));
        out << PaymentInput::deposit(holderAmount.at(1).toLongLong(),
                                     holderAmount.at(0) == QLatin1String("own") ? own : other);
    }
    out << PaymentInput::cash(200000);
    return out;
}

QList<qint64> TestCheckout::written() const
{
    QList<qint64> rows;
    for (const char *table :
         {"orders", "order_lines", "payments", "journal", "outbox", "booking_events", "reservation_events"}) {
        rows << count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    return rows;
}

void TestCheckout::payTable_data()
{
    QTest::addColumn<qint64>("expectedDue");
    QTest::addColumn<QString>("depositFor"); // "party", "other" or empty for no deposit tender
    QTest::addColumn<qint64>("depositAmount");
    QTest::addColumn<int>("error"); // -1: paid
    QTest::newRow("deposit first, the rest in cash")
        << qint64(130000) << QStringLiteral("party") << qint64(80000) << -1;
    QTest::newRow("no deposit credited") << qint64(130000) << QString() << qint64(0) << -1;
    QTest::newRow("the ticket changed while paying")
        << qint64(120000) << QStringLiteral("party") << qint64(80000) << static_cast<int>(ErrorCode::Conflict);
    QTest::newRow("another party's deposit")
        << qint64(130000) << QStringLiteral("other") << qint64(10000) << static_cast<int>(ErrorCode::InvalidInput);
    QTest::newRow("more than the deposit left")
        << qint64(130000) << QStringLiteral("party") << qint64(80001) << static_cast<int>(ErrorCode::InvalidInput);
}

/// Checkout::payTable pays a seated party's table in one transaction: the deposit credit is checked, the sale is
/// made, the table closed and the reservation completed; a refusal writes none of it.
void TestCheckout::payTable()
{
    QFETCH(qint64, expectedDue);
    QFETCH(QString, depositFor);
    QFETCH(qint64, depositAmount);
    QFETCH(int, error);
    auto made = seatedParty();
    MADANG_VERIFY_OK(made);
    auto other = reservations().create(request(QStringLiteral("박서준"), 2, 17 * 60 + 30, {QStringLiteral("T1")}));
    MADANG_VERIFY_OK(other);
    const QString t4 = tableId(QStringLiteral("T4"));
    const QList<qint64> before = written();

    QList<PaymentInput> tenders;
    if (!depositFor.isEmpty()) {
        tenders << PaymentInput::deposit(depositAmount, depositFor == QLatin1String("party") ? made->id : other->id);
    }
    tenders << PaymentInput::cash(depositFor.isEmpty() ? 130000 : 50000);
    auto paid = Checkout(*m_store).payTable(t4, {}, expectedDue, tenders, m_who, m_signer);
    if (error >= 0) {
        MADANG_VERIFY_ERROR(paid, static_cast<ErrorCode>(error));
        QCOMPARE(written(), before);
        QVERIFY(m_store->tables().ticketOn(t4).value().has_value());
        QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::InService);
        QCOMPARE(reservations().depositAt(t4)->leftMinor, 80000);
        return;
    }
    MADANG_VERIFY_OK(paid);
    QCOMPARE(paid->totalMinor, 130000);
    QCOMPARE(paid->changeMinor, 0);
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE method = 'deposit'")),
             depositAmount);
    QVERIFY(!m_store->tables().ticketOn(t4).value().has_value());
    QCOMPARE(reservations().find(made->id).value()->status, BookingStatus::Completed);
}

void TestCheckout::depositRule_data()
{
    // bill: "booking" (a ₩20,000 deposit on a ₩90,000 set menu), "table" (the party's ₩80,000 on a ₩130,000
    // bill) or "plain" (a sale that checks out nothing). credits: the deposit tenders, "own|other:amount,...".
    // earlier: what an earlier bill credited of the own deposit. refusal: empty when paid, else part of the message.
    QTest::addColumn<QString>("bill");
    QTest::addColumn<QString>("credits");
    QTest::addColumn<qint64>("earlier");
    QTest::addColumn<QString>("refusal");
    const QString notOwnBooking = QStringLiteral("only to its own booking");
    const QString overBooking = QStringLiteral("than the booking's deposit");
    const QString notOwnParty = QStringLiteral("of the party it was taken from");
    const QString overParty = QStringLiteral("than 이도윤 has left");
    QTest::newRow("booking: its whole deposit") << "booking"
                                                << "own:20000" << qint64(0) << QString();
    QTest::newRow("booking: part of it") << "booking"
                                         << "own:5000" << qint64(0) << QString();
    QTest::newRow("booking: no deposit credited") << "booking"
                                                  << "" << qint64(0) << QString();
    QTest::newRow("booking: another booking's deposit") << "booking"
                                                        << "other:20000" << qint64(0) << notOwnBooking;
    QTest::newRow("booking: more than was paid") << "booking"
                                                 << "own:20001" << qint64(0) << overBooking;
    QTest::newRow("booking: twice on one bill, more in all") << "booking"
                                                             << "own:15000,own:10000" << qint64(0) << overBooking;
    QTest::newRow("booking: credited once already") << "booking"
                                                    << "own:1" << qint64(20000) << overBooking;
    QTest::newRow("plain sale: a booking's deposit") << "plain"
                                                     << "own:1000" << qint64(0) << notOwnBooking;
    QTest::newRow("table: the party's whole deposit") << "table"
                                                      << "own:80000" << qint64(0) << QString();
    QTest::newRow("table: another party's deposit") << "table"
                                                    << "other:10000" << qint64(0) << notOwnParty;
    QTest::newRow("table: more than was paid") << "table"
                                               << "own:80001" << qint64(0) << overParty;
    QTest::newRow("table: twice on one bill, more in all") << "table"
                                                           << "own:50000,own:40000" << qint64(0) << overParty;
    QTest::newRow("table: credited on the split-off bill already") << "table"
                                                                   << "own:1" << qint64(80000) << overParty;
    QTest::newRow("table: what the split-off bill left") << "table"
                                                         << "own:30000" << qint64(50000) << QString();
}

/// The one deposit rule, for a booking's checkout and a table's bill alike. A refusal writes nothing: no order,
/// payment, journal entry or outbox op, and the booking, party and table stay as they were.
void TestCheckout::depositRule()
{
    QFETCH(QString, bill);
    QFETCH(QString, credits);
    QFETCH(qint64, earlier);
    QFETCH(QString, refusal);
    Checkout checkout(*m_store);
    Result<FinalizedSale> paid = makeError(ErrorCode::NotFound, QStringLiteral("not paid"));
    QList<qint64> before;
    if (bill == QLatin1String("table")) {
        auto party = seatedParty();
        MADANG_VERIFY_OK(party);
        auto other = reservations().create(request(QStringLiteral("박서준"), 2, 19 * 60, {QStringLiteral("T1")}));
        MADANG_VERIFY_OK(other);
        const QString t4 = tableId(QStringLiteral("T4"));
        qint64 due = 130000;
        if (earlier > 0) { // seven of the ten set menus paid first, on a bill of their own
            const QString lineId = m_store->tables().ticketOn(t4).value()->lines.constFirst().lineId;
            MADANG_VERIFY_OK(checkout.payTable(t4, {{lineId, 7}}, 91000,
                                               {PaymentInput::deposit(earlier, party->id), PaymentInput::cash(91000)},
                                               m_who, m_signer));
            due = 39000;
        }
        before = written();
        paid = checkout.payTable(t4, {}, due, tenders(credits, party->id, other->id), m_who, m_signer);
        if (!refusal.isEmpty()) {
            QVERIFY(m_store->tables().ticketOn(t4).value().has_value());
            QCOMPARE(reservations().find(party->id).value()->status, BookingStatus::InService);
            QCOMPARE(reservations().depositAt(t4)->leftMinor, 80000 - earlier);
        } else {
            QCOMPARE(reservations().find(party->id).value()->status, BookingStatus::Completed);
        }
    } else {
        auto booking = checkedInBooking(18 * 60, 20000);
        MADANG_VERIFY_OK(booking);
        auto other = checkedInBooking(20 * 60, 20000);
        MADANG_VERIFY_OK(other);
        if (earlier > 0) {
            MADANG_VERIFY_OK(checkout.sale(bookingTicket(booking.value()),
                                           {PaymentInput::deposit(earlier, booking->id), PaymentInput::cash(90000)},
                                           m_who, m_signer));
        }
        Ticket ticket = bookingTicket(booking.value());
        if (bill == QLatin1String("plain")) {
            ticket.bookingId.clear();
        }
        before = written();
        const BookingStatus status = m_store->bookings().find(booking->id).value()->status;
        paid = checkout.sale(ticket, tenders(credits, booking->id, other->id), m_who, m_signer);
        const Booking after = *m_store->bookings().find(booking->id).value();
        QCOMPARE(after.status,
                 refusal.isEmpty() && bill == QLatin1String("booking") ? BookingStatus::Completed : status);
        QCOMPARE(m_store->bookings().find(other->id).value()->status, BookingStatus::CheckedIn);
    }
    if (!refusal.isEmpty()) {
        MADANG_VERIFY_ERROR(paid, ErrorCode::InvalidInput);
        QVERIFY2(paid.error().message.contains(refusal), qPrintable(paid.error().message));
        QCOMPARE(written(), before);
        return;
    }
    MADANG_VERIFY_OK(paid);
    qint64 credited = 0;
    for (const PaymentInput &t : tenders(credits, {}, {})) {
        credited += t.method == payment::Deposit ? t.amountMinor : 0;
    }
    QCOMPARE(paid->payments.constFirst().method, credited > 0 ? QStringLiteral("deposit") : QStringLiteral("cash"));
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE method = 'deposit'")),
             earlier + credited);
}

/// Two parties merged onto one ticket: the bill credits each party's deposit, and paying it completes both.
void TestCheckout::mergedPartiesEachCredited()
{
    auto big = seatedParty();
    MADANG_VERIFY_OK(big);
    ReservationRequest r = request(QStringLiteral("박서준"), 2, 17 * 60 + 30, {QStringLiteral("T1")});
    r.depositMinor = 20000;
    auto small = reservations().create(r);
    MADANG_VERIFY_OK(small);
    MADANG_VERIFY_OK(reservations().seat(small->id, Ticket{}, {}));
    const QString t1 = tableId(QStringLiteral("T1"));
    const QString t4 = tableId(QStringLiteral("T4"));
    MADANG_VERIFY_OK(reservations().mergeParties(t1, t4, {}));
    auto seated = reservations().depositsAt(t4);
    MADANG_VERIFY_OK(seated);
    QCOMPARE(seated->size(), 2);

    Checkout checkout(*m_store);
    const QList<qint64> before = written();
    // Either party's deposit is credited at most once: together more than the small party left is refused.
    MADANG_VERIFY_ERROR(checkout.payTable(t4, {}, 130000,
                                          {PaymentInput::deposit(80000, big->id),
                                           PaymentInput::deposit(20001, small->id), PaymentInput::cash(30000)},
                                          m_who, m_signer),
                        ErrorCode::InvalidInput);
    QCOMPARE(written(), before);
    auto paid = checkout.payTable(
        t4, {}, 130000,
        {PaymentInput::deposit(80000, big->id), PaymentInput::deposit(20000, small->id), PaymentInput::cash(30000)},
        m_who, m_signer);
    MADANG_VERIFY_OK(paid);
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE method = 'deposit'")),
             100000);
    QCOMPARE(reservations().find(big->id).value()->status, BookingStatus::Completed);
    QCOMPARE(reservations().find(small->id).value()->status, BookingStatus::Completed);
}

void TestCheckout::depositRuleHoldsOutsideCheckout_data()
{
    // The rule is the deposit tender's verification, so a sale finalized without Checkout (madangctl, a
    // future kiosk) is held to it too. bill and credits as in depositRule.
    QTest::addColumn<QString>("bill");
    QTest::addColumn<QString>("credits");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("booking: its own deposit") << "booking"
                                              << "own:20000" << QString();
    QTest::newRow("booking: another booking's deposit") << "booking"
                                                        << "other:20000"
                                                        << "only to its own booking";
    QTest::newRow("booking: more than was paid") << "booking"
                                                 << "own:20001"
                                                 << "than the booking's deposit";
    QTest::newRow("plain sale: a booking's deposit") << "plain"
                                                     << "own:1000"
                                                     << "only to its own booking";
    QTest::newRow("table: the party's deposit") << "table"
                                                << "own:80000" << QString();
    QTest::newRow("table: another party's deposit") << "table"
                                                    << "other:10000"
                                                    << "of the party it was taken from";
    QTest::newRow("table: more than was paid") << "table"
                                               << "own:80001"
                                               << "than 이도윤 has left";
}

void TestCheckout::depositRuleHoldsOutsideCheckout()
{
    QFETCH(QString, bill);
    QFETCH(QString, credits);
    QFETCH(QString, refusal);
    Ticket ticket;
    QString own;
    QString other;
    if (bill == QLatin1String("table")) {
        auto party = seatedParty();
        MADANG_VERIFY_OK(party);
        auto second = reservations().create(request(QStringLiteral("박서준"), 2, 19 * 60, {QStringLiteral("T1")}));
        MADANG_VERIFY_OK(second);
        auto open = m_store->tables().ticketOn(tableId(QStringLiteral("T4")));
        MADANG_VERIFY_OK(open);
        QVERIFY(open.value().has_value());
        ticket = *open.value();
        QCOMPARE(ticket.tableId, tableId(QStringLiteral("T4")));
        own = party->id;
        other = second->id;
    } else {
        auto booking = checkedInBooking(18 * 60, 20000);
        MADANG_VERIFY_OK(booking);
        auto second = checkedInBooking(20 * 60, 20000);
        MADANG_VERIFY_OK(second);
        ticket = bookingTicket(booking.value());
        if (bill == QLatin1String("plain")) {
            ticket.bookingId.clear();
        }
        own = booking->id;
        other = second->id;
    }
    const QList<qint64> before = written();
    auto paid = m_store->sales().finalize(ticket, tenders(credits, own, other), m_who, m_signer);
    if (!refusal.isEmpty()) {
        MADANG_VERIFY_ERROR(paid, ErrorCode::InvalidInput);
        QVERIFY2(paid.error().message.contains(refusal), qPrintable(paid.error().message));
        QCOMPARE(written(), before);
        return;
    }
    MADANG_VERIFY_OK(paid);
    QCOMPARE(paid->payments.constFirst().method, QStringLiteral("deposit"));
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
