// Crew availability: free starts and checks for cleaning crews on one Monday (members' hours and days
// off, busy members and vans, the crew's own jobs and the travel time between addresses), the order of
// the slots, refusals, and the same answers for the same (or shuffled) input.
#include "bookings/crewavailability.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

namespace {
const QDate kMonday(2026, 12, 7);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

QString clockText(int minutes)
{
    return QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

QList<int> every(int first, int last, int step = 15)
{
    QList<int> starts;
    for (int s = first; s <= last; s += step) {
        starts << s;
    }
    return starts;
}

QList<Interval> intervals(const QList<int> &flat)
{
    QList<Interval> list;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        list << Interval{flat.at(i), flat.at(i + 1)};
    }
    return list;
}

BookableStaff person(const QString &id, const QString &name, const QList<Interval> &mondayHours)
{
    BookableStaff member{id, name, {}, {}, {}, {}};
    member.weeklyHours[Qt::Monday] = mondayHours;
    return member;
}

/// Dana and Gus work 8-17, Eli 8-12 and 13-17, Fay 10-18. Two vans and a chair.
Resources people()
{
    Resources r;
    r.staff = {
        person(QStringLiteral("m3"), QStringLiteral("Fay"), {Interval{at(10), at(18)}}),
        person(QStringLiteral("m1"), QStringLiteral("Dana"), {Interval{at(8), at(17)}}),
        person(QStringLiteral("m4"), QStringLiteral("Gus"), {Interval{at(8), at(17)}}),
        person(QStringLiteral("m2"), QStringLiteral("Eli"), {Interval{at(13), at(17)}, Interval{at(8), at(12)}})};
    r.stations = {Station{QStringLiteral("v2"), QStringLiteral("van"), {}},
                  Station{QStringLiteral("chair-1"), QStringLiteral("chair"), {}},
                  Station{QStringLiteral("v1"), QStringLiteral("van"), {}}};
    return r;
}

/// Blue (Dana, Eli; van v1), Amber (Fay, Gus; van v2), Teal (Eli alone, no van), Empty (nobody).
QList<Crew> crews()
{
    const QString dana = QStringLiteral("m1");
    const QString eli = QStringLiteral("m2");
    return {Crew{QStringLiteral("c2"),
                 QStringLiteral("Amber"),
                 {QStringLiteral("m3"), QStringLiteral("m4")},
                 QStringLiteral("v2")},
            Crew{QStringLiteral("c5"), QStringLiteral("Teal"), {eli}, {}},
            Crew{QStringLiteral("c3"), QStringLiteral("Empty"), {}, {}},
            Crew{QStringLiteral("c1"), QStringLiteral("Blue"), {dana, eli}, QStringLiteral("v1")}};
}

/// Blue works at A 10:00-11:00 and at C 15:00-16:00 on Monday; the rest does not count on Monday.
QList<CrewJob> jobs()
{
    return {CrewJob{QStringLiteral("c1"), kMonday, Interval{at(15), at(16)}, QStringLiteral("C")},
            CrewJob{QStringLiteral("c1"), kMonday.addDays(1), Interval{at(8), at(17)}, QStringLiteral("A")},
            CrewJob{QStringLiteral("gone"), kMonday, Interval{at(8), at(17)}, QStringLiteral("A")},
            CrewJob{QStringLiteral("c1"), kMonday, Interval{at(10), at(11)}, QStringLiteral("A")}};
}

/// A-B 20 minutes, B-C 45 (stored as C to B), anything else 30.
TravelTimes travel()
{
    TravelTimes t;
    t.between.insert(qMakePair(QStringLiteral("A"), QStringLiteral("B")), 20);
    t.between.insert(qMakePair(QStringLiteral("C"), QStringLiteral("B")), 45);
    return t;
}

/// Dana busy, a member off and van v1 busy as each row asks.
Resources adjusted(const QString &offMember, const QList<int> &danaBusy, const QList<int> &vanBusy)
{
    Resources r = people();
    for (BookableStaff &member : r.staff) {
        if (member.id == offMember) {
            member.daysOff.insert(kMonday);
        }
        if (member.id == QStringLiteral("m1")) {
            member.busy[kMonday] = intervals(danaBusy);
        }
    }
    for (Station &station : r.stations) {
        if (station.id == QStringLiteral("v1")) {
            station.busy[kMonday] = intervals(vanBusy);
        }
    }
    return r;
}

/// "08:00 Blue" per slot.
QStringList describe(const QList<CrewSlot> &found)
{
    QHash<QString, QString> names;
    for (const Crew &crew : crews()) {
        names.insert(crew.id, crew.name);
    }
    QStringList out;
    for (const CrewSlot &slot : found) {
        out << QStringLiteral("%1 %2").arg(clockText(slot.startMin), names.value(slot.crewId));
    }
    return out;
}
} // namespace

