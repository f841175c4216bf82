// ResourceRepository's stations: found by id or name, renamed under the rules of a new station's name, and
// retired: off the calendar for new bookings, refused while bookings still to come or a crew's jobs need it.
// Every refusal writes nothing.
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "customers/customerrepository.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace madang;
using namespace madang::test;

namespace {
const QDate kMonday(2026, 12, 7);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}
} // namespace

class TestResourceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findByIdOrName_data();
    void findByIdOrName();
    void rename_data();
    void rename();
    void renameTheSameNameWritesNothing();
    void renameUnknownOrRetired();
    void retire();
    void retireRefusedWhileBookingsToCome_data();
    void retireRefusedWhileBookingsToCome();
    void retireRefusedWhileACrewDrivesTheVan();
    void noNewBookingOnARetiredStation();

private:
    ResourceRepository &res() { return m_store->resources(); }
    QSqlDatabase conn() { return m_store->database().connection(); }
    QString stationId(const QString &name) { return m_stations.value(name); }
    /// Every row a station edit could write, as one text: equal before and after a refusal.
    QString everything()
    {
        return queryString(conn(), QStringLiteral("SELECT (SELECT group_concat(id || name || kind || position || "
                                                  "active, ',') FROM stations) || '/' || (SELECT count(*) FROM "
                                                  "outbox) || '/' || (SELECT count(*) FROM crews WHERE active = 1)"));
    }
    QJsonObject lastOp(const QString &op)
    {
        return QJsonDocument::fromJson(queryString(conn(), QStringLiteral("SELECT payload FROM outbox WHERE op = '%1' "
                                                                          "ORDER BY rowid DESC LIMIT 1")
                                                               .arg(op))
                                           .toUtf8())
            .object();
    }
    Result<Booking> book(QDate day, int startMin, const QString &staff);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QHash<QString, QString> m_stations; // name → id
    QHash<QString, QString> m_staff;    // name → id
    QString m_customer;
};

/// A salon on Monday 2026-12-07 at 09:00 in Seoul: Ana and Bo cut hair (20 minutes, in a chair) on Mondays and
/// Tuesdays 9-18; Chair 1, Chair 2 and a van, 1호차.
void TestResourceRepository::init()
{
    m_clock.set(QDateTime(kMonday, QTime(9, 0), QTimeZone("Asia/Seoul")));
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock, Vertical::Salon);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store.value());
    CatalogItem cut = makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 20000);
    cut.durationMin = 20;
    MADANG_VERIFY_OK(m_store->catalog().save(cut));
    auto item = m_store->catalog().findBySku(QStringLiteral("CUT"));
    QVERIFY(item && item.value());
    MADANG_VERIFY_OK(res().saveService(item.value()->id, Service{{}, 20, 0, 0, 0, 0, {}, QStringLiteral("chair")}));
    m_stations.clear();
    for (const auto &[name, kind] : {std::pair{QStringLiteral("Chair 1"), QStringLiteral("chair")},
                                     std::pair{QStringLiteral("Chair 2"), QStringLiteral("chair")},
                                     std::pair{QStringLiteral("1호차"), QStringLiteral("van")}}) {
        auto saved = res().saveStation({{}, name, kind, static_cast<int>(m_stations.size())});
        MADANG_VERIFY_OK(saved);
        m_stations.insert(name, saved->id);
    }
    m_staff.clear();
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Bo")}) {
        auto member = m_store->merchant().addStaff(StaffMember{{}, name, QStringLiteral("staff"), true});
        MADANG_VERIFY_OK(member);
        m_staff.insert(name, member->id);
        MADANG_VERIFY_OK(res().setSkills(member->id, {item.value()->id}));
        MADANG_VERIFY_OK(
            res().setWeeklyHours(member->id, {{Qt::Monday, {{at(9), at(18)}}}, {Qt::Tuesday, {{at(9), at(18)}}}}));
    }
    auto customer =
        m_store->customers().save(Customer{{}, QStringLiteral("김하늘"), QStringLiteral("010-1234-5678"), {}, {}});
    MADANG_VERIFY_OK(customer);
    m_customer = customer->id;
}

