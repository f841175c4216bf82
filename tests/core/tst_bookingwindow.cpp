// BookingService: the booking window. A booking starts no earlier than 12 hours ago (a walk-in recorded at the
// counter after the fact) and no later than two years ahead; every visit of a series is checked before anything
// is written; a move leaves the window no more than a booking does; a time the clocks skip is named.
#include "bookings/bookingservice.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(madang::Repeat)

using namespace madang;
using namespace madang::test;

namespace {
constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}
} // namespace

class TestBookingWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void window_data();
    void window();
    void seriesPastTheHorizon_data();
    void seriesPastTheHorizon();
    void moveStaysInTheWindow();
    void timeTheClocksSkipIsNamed();
    void slotsStayInTheWindow_data();
    void slotsStayInTheWindow();

private:
    BookingService &bookings() { return m_store->bookings(); }
    BookingRequest cut(QDate day, int startMin) const;
    qint64 count(const QString &table) const
    {
        return queryInt(m_store->database().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_ana;
};

/// Tuesday 2026-12-08, 21:30 in Seoul; Ana cuts hair every day from 09:00 to 18:00.
void TestBookingWindow::init()
{
    m_clock.set(QDateTime(QDate(2026, 12, 8), QTime(21, 30), QTimeZone("Asia/Seoul")));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    CatalogItem item = makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 20000, QStringLiteral("커트"));
    item.durationMin = 30;
    MADANG_VERIFY_OK(m_store->catalog().save(item));
    const QString itemId = m_store->catalog().findBySku(QStringLiteral("CUT")).value()->id;
    auto ana = m_store->merchant().addStaff(StaffMember{{}, QStringLiteral("Ana"), QStringLiteral("staff"), true});
    MADANG_VERIFY_OK(ana);
    m_ana = ana->id;
    MADANG_VERIFY_OK(m_store->resources().setSkills(m_ana, {itemId}));
    WeeklyHours week;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        week.insert(d, {{at(0), at(23, 59)}});
    }
    MADANG_VERIFY_OK(m_store->resources().setWeeklyHours(m_ana, week));
}

void TestBookingWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

BookingRequest TestBookingWindow::cut(QDate day, int startMin) const
{
    BookingRequest r;
    r.itemId = QStringLiteral("CUT");
    r.day = day;
    r.startMin = startMin;
    r.staffId = m_ana;
    return r;
}

void TestBookingWindow::window_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("start");
    QTest::addColumn<QString>("refusal"); // empty: booked
    QTest::newRow("in 1900") << QDate(1900, 1, 2) << at(10)
                             << QStringLiteral("1900-01-02 10:00 is in the past: a booking may start at most 12 "
                                               "hours ago (to record a walk-in after the fact), so no earlier than "
                                               "2026-12-08 09:30.");
    QTest::newRow("three days ago") << QDate(2026, 12, 5) << at(15) << QStringLiteral("is in the past");
    QTest::newRow("12 and a half hours ago") << QDate(2026, 12, 8) << at(9) << QStringLiteral("is in the past");
    QTest::newRow("a walk-in 11 and a half hours ago") << QDate(2026, 12, 8) << at(10) << QString();
    QTest::newRow("tomorrow") << QDate(2026, 12, 9) << at(10) << QString();
    QTest::newRow("the last day of the horizon") << QDate(2028, 12, 8) << at(17) << QString();
    QTest::newRow("the day after the horizon")
        << QDate(2028, 12, 9) << at(10)
        << QStringLiteral("2028-12-09 is more than 2 years ahead: bookings can be made up to 2028-12-08.");
    QTest::newRow("in year 9999") << QDate(9999, 12, 31) << at(10) << QStringLiteral("9999-12-31 is more than 2 years");
    QTest::newRow("in year 10000") << QDate(10000, 1, 4) << at(10)
                                   << QStringLiteral("10000-01-04 is more than 2 years");
}

void TestBookingWindow::window()
{
    QFETCH(QDate, day);
    QFETCH(int, start);
    QFETCH(QString, refusal);
    const qint64 ops = count(QStringLiteral("outbox")); // the setup's own
    auto made = bookings().create(cut(day, start));
    if (refusal.isEmpty()) {
        MADANG_VERIFY_OK(made);
        QCOMPARE(count(QStringLiteral("bookings")), 1);
        return;
    }
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, ErrorCode::InvalidInput);
    QVERIFY2(made.error().message.contains(refusal), qPrintable(made.error().message));
    QCOMPARE(count(QStringLiteral("bookings")), 0);
    QCOMPARE(count(QStringLiteral("booking_events")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), ops);
}