Q_DECLARE_METATYPE(madang::Crew)

class TestCrewAvailability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void travelTimes();
    void check_data();
    void check();
    void freeSlots_data();
    void freeSlots();
    void orderedByStartThenName();
    void brokenCrew_data();
    void brokenCrew();
    void refused();
    void deterministic();
};

void TestCrewAvailability::initTestCase()
{
    QCOMPARE(kMonday.dayOfWeek(), int(Qt::Monday));
}

void TestCrewAvailability::travelTimes()
{
    const TravelTimes t = travel();
    const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C");
    QCOMPARE(t.minutes(a, a), 0);
    QCOMPARE(t.minutes(a, b), 20);
    QCOMPARE(t.minutes(b, a), 20);
    QCOMPARE(t.minutes(b, c), 45);
    QCOMPARE(t.minutes(a, c), 30);
    QVERIFY(TravelTimes::validate(t).ok());
    TravelTimes negative = t;
    negative.between.insert(qMakePair(a, c), -1);
    QVERIFY(!TravelTimes::validate(negative).ok());
}

void TestCrewAvailability::check_data()
{
    QTest::addColumn<QString>("crewId");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("offMember");
    QTest::addColumn<QList<int>>("danaBusy");
    QTest::addColumn<QList<int>>("vanBusy"); // van v1
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");

    const QString blue = QStringLiteral("c1");
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QList<int> none;
    const QString ok;
    const auto free = ErrorCode::InvalidInput; // not looked at when the row is ok
    QTest::newRow("early, before the first job")
        << blue << at(8) << 60 << a << ok << none << none << true << free << ok;
    QTest::newRow("same address: no travel") << blue << at(11) << 60 << a << ok << none << none << true << free << ok;
    QTest::newRow("exactly enough travel after a job")
        << blue << at(11, 20) << 40 << b << ok << none << none << true << free << ok;
    QTest::newRow("a minute short after a job")
        << blue << at(11, 19) << 40 << b << ok << none << none << false << ErrorCode::Conflict
        << QStringLiteral("Crew Blue needs 20 min to travel from A; the previous job ends at 11:00.");
    QTest::newRow("exactly enough travel before a job")
        << blue << at(13, 15) << 60 << b << ok << none << none << true << free << ok;
    QTest::newRow("a minute short before a job")
        << blue << at(13, 16) << 60 << b << ok << none << none << false << ErrorCode::Conflict
        << QStringLiteral("Crew Blue needs 45 min to travel to C; the next job starts at 15:00.");
    QTest::newRow("the default travel time, exactly")
        << blue << at(11, 30) << 30 << QStringLiteral("D") << ok << none << none << true << free << ok;
    QTest::newRow("the default travel time, a minute short")
        << blue << at(11, 29) << 30 << QStringLiteral("D") << ok << none << none << false << ErrorCode::Conflict
        << QStringLiteral("Crew Blue needs 30 min to travel from A; the previous job ends at 11:00.");
    QTest::newRow("the crew's own job is in the way")
        << blue << at(10, 30) << 60 << a << ok << none << none << false << ErrorCode::Conflict
        << QStringLiteral("Crew Blue already has a job at A from 10:00 to 11:00.");
    QTest::newRow("one of two members has a day off")
        << blue << at(8) << 60 << a << QStringLiteral("m2") << none << none << false << ErrorCode::InvalidInput
        << QStringLiteral("Eli is off on 2026-12-07.");
    QTest::newRow("runs into a member's lunch")
        << blue << at(11, 30) << 60 << a << ok << none << none << false << ErrorCode::InvalidInput
        << QStringLiteral("11:30-12:30 is outside Eli's working hours.");
    QTest::newRow("before a member starts")
        << QStringLiteral("c2") << at(9) << 60 << a << ok << none << none << false << ErrorCode::InvalidInput
        << QStringLiteral("09:00-10:00 is outside Fay's working hours.");
    QTest::newRow("a member is busy") << blue << at(8) << 60 << a << ok << QList<int>{at(8, 30), at(9)} << none << false
                                      << ErrorCode::Conflict
                                      << QStringLiteral("The slot is taken: Dana is busy 08:30-09:00.");
    QTest::newRow("the van is busy") << blue << at(8) << 60 << a << ok << none << QList<int>{at(7), at(8, 15)} << false
                                     << ErrorCode::Conflict
                                     << QStringLiteral("The slot is taken: the van v1 is busy 07:00-08:15.");
    QTest::newRow("the van is back when the job starts")
        << blue << at(8, 15) << 60 << a << ok << none << QList<int>{at(7), at(8, 15)} << true << free << ok;
    QTest::newRow("another crew's van does not matter")
        << QStringLiteral("c2") << at(10) << 60 << a << ok << none << QList<int>{at(10), at(11)} << true << free << ok;
    QTest::newRow("another crew's job takes a shared member")
        << QStringLiteral("c5") << at(10, 30) << 30 << a << ok << none << none << false << ErrorCode::Conflict
        << QStringLiteral("The slot is taken: Eli is busy 10:00-11:00.");
    QTest::newRow("unknown crew") << QStringLiteral("nope") << at(8) << 60 << a << ok << none << none << false
                                  << ErrorCode::NotFound << QStringLiteral("There is no crew with the id \"nope\".");
    QTest::newRow("a crew without members") << QStringLiteral("c3") << at(8) << 60 << a << ok << none << none << false
                                            << ErrorCode::InvalidInput << QStringLiteral("Crew Empty has no members.");
    QTest::newRow("a start at midnight's end")
        << blue << kMinutesPerDay << 60 << a << ok << none << none << false << ErrorCode::InvalidInput
        << QStringLiteral("The requested start is not a time of the day.");
    QTest::newRow("no address") << blue << at(8) << 60 << QString() << ok << none << none << false
                                << ErrorCode::InvalidInput << QStringLiteral("The job has no address.");
    QTest::newRow("no duration") << blue << at(8) << 0 << a << ok << none << none << false << ErrorCode::InvalidInput
                                 << QStringLiteral("The duration of 0 minutes is not between 1 and 1440.");
}

