// Availability: free slots and checks for salon bookings (working hours, breaks, bookings, a colour's
// processing gap, buffers, skills, stations) on one Monday, computed twice to show it is deterministic.
#include "bookings/availability.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

namespace {
const QDate kMonday(2026, 12, 7);
const QDate kSunday(2026, 12, 13);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

/// Starts from `first` to `last` inclusive, every `step` minutes.
QList<int> every(int first, int last, int step = 15)
{
    QList<int> starts;
    for (int s = first; s <= last; s += step) {
        starts << s;
    }
    return starts;
}

/// Flat [start, end, start, end, ...] pairs as intervals.
QList<Interval> intervals(const QList<int> &flat)
{
    QList<Interval> list;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        list << Interval{flat.at(i), flat.at(i + 1)};
    }
    return list;
}

Service cut(int before = 0, int after = 0)
{
    return Service{QStringLiteral("CUT"), 20, 0, 0, before, after, QStringLiteral("cut"), QStringLiteral("chair")};
}

Service colour()
{
    return Service{QStringLiteral("COLOUR"), 30, 40, 20, 0, 0, QStringLiteral("colour"), QStringLiteral("chair")};
}

/// Ana (cut, colour) works 9-12 and 13-18 on Mondays; Bo (cut) 10-16; Cy (cut) only on Tuesdays.
/// Listed in reverse name order on purpose. Two chairs unless told otherwise.
Resources salon(int chairs = 2)
{
    BookableStaff cy{QStringLiteral("s3"), QStringLiteral("Cy"), {QStringLiteral("cut")}, {}, {}, {}};
    cy.weeklyHours[Qt::Tuesday] = {Interval{at(9), at(17)}};
    BookableStaff bo{QStringLiteral("s2"), QStringLiteral("Bo"), {QStringLiteral("cut")}, {}, {}, {}};
    bo.weeklyHours[Qt::Monday] = {Interval{at(10), at(16)}};
    BookableStaff ana{
        QStringLiteral("s1"), QStringLiteral("Ana"), {QStringLiteral("cut"), QStringLiteral("colour")}, {}, {}, {}};
    ana.weeklyHours[Qt::Monday] = {Interval{at(13), at(18)}, Interval{at(9), at(12)}};
    Resources r;
    r.staff = {cy, bo, ana};
    for (int i = chairs; i >= 1; --i) {
        r.stations << Station{QStringLiteral("chair-%1").arg(i), QStringLiteral("chair"), {}};
    }
    r.stations << Station{QStringLiteral("basin-1"), QStringLiteral("basin"), {}};
    return r;
}

QList<int> startsOf(const QList<Slot> &found)
{
    QList<int> starts;
    for (const Slot &slot : found) {
        starts << slot.startMin;
    }
    return starts;
}
} // namespace

Q_DECLARE_METATYPE(madang::Service)

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freeSlots_data();
    void freeSlots();
    void processingGap_data();
    void processingGap();
    void check_data();
    void check();
    void refused_data();
    void refused();
    void unknownStaff();
    void orderedByStartThenName();
    void deterministic();
};

void TestAvailability::initTestCase()
{
    QCOMPARE(kMonday.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(kSunday.dayOfWeek(), int(Qt::Sunday));
}

void TestAvailability::freeSlots_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<int>>("busy"); // the staff member's bookings, flat pairs
    QTest::addColumn<bool>("dayOff");
    QTest::addColumn<QList<int>>("expected");

    const QString ana = QStringLiteral("s1");
    const QList<int> none;
    QTest::newRow("working hours and a lunch break")
        << cut() << ana << kMonday << none << false << every(at(9), at(11, 30)) + every(at(13), at(17, 30));
    QTest::newRow("a booking blocks the slots it overlaps")
        << cut() << ana << kMonday << QList<int>{at(10), at(10, 30)} << false
        << every(at(9), at(9, 30)) + every(at(10, 30), at(11, 30)) + every(at(13), at(17, 30));
    QTest::newRow("buffers must lie inside working hours")
        << cut(10, 5) << ana << kMonday << none << false
        << every(at(9, 15), at(11, 30)) + every(at(13, 15), at(17, 30));
    QTest::newRow("buffers must not overlap a booking")
        << cut(10, 10) << ana << kMonday << QList<int>{at(10), at(10, 30)} << false
        << every(at(9, 15), at(9, 30)) + every(at(10, 45), at(11, 30)) + every(at(13, 15), at(17, 30));
    QTest::newRow("a stylist without the skill gets nothing")
        << colour() << QStringLiteral("s2") << kMonday << none << false << none;
    QTest::newRow("a day off") << cut() << ana << kMonday << none << true << none;
    QTest::newRow("a weekday without hours") << cut() << ana << kSunday << none << false << none;
    QTest::newRow("colour needs the whole span inside one interval")
        << colour() << ana << kMonday << none << false << every(at(9), at(10, 30)) + every(at(13), at(16, 30));
}

