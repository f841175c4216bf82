// Drives the real window the way a person would: the setup wizard, the shell, Settings → Catalog
// with a bad price and then a good one, checkout search, and a sale with an option, a scanned
// barcode, a tip and card plus cash. Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the
// PNGs are kept for looking at.
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "common/clocktext.h"
#include "fakesigner.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "settings/daysoffmodel.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"

#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

using namespace madang;

class tst_MainWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    // A press settles for 50 ms; a grab waits 150 ms and fails if the window rendered nothing.
    tst_MainWindow() : WindowDriver({.clickSettleMs = 50, .shotSettleMs = 150, .shotMustShowSomething = true}) {}

private Q_SLOTS:
    void initTestCase();
    void counterWorkerJourney_data();
    void counterWorkerJourney();

private:
    void ringUpSale(Store &store, const QString &owner);
};

void tst_MainWindow::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

void tst_MainWindow::counterWorkerJourney_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("businessName");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("마당 헤어 강남점");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Madang Hair Gangnam");
}

void tst_MainWindow::counterWorkerJourney()
{
    QFETCH(QString, lang);
    QFETCH(QString, businessName);
    setLanguage(lang);
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const test::FakeSigner signer;
    AppStore appStore(store, hasher, signer);

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));

    // Wizard: an empty name is refused with a message.
    STEP(shoot(QStringLiteral("01-wizard-name")));
    STEP(click("wizardNext"));
    QTRY_VERIFY(item("wizardError") != nullptr);
    QVERIFY(!item("wizardError")->property("text").toString().isEmpty());
    STEP(shoot(QStringLiteral("02-wizard-name-missing")));
    STEP(typeInto("businessNameField", businessName));
    STEP(click("wizardNext"));
    STEP(shoot(QStringLiteral("03-wizard-vertical")));
    STEP(click("wizardNext"));
    STEP(shoot(QStringLiteral("04-wizard-currency")));
    STEP(click("wizardNext"));
    STEP(typeInto("ownerNameField",
                  lang == QStringLiteral("ko") ? QStringLiteral("김민아") : QStringLiteral("Mina Kim")));
    STEP(typeInto("ownerPinField", QStringLiteral("2580")));
    STEP(typeInto("ownerPinAgainField", QStringLiteral("2581")));
    STEP(click("wizardNext"));
    QTRY_VERIFY(!item("wizardError")->property("text").toString().isEmpty()); // the PINs differ
    QVERIFY(!store.isSetUp());
    STEP(typeInto("ownerPinAgainField", QStringLiteral("2580")));
    STEP(shoot(QStringLiteral("05-wizard-owner")));
    STEP(click("wizardNext"));

    // Shell: Today shows the business and the demo catalog.
    QTRY_VERIFY(item("todayBusinessName") != nullptr);
    QCOMPARE(item("todayBusinessName")->property("text").toString(), businessName);
    QVERIFY(store.isSetUp());
    const qint64 demoItems = store.catalog().count().value();
    QVERIFY(demoItems > 10);
    STEP(shoot(QStringLiteral("06-today")));

    STEP(click("nav1"));
    STEP(typeInto("checkoutSearch", QStringLiteral("커트")));
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("07-checkout-search")));

    STEP(click("nav5"));
    STEP(shoot(QStringLiteral("08-settings-general")));
    STEP(click("catalogTab"));
    STEP(shoot(QStringLiteral("09-settings-catalog")));

    // Add an item with a won price that has decimals: refused, nothing written.
    STEP(click("addItemButton"));
    STEP(typeInto("itemName", QStringLiteral("두피 마사지")));
    STEP(typeInto("itemSku", QStringLiteral("TRT-MASSAGE")));
    STEP(typeInto("itemPrice", QStringLiteral("15000.5")));
    STEP(click("itemSave"));
    // The refusal shows under the price, not at the foot of the form, and goes when the price changes.
    QTRY_VERIFY(item("itemPriceError") != nullptr);
    QVERIFY(!item("itemPriceError")->property("text").toString().isEmpty());
    QVERIFY(item("itemError") == nullptr);
    QCOMPARE(store.catalog().count().value(), demoItems);
    STEP(shoot(QStringLiteral("10-item-bad-price")));
    STEP(typeInto("itemPrice", QStringLiteral("15000")));
    QTRY_VERIFY(item("itemPriceError") == nullptr);
    STEP(typeInto("itemDuration", QStringLiteral("20")));
    // A service: the booking phases show, and five minutes to tidy up after each massage.
    QTRY_VERIFY(item("item_bufferAfterMin") != nullptr);
    STEP(typeInto("item_bufferAfterMin", QStringLiteral("5")));
    STEP(shoot(QStringLiteral("10b-item-booking")));
    STEP(click("itemSave"));
    QTRY_COMPARE(store.catalog().count().value(), demoItems + 1);
    QTRY_VERIFY(item("itemSave") == nullptr); // the dialog closed
    auto saved = store.catalog().findBySku(QStringLiteral("TRT-MASSAGE"));
    MADANG_VERIFY_OK(saved);
    QVERIFY(saved.value().has_value());
    QCOMPARE(saved.value()->priceMinor, 15000);
    QCOMPARE(saved.value()->durationMin, 20);
    auto massage = store.resources().service(QStringLiteral("TRT-MASSAGE"));
    MADANG_VERIFY_OK(massage);
    QCOMPARE(massage->phases.workMin, 20);
    QCOMPARE(massage->phases.bufferAfterMin, 5);

    STEP(typeInto("catalogSearch", QStringLiteral("ㄷㅍ")));
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("11-catalog-search-initials")));

    // Settings → Staff: the owner adds a manager, Jun, with PIN 1111.
    STEP(click("staffTab"));
    STEP(click("addStaffButton"));
    STEP(typeInto("staffName", QStringLiteral("Jun")));
    QQuickItem *role = item("staffRole");
    QVERIFY(role);
    role->forceActiveFocus();
    QTest::keyClick(window(), Qt::Key_Down); // staff -> manager
    STEP(typeInto("staffPin", QStringLiteral("11")));
    // Jun can be booked on Tuesdays and Wednesdays, 10:00-19:00 with a break 13:00-14:00.
    STEP(click("workDay_2"));
    STEP(click("workDay_3"));
    STEP(typeInto("hoursStart", QStringLiteral("10:00")));
    STEP(typeInto("hoursEnd", QStringLiteral("19:00")));
    STEP(typeInto("breakStart", QStringLiteral("13:00")));
    STEP(typeInto("breakEnd", QStringLiteral("14:00")));
    STEP(click("staffSave"));
    QTRY_VERIFY(!item("staffError")->property("text").toString().isEmpty()); // too short
    STEP(shoot(QStringLiteral("12-staff-pin-too-short")));
    STEP(typeInto("staffPin", QStringLiteral("1111")));
    STEP(click("staffSave"));
    QTRY_VERIFY(item("staffSave") == nullptr);
    QCOMPARE(test::queryInt(store.database().connection(),
                            QStringLiteral("SELECT count(*) FROM staff_hours h JOIN staff s ON s.id = h.staff_id "
                                           "WHERE s.name = 'Jun'")),
             4);
    STEP(shoot(QStringLiteral("13-settings-staff")));

    // 박미나's days off: the date is picked, never typed. It starts on today and cannot go before it; the day
    // after is one tap, a later one comes from the month. Her day off tomorrow is listed.
    STEP(click("daysOff_박미나"));
    const QDate today = clock.now().date();
    const QDate tomorrowDay = today.addDays(1);
    const QString tomorrow = tomorrowDay.toString(Qt::ISODate);
    QTRY_COMPARE(item("dayOffDateOpen")->property("text").toString(), dayText(today, true));
    QVERIFY(!item("dayOffDatePrevious")->isEnabled());
    STEP(click("dayOffDateNext"));
    QTRY_COMPARE(item("dayOffDateOpen")->property("text").toString(), dayText(tomorrowDay, true));
    STEP(typeInto("dayOffReason", QStringLiteral("연차")));
    STEP(click("dayOffAdd"));
    QTRY_VERIFY(item(QStringLiteral("dayOffRemove_") + tomorrow) != nullptr);
    QCOMPARE(test::queryString(store.database().connection(), QStringLiteral("SELECT reason FROM staff_days_off")),
             QStringLiteral("연차"));
    // A week later, from the month: the day tapped is the day added.
    const QDate weekLater = today.addDays(7);
    STEP(click("dayOffDateOpen"));
    if (weekLater.month() != today.month()) {
        STEP(click("dayOffDateNextMonth"));
    }
    STEP(shoot(QStringLiteral("13a-days-off-month")));
    STEP(click(QStringLiteral("dayOffDateDay_") + weekLater.toString(Qt::ISODate)));
    QTRY_COMPARE(item("dayOffDateOpen")->property("text").toString(), dayText(weekLater, true));
    QTRY_VERIFY(!window()->findChild<QObject *>(QStringLiteral("dayOffDateMonth"))->property("visible").toBool());
    STEP(click("dayOffAdd"));
    QTRY_VERIFY(item(QStringLiteral("dayOffRemove_") + weekLater.toString(Qt::ISODate)) != nullptr);
    // The model still refuses a date that is not one (madangctl and older callers type it); in Korean the
    // particle fits the word put in: ""12/40"은 날짜가 아닙니다", never "은(는)".
    DaysOffModel typed;
    typed.setStore(&appStore);
    typed.setStaffId(
        test::queryString(store.database().connection(), QStringLiteral("SELECT id FROM staff WHERE name = '박미나'")));
    QVERIFY(!typed.add(QStringLiteral("12/40"), {}));
    QVERIFY2(!typed.error().isEmpty() && !typed.error().contains(QStringLiteral("(는)")), qPrintable(typed.error()));
    QCOMPARE(test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM staff_days_off")), 2);
    STEP(shoot(QStringLiteral("13b-days-off")));
    window()->resize(1024, 768);
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("13c-days-off-1024")));
    window()->resize(1366, 768);
    QTest::qWait(300);
    STEP(click("dayOffClose"));
    QTRY_VERIFY(item("dayOffAdd") == nullptr);

    // Switch: back to the sign-in tiles. Wrong PINs escalate to a wait, then a lockout.
    STEP(click("switchStaff"));
    const QByteArray ownerTile =
        "staffTile_" + (lang == QStringLiteral("ko") ? QStringLiteral("김민아") : QStringLiteral("Mina Kim")).toUtf8();
    STEP(click(ownerTile.constData()));
    STEP(shoot(QStringLiteral("14-sign-in")));
    for (int attempt = 1; attempt <= 5; ++attempt) {
        STEP(enterPin(QStringLiteral("0000")));
        if (attempt == 1) {
            STEP(shoot(QStringLiteral("15-sign-in-wrong-pin")));
        }
        clock.advanceSecs(180); // wait out any delay the policy imposes
    }
    QTRY_VERIFY(item("unlockButton") != nullptr);
    STEP(shoot(QStringLiteral("16-sign-in-locked")));
    STEP(click("unlockButton"));
    QTRY_VERIFY(item("approverPicker") != nullptr);
    QTest::qWait(400); // the dialog's opening animation scales it: let it finish before aiming at keys
    // The dialog is made on first use; cancelled, it opens again from the same button.
    STEP(click("approvalCancel"));
    QTRY_VERIFY(item("approverPicker") == nullptr);
    STEP(click("unlockButton"));
    QTRY_VERIFY(item("approverPicker") != nullptr);
    QTest::qWait(400);
    QQuickItem *picker = item("approverPicker");
    int junIndex = -1;
    QMetaObject::invokeMethod(picker, "find", Q_RETURN_ARG(int, junIndex), Q_ARG(QString, QStringLiteral("Jun")));
    QVERIFY(junIndex >= 0);
    picker->setProperty("currentIndex", junIndex);
    STEP(shoot(QStringLiteral("17-approval-dialog")));
    STEP(enterPin(QStringLiteral("1111")));
    QTRY_VERIFY(item("approverPicker") == nullptr); // closed: unlocked
    STEP(click(ownerTile.constData()));
    // The keypad is made when a name is tapped, with the keyboard's focus: a PIN typed on a keyboard signs in.
    QTRY_VERIFY(item("signInPad") != nullptr);
    // Controls take the app's font from qtquickcontrols2.conf: the window is not an ApplicationWindow to hand it down.
    QCOMPARE(item("pinKey_1")->property("font").value<QFont>().family(), QStringLiteral("Noto Sans CJK KR"));
    for (const char digit : QByteArrayLiteral("2580")) {
        QTest::keyClick(window(), digit);
    }
    QTest::keyClick(window(), Qt::Key_Return);
    QTRY_VERIFY(appStore.session()->signedIn());
    QCOMPARE(appStore.session()->role(), QStringLiteral("owner"));

    // Settings → Audit shows all of it, and the chain is intact.
    STEP(click("nav5"));
    STEP(click("auditTab"));
    QTRY_VERIFY(item("auditList") != nullptr);
    QTRY_VERIFY(item("auditList")->property("count").toInt() >= 8);
    STEP(shoot(QStringLiteral("18-settings-audit")));

    STEP(ringUpSale(store, lang == QStringLiteral("ko") ? QStringLiteral("김민아") : QStringLiteral("Mina Kim")));

    // Nobody opened the shift before that sale: the sale opened one, so the X-report counts it and the drawer
    // expects its cash. The nav button is named for the page it opens.
    QTest::qWait(400); // the sale's dialog fades out
    STEP(click("nav4"));
    QTRY_VERIFY(item("shiftTitle") != nullptr);
    QCOMPARE(item("shiftTitle")->property("text").toString(), item("nav4")->property("text").toString());
    QTRY_VERIFY(item("reportNet") != nullptr);
    QCOMPARE(item("reportNet")->property("value").toString(), QStringLiteral("₩182,160"));
    QCOMPARE(item("openShift"), nullptr); // only visible items are found
    QVERIFY(item("shiftState")
                ->property("text")
                .toString()
                .contains(lang == QStringLiteral("ko") ? QStringLiteral("김민아") : QStringLiteral("Mina Kim")));
    STEP(shoot(QStringLiteral("24-shift-opened-by-the-sale")));
}

