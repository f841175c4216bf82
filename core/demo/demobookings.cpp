// DemoData, part 2: what a demo terminal needs for bookings — working hours, chairs and vans, how each
// service spends its time, a few customers (one with a shared profile) and today's bookings.
#include "base/clock.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "demo/demodata.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "reservations/reservationservice.h"
#include "workflows/intake.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace madang {

namespace {
constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

struct DemoPhases
{
    const char *sku;
    int work;
    int processing;
    int finish;
};

// clang-format off
const DemoPhases kSalonPhases[] = {
    {"CLR-FULL", 30, 40, 20}, {"CLR-ROOT", 20, 30, 10}, {"CLR-BLEACH", 30, 45, 15}, {"CLR-BALAY", 60, 60, 60},
    {"PERM-DIG", 40, 60, 50}, {"PERM-SET", 40, 50, 50}, {"PERM-VOL", 60, 60, 60},
};

struct DemoVisit
{
    int start;
    const char *staff;
    const char *sku;
    const char *phone; // nullptr: a walk-in without a number
    BookingSource source;
    int depositKrw;
    const char *address;
    const char *access;
};

const DemoVisit kSalonDay[] = {
    {at(10), "김지수", "CUT-W", "010-4444-5555", BookingSource::Phone, 0, "", ""},
    {at(11), "강현우", "CUT-M", "010-2222-3333", BookingSource::Counter, 0, "", ""},
    {at(10, 30), "박미나", "PERM-DIG", "010-6666-7777", BookingSource::Platform, 30000, "", ""},
    {at(15), "박미나", "CLR-FULL", "010-1234-5678", BookingSource::Platform, 20000, "", ""},
    {at(15, 40), "박미나", "CUT-K", nullptr, BookingSource::WalkIn, 0, "", ""},
    {at(16), "김지수", "STY-BLOW", "010-8888-9999", BookingSource::Phone, 0, "", ""},
    {at(17), "강현우", "CLR-ROOT", "010-2222-3333", BookingSource::Counter, 0, "", ""},
};

const DemoVisit kCleaningDay[] = {
    {at(9), "A팀", "C-MOVEOUT", "010-3131-2020", BookingSource::Platform, 50000,
     "서울 마포구 월드컵북로 12, 302호", "현관 비밀번호 *1234#, 반려견 있음"},
    {at(9, 30), "B팀", "C-AIRCON", "010-5151-4040", BookingSource::Phone, 0,
     "서울 서대문구 연희로 45", "관리실에 말씀하고 올라오세요"},
    {at(14), "B팀", "C-OFFICE", "010-7171-6060", BookingSource::Counter, 0,
     "서울 마포구 양화로 100, 5층", "18시 이후 출입 카드 필요"},
};

struct DemoCustomer
{
    const char *name;
    const char *phone;
};

const DemoCustomer kCustomers[] = {
    {"박서준", "010-2222-3333"}, {"이지은", "010-4444-5555"}, {"최민호", "010-6666-7777"},
    {"이유나", "010-8888-9999"}, {"한지민", "010-3131-2020"}, {"오세훈", "010-5151-4040"},
    {"㈜마당오피스", "010-7171-6060"},
};
// clang-format on

/// The customer from the story: she prefers 박미나, has a scalp allergy and shared a playlist.
QByteArray hanaProfile(const QDateTime &now)
{
    const QDateTime when = now.addDays(-3);
    const QString consented = when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate);
    const auto field = [&](const char *name, const QString &value, const char *scope) {
        return QJsonObject{{QStringLiteral("field"), QLatin1String(name)},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("scope"), QLatin1String(scope)},
                           {QStringLiteral("consented_at"), consented}};
    };
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("madang.shared-profile")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("platform_id"), QStringLiteral("cus_demo_hana")},
                                                 {QStringLiteral("name"), QStringLiteral("김하늘")},
                                                 {QStringLiteral("phone"), QStringLiteral("010-1234-5678")}}},
        {QStringLiteral("fields"),
         QJsonArray{field("preferred_staff", QStringLiteral("박미나"), "bookings"),
                    field("allergies", QStringLiteral("두피 알레르기: 암모니아 염색약 금지"), "visit"),
                    field("playlist", QStringLiteral("https://music.example/playlist/rainy-jazz"), "visit"),
                    field("preferences", QStringLiteral("조용한 시술 부탁드려요"), "visit")}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

Status seedResources(Vertical vertical, Store &store, const QList<std::pair<QString, QString>> &team)
{
    ResourceRepository &res = store.resources();
    const bool cleaning = vertical == Vertical::Cleaning;
    for (int n = 1; n <= (cleaning ? 2 : 4); ++n) {
        const QString name = cleaning ? QStringLiteral("승합차 %1").arg(n) : QStringLiteral("의자 %1").arg(n);
        if (auto saved = res.saveStation({{}, name, cleaning ? QStringLiteral("van") : QStringLiteral("chair"), n});
            !saved) {
            return saved.error();
        }
    }
    auto services = res.services();
    if (!services) {
        return services.error();
    }
    QStringList all;
    QStringList noChemicals; // the salon's second stylist does cuts, styling and care, no perms or colours
    for (const BookableService &s : std::as_const(services.value())) {
        if (!s.sku.startsWith(QLatin1String("PERM-")) && !s.sku.startsWith(QLatin1String("CLR-"))) {
            noChemicals << s.itemId;
        }
        Service phases = s.phases;
        phases.stationKind = cleaning ? QString() : QStringLiteral("chair");
        for (const DemoPhases &p : kSalonPhases) {
            if (s.sku == QLatin1String(p.sku)) {
                phases.workMin = p.work;
                phases.processingMin = p.processing;
                phases.finishMin = p.finish;
            }
        }
        if (auto saved = res.saveService(s.itemId, phases); !saved) {
            return saved;
        }
        all << s.itemId;
    }
    // Work 10-20 with lunch 13-14 (cleaning crews 9-18), one day off a week from the second member on.
    for (qsizetype n = 0; n < team.size(); ++n) {
        const QString &id = team.at(n).second;
        if (auto skilled = res.setSkills(id, n == 1 && !cleaning ? noChemicals : all); !skilled) {
            return skilled;
        }
        WeeklyHours hours;
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
            if (weekday == Qt::Monday + (n % 7) && n > 0) {
                continue;
            }
            hours[weekday] =
                cleaning ? QList<Interval>{{at(9), at(18)}} : QList<Interval>{{at(10), at(13)}, {at(14), at(20)}};
        }
        if (auto set = res.setWeeklyHours(id, hours); !set) {
            return set;
        }
    }
    return Done{};
}
struct DemoReservation
{
    int start;
    const char *guest;
    int party;
    const char *phone;
};

