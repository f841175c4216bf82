// The restaurant's Bookings screen in the real window, in Korean and English: the demo evening in one column
// per table (a party of 10 on two tables pushed together), a party added to the waitlist with its quote (and
// one refused without a name), a new reservation with the suggested tables (and one refused for a party
// larger than any seating), and seating a reservation, which opens its ticket on the table.
// Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "demo/demodata.h"
#include "fakesigner.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "reservations/reservationservice.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"
#include "workflows/checkout.h"
#include "workflows/store.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>
#include <QTimeZone>

using namespace madang;

class tst_ReservationsWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    tst_ReservationsWindow()
        : WindowDriver({.minClickHeight = 44,
                        .waitUntilEnabled = true,
                        .clickSettleMs = 300,
                        .shotPrefix = QStringLiteral("reservations-")})
    {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void evening_data();
    void evening();

private:
    static qint64 count(Store &store, const QString &sql) { return test::queryInt(store.database().connection(), sql); }
};

void tst_ReservationsWindow::evening_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_ReservationsWindow::evening()
{
    QFETCH(QString, lang);
    setLanguage(lang);
    QTemporaryDir dir;
    // Thursday 2026-12-03, 18:10 in Seoul: lunch is over, the 18:00 party of six is at table 4.
    test::FakeClock clock(QDateTime(QDate(2026, 12, 3), QTime(18, 10), QTimeZone("Asia/Seoul")));
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const test::FakeSigner signer;
    auto owner = DemoData::setUpTerminal(store, test::sampleProfile(Vertical::Restaurant), QStringLiteral("Owner"),
                                         true, hasher.hash(QStringLiteral("2580")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    AppStore appStore(store, hasher, signer);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("2580")));

    auto today = store.reservations().onDay(clock.now().date());
    MADANG_VERIFY_OK(today);
    QCOMPARE(today->size(), 7);
    const auto party = [&](const QString &guest) {
        const auto it =
            std::find_if(today->cbegin(), today->cend(), [&](const Reservation &r) { return r.guestName == guest; });
        return it == today->cend() ? Reservation{} : *it;
    };
    QCOMPARE(party(QStringLiteral("이도윤")).status, BookingStatus::InService);
    QCOMPARE(party(QStringLiteral("김민지")).status, BookingStatus::Completed);
    const Reservation ten = party(QStringLiteral("최하은"));
    QCOMPARE(ten.tableIds.size(), 2); // ten guests: two tables pushed together

    // A full room: walk-ins at every other table since 18:10, so the waitlist quotes real waits.
    auto floor = store.tables().floor();
    MADANG_VERIFY_OK(floor);
    for (const TableState &t : floor.value()) {
        if (t.status == TableStatus::Free && !ten.tableIds.contains(t.table.id)) {
            MADANG_VERIFY_OK(store.tables().open(t.table.id, 2, Ticket{}, {}));
        }
    }

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));
    STEP(click(QStringLiteral("nav2")));
    QTRY_VERIFY(item(QStringLiteral("newReservationButton")) != nullptr);
    QObject *model = window()->findChild<QObject *>(QStringLiteral("reservationsModel"));
    QVERIFY(model);
    QTRY_COMPARE(model->property("summary").toString().isEmpty(), false);
    STEP(shoot(QStringLiteral("01-day")));

    // The reservation hours as the demo set them (every day, lunch and dinner); a wrong time saves nothing.
    STEP(click(QStringLiteral("reservationHoursButton")));
    QTRY_COMPARE(item(QStringLiteral("lunchStart"))->property("text").toString(), QStringLiteral("11:30"));
    STEP(typeInto(QStringLiteral("dinnerEnd"), QStringLiteral("25:00")));
    STEP(click(QStringLiteral("hoursSave")));
    QTRY_VERIFY(item(QStringLiteral("hoursError")) != nullptr);
    STEP(shoot(QStringLiteral("01b-hours")));
    STEP(typeInto(QStringLiteral("dinnerEnd"), QStringLiteral("22:00")));
    STEP(click(QStringLiteral("hoursSave")));
    QTRY_VERIFY(item(QStringLiteral("hoursSave")) == nullptr);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dining_hours WHERE end_min = 1320")), 7);

    // The waitlist: a name is required; then a party of 4 is added with the quote the panel showed.
    STEP(click(QStringLiteral("waitAdd")));
    QTRY_VERIFY(item(QStringLiteral("waitError")) != nullptr);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM waitlist")), 0);
    STEP(typeInto(QStringLiteral("waitName"), QStringLiteral("김도현")));
    STEP(typeInto(QStringLiteral("waitPhone"), QStringLiteral("010-2222-3333")));
    item(QStringLiteral("waitParty"))->setProperty("value", 4);
    STEP(click(QStringLiteral("waitAdd")));
    QTRY_COMPARE(count(store, QStringLiteral("SELECT count(*) FROM waitlist WHERE status = 'waiting'")), 1);
    QCOMPARE(count(store, QStringLiteral("SELECT quoted_min FROM waitlist")), 90); // the walk-ins leave at 19:40
    STEP(typeInto(QStringLiteral("waitName"), QStringLiteral("Park")));
    STEP(click(QStringLiteral("waitAdd")));
    QTRY_COMPARE(count(store, QStringLiteral("SELECT count(*) FROM waitlist WHERE status = 'waiting'")), 2);
    STEP(shoot(QStringLiteral("02-waitlist")));

    // A new reservation at 20:00: forty guests is more than any seating; eight get two tables together.
    QObject *dialog = window()->findChild<QObject *>(QStringLiteral("reservationDialog"));
    QVERIFY(dialog);
    QVERIFY(QMetaObject::invokeMethod(dialog, "openAt", Q_ARG(QVariant, 20 * 60)));
    QTRY_VERIFY(item(QStringLiteral("guestField")) != nullptr);
    STEP(typeInto(QStringLiteral("guestField"), QStringLiteral("오세훈")));
    item(QStringLiteral("partyBox"))->setProperty("value", 40);
    QVERIFY(QMetaObject::invokeMethod(dialog, "update"));
    const qint64 before = count(store, QStringLiteral("SELECT count(*) FROM reservations"));
    STEP(click(QStringLiteral("reserveButton")));
    QTRY_VERIFY(item(QStringLiteral("reservationError")) != nullptr);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM reservations")), before);
    QCOMPARE(item(QStringLiteral("reservationsError")), nullptr); // once, in the dialog; no banner behind it
    item(QStringLiteral("partyBox"))->setProperty("value", 8);
    QVERIFY(QMetaObject::invokeMethod(dialog, "update"));
    QTRY_VERIFY(item(QStringLiteral("suggestedTables"))->property("text").toString().contains(QLatin1Char('+')));
    QCOMPARE(item(QStringLiteral("reservationError")), nullptr); // the party changed: the refusal is gone
    STEP(shoot(QStringLiteral("03-new-reservation")));
    // A deposit in won with decimals is refused and books nothing; ₩80,000 is taken with the booking.
    STEP(typeInto(QStringLiteral("depositField"), QStringLiteral("80000.5")));
    STEP(click(QStringLiteral("reserveButton")));
    QTRY_VERIFY(
        item(QStringLiteral("reservationError"))->property("text").toString().contains(QStringLiteral("80000.5")));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM reservations")), before);
    STEP(typeInto(QStringLiteral("depositField"), QStringLiteral("80,000")));
    QTRY_COMPARE(item(QStringLiteral("reservationError")), nullptr); // the deposit was fixed
    STEP(click(QStringLiteral("reserveButton")));
    QTRY_COMPARE(count(store, QStringLiteral("SELECT count(*) FROM reservations")), before + 1);
    QCOMPARE(count(store, QStringLiteral("SELECT deposit_minor FROM reservations ORDER BY created_at DESC, rowid DESC "
                                         "LIMIT 1")),
             80000);

    // The party of ten arrives early: their card, then Seat now opens their ticket on the first table.
    QObject *card = window()->findChild<QObject *>(QStringLiteral("reservationCard"));
    QVERIFY(card);
    QVERIFY(QMetaObject::invokeMethod(card, "openFor", Q_ARG(QVariant, ten.id)));
    QTRY_VERIFY(item(QStringLiteral("seatButton")) != nullptr);
    STEP(shoot(QStringLiteral("04-card")));
    STEP(click(QStringLiteral("seatButton")));
    QTRY_COMPARE(store.reservations().find(ten.id)->value().status, BookingStatus::InService);
    QTRY_COMPARE(test::queryString(
                     store.database().connection(),
                     QStringLiteral("SELECT guests FROM open_tickets WHERE table_id = '%1'").arg(ten.tableIds.first())),
                 QStringLiteral("10"));
    QTRY_VERIFY(item(QStringLiteral("tableTitle")) != nullptr);
    STEP(shoot(QStringLiteral("05-seated")));

    // Back on the floor, the other table of their seating shows it is joined to the first, and a tap on it
    // opens the party's ticket there.
    QCOMPARE(ten.tableNames.size(), 2);
    STEP(click(QStringLiteral("backToFloor")));
    const QString joined = QStringLiteral("table_") + ten.tableNames.at(1);
    QTRY_VERIFY(item(joined) != nullptr);
    QCOMPARE(item(joined)->property("joinedToName").toString(), ten.tableNames.at(0));
    STEP(shoot(QStringLiteral("06-joined-table")));
    STEP(click(joined));
    QTRY_VERIFY(item(QStringLiteral("tableTitle")) != nullptr);
    QVERIFY2(item(QStringLiteral("tableTitle"))->property("text").toString().contains(ten.tableNames.at(0)),
             qPrintable(item(QStringLiteral("tableTitle"))->property("text").toString()));
    QCOMPARE(
        count(store, QStringLiteral("SELECT count(*) FROM open_tickets WHERE table_id = '%1'").arg(ten.tableIds.at(1))),
        0);

    // The walk-in couple at a table of four in the hall leaves, and the party of ten asks to move there (the
    // window side is draughty): Move / merge
    // takes them there with their reservation, so the table that was pushed against theirs is free again and
    // the deposit follows the bill.
    const QString bigTable = test::queryString(
        store.database().connection(),
        QStringLiteral("SELECT t.name FROM dining_tables t JOIN open_tickets o ON o.table_id = t.id WHERE t.active = 1 "
                       "AND t.seats = 4 AND o.guests = 2 AND t.id NOT IN ('%1', '%2') ORDER BY t.name LIMIT 1")
            .arg(ten.tableIds.at(0), ten.tableIds.at(1)));
    QVERIFY(!bigTable.isEmpty());
    const QString bigTableId = test::queryString(
        store.database().connection(),
        QStringLiteral("SELECT id FROM dining_tables WHERE name = '%1' AND active = 1").arg(bigTable));
    MADANG_VERIFY_OK(Checkout(store).closeTable(bigTableId));
    STEP(click(QStringLiteral("moveTable")));
    QTRY_VERIFY(item(QStringLiteral("target_") + bigTable) != nullptr);
    QVERIFY(item(QStringLiteral("target_") + ten.tableNames.at(1)) == nullptr); // joined: not a place to go
    STEP(shoot(QStringLiteral("06b-move-party")));
    STEP(click(QStringLiteral("target_") + bigTable));
    QTRY_COMPARE(store.reservations().find(ten.id)->value().seatedTableId, bigTableId);
    QTRY_VERIFY(item(QStringLiteral("tableTitle"))->property("text").toString().contains(bigTable));
    STEP(click(QStringLiteral("backToFloor")));
    QTRY_VERIFY(item(joined) != nullptr);
    QTRY_COMPARE(item(joined)->property("joinedToName").toString(), QString());
    STEP(shoot(QStringLiteral("06c-floor-after-move")));
    STEP(click(QStringLiteral("table_") + bigTable));
    QTRY_VERIFY(item(QStringLiteral("tableTitle")) != nullptr);

    // They booked with a deposit of ₩10,000 a guest; their bill credits it first and the rest is paid in cash.
    QCOMPARE(ten.depositMinor, 100000);
    for (int n = 0; n < 10; ++n) {
        STEP(click(QStringLiteral("menuItem_불고기 정식")));
    }
    QTRY_COMPARE(store.tables().ticketOn(bigTableId).value()->lines.value(0).qty, 10);
    // The table's ticket shows the bill, the deposit credited and what is left, as the payment takes it.
    QTRY_COMPARE(item(QStringLiteral("tableTotal"))->property("text").toString(), QStringLiteral("₩30,000"));
    QCOMPARE(item(QStringLiteral("tableGrandTotal"))->property("text").toString(), QStringLiteral("₩130,000"));
    QCOMPARE(item(QStringLiteral("tableDeposit"))->property("text").toString(), QStringLiteral("−₩100,000"));
    STEP(shoot(QStringLiteral("07a-ticket-with-deposit")));
    STEP(click(QStringLiteral("payTable")));
    QTRY_VERIFY(item(QStringLiteral("paymentDue")) != nullptr);
    // 10 × ₩13,000 less the ₩100,000 deposit, credited on its own line.
    QCOMPARE(item(QStringLiteral("paymentDue"))->property("text").toString(), QStringLiteral("₩30,000"));
    QCOMPARE(item(QStringLiteral("paymentCredit_0"))->property("text").toString(), QStringLiteral("−₩100,000"));
    STEP(shoot(QStringLiteral("07-bill-with-deposit")));
    STEP(click(QStringLiteral("quickCashExact")));
    QTRY_VERIFY(item(QStringLiteral("saleChange")) != nullptr);
    QCOMPARE(count(store, QStringLiteral("SELECT amount_minor FROM payments WHERE method = 'deposit' AND "
                                         "reference = '%1'")
                              .arg(ten.id)),
             100000);
    QCOMPARE(store.reservations().find(ten.id)->value().status, BookingStatus::Completed);
    QCOMPARE(store.reservations().depositAt(bigTableId)->leftMinor, 0);
}

QTEST_MAIN(tst_ReservationsWindow)
#include "tst_reservationswindow.moc"