void TestCrewAvailability::check()
{
    QFETCH(QString, crewId);
    QFETCH(int, start);
    QFETCH(int, duration);
    QFETCH(QString, address);
    QFETCH(QString, offMember);
    QFETCH(QList<int>, danaBusy);
    QFETCH(QList<int>, vanBusy);
    QFETCH(bool, ok);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const Resources r = adjusted(offMember, danaBusy, vanBusy);
    const auto result = checkCrewSlot(r, crews(), jobs(), travel(), kMonday, duration, address, start, crewId);
    QVERIFY2(result.ok() == ok, test::describe(result).constData());
    if (ok) {
        QCOMPARE(*result, (CrewSlot{start, crewId}));
    } else {
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().message, message);
    }
}

void TestCrewAvailability::freeSlots_data()
{
    QTest::addColumn<QString>("crewId");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("offMember");
    QTest::addColumn<QList<int>>("vanBusy"); // van v1
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<int>>("expected");

    const QString blue = QStringLiteral("c1");
    const QString a = QStringLiteral("A");
    const QList<int> none;
    // Blue: A 10-11 and C 15-16; Eli's lunch 12-13; A to C is 30 minutes.
    QTest::newRow("around the jobs, same address as the first")
        << blue << 60 << a << QString() << none << 15
        << every(at(8), at(9)) + QList<int>{at(11)} + every(at(13), at(13, 30));
    QTest::newRow("travel on both sides from B") << blue << 60 << QStringLiteral("B") << QString() << none << 15
                                                 << every(at(8), at(8, 30)) + every(at(13), at(13, 15));
    QTest::newRow("the van is busy early") << blue << 60 << a << QString() << QList<int>{at(8), at(8, 30)} << 15
                                           << every(at(8, 30), at(9)) + QList<int>{at(11)} + every(at(13), at(13, 30));
    QTest::newRow("one member off: nothing") << blue << 60 << a << QStringLiteral("m2") << none << 15 << none;
    QTest::newRow("hourly steps") << blue << 60 << a << QString() << none << 60
                                  << QList<int>{at(8), at(9), at(11), at(13)};
    QTest::newRow("a member shared with another crew's jobs")
        << QStringLiteral("c5") << 60 << a << QString() << none << 15
        << every(at(8), at(9)) + QList<int>{at(11)} + every(at(13), at(14)) + QList<int>{at(16)};
    QTest::newRow("a crew without jobs") << QStringLiteral("c2") << 60 << a << QString() << none << 15
                                         << every(at(10), at(16));
}