void TestAvailability::freeSlots()
{
    QFETCH(Service, service);
    QFETCH(QString, staffId);
    QFETCH(QDate, date);
    QFETCH(QList<int>, busy);
    QFETCH(bool, dayOff);
    QFETCH(QList<int>, expected);
    Resources r = salon();
    for (BookableStaff &member : r.staff) {
        if (member.id == staffId) {
            member.busy[date] = intervals(busy);
            if (dayOff) {
                member.daysOff.insert(date);
            }
        }
    }
    const auto found = madang::freeSlots(r, service, date, staffId);
    QVERIFY2(found.ok(), test::describe(found).constData());
    QCOMPARE(startsOf(*found), expected);
    for (const Slot &slot : *found) {
        QCOMPARE(slot.staffId, staffId);
        QCOMPARE(slot.stationId, QStringLiteral("chair-1"));
    }
}

void TestAvailability::processingGap_data()
{
    QTest::addColumn<int>("chairs");
    QTest::addColumn<QList<int>>("cutStartsInGap"); // cuts Ana can start between 10:30 and 11:10
    QTest::addColumn<QString>("chairAt1030");

    // Colour 10:00: work 10:00-10:30 (chair-1), processing 10:30-11:10, finish 11:10-11:30.
    QTest::newRow("a second chair takes the cut")
        << 2 << QList<int>{at(10, 30), at(10, 45)} << QStringLiteral("chair-2");
    QTest::newRow("one chair: the chair stays taken") << 1 << QList<int>{} << QString();
}

void TestAvailability::processingGap()
{
    QFETCH(int, chairs);
    QFETCH(QList<int>, cutStartsInGap);
    QFETCH(QString, chairAt1030);
    Resources r = salon(chairs);
    const auto booked = checkSlot(r, colour(), kMonday, at(10), QStringLiteral("s1"));
    QVERIFY2(booked.ok(), test::describe(booked).constData());
    QCOMPARE(booked->stationId, QStringLiteral("chair-1"));
    QVERIFY(reserve(r, colour(), kMonday, *booked));
    QCOMPARE(r.staff.at(2).busy.value(kMonday),
             (QList<Interval>{Interval{at(10), at(10, 30)}, Interval{at(11, 10), at(11, 30)}}));

    const auto found = madang::freeSlots(r, cut(), kMonday, QStringLiteral("s1"));
    QVERIFY2(found.ok(), test::describe(found).constData());
    QList<int> inGap;
    for (const Slot &slot : *found) {
        if (slot.startMin >= at(9, 45) && slot.startMin < at(11, 30)) {
            inGap << slot.startMin;
            QCOMPARE(slot.stationId, QStringLiteral("chair-2"));
        }
    }
    QCOMPARE(inGap, cutStartsInGap);

    const auto check = checkSlot(r, cut(), kMonday, at(10, 30), QStringLiteral("s1"));
    if (chairAt1030.isEmpty()) {
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, ErrorCode::Conflict);
        QCOMPARE(check.error().message, QStringLiteral("The slot is taken: no chair is free at 10:30."));
    } else {
        QVERIFY2(check.ok(), test::describe(check).constData());
        QCOMPARE(check->stationId, chairAt1030);
    }
    // The finish phase needs Ana again.
    const auto duringFinish = checkSlot(r, cut(), kMonday, at(11, 15), QStringLiteral("s1"));
    QVERIFY(!duringFinish.ok());
    QCOMPARE(duringFinish.error().message, QStringLiteral("The slot is taken: Ana is busy at 11:15."));
}