// clang-format off
const DemoReservation kReservations[] = {
    {at(12), "김민지", 2, nullptr}, {at(12, 30), "박서준", 4, "010-3456-7890"}, {at(18), "이도윤", 6, nullptr},
    {at(18, 30), "최하은", 10, "010-5678-9012"}, {at(19), "정우진", 2, nullptr}, {at(19, 30), "한지민", 8, nullptr},
    {at(20), "윤서연", 4, nullptr},
};
// clang-format on

/// Lunch and dinner every day, the hall's tables pushed together in two rows (1-4, 5-8), and today's
/// reservations: earlier ones are done, current ones are at their tables, later ones are coming.
Status seedReservations(Store &store, const QDateTime &now)
{
    ReservationService &reservations = store.reservations();
    if (auto hours = reservations.hoursOn(now.date()); !hours || !hours->isEmpty()) {
        return hours ? Status(Done{}) : Status(hours.error()); // seeded before
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (auto set = reservations.setHours(weekday, {{at(11, 30), at(15)}, {at(17), at(22)}}); !set) {
            return set;
        }
    }
    auto floor = store.tables().floor();
    if (!floor) {
        return floor.error();
    }
    for (const TableState &t : std::as_const(floor.value())) {
        const int number = t.table.name.toInt();
        if (number >= 1 && number <= 8) {
            const QString group = number <= 4 ? QStringLiteral("창가") : QStringLiteral("안쪽");
            if (auto set = reservations.setCombineGroup(t.table.id, group, number); !set) {
                return set;
            }
        }
    }
    const int nowMin = now.time().hour() * 60 + now.time().minute();
    for (const DemoReservation &d : kReservations) {
        ReservationRequest r;
        r.guestName = QString::fromUtf8(d.guest);
        r.partySize = d.party;
        r.day = now.date();
        r.startMin = d.start;
        r.source = d.phone ? BookingSource::Phone : BookingSource::Counter;
        r.depositMinor = d.party >= 8 ? 10000 * d.party : 0; // large parties leave ₩10,000 a guest
        auto made = Intake(store).reserve(r, d.phone ? QString::fromUtf8(d.phone) : QString());
        if (!made || d.start > nowMin) {
            continue; // a demo day with one reservation less is still a demo day
        }
        if (made->endMin() <= nowMin) {
            for (BookingStatus s : {BookingStatus::CheckedIn, BookingStatus::Completed}) {
                if (auto done = reservations.setStatus(made->id, s, {}); !done) {
                    return done.error();
                }
            }
        } else {
            (void)reservations.seat(made->id, Ticket{}, {}); // a table still busy from the floor demo: not seated
        }
    }
    return Done{};
}

} // namespace