void tst_MainWindow::ringUpSale(Store &store, const QString &owner)
{
    // Checkout: a perm that needs its length chosen, a shampoo from the scanner, a 10% tip.
    STEP(click("nav1"));
    STEP(typeInto("checkoutSearch", QString()));
    STEP(click("category_펌"));
    STEP(click("tile_PERM-DIG"));
    QTRY_VERIFY(item("modifierAdd") != nullptr);
    QTest::qWait(300); // the opening animation
    // 기장 must be answered first.
    QVERIFY(!item("modifierAdd")->isEnabled());
    STEP(click("option_롱"));
    STEP(shoot(QStringLiteral("19-checkout-options")));
    STEP(click("modifierAdd"));
    QTRY_VERIFY(item("modifierAdd") == nullptr);
    QTRY_COMPARE(item("ticketLines")->property("count").toInt(), 1);
    // A keyboard-wedge scanner: fast digits and Enter, with no field focused.
    for (const char digit : QByteArrayLiteral("8801234500017")) {
        QTest::keyClick(window(), digit);
    }
    QTest::keyClick(window(), Qt::Key_Return);
    QTRY_COMPARE(item("ticketLines")->property("count").toInt(), 2);
    STEP(click("tip_1000"));
    // 120,000 + 20,000 (롱) + 32,000 = 172,000; a 10% tip makes 189,200.
    QTRY_COMPARE(item("ticketTotal")->property("text").toString(), QStringLiteral("₩189,200"));
    // Any tip amount: something that is not an amount is refused with a message, 5,000 is taken.
    STEP(click("tipCustom"));
    QTRY_VERIFY(item("tipApply") != nullptr);
    QTest::qWait(300);
    STEP(typeInto("tipAmount", QStringLiteral("5천")));
    STEP(click("tipApply"));
    QTRY_VERIFY(item("tipError") != nullptr);
    QCOMPARE(item("ticketTotal")->property("text").toString(), QStringLiteral("₩189,200"));
    STEP(typeInto("tipAmount", QStringLiteral("5000")));
    QTRY_VERIFY(item("tipError") == nullptr); // the refusal was about what was typed before
    STEP(shoot(QStringLiteral("20-tip-amount")));
    STEP(click("tipApply"));
    QTRY_VERIFY(item("tipApply") == nullptr);
    QTRY_COMPARE(item("ticketTotal")->property("text").toString(), QStringLiteral("₩177,000"));
    STEP(click("tip_1000"));
    QTRY_COMPARE(item("ticketTotal")->property("text").toString(), QStringLiteral("₩189,200"));
    STEP(shoot(QStringLiteral("20-checkout-ticket")));

    // 20% off the shampoo is above the 10% limit: the owner approves it with her PIN.
    STEP(click("lineDetails_1"));
    QTRY_VERIFY(item("lineApply") != nullptr);
    STEP(typeInto("lineNote", QStringLiteral("선물 포장")));
    STEP(click("discountKind_percent"));
    // More than the whole line is refused in the dialog, once (not also in the ticket's banner behind it), and
    // the refusal goes when the discount is typed again.
    STEP(typeInto("discountValue", QStringLiteral("150")));
    STEP(click("lineApply"));
    QTRY_VERIFY(item("lineError") != nullptr);
    QVERIFY(!item("lineError")->property("text").toString().isEmpty());
    QVERIFY(item("checkoutError") == nullptr);
    STEP(shoot(QStringLiteral("20a-line-refused")));
    STEP(typeInto("discountValue", QStringLiteral("20")));
    QTRY_VERIFY(item("lineError") == nullptr);
    STEP(shoot(QStringLiteral("20a-line-editor")));
    STEP(click("lineApply"));
    QTRY_VERIFY(item("approverPicker") != nullptr);
    QTest::qWait(400);
    QQuickItem *picker = item("approverPicker");
    int ownerIndex = -1;
    QMetaObject::invokeMethod(picker, "find", Q_RETURN_ARG(int, ownerIndex), Q_ARG(QString, owner));
    QVERIFY(ownerIndex >= 0);
    picker->setProperty("currentIndex", ownerIndex);
    STEP(shoot(QStringLiteral("20b-discount-approval")));
    STEP(enterPin(QStringLiteral("2580")));
    QTRY_VERIFY(item("approverPicker") == nullptr);
    // (140,000 + 25,600) + 10% tip 16,560.
    QTRY_COMPARE(item("ticketTotal")->property("text").toString(), QStringLiteral("₩182,160"));
    STEP(click("heldTickets"));
    QTRY_VERIFY(item("holdConfirm") != nullptr);
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("20c-held-tickets")));
    QTest::keyClick(window(), Qt::Key_Escape);
    QTRY_VERIFY(item("holdConfirm") == nullptr);

    // The sale is for a customer on file, found by the last four digits of her number.
    STEP(click("ticketCustomer"));
    QTRY_VERIFY(item("customerSearch") != nullptr);
    STEP(typeInto("customerSearch", QStringLiteral("5678")));
    QTRY_VERIFY(item("customerPick_0") != nullptr);
    QVERIFY(item("customerPick_0")->property("text").toString().contains(QStringLiteral("010-1234-5678")));
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("20d-customer")));
    STEP(click("customerPick_0"));
    QTRY_VERIFY(item("customerSearch") == nullptr);
    QTRY_VERIFY(item("ticketCustomer")->property("text").toString().contains(QStringLiteral("010-1234-5678")));
    STEP(shoot(QStringLiteral("20e-ticket-customer")));

    // Payment: ₩50,000 on the card terminal, the rest in cash.
    STEP(click("payButton"));
    QTRY_VERIFY(item("paymentConfirm") != nullptr);
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) != nullptr);
    QTest::qWait(300);
    STEP(shoot(QStringLiteral("21-payment")));
    STEP(click("cardMode"));
    for (const char *key : {"amountKey_5", "amountKey_00", "amountKey_00"}) {
        STEP(click(key));
    }
    STEP(typeInto("cardReference", QStringLiteral("30012345")));
    STEP(click("paymentConfirm"));
    QTRY_COMPARE(item("paymentDue")->property("text").toString(), QStringLiteral("₩132,160"));
    STEP(shoot(QStringLiteral("22-payment-card-part")));
    STEP(click("quickCash_135000"));
    // The change screen of the one payment dialog (the restaurant's tables use it too: tst_floorscreens).
    QTRY_VERIFY(item("paymentFinish") != nullptr);
    QVERIFY(openPopup(QStringLiteral("paymentDialog")) != nullptr);
    QCOMPARE(item("saleChange")->property("text").toString(), QStringLiteral("₩2,840"));
    QVERIFY(item("saleReceipt")->property("text").toString().contains(QStringLiteral("T1-000001")));
    const QSqlDatabase db = store.database().connection();
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT count(*) FROM orders")), 1);
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT count(*) FROM payments")), 2);
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT total_minor FROM orders")), 182160);
    QCOMPARE(test::queryInt(db, QStringLiteral("SELECT count(*) FROM orders WHERE approver_id IS NOT NULL")), 1);
    QCOMPARE(
        test::queryInt(db, QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                          "JOIN journal j ON j.seq = o.journal_seq WHERE c.phone = '+821012345678' "
                                          "AND json_extract(j.body, '$.customer_id') = c.id")),
        1);
    STEP(shoot(QStringLiteral("23-sale-done")));
    STEP(click("paymentFinish"));
    QTRY_VERIFY(item("paymentFinish") == nullptr);
    QTRY_COMPARE(item("ticketLines")->property("count").toInt(), 0);
    QVERIFY(!item("ticketCustomer")->property("text").toString().contains(QStringLiteral("010"))); // a new ticket
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