void TestResourceRepository::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<Booking> TestResourceRepository::book(QDate day, int startMin, const QString &staff)
{
    BookingRequest r;
    r.itemId = QStringLiteral("CUT");
    r.day = day;
    r.startMin = startMin;
    r.staffId = m_staff.value(staff);
    r.customerId = m_customer;
    return m_store->bookings().create(r);
}

void TestResourceRepository::findByIdOrName_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("found"); // the name, or empty for NotFound

    QTest::newRow("by name") << QStringLiteral("Chair 2") << QStringLiteral("Chair 2");
    QTest::newRow("by name, with blanks") << QStringLiteral("  1호차 ") << QStringLiteral("1호차");
    QTest::newRow("not by another case") << QStringLiteral("chair 2") << QString();
    QTest::newRow("unknown") << QStringLiteral("Chair 9") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestResourceRepository::findByIdOrName()
{
    QFETCH(QString, asked);
    QFETCH(QString, found);
    auto s = res().station(asked);
    if (found.isEmpty()) {
        MADANG_VERIFY_ERROR(s, ErrorCode::NotFound);
        QVERIFY2(s.error().message.contains(QStringLiteral("There is no station called")),
                 qPrintable(s.error().message));
        return;
    }
    MADANG_VERIFY_OK(s);
    QCOMPARE(s->name, found);
    auto byId = res().station(s->id);
    MADANG_VERIFY_OK(byId);
    QCOMPARE(byId->name, found);
}

void TestResourceRepository::rename_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");

    const ErrorCode none = ErrorCode::InvalidInput; // not read for a row that is saved
    QTest::newRow("a new name") << QStringLiteral("Window chair") << QStringLiteral("Window chair") << none
                                << QString();
    QTest::newRow("trimmed") << QStringLiteral("  창가 의자 ") << QStringLiteral("창가 의자") << none << QString();
    QTest::newRow("empty") << QStringLiteral("   ") << QString() << ErrorCode::InvalidInput
                           << QStringLiteral("A station needs a name.");
    QTest::newRow("taken") << QStringLiteral("Chair 2") << QString() << ErrorCode::Conflict
                           << QStringLiteral("There is already a station called Chair 2.");
    QTest::newRow("taken by a retired station")
        << QStringLiteral("Old chair") << QString() << ErrorCode::Conflict
        << QStringLiteral("A retired station is called Old chair; choose another name.");
    QTest::newRow("an escape sequence") << QStringLiteral("Chair") + QChar(0x1B) + QStringLiteral("[31m") << QString()
                                        << ErrorCode::InvalidInput
                                        << QStringLiteral(
                                               "The station name contains a control character (U+001B) at position 6.");
    QTest::newRow("a right-to-left override")
        << QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("exe") << QString() << ErrorCode::InvalidInput
        << QStringLiteral("The station name contains a text direction control (U+202E) at position 4.");
    QTest::newRow("81 characters") << QString(81, QLatin1Char('c')) << QString() << ErrorCode::InvalidInput
                                   << QStringLiteral("The station name is 81 characters; the maximum is 80.");
}