Status DemoData::seedBookings(Vertical vertical, Store &store)
{
    auto staff = store.merchant().staff();
    if (!staff) {
        return staff.error();
    }
    auto stations = store.resources().stations();
    if (!stations || !stations->isEmpty()) {
        return stations ? Status(Done{}) : Status(stations.error()); // seeded before
    }
    QHash<QString, QString> staffIds;
    QList<std::pair<QString, QString>> team;
    for (const StaffMember &m : std::as_const(staff.value())) {
        if (m.role != QLatin1String("owner")) {
            staffIds.insert(m.name, m.id);
            team.append({m.name, m.id});
        }
    }
    std::sort(team.begin(), team.end());
    if (auto seeded = seedResources(vertical, store, team); !seeded) {
        return seeded;
    }
    for (const DemoCustomer &c : kCustomers) {
        if (auto saved = store.customers().findOrAdd(QString::fromUtf8(c.phone), QString::fromUtf8(c.name)); !saved) {
            return saved.error();
        }
    }
    const QDateTime now = store.clock().now();
    if (auto hana = store.customers().importSharedProfile(hanaProfile(now)); !hana) {
        return hana.error();
    }
    if (vertical == Vertical::Restaurant) {
        return seedReservations(store, now);
    }
    // Cleaning: 윤민호 and 한소라 drive van 1 as A팀, 오대호 van 2 as B팀; jobs are booked for a crew.
    QHash<QString, QString> crewIds;
    if (vertical == Vertical::Cleaning) {
        auto vans = store.resources().stations();
        if (!vans) {
            return vans.error();
        }
        const QList<std::tuple<QString, QStringList, int>> crews{
            {QStringLiteral("A팀"), {QStringLiteral("윤민호"), QStringLiteral("한소라")}, 0},
            {QStringLiteral("B팀"), {QStringLiteral("오대호")}, 1}};
        for (const auto &[name, members, van] : crews) {
            QStringList ids;
            for (const QString &member : members) {
                if (staffIds.contains(member)) {
                    ids << staffIds.value(member);
                }
            }
            if (ids.isEmpty() || van >= vans->size()) {
                continue; // the team was renamed: no demo crew
            }
            auto saved = store.crews().save(Crew{{}, name, ids, vans->at(van).id});
            if (!saved) {
                return saved.error();
            }
            crewIds.insert(name, saved->id);
        }
    }
    QList<DemoVisit> visits;
    if (vertical == Vertical::Salon) {
        visits = QList<DemoVisit>(std::begin(kSalonDay), std::end(kSalonDay));
    } else {
        visits = QList<DemoVisit>(std::begin(kCleaningDay), std::end(kCleaningDay));
    }
    const int nowMin = now.time().hour() * 60 + now.time().minute();
    for (const DemoVisit &v : std::as_const(visits)) {
        BookingRequest r;
        r.itemId = QString::fromUtf8(v.sku);
        r.day = now.date();
        r.startMin = v.start;
        r.staffId = staffIds.value(QString::fromUtf8(v.staff));
        r.crewId = crewIds.value(QString::fromUtf8(v.staff));
        r.source = v.source;
        r.depositMinor = v.depositKrw;
        r.address = QString::fromUtf8(v.address);
        r.accessNotes = QString::fromUtf8(v.access);
        if (v.phone) {
            auto customer = store.customers().findByPhone(QString::fromUtf8(v.phone));
            if (!customer) {
                return customer.error();
            }
            r.customerId = customer.value() ? customer.value()->id : QString();
        }
        auto made = store.bookings().create(r);
        if (!made) {
            continue; // the staff member is off today: the demo day simply has one booking less
        }
        // Earlier today: served already, or in the chair now.
        if (v.start < nowMin) {
            for (BookingStatus s : {BookingStatus::CheckedIn, BookingStatus::InService}) {
                if (auto moved = store.bookings().setStatus(made->id, s, {}); !moved) {
                    return moved.error();
                }
            }
            if (made->endMin() <= nowMin) {
                if (auto done = store.bookings().complete(made->id, {}, {}); !done) {
                    return done.error();
                }
            }
        }
    }
    return Done{};
}

} // namespace madang
