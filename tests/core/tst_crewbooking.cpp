// Cleaning crews: CrewRepository (crews with members and a van, driving times, refusals) and BookingService
// booking a crew's job through the crew engine: every member and the van are taken, the crew needs time to
// drive between addresses, a member's solo job blocks the crew, a series for a crew, and a checked move.
#include "base/textrules.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "merchant/merchantrepository.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace madang;
using namespace madang::test;

namespace {
const QDate kTuesday(2026, 12, 8);
const QString kMapo = QStringLiteral("서울 마포구 월드컵북로 12, 302호");
const QString kGangnam = QStringLiteral("서울 강남구 테헤란로 200, 1501호");
} // namespace

class TestCrewBooking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveRefusals_data();
    void saveRefusals();
    void jobTakesEveryMemberAndTheVan();
    void drivingTimeBetweenJobs_data();
    void drivingTimeBetweenJobs();
    void seriesAndMove();
    void dragToAnotherColumn_data();
    void dragToAnotherColumn();
    void freeTimesNeedAnAddressABookingCouldCarry_data();
    void freeTimesNeedAnAddressABookingCouldCarry();

private:
    BookingService &bookings() { return m_store->bookings(); }
    CrewRepository &crews() { return m_store->crews(); }
    qint64 count(const QString &sql) const { return queryInt(m_store->database().connection(), sql); }
    BookingRequest job(int startMin, const QString &address, const QString &crew = {}) const;
    QString addStaff(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_itemId;
    QString m_minho;
    QString m_jisoo;
    QString m_van;
    QString m_crew;
};

QString TestCrewBooking::addStaff(const QString &name)
{
    auto added = m_store->merchant().addStaff(StaffMember{{}, name, QStringLiteral("staff"), true});
    if (!added) {
        return {};
    }
    const QString id = added->id;
    (void)m_store->resources().setSkills(id, {m_itemId});
    (void)m_store->resources().setWeeklyHours(id, {{Qt::Tuesday, {{9 * 60, 18 * 60}}}});
    return id;
}

/// Minho and Jisoo clean Tuesdays 9-18 as crew A in van 1; a deep clean takes 3 hours.
void TestCrewBooking::init()
{
    m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Seoul")));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Cleaning);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    CatalogItem deep = makeItem(QStringLiteral("C-DEEP"), QStringLiteral("딥 클리닝"), 180000);
    deep.durationMin = 180;
    MADANG_VERIFY_OK(m_store->catalog().save(deep));
    m_itemId = m_store->catalog().findBySku(QStringLiteral("C-DEEP")).value()->id;
    m_minho = addStaff(QStringLiteral("Minho"));
    m_jisoo = addStaff(QStringLiteral("Jisoo"));
    QVERIFY(!m_minho.isEmpty() && !m_jisoo.isEmpty());
    auto van = m_store->resources().saveStation({{}, QStringLiteral("1호차"), QStringLiteral("van"), 0});
    MADANG_VERIFY_OK(van);
    m_van = van->id;
    auto crew = crews().save(Crew{{}, QStringLiteral("A팀"), {m_minho, m_jisoo}, m_van});
    MADANG_VERIFY_OK(crew);
    m_crew = crew->id;
    MADANG_VERIFY_OK(crews().setTravelMinutes(kMapo, kGangnam, 45));
}

void TestCrewBooking::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

BookingRequest TestCrewBooking::job(int startMin, const QString &address, const QString &crew) const
{
    BookingRequest r;
    r.itemId = QStringLiteral("C-DEEP");
    r.day = kTuesday;
    r.startMin = startMin;
    r.crewId = crew.isEmpty() ? m_crew : crew;
    r.address = address;
    return r;
}

void TestCrewBooking::saveRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QString>("van");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("no name") << QStringLiteral(" ") << QStringList{QStringLiteral("minho")} << QString()
                             << ErrorCode::InvalidInput;
    QTest::newRow("no members") << QStringLiteral("B팀") << QStringList{} << QString() << ErrorCode::InvalidInput;
    QTest::newRow("a member twice") << QStringLiteral("B팀")
                                    << QStringList{QStringLiteral("minho"), QStringLiteral("minho")} << QString()
                                    << ErrorCode::InvalidInput;
    QTest::newRow("not on the team") << QStringLiteral("B팀") << QStringList{QStringLiteral("nobody")} << QString()
                                     << ErrorCode::NotFound;
    QTest::newRow("no such van") << QStringLiteral("B팀") << QStringList{QStringLiteral("minho")}
                                 << QStringLiteral("nope") << ErrorCode::NotFound;
    QTest::newRow("the name is taken") << QStringLiteral("A팀") << QStringList{QStringLiteral("minho")} << QString()
                                       << ErrorCode::Conflict;
}

