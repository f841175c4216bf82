// The appliers of what bookings and reservations are made with (bookings/resourceappliers.h,
// bookings/crewappliers.h, bookings/bookingappliers.h, workflows/diningappliers.h): stations retired, crews,
// travel times, repeating visits and dining hours, made by a real write on terminal A and applied on terminal B
// (see applierpair.h). Ops about staff, vans, crews, stations or visits that B does not have are refused with B
// unchanged.
#include "applierpair.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "reservations/reservationservice.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace madang;
using namespace madang::test;

namespace {
/// What the rows' writes start from, the same on A and B.
struct Baseline
{
    QString minhoId; // cleans every day 9-18
    QString sujinId;
    QString itemId; // a deep clean, 3 hours
    QString vanId;
    QString roomId; // a station nothing uses
    QString crewId; // Minho and Sujin with the van
    QDate tomorrow;
};

using Write = std::function<Status(Store &, const Baseline &)>;
using Mutate = std::function<void(QJsonObject &)>;

const QString kStations = QStringLiteral("SELECT id, name, kind, position, active FROM stations ORDER BY id");
const QString kCrews = QStringLiteral("SELECT id, name, coalesce(van_id, ''), position, active FROM crews ORDER BY id;"
                                      "SELECT crew_id, staff_id, position FROM crew_members ORDER BY 1, 3");
const QString kTravel = QStringLiteral("SELECT from_address, to_address, minutes FROM travel_times ORDER BY 1, 2");
const QString kSeries =
    QStringLiteral("SELECT id, repeat, first_day, visits, created_at FROM booking_series ORDER BY id;"
                   "SELECT id, status, item_id, staff_id, day, start_min, address, series_id FROM bookings "
                   "ORDER BY day, id");
const QString kDiningHours =
    QStringLiteral("SELECT weekday, start_min, end_min FROM dining_hours ORDER BY weekday, start_min");

/// Four deep cleans every other week from tomorrow at 10:00, by Minho.
Status series(Store &s, const Baseline &base)
{
    BookingRequest r;
    r.itemId = base.itemId;
    r.day = base.tomorrow;
    r.startMin = 600;
    r.staffId = base.minhoId;
    r.address = QStringLiteral("서울 마포구 월드컵북로 12, 302호");
    return statusOf(s.bookings().createSeries(r, Repeat::EveryTwoWeeks, 4));
}

/// Lunch and dinner on weekdays, all day on Saturday, closed on Sunday.
Status diningWeek(Store &s, const Baseline &)
{
    QHash<int, QList<Interval>> week;
    for (int weekday = Qt::Monday; weekday <= Qt::Friday; ++weekday) {
        week[weekday] = {Interval{690, 900}, Interval{1020, 1320}};
    }
    week[Qt::Saturday] = {Interval{660, 1320}};
    return s.reservations().setWeek(week);
}
} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Mutate)

class TestResourceAppliers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opFromAAppliedOnB_data();
    void opFromAAppliedOnB();
    void opAboutWhatBLacksIsRefused_data();
    void opAboutWhatBLacksIsRefused();

private:
    ApplierPair m_pair;
    Baseline m_base;
};