void TestAvailability::check_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");

    const QString ana = QStringLiteral("s1");
    // Ana has a booking 10:00-10:30 in every row.
    QTest::newRow("free") << cut() << ana << at(9) << true << ErrorCode::InvalidInput << QString();
    QTest::newRow("free at an odd minute") << cut() << ana << at(9, 7) << true << ErrorCode::InvalidInput << QString();
    QTest::newRow("the slot is taken") << cut() << ana << at(10, 15) << false << ErrorCode::Conflict
                                       << QStringLiteral("The slot is taken: Ana is busy at 10:15.");
    QTest::newRow("the buffer after runs into a booking")
        << cut(0, 15) << ana << at(9, 30) << false << ErrorCode::Conflict
        << QStringLiteral("The slot is taken: Ana is busy at 09:30.");
    QTest::newRow("lacks the skill") << colour() << QStringLiteral("s2") << at(11) << false << ErrorCode::Forbidden
                                     << QStringLiteral("Bo does not do COLOUR.");
    QTest::newRow("before opening") << cut() << ana << at(8, 45) << false << ErrorCode::InvalidInput
                                    << QStringLiteral("08:45 is outside Ana's working hours.");
    QTest::newRow("runs into lunch") << cut() << ana << at(11, 45) << false << ErrorCode::InvalidInput
                                     << QStringLiteral("11:45 is outside Ana's working hours.");
    QTest::newRow("the buffer before starts before opening")
        << cut(10, 0) << ana << at(9) << false << ErrorCode::InvalidInput
        << QStringLiteral("09:00 is outside Ana's working hours.");
    QTest::newRow("not a working day") << cut() << QStringLiteral("s3") << at(10) << false << ErrorCode::InvalidInput
                                       << QStringLiteral("10:00 is outside Cy's working hours.");
    QTest::newRow("unknown staff") << cut() << QStringLiteral("nobody") << at(10) << false << ErrorCode::NotFound
                                   << QStringLiteral("There is no staff member with the id \"nobody\".");
    QTest::newRow("after midnight") << cut() << ana << kMinutesPerDay << false << ErrorCode::InvalidInput
                                    << QStringLiteral("The requested start is not a time of the day.");
}

void TestAvailability::check()
{
    QFETCH(Service, service);
    QFETCH(QString, staffId);
    QFETCH(int, start);
    QFETCH(bool, ok);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    Resources r = salon();
    r.staff[2].busy[kMonday] = {Interval{at(10), at(10, 30)}};
    const auto result = checkSlot(r, service, kMonday, start, staffId);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result->startMin, start);
        QCOMPARE(result->staffId, staffId);
        QCOMPARE(result->stationId, QStringLiteral("chair-1"));
    } else {
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().message, message);
    }
}

void TestAvailability::refused_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<int>>("hours"); // Ana's Monday hours, flat pairs
    QTest::addColumn<QList<int>>("busy");  // Ana's Monday bookings, flat pairs
    QTest::addColumn<QString>("message");

    const QList<int> hours{at(9), at(12)};
    QTest::newRow("zero-length service") << Service{QStringLiteral("Z"), 0, 0, 0, 0, 0, {}, {}} << 15 << hours
                                         << QList<int>{} << QStringLiteral("The service Z takes no time.");
    QTest::newRow("negative processing") << Service{QStringLiteral("N"), 10, -5, 0, 0, 0, {}, {}} << 15 << hours
                                         << QList<int>{}
                                         << QStringLiteral("The service N has a negative number of minutes.");
    QTest::newRow("zero step") << cut() << 0 << hours << QList<int>{}
                               << QStringLiteral("The step of 0 minutes is not between 1 and 1440.");
    QTest::newRow("working hours end before they start")
        << cut() << 15 << QList<int>{at(12), at(9)} << QList<int>{}
        << QStringLiteral("The time range 12:00-09:00 ends before it starts.");
    QTest::newRow("a booking ends before it starts")
        << cut() << 15 << hours << QList<int>{at(10, 30), at(10)}
        << QStringLiteral("The time range 10:30-10:00 ends before it starts.");
    QTest::newRow("a zero-length booking") << cut() << 15 << hours << QList<int>{at(10), at(10)}
                                           << QStringLiteral("The time range 10:00-10:00 ends before it starts.");
    QTest::newRow("hours past midnight") << cut() << 15 << QList<int>{at(20), at(25)} << QList<int>{}
                                         << QStringLiteral("The time range 1200-1500 minutes is not within one day.");
}