void TestResourceRepository::rename()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);

    auto old = res().saveStation({{}, QStringLiteral("Old chair"), QStringLiteral("chair"), 9});
    MADANG_VERIFY_OK(old);
    MADANG_VERIFY_OK(res().retireStation(old->id));
    const QString before = everything();
    auto renamed = res().renameStation(stationId(QStringLiteral("Chair 1")), name);
    if (stored.isEmpty()) {
        MADANG_VERIFY_ERROR(renamed, code);
        QCOMPARE(renamed.error().message, says);
        QCOMPARE(everything(), before);
        return;
    }
    MADANG_VERIFY_OK(renamed);
    QCOMPARE(renamed->name, stored);
    QCOMPARE(renamed->id, stationId(QStringLiteral("Chair 1")));
    QCOMPARE(res().station(stored)->id, stationId(QStringLiteral("Chair 1")));
    MADANG_VERIFY_ERROR(res().station(QStringLiteral("Chair 1")), ErrorCode::NotFound);
    // One op, with the station's whole state: the kind and place it had stay.
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")),
             queryInt(conn(), QStringLiteral("SELECT %1 + 1").arg(before.section(QLatin1Char('/'), 1, 1))));
    const QJsonObject op = lastOp(QStringLiteral("station.saved"));
    QCOMPARE(op.value(QStringLiteral("id")).toString(), stationId(QStringLiteral("Chair 1")));
    QCOMPARE(op.value(QStringLiteral("name")).toString(), stored);
    QCOMPARE(op.value(QStringLiteral("kind")).toString(), QStringLiteral("chair"));
    QCOMPARE(op.value(QStringLiteral("position")).toInt(), 0);
}

void TestResourceRepository::renameTheSameNameWritesNothing()
{
    const QString before = everything();
    auto same = res().renameStation(stationId(QStringLiteral("Chair 2")), QStringLiteral(" Chair 2 "));
    MADANG_VERIFY_OK(same);
    QCOMPARE(same->name, QStringLiteral("Chair 2"));
    QCOMPARE(everything(), before);
}

void TestResourceRepository::renameUnknownOrRetired()
{
    const QString before = everything();
    auto unknown = res().renameStation(QStringLiteral("no-such-id"), QStringLiteral("Chair 9"));
    MADANG_VERIFY_ERROR(unknown, ErrorCode::NotFound);
    QCOMPARE(unknown.error().message, QStringLiteral("That station does not exist."));
    MADANG_VERIFY_OK(res().retireStation(stationId(QStringLiteral("Chair 2"))));
    const QString retired = everything();
    auto again = res().renameStation(stationId(QStringLiteral("Chair 2")), QStringLiteral("Chair 9"));
    MADANG_VERIFY_ERROR(again, ErrorCode::Conflict);
    QCOMPARE(again.error().message, QStringLiteral("Chair 2 is retired."));
    QCOMPARE(everything(), retired);
    QVERIFY(before != retired);
}

void TestResourceRepository::retire()
{
    const QString chair = stationId(QStringLiteral("Chair 2"));
    const qint64 ops = queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox"));
    MADANG_VERIFY_OK(res().retireStation(chair));
    auto left = res().stations();
    MADANG_VERIFY_OK(left);
    QCOMPARE(left->size(), 2);
    for (const BookableStation &s : std::as_const(left.value())) {
        QVERIFY(s.id != chair);
    }
    MADANG_VERIFY_ERROR(res().station(QStringLiteral("Chair 2")), ErrorCode::NotFound);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")), ops + 1);
    QCOMPARE(lastOp(QStringLiteral("station.retired")), (QJsonObject{{QStringLiteral("id"), chair}}));
    // The row stays, for the bookings that had it.
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM stations WHERE active = 0")), 1);

    const QString before = everything();
    auto again = res().retireStation(chair);
    MADANG_VERIFY_ERROR(again, ErrorCode::Conflict);
    QCOMPARE(again.error().message, QStringLiteral("Chair 2 is already retired."));
    MADANG_VERIFY_ERROR(res().retireStation(QStringLiteral("no-such-id")), ErrorCode::NotFound);
    QCOMPARE(everything(), before);
}

