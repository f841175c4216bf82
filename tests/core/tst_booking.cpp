// Booking: the lifecycle table, names that round-trip, and where a booking stands for the front desk.
#include "bookings/booking.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

Q_DECLARE_METATYPE(madang::BookingStatus)
Q_DECLARE_METATYPE(madang::Arrival)

class TestBooking : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void namesRoundTrip();
    void arrival_data();
    void arrival();
};

void TestBooking::transitions_data()
{
    QTest::addColumn<BookingStatus>("from");
    QTest::addColumn<BookingStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = BookingStatus;
    QTest::newRow("requested → confirmed") << S::Requested << S::Confirmed << true;
    QTest::newRow("requested → checked in") << S::Requested << S::CheckedIn << false;
    QTest::newRow("confirmed → checked in") << S::Confirmed << S::CheckedIn << true;
    QTest::newRow("confirmed → no-show") << S::Confirmed << S::NoShow << true;
    QTest::newRow("confirmed → in service") << S::Confirmed << S::InService << false;
    QTest::newRow("confirmed → completed") << S::Confirmed << S::Completed << false;
    QTest::newRow("pending sync → confirmed") << S::PendingSync << S::Confirmed << true;
    QTest::newRow("pending sync → conflict") << S::PendingSync << S::Conflict << true;
    QTest::newRow("confirmed → conflict") << S::Confirmed << S::Conflict << false;
    QTest::newRow("conflict → confirmed") << S::Conflict << S::Confirmed << true;
    QTest::newRow("conflict → checked in") << S::Conflict << S::CheckedIn << false;
    QTest::newRow("checked in → in service") << S::CheckedIn << S::InService << true;
    QTest::newRow("checked in → no-show") << S::CheckedIn << S::NoShow << false;
    QTest::newRow("in service → completed") << S::InService << S::Completed << true;
    QTest::newRow("in service → cancelled") << S::InService << S::Cancelled << false;
    QTest::newRow("completed → cancelled") << S::Completed << S::Cancelled << false;
    QTest::newRow("cancelled → confirmed") << S::Cancelled << S::Confirmed << false;
    QTest::newRow("no-show → checked in") << S::NoShow << S::CheckedIn << false;
}

void TestBooking::transitions()
{
    QFETCH(BookingStatus, from);
    QFETCH(BookingStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(bookingTransitionAllowed(from, to), allowed);
}

void TestBooking::namesRoundTrip()
{
    const QStringList names{QStringLiteral("requested"),  QStringLiteral("confirmed"),    QStringLiteral("checked_in"),
                            QStringLiteral("in_service"), QStringLiteral("completed"),    QStringLiteral("no_show"),
                            QStringLiteral("cancelled"),  QStringLiteral("pending_sync"), QStringLiteral("conflict")};
    for (const QString &name : names) {
        const auto status = bookingStatusFromName(name);
        QVERIFY2(status.has_value(), qPrintable(name));
        QCOMPARE(bookingStatusName(*status), name);
        QVERIFY(!bookingStatusLabel(*status).isEmpty());
    }
    QVERIFY(!bookingStatusFromName(QStringLiteral("Confirmed")).has_value());
    for (const char *source : {"counter", "walk_in", "phone", "platform"}) {
        QCOMPARE(bookingSourceName(*bookingSourceFromName(QLatin1String(source))), QLatin1String(source));
    }
    QVERIFY(!bookingSourceFromName(QStringLiteral("email")).has_value());
}

void TestBooking::arrival_data()
{
    QTest::addColumn<BookingStatus>("status");
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<QTime>("now");
    QTest::addColumn<Arrival>("expected");
    // The booking starts at 15:00; the desk waits 15 minutes.
    using S = BookingStatus;
    QTest::newRow("an hour ahead") << S::Confirmed << 0 << QTime(14, 0) << Arrival::Upcoming;
    QTest::newRow("a minute ahead") << S::Confirmed << 0 << QTime(14, 59) << Arrival::Upcoming;
    QTest::newRow("on the minute") << S::Confirmed << 0 << QTime(15, 0) << Arrival::Late;
    QTest::newRow("15 minutes late") << S::Requested << 0 << QTime(15, 15) << Arrival::Late;
    QTest::newRow("16 minutes late") << S::Confirmed << 0 << QTime(15, 16) << Arrival::NoShow;
    QTest::newRow("from the platform, late") << S::PendingSync << 0 << QTime(15, 30) << Arrival::NoShow;
    QTest::newRow("checked in") << S::CheckedIn << 0 << QTime(15, 30) << Arrival::None;
    QTest::newRow("cancelled") << S::Cancelled << 0 << QTime(14, 0) << Arrival::None;
    QTest::newRow("tomorrow") << S::Confirmed << 1 << QTime(14, 0) << Arrival::None;
    QTest::newRow("yesterday") << S::Confirmed << -1 << QTime(16, 0) << Arrival::None;
}

void TestBooking::arrival()
{
    QFETCH(BookingStatus, status);
    QFETCH(int, dayOffset);
    QFETCH(QTime, now);
    QFETCH(Arrival, expected);
    const QDate today(2026, 12, 3);
    Booking b;
    b.status = status;
    b.day = today.addDays(dayOffset);
    b.startMin = 15 * 60;
    b.phases.workMin = 30;
    QCOMPARE(arrivalOf(b, QDateTime(today, now, Qt::OffsetFromUTC, 9 * 3600)), expected);
}

QTEST_GUILESS_MAIN(TestBooking)
#include "tst_booking.moc"
