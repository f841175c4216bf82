#include "reservationfixture.h"

#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"

#include <QTest>
#include <QTimeZone>
#include <algorithm>

void ReservationFixture::setUp()
{
    m_clock.set(QDateTime(kFriday, QTime(17, 30), QTimeZone("Asia/Seoul")));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Restaurant);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    MADANG_VERIFY_OK(reservations().setHours(Qt::Friday, {{11 * 60 + 30, 14 * 60 + 30}, {17 * 60, 22 * 60}}));
    auto area = m_store->tables().saveArea({{}, QStringLiteral("홀"), 0});
    MADANG_VERIFY_OK(area);
    const QList<std::pair<QString, int>> tables{{QStringLiteral("T1"), 2},
                                                {QStringLiteral("T2"), 2},
                                                {QStringLiteral("T4"), 4},
                                                {QStringLiteral("T5"), 4},
                                                {QStringLiteral("T8"), 6}};
    for (const auto &[name, seats] : tables) {
        auto t = m_store->tables().saveTable(DiningTable{{}, area->id, name, seats, 0, 0, 100, 100, false, true});
        MADANG_VERIFY_OK(t);
        m_tables.insert(name, t->id);
    }
    MADANG_VERIFY_OK(reservations().setCombineGroup(tableId(QStringLiteral("T4")), QStringLiteral("창가"), 4));
    MADANG_VERIFY_OK(reservations().setCombineGroup(tableId(QStringLiteral("T5")), QStringLiteral("창가"), 5));
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