void TestCrewAvailability::freeSlots()
{
    QFETCH(QString, crewId);
    QFETCH(int, duration);
    QFETCH(QString, address);
    QFETCH(QString, offMember);
    QFETCH(QList<int>, vanBusy);
    QFETCH(int, step);
    QFETCH(QList<int>, expected);
    const Resources r = adjusted(offMember, {}, vanBusy);
    const auto found = freeCrewSlots(r, crews(), jobs(), travel(), kMonday, duration, address, crewId, step);
    QVERIFY2(found.ok(), test::describe(found).constData());
    QList<int> starts;
    for (const CrewSlot &slot : *found) {
        QCOMPARE(slot.crewId, crewId);
        starts << slot.startMin;
        const auto checked =
            checkCrewSlot(r, crews(), jobs(), travel(), kMonday, duration, address, slot.startMin, crewId);
        QVERIFY2(checked.ok(), test::describe(checked).constData());
    }
    QCOMPARE(starts, expected);
}

void TestCrewAvailability::orderedByStartThenName()
{
    const auto found = freeCrewSlots(people(), crews(), jobs(), travel(), kMonday, 60, QStringLiteral("A"));
    QVERIFY2(found.ok(), test::describe(found).constData());
    const QStringList described = describe(*found);
    // Blue 9 starts, Amber 10:00-16:00 (25), Teal 12; Empty has nobody and is skipped.
    QCOMPARE(described.size(), 9 + 25 + 12);
    QCOMPARE(described.mid(0, 4), (QStringList{QStringLiteral("08:00 Blue"), QStringLiteral("08:00 Teal"),
                                               QStringLiteral("08:15 Blue"), QStringLiteral("08:15 Teal")}));
    const qsizetype oneOClock = described.indexOf(QStringLiteral("13:00 Amber"));
    QVERIFY(oneOClock > 0);
    QCOMPARE(described.mid(oneOClock, 4), (QStringList{QStringLiteral("13:00 Amber"), QStringLiteral("13:00 Blue"),
                                                       QStringLiteral("13:00 Teal"), QStringLiteral("13:15 Amber")}));
    QCOMPARE(described.last(), QStringLiteral("16:00 Teal"));
    for (qsizetype i = 1; i < found->size(); ++i) {
        const CrewSlot &x = found->at(i - 1);
        const CrewSlot &y = found->at(i);
        QVERIFY2(x.startMin < y.startMin || (x.startMin == y.startMin && described.at(i - 1) < described.at(i)),
                 qPrintable(QStringLiteral("slot %1 out of order").arg(i)));
    }
}