void TestResourceRepository::retireRefusedWhileBookingsToCome_data()
{
    QTest::addColumn<QList<int>>("starts"); // Ana's cuts on Monday, each booked at 09:00
    QTest::addColumn<int>("nowMinute");     // the clock on Monday when retiring
    QTest::addColumn<bool>("cancelled");    // the bookings are cancelled first
    QTest::addColumn<QString>("says");      // empty: retired

    QTest::newRow("one booking later today")
        << QList<int>{at(15)} << at(9) << false
        << QStringLiteral("Chair 1 still has 1 booking(s) to come, the first on 2026-12-07 at 15:00 (커트 for 김하늘). "
                          "Move or cancel them, then retire it.");
    QTest::newRow("two: the first is named")
        << QList<int>{at(16), at(11)} << at(9) << false
        << QStringLiteral("Chair 1 still has 2 booking(s) to come, the first on 2026-12-07 at 11:00 (커트 for 김하늘). "
                          "Move or cancel them, then retire it.");
    QTest::newRow("in the chair right now")
        << QList<int>{at(10)} << at(10, 10) << false
        << QStringLiteral("Chair 1 still has 1 booking(s) to come, the first on 2026-12-07 at 10:00 (커트 for 김하늘). "
                          "Move or cancel them, then retire it.");
    QTest::newRow("over by now") << QList<int>{at(10)} << at(10, 20) << false << QString();
    QTest::newRow("cancelled bookings free it") << QList<int>{at(11), at(15)} << at(9) << true << QString();
}

void TestResourceRepository::retireRefusedWhileBookingsToCome()
{
    QFETCH(QList<int>, starts);
    QFETCH(int, nowMinute);
    QFETCH(bool, cancelled);
    QFETCH(QString, says);

    for (int start : std::as_const(starts)) {
        auto made = book(kMonday, start, QStringLiteral("Ana"));
        MADANG_VERIFY_OK(made);
        QCOMPARE(made->stationId, stationId(QStringLiteral("Chair 1"))); // the first free chair, by id
        if (cancelled) {
            MADANG_VERIFY_OK(m_store->bookings().cancel(made->id, QStringLiteral("moved away"), {}));
        }
    }
    m_clock.set(QDateTime(kMonday, QTime(0, 0).addSecs(nowMinute * 60), QTimeZone("Asia/Seoul")));
    const QString before = everything();
    auto retired = res().retireStation(stationId(QStringLiteral("Chair 1")));
    if (says.isEmpty()) {
        MADANG_VERIFY_OK(retired);
        return;
    }
    MADANG_VERIFY_ERROR(retired, ErrorCode::Conflict);
    QCOMPARE(retired.error().message, says);
    QCOMPARE(everything(), before);
}

void TestResourceRepository::retireRefusedWhileACrewDrivesTheVan()
{
    const QString van = stationId(QStringLiteral("1호차"));
    auto crew = m_store->crews().save(Crew{{}, QStringLiteral("A팀"), {m_staff.value(QStringLiteral("Bo"))}, van});
    MADANG_VERIFY_OK(crew);
    const QString before = everything();
    auto refused = res().retireStation(van);
    MADANG_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().message,
             QStringLiteral("Crew A팀 drives 1호차: give the crew another van, or none, then retire it."));
    QCOMPARE(everything(), before);
    MADANG_VERIFY_OK(m_store->crews().retire(crew->id));
    MADANG_VERIFY_OK(res().retireStation(van));
}

void TestResourceRepository::noNewBookingOnARetiredStation()
{
    MADANG_VERIFY_OK(res().retireStation(stationId(QStringLiteral("Chair 1"))));
    auto first = book(kMonday.addDays(1), at(10), QStringLiteral("Ana"));
    MADANG_VERIFY_OK(first);
    QCOMPARE(first->stationId, stationId(QStringLiteral("Chair 2")));
    // Bo is free at 10:00 too, but the one chair left is taken: the retired one is not offered.
    auto second = book(kMonday.addDays(1), at(10), QStringLiteral("Bo"));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().message.contains(QStringLiteral("no chair is free")), qPrintable(second.error().message));
    auto offered = m_store->bookings().availableSlots(QStringLiteral("CUT"), kMonday.addDays(1),
                                                      m_staff.value(QStringLiteral("Bo")));
    MADANG_VERIFY_OK(offered);
    for (const Slot &slot : std::as_const(offered.value())) {
        QVERIFY(slot.stationId != stationId(QStringLiteral("Chair 1")));
        QVERIFY(slot.startMin != at(10));
    }
}

QTEST_GUILESS_MAIN(TestResourceRepository)
#include "tst_resourcerepository.moc"