void TestCrewBooking::saveRefusals()
{
    QFETCH(QString, name);
    QFETCH(QStringList, members);
    QFETCH(QString, van);
    QFETCH(ErrorCode, error);
    members.replaceInStrings(QStringLiteral("minho"), m_minho);
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM outbox"));
    MADANG_VERIFY_ERROR(crews().save(Crew{{}, name, members, van}), error);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM crews")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM crew_members")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), ops);
    // A chair is no van.
    auto chair = m_store->resources().saveStation({{}, QStringLiteral("의자"), QStringLiteral("chair"), 1});
    MADANG_VERIFY_OK(chair);
    MADANG_VERIFY_ERROR(crews().save(Crew{{}, QStringLiteral("C팀"), {m_jisoo}, chair->id}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(crews().setTravelMinutes(kMapo, {}, 10), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(crews().setTravelMinutes(kMapo, kGangnam, -1), ErrorCode::InvalidInput);
}

void TestCrewBooking::jobTakesEveryMemberAndTheVan()
{
    auto made = bookings().create(job(9 * 60, kMapo));
    MADANG_VERIFY_OK(made);
    QCOMPARE(made->crewId, m_crew);
    QCOMPARE(made->staffId, m_minho); // the lead
    QCOMPARE(made->stationId, m_van);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'booking.created' AND "
                                  "json_extract(payload, '$.crew_id') = '%1'")
                       .arg(m_crew)),
             1);
    // Jisoo is on that job: she cannot take a solo job at 10:00, and Minho neither.
    for (const QString &member : {m_jisoo, m_minho}) {
        BookingRequest solo = job(10 * 60, kGangnam);
        solo.crewId.clear();
        solo.staffId = member;
        MADANG_VERIFY_ERROR(bookings().create(solo), ErrorCode::Conflict);
    }
    // A second crew sharing the van cannot drive at the same time.
    const QString sora = addStaff(QStringLiteral("Sora"));
    auto crewB = crews().save(Crew{{}, QStringLiteral("B팀"), {sora}, m_van});
    MADANG_VERIFY_OK(crewB);
    MADANG_VERIFY_ERROR(bookings().create(job(10 * 60, kGangnam, crewB->id)), ErrorCode::Conflict);
    // And a solo job of Jisoo at 13:00 keeps the crew from a 12:00 job.
    BookingRequest solo = job(13 * 60, kGangnam);
    solo.crewId.clear();
    solo.staffId = m_jisoo;
    MADANG_VERIFY_OK(bookings().create(solo));
    MADANG_VERIFY_ERROR(bookings().create(job(12 * 60 + 30, kMapo)), ErrorCode::Conflict);
    // Unknown crew.
    MADANG_VERIFY_ERROR(bookings().create(job(15 * 60, kMapo, QStringLiteral("nope"))), ErrorCode::NotFound);
}

void TestCrewBooking::drivingTimeBetweenJobs_data()
{
    QTest::addColumn<int>("startMin");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("fits");
    // The 9:00 job in Mapo ends at 12:00; Gangnam is 45 minutes away, an unknown address 30 (the default).
    QTest::newRow("same address right after") << 12 * 60 << kMapo << true;
    QTest::newRow("Gangnam without time to drive") << 12 * 60 + 30 << kGangnam << false;
    QTest::newRow("Gangnam after the drive") << 12 * 60 + 45 << kGangnam << true;
    QTest::newRow("elsewhere after the default drive") << 12 * 60 + 30 << QStringLiteral("서울 종로구 1") << true;
    QTest::newRow("elsewhere too soon") << 12 * 60 + 15 << QStringLiteral("서울 종로구 1") << false;
    QTest::newRow("past their hours") << 15 * 60 + 30 << kMapo << false;
}

void TestCrewBooking::drivingTimeBetweenJobs()
{
    QFETCH(int, startMin);
    QFETCH(QString, address);
    QFETCH(bool, fits);
    MADANG_VERIFY_OK(bookings().create(job(9 * 60, kMapo)));
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM bookings"));
    auto second = bookings().create(job(startMin, address));
    QCOMPARE(second.ok(), fits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), before + (fits ? 1 : 0));
    if (!fits) {
        QVERIFY(!second.error().message.isEmpty());
    }
}

void TestCrewBooking::seriesAndMove()
{
    auto series = bookings().createSeries(job(9 * 60, kMapo), Repeat::EveryTwoWeeks, 3);
    MADANG_VERIFY_OK(series);
    QCOMPARE(series->size(), 3);
    for (const Booking &b : series.value()) {
        QCOMPARE(b.crewId, m_crew);
    }
    // A Gangnam job at 13:45 on the first Tuesday: moving the Mapo visit to 10:30 leaves no time to drive
    // (it would end at 13:30, and the drive takes 45 minutes); 10:00 leaves just enough.
    MADANG_VERIFY_OK(bookings().create(job(13 * 60 + 45, kGangnam)));
    MADANG_VERIFY_ERROR(bookings().move(series->first().id, kTuesday, 10 * 60 + 30, {}, {}), ErrorCode::Conflict);
    QCOMPARE(bookings().find(series->first().id)->value().startMin, 9 * 60);
    auto moved = bookings().move(series->first().id, kTuesday, 10 * 60, {}, {});
    MADANG_VERIFY_OK(moved);
    QCOMPARE(moved->staffId, m_minho);
}

