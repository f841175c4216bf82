// The Bookings screen in the real window, for a salon and a cleaning provider (tst_reservationswindow has the
// restaurant's), in Korean and English: the demo day in columns per staff member, the booking card with the
// customer's shared profile, a drag that the availability engine refuses (and that changes nothing), a walk-in,
// a booking three days back that the booking window refuses, and the week view.
// Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "bookings/bookingservice.h"
#include "common/clocktext.h"
#include "demo/demodata.h"
#include "fakesigner.h"
#include "layoutcheck.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"
#include "workflows/store.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>
#include <QTimeZone>

using namespace madang;

class tst_BookingsWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    tst_BookingsWindow()
        : WindowDriver({.minClickHeight = 44,
                        .waitUntilEnabled = true,
                        .clickSettleMs = 300,
                        .shotPrefix = QStringLiteral("bookings-")})
    {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void calendar_data();
    void calendar();
};

void tst_BookingsWindow::calendar_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<Vertical>("vertical");
    QTest::newRow("salon-ko") << QStringLiteral("ko") << Vertical::Salon;
    QTest::newRow("salon-en") << QStringLiteral("en") << Vertical::Salon;
    QTest::newRow("cleaning-ko") << QStringLiteral("ko") << Vertical::Cleaning;
}

void tst_BookingsWindow::calendar()
{
    QFETCH(QString, lang);
    QFETCH(Vertical, vertical);
    setLanguage(lang);
    QTemporaryDir dir;
    // Thursday 2026-12-03, 14:20 in Seoul, after lunch: the morning bookings are done.
    test::FakeClock clock(QDateTime(QDate(2026, 12, 3), QTime(14, 20), QTimeZone("Asia/Seoul")));
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const test::FakeSigner signer;
    auto owner = DemoData::setUpTerminal(store, test::sampleProfile(vertical), QStringLiteral("Owner"), true,
                                         hasher.hash(QStringLiteral("2580")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    AppStore appStore(store, hasher, signer);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("2580")));
    const QString name = vertical == Vertical::Salon ? QStringLiteral("salon") : QStringLiteral("cleaning");

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));
    STEP(click(QStringLiteral("nav2")));
    QTRY_VERIFY(item(QStringLiteral("walkInButton")) != nullptr);
    auto today = store.bookings().onDay(clock.now().date());
    MADANG_VERIFY_OK(today);
    for (const Booking &b : today.value()) {
        QTRY_VERIFY2(item(QStringLiteral("booking_") + b.id) != nullptr, qPrintable(b.serviceName));
    }
    STEP(shoot(name + QStringLiteral("-01-day")));
    if (vertical == Vertical::Cleaning) {
        // A crew with a member off that day is shaded as a whole: the crew cannot take a job.
        int ahead = 0;
        while (item(QStringLiteral("closed_0_dayOff")) == nullptr &&
               item(QStringLiteral("closed_1_dayOff")) == nullptr && ahead < 7) {
            STEP(click(QStringLiteral("nextButton")));
            ++ahead;
            QTest::qWait(100);
        }
        QVERIFY2(ahead < 7, "a demo crew member has a weekday off");
        STEP(shoot(QStringLiteral("cleaning-01b-crew-day-off")));
        STEP(click(QStringLiteral("todayButton")));
        // The recurring-job editor: a regular clean by A팀 every 2 weeks from 14:30 (their move-out clean in
        // Mapo ends at 14:00, and they need 30 minutes to drive), at the customer's address.
        QObject *dialog = window()->findChild<QObject *>(QStringLiteral("newBookingDialog"));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "openAt", Q_ARG(QVariant, 0), Q_ARG(QVariant, 14 * 60 + 30),
                                          Q_ARG(QVariant, QStringLiteral("A팀"))));
        QTRY_VERIFY(item(QStringLiteral("addressField")) != nullptr);
        STEP(typeInto(QStringLiteral("phoneField"), QStringLiteral("010-2468-1357")));
        STEP(typeInto(QStringLiteral("nameField"), QStringLiteral("강다니엘")));
        STEP(typeInto(QStringLiteral("addressField"), QStringLiteral("서울 용산구 한강대로 55, 1203호")));
        STEP(typeInto(QStringLiteral("accessField"), QStringLiteral("경비실에서 열쇠 수령")));
        // Booking before choosing a service is refused beside the form; choosing one takes the refusal away.
        STEP(click(QStringLiteral("bookButton")));
        QTRY_VERIFY(item(QStringLiteral("bookingError")) != nullptr);
        STEP(click(QStringLiteral("service_0"))); // the first service by name: 격주 정기 청소, 3 hours
        QTRY_COMPARE(item(QStringLiteral("bookingError")), nullptr);
        STEP(click(QStringLiteral("repeat_2"))); // every 2 weeks
        STEP(shoot(QStringLiteral("cleaning-02-recurring-editor")));
        STEP(click(QStringLiteral("bookButton")));
        QTRY_COMPARE(test::queryInt(store.database().connection(),
                                    QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS NOT NULL")),
                     6);
        // Booked for the crew: both members and the van are taken.
        QCOMPARE(
            test::queryInt(store.database().connection(),
                           QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS NOT NULL AND crew_id = "
                                          "(SELECT id FROM crews WHERE name = 'A팀')")),
            6);
        QCOMPARE(test::queryString(store.database().connection(),
                                   QStringLiteral("SELECT group_concat(day, ' ') FROM (SELECT day FROM bookings "
                                                  "WHERE series_id IS NOT NULL ORDER BY day LIMIT 3)")),
                 QStringLiteral("2026-12-03 2026-12-17 2026-12-31"));
        const QString first = test::queryString(
            store.database().connection(),
            QStringLiteral("SELECT id FROM bookings WHERE series_id IS NOT NULL ORDER BY day LIMIT 1"));
        // The visit is below the fold at 14:30: its card opens as a tap on it would.
        QTRY_VERIFY(item(QStringLiteral("booking_") + first) != nullptr);
        QVERIFY(QMetaObject::invokeMethod(window()->findChild<QObject *>(QStringLiteral("bookingCard")), "openFor",
                                          Q_ARG(QVariant, first)));
        QTRY_VERIFY(item(QStringLiteral("seriesText")) != nullptr);
        STEP(shoot(QStringLiteral("cleaning-03-series-card")));
        STEP(click(QStringLiteral("nav2")));
        QTRY_VERIFY(item(QStringLiteral("walkInButton")) != nullptr);
        // Dragging the visit onto B팀's column hands it to B팀, checked like a new job: B팀 is at the office
        // until 18:00, so it is refused with the reason and the visit stays with A팀.
        QQuickItem *visit = item(QStringLiteral("booking_") + first);
        QVERIFY(visit);
        item(QStringLiteral("calendarGrid"))->setProperty("contentY", 300); // 14:30 into view
        STEP(dragBy(QStringLiteral("booking_") + first, static_cast<int>(visit->width()) + 8, 0));
        QTRY_VERIFY(item(QStringLiteral("calendarError")) != nullptr);
        QVERIFY2(item(QStringLiteral("calendarError"))->property("text").toString().contains(QStringLiteral("B팀")),
                 qPrintable(item(QStringLiteral("calendarError"))->property("text").toString()));
        QCOMPARE(store.bookings().find(first)->value().crewId,
                 test::queryString(store.database().connection(),
                                   QStringLiteral("SELECT id FROM crews WHERE name = 'A팀'")));
        STEP(shoot(QStringLiteral("cleaning-04-refused-crew-drop")));

        // Settings > Crews: B팀 takes 한소라 on; the crew engine books them together from now on.
        STEP(click(QStringLiteral("nav5")));
        STEP(click(QStringLiteral("crewsTab")));
        QTRY_VERIFY(item(QStringLiteral("editCrew_B팀")) != nullptr);
        STEP(shoot(QStringLiteral("cleaning-05-crews")));
        STEP(click(QStringLiteral("editCrew_B팀")));
        STEP(click(QStringLiteral("crewMember_한소라")));
        STEP(shoot(QStringLiteral("cleaning-06-crew-editor")));
        STEP(click(QStringLiteral("crewSave")));
        QTRY_COMPARE(
            test::queryInt(store.database().connection(),
                           QStringLiteral("SELECT count(*) FROM crew_members m JOIN crews c ON c.id = m.crew_id "
                                          "WHERE c.name = 'B팀'")),
            2);
        return;
    }
    QCOMPARE(today->size(), 7);
    // Settings > Stations: a salon's chairs, rooms and basins; a station of no name is refused, a fifth
    // chair is added.
    STEP(click(QStringLiteral("nav5")));
    STEP(click(QStringLiteral("crewsTab")));
    QTRY_VERIFY(item(QStringLiteral("addStation_chair")) != nullptr);
    QVERIFY(item(QStringLiteral("addCrewButton")) == nullptr); // crews are for cleaning providers
    const qint64 stations =
        test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM stations"));
    STEP(click(QStringLiteral("addStation_chair")));
    QTRY_VERIFY(item(QStringLiteral("crewsError")) != nullptr);
    STEP(typeInto(QStringLiteral("newStationName"), QStringLiteral("의자 9")));
    STEP(click(QStringLiteral("addStation_chair")));
    QTRY_COMPARE(test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM stations")),
                 stations + 1);
    STEP(shoot(QStringLiteral("salon-01b-stations")));
    STEP(click(QStringLiteral("nav2")));
    QTRY_VERIFY(item(QStringLiteral("walkInButton")) != nullptr);

    // 15:00: 김하늘's colour with 박미나; she shares a profile. Her card shows it with scope and consent.
    const auto hana = std::find_if(today->cbegin(), today->cend(),
                                   [](const Booking &b) { return b.customerName == QStringLiteral("김하늘"); });
    QVERIFY(hana != today->cend());
    STEP(click(QStringLiteral("booking_") + hana->id));
    QTRY_VERIFY(item(QStringLiteral("sharedProfile")) != nullptr);
    // The scope in words, not the platform's code ("bookings", "visit").
    const QString scope = item(QStringLiteral("profileScope_preferred_staff"))->property("text").toString();
    QVERIFY2(scope.contains(lang == QStringLiteral("ko") ? QStringLiteral("예약") : QStringLiteral("for bookings")),
             qPrintable(scope));
    STEP(shoot(QStringLiteral("salon-02-card")));
    STEP(click(QStringLiteral("checkInButton")));
    QTRY_COMPARE(store.bookings().find(hana->id)->value().status, BookingStatus::CheckedIn);
    // Check out from the card: Checkout opens a ticket with her colour by 박미나 and the ₩20,000 deposit credited.
    STEP(click(QStringLiteral("checkoutButton")));
    // A full colour asks for the hair length first, as when it is tapped at the counter.
    QTRY_VERIFY(item(QStringLiteral("option_숏")) != nullptr);
    STEP(click(QStringLiteral("option_숏")));
    STEP(click(QStringLiteral("modifierAdd")));
    QTRY_VERIFY(item(QStringLiteral("ticketDeposit")) != nullptr);
    // What is left to pay is the figure on the ticket's bold line and on the Pay button: ₩90,000 less ₩20,000.
    QCOMPARE(item(QStringLiteral("ticketGrandTotal"))->property("value").toString(), QStringLiteral("₩90,000"));
    QCOMPARE(item(QStringLiteral("ticketDeposit"))->property("value").toString(), QStringLiteral("−₩20,000"));
    QCOMPARE(item(QStringLiteral("ticketTotal"))->property("text").toString(), QStringLiteral("₩70,000"));
    QVERIFY2(item(QStringLiteral("payButton"))->property("text").toString().contains(QStringLiteral("₩70,000")),
             qPrintable(item(QStringLiteral("payButton"))->property("text").toString()));
    STEP(shoot(QStringLiteral("salon-02b-checkout")));
    STEP(click(QStringLiteral("nav2")));
    QTRY_VERIFY(item(QStringLiteral("walkInButton")) != nullptr);

    // Dragging the 16:00 blow-dry onto 박미나's 15:00 colour is refused, with the reason, and nothing moves.
    const auto blow = std::find_if(today->cbegin(), today->cend(),
                                   [](const Booking &b) { return b.sku == QStringLiteral("STY-BLOW"); });
    QVERIFY(blow != today->cend());
    const qint64 opsBefore =
        test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM outbox"));
    QQuickItem *block = item(QStringLiteral("booking_") + blow->id);
    QVERIFY(block);
    // Columns by name: 강현우, 김지수, 박미나. One column right (김지수 to 박미나) and an hour up (96 px).
    const int columnWidth = static_cast<int>(block->width()) + 8;
    STEP(dragBy(QStringLiteral("booking_") + blow->id, columnWidth, -96));
    QTRY_VERIFY(item(QStringLiteral("calendarError")) != nullptr); // shown only with a message
    QVERIFY(!item(QStringLiteral("calendarError"))->property("text").toString().isEmpty());
    QCOMPARE(store.bookings().find(blow->id)->value().startMin, blow->startMin);
    QCOMPARE(test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM outbox")), opsBefore);
    STEP(shoot(QStringLiteral("salon-03-refused-drop")));
    QVERIFY(item(QStringLiteral("sharedProfile")) == nullptr);

    // A walk-in for a men's cut now: the first free staff member takes it.
    STEP(click(QStringLiteral("walkInButton")));
    QTRY_VERIFY(item(QStringLiteral("phoneField")) != nullptr);
    // A known customer is found by the number as dialled, or by its last four digits, and shown with hyphens;
    // fewer digits find nobody. A tap fills the dialog with the customer's number and name.
    const auto matches = [this] { // the list shows only with matches
        const QQuickItem *list = item(QStringLiteral("customerMatches"));
        return list != nullptr ? list->property("count").toInt() : 0;
    };
    for (const char *typed : {"01022223333", "010-2222-3333", "3333"}) {
        STEP(typeInto(QStringLiteral("phoneField"), QString::fromUtf8(typed)));
        QTRY_COMPARE(matches(), 1);
        QTRY_VERIFY(item(QStringLiteral("customerMatch_0")) != nullptr);
        QCOMPARE(item(QStringLiteral("customerMatch_0"))->property("text").toString(),
                 QStringLiteral("박서준 · 010-2222-3333"));
    }
    STEP(shoot(QStringLiteral("salon-04a-customer-lookup")));
    STEP(typeInto(QStringLiteral("phoneField"), QStringLiteral("333")));
    QTRY_COMPARE(matches(), 0);
    STEP(typeInto(QStringLiteral("phoneField"), QStringLiteral("3333")));
    QTRY_COMPARE(matches(), 1);
    STEP(click(QStringLiteral("customerMatch_0")));
    QCOMPARE(item(QStringLiteral("phoneField"))->property("text").toString(), QStringLiteral("010-2222-3333"));
    QCOMPARE(item(QStringLiteral("nameField"))->property("text").toString(), QStringLiteral("박서준"));
    QTRY_VERIFY(item(QStringLiteral("customerMatches")) == nullptr); // hidden once picked
    // A new customer instead.
    STEP(typeInto(QStringLiteral("phoneField"), QStringLiteral("010-7777-1234")));
    STEP(typeInto(QStringLiteral("nameField"), QStringLiteral("윤도현")));
    int cut = -1;
    const QList<BookableService> services = store.resources().services().value();
    for (qsizetype n = 0; n < services.size(); ++n) {
        if (services.at(n).sku == QStringLiteral("CUT-M")) {
            cut = static_cast<int>(n);
        }
    }
    STEP(click(QStringLiteral("service_%1").arg(cut)));
    STEP(shoot(QStringLiteral("salon-04-walk-in")));
    STEP(click(QStringLiteral("bookButton")));
    QTRY_COMPARE(store.bookings().onDay(clock.now().date())->size(), 8);
    const QList<Booking> after = store.bookings().onDay(clock.now().date()).value();
    const auto found = std::find_if(after.cbegin(), after.cend(),
                                    [](const Booking &b) { return b.customerName == QStringLiteral("윤도현"); });
    QVERIFY(found != after.cend());
    const Booking walkIn = *found;
    QCOMPARE(walkIn.startMin, 14 * 60 + 20);
    QCOMPARE(walkIn.source, BookingSource::WalkIn);
    QTRY_VERIFY(item(QStringLiteral("booking_") + walkIn.id) != nullptr);
    STEP(shoot(QStringLiteral("salon-05-after-walk-in")));

    // A booking from a tapped slot: 강현우 at a time the engine says is free today; once the men's cut is
    // chosen that time is picked. The worker moves to tomorrow with the date picker and picks one of the free
    // times listed there.
    QObject *dialog = window()->findChild<QObject *>(QStringLiteral("newBookingDialog"));
    QVERIFY(dialog);
    const QString hyunwoo =
        test::queryString(store.database().connection(), QStringLiteral("SELECT id FROM staff WHERE name = '강현우'"));
    auto freeToday = store.bookings().availableSlots(services.at(cut).itemId, clock.now().date(), hyunwoo);
    MADANG_VERIFY_OK(freeToday);
    QVERIFY(freeToday->size() > 4);
    const int tapped = freeToday->at(freeToday->size() / 2).startMin;
    QVERIFY(QMetaObject::invokeMethod(dialog, "openAt", Q_ARG(QVariant, 0), Q_ARG(QVariant, tapped),
                                      Q_ARG(QVariant, QStringLiteral("강현우"))));
    QTRY_VERIFY(item(QStringLiteral("phoneField")) != nullptr);
    QTRY_VERIFY(item(QStringLiteral("timesNote")) != nullptr); // no service yet: no times
    QCOMPARE(item(QStringLiteral("freeTimes")), nullptr);
    STEP(click(QStringLiteral("service_%1").arg(cut)));
    QTRY_VERIFY(item(QStringLiteral("time_%1").arg(tapped)) != nullptr);
    QVERIFY(item(QStringLiteral("time_%1").arg(tapped))->property("primary").toBool());
    // Only the engine's free times are offered, none in the lunch break.
    QVERIFY(item(QStringLiteral("time_%1").arg(13 * 60 + 15)) == nullptr);
    STEP(typeInto(QStringLiteral("phoneField"), QStringLiteral("010-7777-5678")));
    STEP(typeInto(QStringLiteral("nameField"), QStringLiteral("한지민")));
    STEP(shoot(QStringLiteral("salon-05a-new-booking")));
    // Nothing in the dialog is cut short or drawn over, at 1366x768 and on a 1024x768 screen.
    for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
        window()->resize(size);
        QTest::qWait(300);
        const QStringList problems = layoutProblems(window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    STEP(shoot(QStringLiteral("salon-05a-new-booking-1024")));
    window()->resize(1366, 768);
    QTest::qWait(300);
    const QDate tomorrow = clock.now().date().addDays(1);
    const QString tomorrowText = item(QStringLiteral("bookingDateOpen"))->property("text").toString();
    STEP(click(QStringLiteral("bookingDateNext")));
    QTRY_VERIFY(item(QStringLiteral("bookingDateOpen"))->property("text").toString() != tomorrowText);
    auto offered = store.bookings().availableSlots(services.at(cut).itemId, tomorrow, hyunwoo);
    MADANG_VERIFY_OK(offered);
    QVERIFY(offered->size() > 2);
    const int picked = offered->at(offered->size() - 2).startMin;
    QTRY_VERIFY(item(QStringLiteral("time_%1").arg(picked)) != nullptr);
    // The times scroll in their box, as a thumb would scroll them.
    auto *times = item(QStringLiteral("freeTimes"))->property("contentItem").value<QQuickItem *>();
    QVERIFY(times);
    times->setProperty("contentY", item(QStringLiteral("time_%1").arg(picked))->y());
    STEP(click(QStringLiteral("time_%1").arg(picked)));
    QVERIFY(item(QStringLiteral("time_%1").arg(picked))->property("primary").toBool());
    STEP(shoot(QStringLiteral("salon-05b-new-booking-tomorrow")));
    STEP(click(QStringLiteral("bookButton")));
    QTRY_COMPARE(test::queryInt(store.database().connection(),
                                QStringLiteral("SELECT count(*) FROM bookings b JOIN customers c ON c.id = "
                                               "b.customer_id WHERE c.name = '한지민' AND b.day = '%1' AND "
                                               "b.start_min = %2 AND b.staff_id = '%3'")
                                    .arg(tomorrow.toString(Qt::ISODate))
                                    .arg(picked)
                                    .arg(hyunwoo)),
                 1);
    // The calendar shows the day booked.
    QTRY_COMPARE(window()->findChild<QObject *>(QStringLiteral("newBookingDialog"))->property("opened").toBool(),
                 false);
    const QString made = test::queryString(
        store.database().connection(),
        QStringLiteral("SELECT b.id FROM bookings b JOIN customers c ON c.id = b.customer_id WHERE c.name = '한지민'"));
    QTRY_VERIFY(item(QStringLiteral("booking_") + made) != nullptr);

    // Three days back, nothing can be booked (the booking window keeps 12 hours back at most): no time is
    // offered, and the next day with a free time is.
    for (int i = 0; i < 4; ++i) {
        STEP(click(QStringLiteral("previousButton")));
    }
    QVERIFY(QMetaObject::invokeMethod(dialog, "openAt", Q_ARG(QVariant, 0), Q_ARG(QVariant, 10 * 60),
                                      Q_ARG(QVariant, QStringLiteral("강현우"))));
    QTRY_VERIFY(item(QStringLiteral("phoneField")) != nullptr);
    STEP(click(QStringLiteral("service_%1").arg(cut)));
    QTRY_VERIFY(item(QStringLiteral("nextFreeButton")) != nullptr);
    QCOMPARE(item(QStringLiteral("freeTimes")), nullptr);
    QVERIFY(!item(QStringLiteral("timesNote"))->property("text").toString().isEmpty());
    STEP(shoot(name + QStringLiteral("-05c-nothing-free")));
    STEP(click(QStringLiteral("nextFreeButton")));
    QTRY_VERIFY(item(QStringLiteral("freeTimes")) != nullptr);
    QCOMPARE(item(QStringLiteral("nextFreeButton")), nullptr);
    QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    QTRY_VERIFY(!dialog->property("visible").toBool()); // closed, its modal shade gone too
    STEP(click(QStringLiteral("todayButton")));

    // A day off: 김지수 is off tomorrow. Her whole column is shaded and labelled, and a tap on it says why
    // instead of opening a booking.
    MADANG_VERIFY_OK(store.resources().addDayOff(
        test::queryString(store.database().connection(), QStringLiteral("SELECT id FROM staff WHERE name = '김지수'")),
        tomorrow, QStringLiteral("연차")));
    STEP(click(QStringLiteral("nextButton")));
    QTRY_COMPARE(item(QStringLiteral("calendarDate"))->property("text").toString(), dayText(tomorrow));
    QTRY_VERIFY(item(QStringLiteral("closed_1_dayOff")) != nullptr);
    QCOMPARE(item(QStringLiteral("closedLabel_1_dayOff"))->property("text").toString(),
             lang == QStringLiteral("ko") ? QStringLiteral("휴무") : QStringLiteral("Day off"));
    QVERIFY(item(QStringLiteral("closed_0_break")) != nullptr); // the others' lunch
    STEP(click(QStringLiteral("closed_1_dayOff")));
    QTRY_VERIFY(item(QStringLiteral("calendarError")) != nullptr);
    QVERIFY2(item(QStringLiteral("calendarError"))->property("text").toString().contains(QStringLiteral("김지수")),
             qPrintable(item(QStringLiteral("calendarError"))->property("text").toString()));
    QVERIFY(openPopup(QStringLiteral("newBookingDialog")) == nullptr);
    STEP(shoot(QStringLiteral("salon-05d-day-off")));
    STEP(click(QStringLiteral("todayButton")));

    STEP(click(QStringLiteral("weekButton")));
    QTRY_VERIFY(item(QStringLiteral("walkInButton")) == nullptr); // walk-ins are booked on today's day view
    STEP(shoot(QStringLiteral("salon-06-week")));
    STEP(click(QStringLiteral("dayButton")));

    // 16:10 on the Today screen: the 14:20 walk-in and the 15:40 cut never came (no-show candidates), the
    // 16:00 blow-dry is late, the 17:00 root colour is expected.
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(16, 10), QTimeZone("Asia/Seoul")));
    Q_EMIT appStore.bookingsChanged(); // only the clock moved: nothing in the database changed
    STEP(click(QStringLiteral("nav0")));
    QTRY_VERIFY(item(QStringLiteral("arrival_3")) != nullptr);
    QCOMPARE(item(QStringLiteral("arrivalsList"))->property("count").toInt(), 4);
    STEP(shoot(QStringLiteral("salon-07-today")));

    // 김하늘 pays her colour: the payment dialog takes the same ₩70,000 (the deposit on its own line); she
    // hands over ₩100,000 and gets ₩30,000 back. The deposit is written as the deposit tender it is.
    STEP(click(QStringLiteral("nav1")));
    QTRY_COMPARE(item(QStringLiteral("ticketTotal"))->property("text").toString(), QStringLiteral("₩70,000"));
    STEP(click(QStringLiteral("payButton")));
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) != nullptr);
    QTRY_COMPARE(item(QStringLiteral("paymentDue"))->property("text").toString(), QStringLiteral("₩70,000"));
    QCOMPARE(item(QStringLiteral("paymentCredit_0"))->property("text").toString(), QStringLiteral("−₩20,000"));
    QVERIFY(item(QStringLiteral("quickCashExact"))->property("text").toString().contains(QStringLiteral("₩70,000")));
    STEP(shoot(QStringLiteral("salon-08-pay-with-deposit")));
    STEP(click(QStringLiteral("quickCash_100000")));
    QTRY_VERIFY(item(QStringLiteral("saleChange")) != nullptr);
    QCOMPARE(item(QStringLiteral("saleChange"))->property("text").toString(), QStringLiteral("₩30,000"));
    QVERIFY(item(QStringLiteral("salePaid"))->property("text").toString().contains(QStringLiteral("₩70,000")));
    QVERIFY(item(QStringLiteral("saleCredit"))->property("text").toString().contains(QStringLiteral("₩20,000")));
    STEP(shoot(QStringLiteral("salon-09-change")));
    const QSqlDatabase db = store.database().connection();
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT amount_minor FROM payments WHERE method = 'deposit' AND "
                                               "reference = '%1'")
                                    .arg(hana->id)),
             20000);
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT amount_minor FROM payments WHERE method = 'cash'")), 70000);
    QCOMPARE(store.bookings().find(hana->id)->value().status, BookingStatus::Completed);
    STEP(click(QStringLiteral("paymentFinish")));
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) == nullptr);
    QTRY_COMPARE(item(QStringLiteral("ticketLines"))->property("count").toInt(), 0);
}

QTEST_MAIN(tst_BookingsWindow)
#include "tst_bookingswindow.moc"