void TestBookingWindow::seriesPastTheHorizon_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<Repeat>("repeat");
    QTest::addColumn<QString>("refusal"); // empty: booked
    // 104 weekly visits from next Tuesday end on 2028-12-05: two years of weekly visits fit.
    QTest::newRow("104 weekly visits") << QDate(2026, 12, 15) << Repeat::Weekly << QString();
    // Monthly on the second Tuesday: visit 25 is 2028-12-12, four days past the horizon.
    QTest::newRow("104 monthly visits") << QDate(2026, 12, 8) << Repeat::MonthlyWeekday
                                        << QStringLiteral(
                                               "Visit 25 of 104 (2028-12-12): 2028-12-12 is more than 2 years ahead");
    QTest::newRow("104 monthly visits reaching year 10000")
        << QDate(9992, 1, 8) << Repeat::MonthlyWeekday
        << QStringLiteral("Visit 1 of 104 (9992-01-08): 9992-01-08 is more than 2 years ahead");
}

void TestBookingWindow::seriesPastTheHorizon()
{
    QFETCH(QDate, first);
    QFETCH(Repeat, repeat);
    QFETCH(QString, refusal);
    const qint64 ops = count(QStringLiteral("outbox"));
    auto series = bookings().createSeries(cut(first, at(17)), repeat, 104);
    if (refusal.isEmpty()) {
        MADANG_VERIFY_OK(series);
        QCOMPARE(series->size(), 104);
        QCOMPARE(series->constLast().day, QDate(2028, 12, 5));
        return;
    }
    QVERIFY(!series.ok());
    QCOMPARE(series.error().code, ErrorCode::InvalidInput);
    QVERIFY2(series.error().message.startsWith(refusal), qPrintable(series.error().message));
    QCOMPARE(count(QStringLiteral("bookings")), 0);
    QCOMPARE(count(QStringLiteral("booking_series")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), ops);
}

void TestBookingWindow::moveStaysInTheWindow()
{
    auto made = bookings().create(cut(QDate(2026, 12, 9), at(10)));
    MADANG_VERIFY_OK(made);
    const qint64 events = count(QStringLiteral("booking_events"));
    const qint64 ops = count(QStringLiteral("outbox"));
    for (const QDate day : {QDate(1900, 1, 2), QDate(2026, 12, 1), QDate(2030, 1, 1)}) {
        auto moved = bookings().move(made->id, day, at(10), m_ana, {});
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, ErrorCode::InvalidInput);
    }
    auto still = bookings().find(made->id);
    MADANG_VERIFY_OK(still);
    QCOMPARE((*still)->day, QDate(2026, 12, 9));
    QCOMPARE(count(QStringLiteral("booking_events")), events);
    QCOMPARE(count(QStringLiteral("outbox")), ops);
    // The next day it started 24 hours ago: it can no longer be moved, but still resized where it is.
    m_clock.set(QDateTime(QDate(2026, 12, 10), QTime(10, 0), QTimeZone("Asia/Seoul")));
    QVERIFY(!bookings().move(made->id, QDate(2026, 12, 9), at(10, 30), m_ana, {}).ok());
    MADANG_VERIFY_OK(bookings().move(made->id, QDate(2026, 12, 9), at(10), m_ana, {}, 45));
}

void TestBookingWindow::timeTheClocksSkipIsNamed()
{
    // Berlin: on 2027-03-28 the clocks go from 02:00 to 03:00.
    m_clock.set(QDateTime(QDate(2027, 3, 1), QTime(12, 0), QTimeZone("Europe/Berlin")));
    auto made = bookings().create(cut(QDate(2027, 3, 28), at(2, 30)));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().message,
             QStringLiteral("02:30 does not exist on 2027-03-28 in Europe/Berlin: the clocks go forward then."));
    QCOMPARE(count(QStringLiteral("bookings")), 0);
}

void TestBookingWindow::slotsStayInTheWindow_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("first"); // the first free start offered, or -1 for none
    QTest::newRow("today: from 12 hours ago") << QDate(2026, 12, 8) << at(9, 30);
    QTest::newRow("three days ago: none") << QDate(2026, 12, 5) << -1;
    QTest::newRow("the last day of the horizon") << QDate(2028, 12, 8) << at(0);
    QTest::newRow("the day after it: none") << QDate(2028, 12, 9) << -1;
}

void TestBookingWindow::slotsStayInTheWindow()
{
    // What the calendar offers can be booked: no free start outside the window.
    QFETCH(QDate, day);
    QFETCH(int, first);
    auto free = bookings().availableSlots(QStringLiteral("CUT"), day, m_ana, 30);
    MADANG_VERIFY_OK(free);
    QCOMPARE(free->isEmpty() ? -1 : free->constFirst().startMin, first);
}

QTEST_GUILESS_MAIN(TestBookingWindow)
#include "tst_bookingwindow.moc"