void TestCrewBooking::dragToAnotherColumn_data()
{
    QTest::addColumn<QString>("what");   // the job dragged: "crew" (crew A's) or "solo" (Minho's own)
    QTest::addColumn<QString>("target"); // the column: "crewB", "crewB-busy" (B has a job then) or "staff"
    QTest::addColumn<int>("error");      // -1: it moves

    QTest::newRow("crew job to crew B") << "crew"
                                        << "crewB" << -1;
    QTest::newRow("crew job to a busy crew B") << "crew"
                                               << "crewB-busy" << int(ErrorCode::Conflict);
    QTest::newRow("crew job to one person") << "crew"
                                            << "staff" << int(ErrorCode::InvalidInput);
    QTest::newRow("solo job to a crew") << "solo"
                                        << "crewB" << int(ErrorCode::InvalidInput);
}

/// The cleaning calendar passes the id of the column a job is dropped on: a crew's column hands the job to
/// that crew (all its members and its van), checked like a new job; the two kinds of job do not mix.
void TestCrewBooking::dragToAnotherColumn()
{
    QFETCH(QString, what);
    QFETCH(QString, target);
    QFETCH(int, error);
    const QString daeho = addStaff(QStringLiteral("Daeho"));
    const QString sora = addStaff(QStringLiteral("Sora"));
    auto van2 = m_store->resources().saveStation({{}, QStringLiteral("2호차"), QStringLiteral("van"), 0});
    MADANG_VERIFY_OK(van2);
    auto crewB = crews().save(Crew{{}, QStringLiteral("B팀"), {daeho}, van2->id});
    MADANG_VERIFY_OK(crewB);
    if (target == QStringLiteral("crewB-busy")) {
        MADANG_VERIFY_OK(bookings().create(job(9 * 60, kGangnam, crewB->id)));
    }
    BookingRequest request = job(9 * 60, kMapo);
    if (what == QStringLiteral("solo")) {
        request.crewId.clear();
        request.staffId = m_minho;
    }
    auto made = bookings().create(request);
    MADANG_VERIFY_OK(made);
    const QString column = target == QStringLiteral("staff") ? sora : crewB->id;
    const qint64 events = count(QStringLiteral("SELECT count(*) FROM booking_events"));

    auto moved = bookings().move(made->id, kTuesday, 10 * 60, column, {});
    const Booking now = bookings().find(made->id)->value();
    if (error >= 0) {
        MADANG_VERIFY_ERROR(moved, ErrorCode(error));
        QVERIFY(!moved.error().message.isEmpty());
        QCOMPARE(now.crewId, made->crewId);
        QCOMPARE(now.staffId, made->staffId);
        QCOMPARE(now.startMin, 9 * 60);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking_events")), events);
        return;
    }
    MADANG_VERIFY_OK(moved);
    QCOMPARE(now.crewId, crewB->id);
    QCOMPARE(now.staffId, daeho);
    QCOMPARE(now.startMin, 10 * 60);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking_events WHERE kind = 'moved' AND "
                                  "json_extract(detail, '$.to.crew_id') = '") +
                   crewB->id + QStringLiteral("'")),
             1);
    // Crew A is free again at 9:00.
    MADANG_VERIFY_OK(bookings().create(job(9 * 60, kMapo)));
}

void TestCrewBooking::freeTimesNeedAnAddressABookingCouldCarry_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("offered");
    QTest::newRow("an address") << kGangnam << true;
    QTest::newRow("the longest an address may be") << QString(maxTextLength(TextKind::Address), u'가') << true;
    QTest::newRow("one character longer") << QString(maxTextLength(TextKind::Address) + 1, u'가') << false;
    QTest::newRow("a pasted page") << QString(100000, u'a') << false;
    QTest::newRow("a control character") << QStringLiteral("강남구\x1b[2J") << false;
    QTest::newRow("none") << QString() << false;
}

void TestCrewBooking::freeTimesNeedAnAddressABookingCouldCarry()
{
    QFETCH(QString, address);
    QFETCH(bool, offered);
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM bookings"));
    auto free = bookings().availableCrewSlots(m_itemId, kTuesday, address, {});
    QCOMPARE(free.ok(), offered);
    if (offered) {
        QVERIFY(!free->isEmpty());
    } else {
        QCOMPARE(free.error().code, ErrorCode::InvalidInput);
        QVERIFY(!free.error().message.isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), before); // a query writes nothing
}

QTEST_GUILESS_MAIN(TestCrewBooking)
#include "tst_crewbooking.moc"