void TestResourceAppliers::init()
{
    MADANG_VERIFY_OK(m_pair.setUp(Vertical::Cleaning, [this](Store &s) -> Status {
        m_base.tomorrow = m_pair.clock().now().date().addDays(1);
        auto minho = s.merchant().addStaff(StaffMember{{}, QStringLiteral("정민호"), QStringLiteral("staff"), true});
        PREPARE_OK(minho);
        m_base.minhoId = minho->id;
        auto sujin = s.merchant().addStaff(StaffMember{{}, QStringLiteral("오수진"), QStringLiteral("staff"), true});
        PREPARE_OK(sujin);
        m_base.sujinId = sujin->id;
        auto item = s.catalog().save(makeItem(QStringLiteral("C-DEEP"), QStringLiteral("딥클린"), 150000));
        PREPARE_OK(item);
        m_base.itemId = item->id;
        Service phases;
        phases.workMin = 180;
        PREPARE_OK(s.resources().saveService(m_base.itemId, phases));
        PREPARE_OK(s.resources().setSkills(m_base.minhoId, {m_base.itemId}));
        WeeklyHours hours;
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            hours[weekday] = {Interval{540, 1080}};
        }
        PREPARE_OK(s.resources().setWeeklyHours(m_base.minhoId, hours));
        auto van = s.resources().saveStation(BookableStation{{}, QStringLiteral("1호차"), QStringLiteral("van"), 1});
        PREPARE_OK(van);
        m_base.vanId = van->id;
        auto room = s.resources().saveStation(BookableStation{{}, QStringLiteral("창고"), QStringLiteral("room"), 2});
        PREPARE_OK(room);
        m_base.roomId = room->id;
        auto crew = s.crews().save(Crew{{}, QStringLiteral("A팀"), {m_base.minhoId, m_base.sujinId}, m_base.vanId});
        PREPARE_OK(crew);
        m_base.crewId = crew->id;
        return s.crews().setTravelMinutes(QStringLiteral("서울 마포구 1"), QStringLiteral("서울 은평구 2"), 20);
    }));
}

void TestResourceAppliers::cleanup()
{
    m_pair.tearDown();
}

void TestResourceAppliers::opFromAAppliedOnB_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");   // the last op the write queues
    QTest::addColumn<QString>("rows"); // what must be the same on A and B afterwards

    QTest::newRow("station.retired") << Write([](Store &s, const Baseline &base) {
        return s.resources().retireStation(base.roomId);
    }) << QStringLiteral("station.retired")
                                     << kStations;
    QTest::newRow("crew.saved (new, without a van)") << Write([](Store &s, const Baseline &base) {
        return statusOf(s.crews().save(Crew{{}, QStringLiteral("B팀"), {base.sujinId}, {}}));
    }) << QStringLiteral("crew.saved") << kCrews;
    QTest::newRow("crew.saved (renamed, the lead changed, the van given back)")
        << Write([](Store &s, const Baseline &base) {
               return statusOf(
                   s.crews().save(Crew{base.crewId, QStringLiteral("A팀 (오전)"), {base.sujinId, base.minhoId}, {}}));
           })
        << QStringLiteral("crew.saved") << kCrews;
    QTest::newRow("crew.retired") << Write([](Store &s, const Baseline &base) { return s.crews().retire(base.crewId); })
                                  << QStringLiteral("crew.retired") << kCrews;
    QTest::newRow("travel_time.saved (new)") << Write([](Store &s, const Baseline &) {
        return s.crews().setTravelMinutes(QStringLiteral("서울 마포구 1"), QStringLiteral("서울 강남구 3"), 45);
    }) << QStringLiteral("travel_time.saved") << kTravel;
    QTest::newRow("travel_time.saved (changed)") << Write([](Store &s, const Baseline &) {
        return s.crews().setTravelMinutes(QStringLiteral("서울 은평구 2"), QStringLiteral("서울 마포구 1"), 30);
    }) << QStringLiteral("travel_time.saved") << kTravel;
    QTest::newRow("booking.series.created (with its visits' booking.created)")
        << Write(series) << QStringLiteral("booking.series.created") << kSeries;
    QTest::newRow("dining_hours.set") << Write(diningWeek) << QStringLiteral("dining_hours.set") << kDiningHours;
}

