#include "reservationfixture.h"

#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"

#include <QTest>
#include <QTimeZone>
#include <algorithm>

QDateTime fridayEvening()
{
    return QDateTime(kFriday, QTime(17, 30), QTimeZone("Asia/Seoul"));
}

Status openRestaurant(Store &store, QHash<QString, QString> &tables)
{
    ReservationService &reservations = store.reservations();
    if (auto hours = reservations.setHours(Qt::Friday, {{11 * 60 + 30, 14 * 60 + 30}, {17 * 60, 22 * 60}}); !hours) {
        return hours;
    }
    auto area = store.tables().saveArea({{}, QStringLiteral("홀"), 0});
    if (!area) {
        return area.error();
    }
    const QList<std::pair<QString, int>> seats{{QStringLiteral("T1"), 2},
                                               {QStringLiteral("T2"), 2},
                                               {QStringLiteral("T4"), 4},
                                               {QStringLiteral("T5"), 4},
                                               {QStringLiteral("T8"), 6}};
    for (const auto &[name, count] : seats) {
        auto t = store.tables().saveTable(DiningTable{{}, area->id, name, count, 0, 0, 100, 100, false, true});
        if (!t) {
            return t.error();
        }
        tables.insert(name, t->id);
    }
    if (auto grouped = reservations.setCombineGroup(tables.value(QStringLiteral("T4")), QStringLiteral("창가"), 4);
        !grouped) {
        return grouped;
    }
    return reservations.setCombineGroup(tables.value(QStringLiteral("T5")), QStringLiteral("창가"), 5);
}

void ReservationFixture::setUp()
{
    m_clock.set(fridayEvening());
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Restaurant);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    MADANG_VERIFY_OK(openRestaurant(*m_store, m_tables));
}

void ReservationFixture::tearDown()
{
    m_store.reset();
    m_dir.reset();
}

ReservationRequest ReservationFixture::request(const QString &name, int party, int startMin,
                                               const QStringList &tables) const
{
    ReservationRequest r;
    r.guestName = name;
    r.partySize = party;
    r.day = kFriday;
    r.startMin = startMin;
    for (const QString &t : tables) {
        r.tableIds << (m_tables.contains(t) ? tableId(t) : t);
    }
    return r;
}

Result<Reservation> ReservationFixture::seatedAt(const QString &table, int party, int startMin)
{
    auto made = reservations().create(request(QStringLiteral("손님 ") + table, party, startMin, {table}));
    if (!made) {
        return made.error();
    }
    return reservations().seat(made->id, Ticket{}, {});
}

TableState ReservationFixture::stateOf(const QString &name) const
{
    const QList<TableState> floor = m_store->tables().floor().value();
    const auto it =
        std::find_if(floor.cbegin(), floor.cend(), [&](const TableState &t) { return t.table.id == tableId(name); });
    return it == floor.cend() ? TableState{} : *it;
}

void ReservationFixture::addBookableCourse()
{
    CatalogItem course = makeItem(QStringLiteral("COURSE"), QStringLiteral("코스 예약"), 90000);
    course.durationMin = 60;
    MADANG_VERIFY_OK(m_store->catalog().save(course));
    m_courseId = m_store->catalog().findBySku(QStringLiteral("COURSE")).value()->id;
    MADANG_VERIFY_OK(m_store->resources().saveService(m_courseId, Service{{}, 60, 0, 0, 0, 0, {}, {}}));
    auto host = m_store->merchant().addStaff(StaffMember{{}, QStringLiteral("Ana"), QStringLiteral("staff"), true});
    MADANG_VERIFY_OK(host);
    m_hostId = host->id;
    MADANG_VERIFY_OK(m_store->resources().setSkills(m_hostId, {m_courseId}));
    MADANG_VERIFY_OK(m_store->resources().setWeeklyHours(m_hostId, {{Qt::Friday, {{9 * 60, 22 * 60}}}}));
}
