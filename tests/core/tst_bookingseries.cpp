// BookingService, recurring visits: a crew's deep clean every other Tuesday with an address and access notes,
// a series refused whole when one visit does not fit, "this visit only" against "this and all following".
#include "bookings/bookingservice.h"
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
} // namespace

class TestBookingSeries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyOtherTuesday();
    void oneVisitThatDoesNotFitRefusesAll();
    void thisVisitOrAllFollowing();
    void cancelFollowing();
    void badRules_data();
    void badRules();

private:
    BookingService &bookings() { return m_store->bookings(); }
    BookingRequest deepClean(QDate day, int startMin = 9 * 60) const;
    qint64 count(const QString &sql) const { return queryInt(m_store->database().connection(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_itemId;
    QString m_minho;
};

/// Minho cleans Tuesdays 9-18; a deep clean takes 3 hours.
void TestBookingSeries::init()
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
    auto minho = m_store->merchant().addStaff(StaffMember{{}, QStringLiteral("Minho"), QStringLiteral("staff"), true});
    MADANG_VERIFY_OK(minho);
    m_minho = minho->id;
    MADANG_VERIFY_OK(m_store->resources().setSkills(m_minho, {m_itemId}));
    MADANG_VERIFY_OK(m_store->resources().setWeeklyHours(m_minho, {{Qt::Tuesday, {{9 * 60, 18 * 60}}}}));
}

void TestBookingSeries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

BookingRequest TestBookingSeries::deepClean(QDate day, int startMin) const
{
    BookingRequest r;
    r.itemId = QStringLiteral("C-DEEP");
    r.day = day;
    r.startMin = startMin;
    r.staffId = m_minho;
    r.address = QStringLiteral("서울 마포구 월드컵북로 12, 302호");
    r.accessNotes = QStringLiteral("현관 비밀번호 *1234#");
    return r;
}

void TestBookingSeries::everyOtherTuesday()
{
    auto series = bookings().createSeries(deepClean(kTuesday), Repeat::EveryTwoWeeks, 4);
    MADANG_VERIFY_OK(series);
    QCOMPARE(series->size(), 4);
    QStringList days;
    for (const Booking &b : series.value()) {
        days << b.day.toString(Qt::ISODate);
        QCOMPARE(b.seriesId, series->first().seriesId);
        QCOMPARE(b.address, QStringLiteral("서울 마포구 월드컵북로 12, 302호"));
        QCOMPARE(b.accessNotes, QStringLiteral("현관 비밀번호 *1234#"));
    }
    QCOMPARE(days, QStringLiteral("2026-12-08 2026-12-22 2027-01-05 2027-01-19").split(QLatin1Char(' ')));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'booking.created'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'booking.series.created'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT visits FROM booking_series")), 4);
}

void TestBookingSeries::oneVisitThatDoesNotFitRefusesAll()
{
    // Minho has a one-off job on the third Tuesday at 10:00.
    MADANG_VERIFY_OK(bookings().create(deepClean(QDate(2027, 1, 5), 10 * 60)));
    const qint64 bookingsBefore = count(QStringLiteral("SELECT count(*) FROM bookings"));
    const qint64 opsBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto series = bookings().createSeries(deepClean(kTuesday), Repeat::EveryTwoWeeks, 4);
    QVERIFY(!series.ok());
    QCOMPARE(series.error().code, ErrorCode::Conflict);
    QVERIFY2(series.error().message.startsWith(QStringLiteral("Visit 3 of 4 (2027-01-05)")),
             qPrintable(series.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), bookingsBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking_series")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), opsBefore);
}

void TestBookingSeries::thisVisitOrAllFollowing()
{
    auto series = bookings().createSeries(deepClean(kTuesday), Repeat::Weekly, 4);
    MADANG_VERIFY_OK(series);
    const QList<Booking> visits = series.value();
    // This visit only: the second one moves to 13:00.
    MADANG_VERIFY_OK(bookings().move(visits.at(1).id, visits.at(1).day, 13 * 60, {}, {}));
    // This and all following, from the third: 14:00. The first two keep their times.
    auto moved = bookings().moveFollowing(visits.at(2).id, 14 * 60, {}, {});
    MADANG_VERIFY_OK(moved);
    QCOMPARE(moved->size(), 2);
    QList<int> starts;
    for (const Booking &b : bookings().inSeries(visits.first().seriesId, kTuesday).value()) {
        starts << b.startMin;
    }
    QCOMPARE(starts, (QList<int>{9 * 60, 13 * 60, 14 * 60, 14 * 60}));
    // 16:00 + 3 hours ends after 18:00: refused for every visit, and nothing moves.
    auto late = bookings().moveFollowing(visits.at(1).id, 16 * 60, {}, {});
    QCOMPARE(late.error().code, ErrorCode::InvalidInput);
    QVERIFY(late.error().message.startsWith(QStringLiteral("Visit 1 of 3")));
    QCOMPARE(bookings().find(visits.at(3).id)->value().startMin, 14 * 60);
    // A booking outside any series has no "following".
    auto single = bookings().create(deepClean(QDate(2027, 1, 5), 9 * 60));
    MADANG_VERIFY_OK(single);
    QCOMPARE(bookings().moveFollowing(single->id, 10 * 60, {}, {}).error().code, ErrorCode::InvalidInput);
}

void TestBookingSeries::cancelFollowing()
{
    auto series = bookings().createSeries(deepClean(kTuesday), Repeat::MonthlyWeekday, 3);
    MADANG_VERIFY_OK(series);
    QCOMPARE(series->last().day, QDate(2027, 2, 9)); // the 2nd Tuesday
    QCOMPARE(bookings().cancelFollowing(series->at(1).id, QStringLiteral(" "), {}).error().code,
             ErrorCode::InvalidInput);
    auto cancelled = bookings().cancelFollowing(series->at(1).id, QStringLiteral("이사 가요"), {});
    MADANG_VERIFY_OK(cancelled);
    QCOMPARE(cancelled.value(), 2);
    QCOMPARE(bookings().find(series->first().id)->value().status, BookingStatus::Confirmed);
    QCOMPARE(bookings().find(series->last().id)->value().status, BookingStatus::Cancelled);
}

void TestBookingSeries::badRules_data()
{
    QTest::addColumn<int>("visits");
    QTest::newRow("none") << 0;
    QTest::newRow("too many") << 105;
}

void TestBookingSeries::badRules()
{
    QFETCH(int, visits);
    auto series = bookings().createSeries(deepClean(kTuesday), Repeat::Weekly, visits);
    QCOMPARE(series.error().code, ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), 0);
}

QTEST_GUILESS_MAIN(TestBookingSeries)
#include "tst_bookingseries.moc"
