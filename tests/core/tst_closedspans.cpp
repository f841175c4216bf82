// Closed spans: the times of a day that cannot be booked at all (before and after working hours, breaks, a
// day off), for a staff member and for a crew (only when every member works), and that the engine agrees:
// freeSlots never offers a start inside one and checkSlot refuses it as outside working hours.
#include "bookings/availability.h"
#include "bookings/crewavailability.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

namespace {
const QDate kMonday(2026, 12, 7);
const QDate kTuesday(2026, 12, 8);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

/// Ana works 9-12 and 13-18 on Mondays (lunch 12-13), 0-24 on Tuesdays; Bo 10-16 on Mondays only, and is off
/// on Monday the 14th. Both cut.
QList<BookableStaff> team()
{
    BookableStaff ana{QStringLiteral("s1"), QStringLiteral("Ana"), {QStringLiteral("cut")}, {}, {}, {}};
    ana.weeklyHours[Qt::Monday] = {Interval{at(13), at(18)}, Interval{at(9), at(12)}};
    ana.weeklyHours[Qt::Tuesday] = {Interval{0, kMinutesPerDay}};
    BookableStaff bo{QStringLiteral("s2"), QStringLiteral("Bo"), {QStringLiteral("cut")}, {}, {}, {}};
    bo.weeklyHours[Qt::Monday] = {Interval{at(10), at(16)}};
    bo.daysOff.insert(kMonday.addDays(7));
    return {ana, bo};
}

ClosedSpan closed(int from, int to, ClosedReason reason)
{
    return ClosedSpan{Interval{from, to}, reason};
}

QString describe(const QList<ClosedSpan> &spans)
{
    QStringList parts;
    for (const ClosedSpan &c : spans) {
        parts << QStringLiteral("%1-%2:%3").arg(c.span.startMin).arg(c.span.endMin).arg(static_cast<int>(c.reason));
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

Q_DECLARE_METATYPE(madang::Interval)
Q_DECLARE_METATYPE(madang::ClosedSpan)

class TestClosedSpans : public QObject
{
    Q_OBJECT

private slots:
    void staff_data();
    void staff();
    void hours_data();
    void hours();
    void engineAgrees();
    void crew_data();
    void crew();
    void invalidHoursAreRefused();
};

void TestClosedSpans::staff_data()
{
    QTest::addColumn<int>("member");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<ClosedSpan>>("expected");
    const auto out = ClosedReason::OutsideHours;
    QTest::newRow("hours and a lunch break")
        << 0 << kMonday
        << QList<ClosedSpan>{closed(0, at(9), out), closed(at(12), at(13), ClosedReason::Break),
                             closed(at(18), kMinutesPerDay, out)};
    QTest::newRow("one stretch") << 1 << kMonday
                                 << QList<ClosedSpan>{closed(0, at(10), out), closed(at(16), kMinutesPerDay, out)};
    QTest::newRow("the whole day worked") << 0 << kTuesday << QList<ClosedSpan>{};
    QTest::newRow("no hours that weekday")
        << 1 << kTuesday << QList<ClosedSpan>{closed(0, kMinutesPerDay, ClosedReason::DayOff)};
    QTest::newRow("a dated day off") << 1 << kMonday.addDays(7)
                                     << QList<ClosedSpan>{closed(0, kMinutesPerDay, ClosedReason::DayOff)};
}

void TestClosedSpans::staff()
{
    QFETCH(int, member);
    QFETCH(QDate, date);
    QFETCH(QList<ClosedSpan>, expected);
    auto spans = closedSpansOn(team().at(member), date);
    MADANG_VERIFY_OK(spans);
    QVERIFY2(spans.value() == expected,
             qPrintable(describe(spans.value()) + QStringLiteral(" != ") + describe(expected)));
}

void TestClosedSpans::hours_data()
{
    QTest::addColumn<QList<Interval>>("hours");
    QTest::addColumn<QList<ClosedSpan>>("expected");
    const auto out = ClosedReason::OutsideHours;
    QTest::newRow("overlapping intervals count once")
        << QList<Interval>{Interval{at(12), at(18)}, Interval{at(9), at(13)}}
        << QList<ClosedSpan>{closed(0, at(9), out), closed(at(18), kMinutesPerDay, out)};
    QTest::newRow("touching intervals leave no break")
        << QList<Interval>{Interval{at(9), at(12)}, Interval{at(12), at(18)}}
        << QList<ClosedSpan>{closed(0, at(9), out), closed(at(18), kMinutesPerDay, out)};
    QTest::newRow("two breaks") << QList<Interval>{Interval{0, at(8)}, Interval{at(9), at(12)},
                                                   Interval{at(13), kMinutesPerDay}}
                                << QList<ClosedSpan>{closed(at(8), at(9), ClosedReason::Break),
                                                     closed(at(12), at(13), ClosedReason::Break)};
    QTest::newRow("none") << QList<Interval>{} << QList<ClosedSpan>{closed(0, kMinutesPerDay, ClosedReason::DayOff)};
}

void TestClosedSpans::hours()
{
    QFETCH(QList<Interval>, hours);
    QFETCH(QList<ClosedSpan>, expected);
    const QList<ClosedSpan> spans = closedSpans(hours);
    QVERIFY2(spans == expected, qPrintable(describe(spans) + QStringLiteral(" != ") + describe(expected)));
}

void TestClosedSpans::engineAgrees()
{
    Resources resources;
    resources.staff = team();
    const Service cut{QStringLiteral("CUT"), 15, 0, 0, 0, 0, QStringLiteral("cut"), {}};
    for (const BookableStaff &member : std::as_const(resources.staff)) {
        for (const QDate date : {kMonday, kTuesday, kMonday.addDays(7)}) {
            const QList<ClosedSpan> spans = closedSpansOn(member, date).value();
            auto free = freeSlots(resources, cut, date, member.id, 5);
            MADANG_VERIFY_OK(free);
            for (const Slot &slot : free.value()) {
                for (const ClosedSpan &c : spans) {
                    QVERIFY2(!c.span.overlaps(Interval{slot.startMin, slot.startMin + cut.spanMin()}),
                             qPrintable(member.name + QLatin1Char(' ') + slot.time().toString()));
                }
            }
            for (const ClosedSpan &c : spans) {
                auto refused = checkSlot(resources, cut, date, c.span.startMin, member.id);
                QVERIFY(!refused);
                QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
            }
        }
    }
}

void TestClosedSpans::crew_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<Interval>>("expected");
    const QString ana = QStringLiteral("s1");
    const QString bo = QStringLiteral("s2");
    QTest::newRow("only when both work") << QStringList{ana, bo} << kMonday
                                         << QList<Interval>{Interval{at(10), at(12)}, Interval{at(13), at(16)}};
    QTest::newRow("one member alone") << QStringList{bo} << kMonday << QList<Interval>{Interval{at(10), at(16)}};
    QTest::newRow("a member off") << QStringList{ana, bo} << kMonday.addDays(7) << QList<Interval>{};
    QTest::newRow("a member not working that weekday") << QStringList{ana, bo} << kTuesday << QList<Interval>{};
    QTest::newRow("no members") << QStringList{} << kMonday << QList<Interval>{};
}

void TestClosedSpans::crew()
{
    QFETCH(QStringList, members);
    QFETCH(QDate, date);
    QFETCH(QList<Interval>, expected);
    Resources resources;
    resources.staff = team();
    const Crew crew{QStringLiteral("c1"), QStringLiteral("Blue"), members, {}};
    auto hours = crewHoursOn(resources, crew, date);
    MADANG_VERIFY_OK(hours);
    QCOMPARE(hours.value(), expected);
    // A job that fits in these hours passes the crew's check; one that sticks out of them does not.
    const TravelTimes travel;
    for (const Interval &h : expected) {
        MADANG_VERIFY_OK(
            checkCrewSlot(resources, {crew}, {}, travel, date, h.length(), QStringLiteral("A"), h.startMin, crew.id));
        QVERIFY(!checkCrewSlot(resources, {crew}, {}, travel, date, h.length() + 1, QStringLiteral("A"), h.startMin,
                               crew.id));
    }
}

void TestClosedSpans::invalidHoursAreRefused()
{
    BookableStaff odd{QStringLiteral("s9"), QStringLiteral("Odd"), {}, {}, {}, {}};
    odd.weeklyHours[Qt::Monday] = {Interval{at(12), at(9)}};
    auto spans = closedSpansOn(odd, kMonday);
    QVERIFY(!spans);
    QCOMPARE(spans.error().code, ErrorCode::InvalidInput);
    auto none = closedSpansOn(odd, QDate());
    QVERIFY(!none);
    Resources resources;
    resources.staff = {odd};
    auto unknown =
        crewHoursOn(resources, Crew{QStringLiteral("c1"), QStringLiteral("Blue"), {QStringLiteral("x")}, {}}, kMonday);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestClosedSpans)
#include "tst_closedspans.moc"
