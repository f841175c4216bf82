// Intake: the customer found or added by phone and the booking, repeating visit or reservation made for them,
// in one transaction: a refused write keeps no new customer, and an empty phone books anonymously.
#include "bookings/bookingservice.h"
#include "customers/customerrepository.h"
#include "reservationfixture.h"
#include "workflows/intake.h"

#include <QTest>

class TestIntake : public QObject, protected ReservationFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { tearDown(); }
    void withCustomer_data();
    void withCustomer();

private:
    QString m_knownId; // 김하늘, 010-1234-5678
};

void TestIntake::init()
{
    setUp();
    addBookableCourse();
    auto known = m_store->customers().findOrAdd(QStringLiteral("010-1234-5678"), QStringLiteral("김하늘"));
    MADANG_VERIFY_OK(known);
    m_knownId = known->id;
}

void TestIntake::withCustomer_data()
{
    QTest::addColumn<QString>("what");  // "booking", "series" or "reservation"
    QTest::addColumn<QString>("phone"); // "new", "known" or "none"
    QTest::addColumn<bool>("refused");  // the write itself is refused
    for (const char *what : {"booking", "series", "reservation"}) {
        for (const char *phone : {"new", "known", "none"}) {
            QTest::addRow("%s, %s phone", what, phone)
                << QString::fromLatin1(what) << QString::fromLatin1(phone) << false;
        }
        QTest::addRow("%s refused: the new customer is not kept", what) << QString::fromLatin1(what) << "new" << true;
        QTest::addRow("%s refused, known customer", what) << QString::fromLatin1(what) << "known" << true;
    }
}

void TestIntake::withCustomer()
{
    QFETCH(QString, what);
    QFETCH(QString, phone);
    QFETCH(bool, refused);
    const QString number = phone == QLatin1String("new")     ? QStringLiteral("010-9876-5432")
                           : phone == QLatin1String("known") ? QStringLiteral("01012345678")
                                                             : QString();
    const QString customers = QStringLiteral("SELECT count(*) FROM customers");
    const QString outbox = QStringLiteral("SELECT count(*) FROM outbox");
    const qint64 customersBefore = count(customers);
    const qint64 outboxBefore = count(outbox);

    Intake intake(*m_store);
    QStringList customerIds; // of what was made
    Error error;
    if (what == QLatin1String("reservation")) {
        ReservationRequest r = request(QStringLiteral("이도윤"), refused ? 40 : 4, 18 * 60);
        auto made = intake.reserve(r, number);
        made ? void(customerIds << made->customerId) : void(error = made.error());
    } else {
        BookingRequest r;
        r.itemId = m_courseId;
        r.day = kFriday;
        r.startMin = refused ? 23 * 60 : 18 * 60; // Ana works until 22:00
        r.staffId = m_hostId;
        if (what == QLatin1String("booking")) {
            auto made = intake.book(r, number, QStringLiteral("새 손님"));
            made ? void(customerIds << made->customerId) : void(error = made.error());
        } else {
            auto made = intake.bookSeries(r, number, QStringLiteral("새 손님"), Repeat::Weekly, 3);
            if (made) {
                QCOMPARE(made->size(), 3);
                for (const Booking &b : std::as_const(made.value())) {
                    customerIds << b.customerId;
                }
            } else {
                error = made.error();
            }
        }
    }
    if (refused) {
        QVERIFY2(customerIds.isEmpty(), "the refused write was made");
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(count(customers), customersBefore);
        QCOMPARE(count(outbox), outboxBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), 0);
        return;
    }
    QVERIFY2(!customerIds.isEmpty(), qPrintable(error.message));
    QCOMPARE(count(customers), customersBefore + (phone == QLatin1String("new") ? 1 : 0));
    QString expected;
    if (phone == QLatin1String("known")) {
        expected = m_knownId;
    } else if (phone == QLatin1String("new")) {
        expected = queryString(m_store->database().connection(),
                               QStringLiteral("SELECT id FROM customers WHERE id <> '%1'").arg(m_knownId));
        QVERIFY(!expected.isEmpty());
    }
    for (const QString &id : std::as_const(customerIds)) {
        QCOMPARE(id, expected);
    }
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