void TestCrewAvailability::brokenCrew_data()
{
    QTest::addColumn<Crew>("crew");
    QTest::addColumn<QString>("message");

    const auto red = [](const QStringList &members, const QString &van) {
        return Crew{QStringLiteral("c9"), QStringLiteral("Red"), members, van};
    };
    const QString dana = QStringLiteral("m1");
    QTest::newRow("a member who is not staff")
        << red({dana, QStringLiteral("m9")}, {}) << QStringLiteral("Crew Red lists \"m9\", who is not a staff member.");
    QTest::newRow("an unknown van") << red({dana}, QStringLiteral("v9"))
                                    << QStringLiteral("There is no van with the id \"v9\".");
    QTest::newRow("a chair is not a van")
        << red({dana}, QStringLiteral("chair-1")) << QStringLiteral("There is no van with the id \"chair-1\".");
}

void TestCrewAvailability::brokenCrew()
{
    QFETCH(Crew, crew);
    QFETCH(QString, message);
    const QList<Crew> list = crews() << crew;
    const auto checked =
        checkCrewSlot(people(), list, jobs(), travel(), kMonday, 60, QStringLiteral("A"), at(8), crew.id);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::NotFound);
    QCOMPARE(checked.error().message, message);
    const auto listed = freeCrewSlots(people(), list, jobs(), travel(), kMonday, 60, QStringLiteral("A"));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, ErrorCode::NotFound);
    QCOMPARE(listed.error().message, message);
}

void TestCrewAvailability::refused()
{
    const QString a = QStringLiteral("A");
    const auto noStep = freeCrewSlots(people(), crews(), jobs(), travel(), kMonday, 60, a, std::nullopt, 0);
    QVERIFY(!noStep.ok());
    QCOMPARE(noStep.error().message, QStringLiteral("The step of 0 minutes is not between 1 and 1440."));

    TravelTimes negative = travel();
    negative.defaultMin = -5;
    const auto badTravel = freeCrewSlots(people(), crews(), jobs(), negative, kMonday, 60, a);
    QVERIFY(!badTravel.ok());
    QCOMPARE(badTravel.error().code, ErrorCode::InvalidInput);
    QCOMPARE(badTravel.error().message, QStringLiteral("A travel time is negative."));

    QList<CrewJob> badJobs = jobs();
    badJobs[0].span = Interval{at(16), at(15)};
    const auto badJob =
        checkCrewSlot(people(), crews(), badJobs, travel(), kMonday, 60, a, at(8), QStringLiteral("c1"));
    QVERIFY(!badJob.ok());
    QCOMPARE(badJob.error().code, ErrorCode::InvalidInput);
    QCOMPARE(badJob.error().message, QStringLiteral("The time range 16:00-15:00 ends before it starts."));

    // Asked for by id, a crew without members is refused (listing every crew skips it).
    const auto empty = freeCrewSlots(people(), crews(), jobs(), travel(), kMonday, 60, a, QStringLiteral("c3"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message, QStringLiteral("Crew Empty has no members."));
}

void TestCrewAvailability::deterministic()
{
    const Resources r = adjusted({}, {at(13), at(13, 45)}, {at(16), at(17)});
    const QString b = QStringLiteral("B");
    const auto first = freeCrewSlots(r, crews(), jobs(), travel(), kMonday, 45, b);
    const auto second = freeCrewSlots(r, crews(), jobs(), travel(), kMonday, 45, b);
    Resources reversed = r;
    std::reverse(reversed.staff.begin(), reversed.staff.end());
    std::reverse(reversed.stations.begin(), reversed.stations.end());
    QList<Crew> crewList = crews();
    std::reverse(crewList.begin(), crewList.end());
    QList<CrewJob> jobList = jobs();
    std::reverse(jobList.begin(), jobList.end());
    const auto third = freeCrewSlots(reversed, crewList, jobList, travel(), kMonday, 45, b);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QVERIFY(!first->isEmpty());
    QCOMPARE(*second, *first);
    QCOMPARE(*third, *first);
}

QTEST_GUILESS_MAIN(TestCrewAvailability)
#include "tst_crewavailability.moc"