void TestAvailability::refused()
{
    QFETCH(Service, service);
    QFETCH(int, step);
    QFETCH(QList<int>, hours);
    QFETCH(QList<int>, busy);
    QFETCH(QString, message);
    Resources r = salon();
    r.staff[2].weeklyHours[Qt::Monday] = intervals(hours);
    r.staff[2].busy[kMonday] = intervals(busy);
    const auto found = madang::freeSlots(r, service, kMonday, QStringLiteral("s1"), step);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::InvalidInput);
    QCOMPARE(found.error().message, message);
    if (step > 0) {
        const auto checked = checkSlot(r, service, kMonday, at(9), QStringLiteral("s1"));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
    }
}

void TestAvailability::unknownStaff()
{
    const auto found = madang::freeSlots(salon(), cut(), kMonday, QStringLiteral("nobody"));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::NotFound);
}

void TestAvailability::orderedByStartThenName()
{
    const auto found = madang::freeSlots(salon(), cut(), kMonday);
    QVERIFY2(found.ok(), test::describe(found).constData());
    // Ana alone 9:00-9:45, both 10:00-11:30, Bo alone 11:45-15:40, Ana alone after.
    QCOMPARE(found->size(),
             every(at(9), at(11, 30)).size() + every(at(13), at(17, 30)).size() + every(at(10), at(15, 30)).size());
    QCOMPARE(found->at(0), (Slot{at(9), QStringLiteral("s1"), QStringLiteral("chair-1")}));
    QCOMPARE(found->at(4), (Slot{at(10), QStringLiteral("s1"), QStringLiteral("chair-1")}));
    QCOMPARE(found->at(5), (Slot{at(10), QStringLiteral("s2"), QStringLiteral("chair-1")}));
    const QHash<QString, QString> names{{QStringLiteral("s1"), QStringLiteral("Ana")},
                                        {QStringLiteral("s2"), QStringLiteral("Bo")}};
    for (qsizetype i = 1; i < found->size(); ++i) {
        const Slot &a = found->at(i - 1);
        const Slot &b = found->at(i);
        QVERIFY2(a.startMin < b.startMin || (a.startMin == b.startMin && names[a.staffId] < names[b.staffId]),
                 qPrintable(QStringLiteral("slot %1 out of order").arg(i)));
    }
}

void TestAvailability::deterministic()
{
    Resources r = salon();
    const auto c = checkSlot(r, colour(), kMonday, at(14), QStringLiteral("s1"));
    QVERIFY2(c.ok(), test::describe(c).constData());
    QVERIFY(reserve(r, colour(), kMonday, *c));
    r.staff[1].busy[kMonday] = {Interval{at(11), at(11, 40)}};
    const auto first = madang::freeSlots(r, cut(), kMonday);
    const auto second = madang::freeSlots(r, cut(), kMonday);
    Resources reversed = r;
    std::reverse(reversed.staff.begin(), reversed.staff.end());
    std::reverse(reversed.stations.begin(), reversed.stations.end());
    const auto third = madang::freeSlots(reversed, cut(), kMonday);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QVERIFY(!first->isEmpty());
    QCOMPARE(*second, *first);
    QCOMPARE(*third, *first);
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