void TestResourceAppliers::opFromAAppliedOnB()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(QString, rows);
    const QString failure = m_pair.replay([&](Store &s) { return write(s, m_base); }, op, rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestResourceAppliers::opAboutWhatBLacksIsRefused_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("op");    // the op of the write that is changed and refused
    QTest::addColumn<Mutate>("mutate"); // makes it about something B lacks
    QTest::addColumn<QString>("rows");  // must stay as they are on B
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says"); // in the message

    const auto set = [](const QString &key, const QJsonValue &value) {
        return Mutate([key, value](QJsonObject &p) { p.insert(key, value); });
    };
    const Write newCrew = [](Store &s, const Baseline &base) {
        return statusOf(s.crews().save(Crew{{}, QStringLiteral("B팀"), {base.sujinId}, base.vanId}));
    };
    QTest::newRow("crew.saved with a member B lacks")
        << newCrew << QStringLiteral("crew.saved")
        << set(QStringLiteral("member_ids"), QJsonArray{QStringLiteral("nobody")}) << kCrews << ErrorCode::NotFound
        << QStringLiteral("A crew member is not on the team.");
    QTest::newRow("crew.saved with a van B lacks")
        << newCrew << QStringLiteral("crew.saved") << set(QStringLiteral("van_id"), QStringLiteral("no-such-van"))
        << kCrews << ErrorCode::NotFound << QStringLiteral("There is no such van.");
    QTest::newRow("crew.retired of a crew B lacks")
        << Write([](Store &s, const Baseline &base) { return s.crews().retire(base.crewId); })
        << QStringLiteral("crew.retired") << set(QStringLiteral("id"), QStringLiteral("no-such-crew")) << kCrews
        << ErrorCode::NotFound << QStringLiteral("Crew no-such-crew is not on this terminal");
    QTest::newRow("station.retired of a station B lacks")
        << Write([](Store &s, const Baseline &base) { return s.resources().retireStation(base.roomId); })
        << QStringLiteral("station.retired") << set(QStringLiteral("id"), QStringLiteral("no-such-station"))
        << kStations << ErrorCode::NotFound << QStringLiteral("Station no-such-station is not on this terminal");
    QTest::newRow("station.retired of the van a crew of B drives")
        << Write([](Store &s, const Baseline &base) { return s.resources().retireStation(base.roomId); })
        << QStringLiteral("station.retired")
        << Mutate([this](QJsonObject &p) { p.insert(QStringLiteral("id"), m_base.vanId); }) << kStations
        << ErrorCode::Conflict << QStringLiteral("drives 1호차");
    QTest::newRow("booking.series.created with a visit B lacks")
        << Write(series) << QStringLiteral("booking.series.created") << Mutate([](QJsonObject &p) {
               QJsonArray ids = p.value(QStringLiteral("booking_ids")).toArray();
               ids[3] = QStringLiteral("no-such-booking");
               p.insert(QStringLiteral("booking_ids"), ids);
           })
        << kSeries << ErrorCode::NotFound
        << QStringLiteral("Visit no-such-booking of the series is not on this terminal");
    QTest::newRow("booking.series.created counting other visits than it lists")
        << Write(series) << QStringLiteral("booking.series.created") << set(QStringLiteral("visits"), 5) << kSeries
        << ErrorCode::InvalidInput << QStringLiteral("has no valid \"visits\"; nothing was applied");
    QTest::newRow("dining_hours.set without Sunday")
        << Write(diningWeek) << QStringLiteral("dining_hours.set") << Mutate([](QJsonObject &p) {
               QJsonObject days = p.value(QStringLiteral("weekdays")).toObject();
               days.remove(QStringLiteral("7"));
               p.insert(QStringLiteral("weekdays"), days);
           })
        << kDiningHours << ErrorCode::InvalidInput << QStringLiteral("has no valid \"weekdays\"; nothing was applied");
}

void TestResourceAppliers::opAboutWhatBLacksIsRefused()
{
    QFETCH(Write, write);
    QFETCH(QString, op);
    QFETCH(Mutate, mutate);
    QFETCH(QString, rows);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    const QString failure =
        m_pair.refusesChanged([&](Store &s) { return write(s, m_base); }, op, mutate, rows, code, says);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestResourceAppliers)
#include "tst_resourceappliers.moc"
