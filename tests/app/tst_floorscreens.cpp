// Drives a restaurant's day in the real window, the way a server and then the owner would: open the shift,
// seat a party, order, send to the kitchen, split and pay, look at the floor and its editor, and close the
// day with a Z-report. Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "fakesigner.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "shifts/shiftservice.h"
#include "testsupport.h"
#include "windowdriver.h"
#include "workflows/store.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

using namespace madang;

class tst_FloorScreens : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    // A press may wait for its control to become enabled, and settles for 400 ms (60 ms on the money keypad
    // and the menu); text is committed straight to the field; screenshots are named floor-<name>-<language>.
    tst_FloorScreens()
        : WindowDriver({.waitUntilEnabled = true,
                        .clickSettleMs = 400,
                        .quickClickPrefixes = {QStringLiteral("moneyKey_"), QStringLiteral("menu")},
                        .quickSettleMs = 60,
                        .typeReplaces = false,
                        .shotPrefix = QStringLiteral("floor-")})
    {}

private Q_SLOTS:
    void initTestCase();
    void restaurantDay_data();
    void restaurantDay();
};

void tst_FloorScreens::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

namespace {
QString tableId(Store &store, const QString &name)
{
    const QList<TableState> floor = store.tables().floor().value();
    for (const TableState &s : floor) {
        if (s.table.name == name) {
            return s.table.id;
        }
    }
    return {};
}
} // namespace

void tst_FloorScreens::restaurantDay_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_FloorScreens::restaurantDay()
{
    QFETCH(QString, lang);
    setLanguage(lang);
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    MerchantProfile profile = test::sampleProfile(Vertical::Restaurant);
    profile.name = lang == QStringLiteral("ko") ? QStringLiteral("마당 식당") : QStringLiteral("Madang Kitchen");
    auto owner = DemoData::setUpTerminal(store, profile, QStringLiteral("김민아"), true,
                                         hasher.hash(QStringLiteral("1234")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    const test::FakeSigner signer;
    AppStore appStore(store, hasher, signer);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("1234")));

    // Other parties on the floor: table 3 just sat down, 5 has ordered, 7 asked for the bill.
    for (const auto &[name, guests] :
         {std::pair{QStringLiteral("3"), 2}, {QStringLiteral("5"), 4}, {QStringLiteral("7"), 6}}) {
        const QString id = tableId(store, name);
        Ticket t = store.tables().open(id, guests, Ticket{}, owner.value().id).value();
        if (name != QStringLiteral("3")) {
            auto beer = store.catalog().findBySku(QStringLiteral("D-BEER")).value();
            auto bulgogi = store.catalog().findBySku(QStringLiteral("M-BULGOGI")).value();
            t.lines << TicketLine::fromItem(*beer, guests) << TicketLine::fromItem(*bulgogi, guests / 2);
            MADANG_VERIFY_OK(store.tables().save(id, t));
            MADANG_VERIFY_OK(
                store.tables().sendToKitchen(id, [](QSqlDatabase &, const KitchenTicket &) { return Status(Done{}); }));
        }
        if (name == QStringLiteral("7")) {
            MADANG_VERIFY_OK(store.tables().markBillPrinted(id));
        }
    }
    clock.advanceSecs(20 * 60);

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));

    // The owner opens the shift with a ₩100,000 float.
    QTRY_VERIFY(item(QStringLiteral("todayShift")) != nullptr);
    STEP(shoot(QStringLiteral("00-today")));
    STEP(click(QStringLiteral("todayShiftButton")));
    STEP(shoot(QStringLiteral("01-shift-none")));
    STEP(click(QStringLiteral("openShift")));
    STEP(typeAmount(QStringLiteral("1000")));
    STEP(click(QStringLiteral("moneyKey_00")));
    STEP(shoot(QStringLiteral("02-shift-float")));
    STEP(click(QStringLiteral("amountConfirm")));
    QTRY_VERIFY(store.shifts().current(signer.terminalId()).value().has_value());
    QCOMPARE(store.shifts().current(signer.terminalId()).value()->floatMinor, 100000);

    // The floor, with a party at three tables.
    STEP(click(QStringLiteral("nav1")));
    QTRY_VERIFY(item(QStringLiteral("table_1")) != nullptr);
    STEP(shoot(QStringLiteral("03-floor")));
    STEP(click(QStringLiteral("area_1")));
    QTRY_VERIFY(item(QStringLiteral("table_9")) != nullptr);
    STEP(shoot(QStringLiteral("03b-terrace")));
    STEP(click(QStringLiteral("area_0")));

    // Two guests sit at table 1 and order.
    STEP(click(QStringLiteral("table_1")));
    STEP(shoot(QStringLiteral("04-guests")));
    STEP(click(QStringLiteral("guests_2")));
    QTRY_VERIFY(item(QStringLiteral("tableTitle")) != nullptr);
    STEP(click(QStringLiteral("menuCategory_식사")));
    STEP(click(QStringLiteral("menuItem_불고기 정식")));
    STEP(click(QStringLiteral("menuItem_불고기 정식")));
    // The stew through the search box, by its initials: its options come up as from the menu.
    STEP(typeInto(QStringLiteral("tableSearch"), QStringLiteral("ㄱㅊㅉ")));
    QTRY_COMPARE(item(QStringLiteral("menuGrid"))->property("count").toInt(), 1);
    STEP(shoot(QStringLiteral("05a-search")));
    STEP(click(QStringLiteral("menuItem_김치찌개")));
    STEP(shoot(QStringLiteral("05-options")));
    STEP(click(QStringLiteral("tableOption_매운맛")));
    STEP(click(QStringLiteral("tableOptionsAdd")));
    const auto stewOnTicket = [&store] {
        const auto ticket = store.tables().ticketOn(tableId(store, QStringLiteral("1")));
        return ticket && ticket.value() &&
               std::any_of(ticket.value()->lines.begin(), ticket.value()->lines.end(), [](const TicketLine &l) {
                   return l.sku == QStringLiteral("M-KIMCHI") && !l.modifiers.isEmpty();
               });
    };
    QTRY_VERIFY(stewOnTicket());
    QMetaObject::invokeMethod(item(QStringLiteral("tableSearch")), "clear");
    QTRY_VERIFY(item(QStringLiteral("menuGrid"))->property("count").toInt() > 1);
    STEP(click(QStringLiteral("menuCategory_음료")));
    STEP(click(QStringLiteral("menuItem_콜라 355ml")));
    QTRY_COMPARE(store.tables().ticketOn(tableId(store, QStringLiteral("1"))).value()->lines.size(), 3);
    STEP(shoot(QStringLiteral("06-ticket-new")));
    STEP(click(QStringLiteral("sendToKitchen")));
    QTRY_VERIFY(!store.tables().kitchenSentOn(tableId(store, QStringLiteral("1"))).value().isEmpty());
    STEP(shoot(QStringLiteral("07-ticket-sent")));
    STEP(click(QStringLiteral("kitchenLogButton")));
    STEP(shoot(QStringLiteral("08-kitchen-log")));
    // The slips name the built-in stations in the shop's language: 주방 and 바 in Korean, never "kitchen".
    QObject *kitchenLog = openPopup(QStringLiteral("kitchenLogDialog"));
    QVERIFY(kitchenLog != nullptr);
    const QString slips = kitchenLog->property("slips").toStringList().join(QLatin1Char('\n'));
    if (lang == QStringLiteral("ko")) {
        QVERIFY2(slips.contains(QStringLiteral("주방 · 코스 2")) && slips.contains(QStringLiteral("바 · 코스 1")),
                 qPrintable(slips));
        QVERIFY2(!slips.contains(QStringLiteral("kitchen")) && !slips.contains(QStringLiteral("bar ")),
                 qPrintable(slips));
    } else {
        QVERIFY2(slips.contains(QStringLiteral("Kitchen · course 2")) &&
                     slips.contains(QStringLiteral("Bar · course 1")),
                 qPrintable(slips));
    }
    QTest::keyClick(window(), Qt::Key_Escape);
    QTest::qWait(300);
    STEP(click(QStringLiteral("moveTable")));
    STEP(shoot(QStringLiteral("08b-move-merge")));
    QTest::keyClick(window(), Qt::Key_Escape);
    QTest::qWait(300);

    // One guest pays for a bulgogi and the cola; then the table pays the rest.
    STEP(click(QStringLiteral("splitBill")));
    STEP(click(QStringLiteral("pickMore_0")));
    STEP(click(QStringLiteral("pickMore_2")));
    STEP(shoot(QStringLiteral("09-split")));
    STEP(click(QStringLiteral("splitPay")));
    // The picked items are paid in the one payment dialog, as at the counter: exact cash, then the change.
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) != nullptr);
    QTRY_VERIFY(item(QStringLiteral("quickCashExact")) != nullptr);
    STEP(shoot(QStringLiteral("10-pay")));
    STEP(click(QStringLiteral("quickCashExact")));
    QTRY_VERIFY(item(QStringLiteral("saleChange")) != nullptr);
    STEP(shoot(QStringLiteral("11-paid")));
    // A part paid leaves the worker on the table, with what remains.
    STEP(click(QStringLiteral("paymentFinish")));
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) == nullptr);
    QVERIFY(item(QStringLiteral("tableTitle")) != nullptr);
    QTRY_COMPARE(store.tables().ticketOn(tableId(store, QStringLiteral("1"))).value()->lines.size(), 2);
    STEP(click(QStringLiteral("splitBill")));
    STEP(click(QStringLiteral("splitEvenly")));
    STEP(shoot(QStringLiteral("12-split-evenly")));
    STEP(click(QStringLiteral("splitPay")));
    QTRY_VERIFY(item(QStringLiteral("paymentShare_0")) != nullptr);
    // The first guest's share in cash, exactly; the second pays the rest with a note, and gets change.
    STEP(click(QStringLiteral("paymentShare_0")));
    STEP(click(QStringLiteral("paymentConfirm")));
    QTRY_VERIFY(item(QStringLiteral("removeTender_0")) != nullptr);
    QVERIFY(item(QStringLiteral("saleChange")) == nullptr);
    STEP(shoot(QStringLiteral("12b-pay-shares")));
    QTRY_VERIFY(item(QStringLiteral("quickCashExact")) != nullptr);
    STEP(click(QStringLiteral("quickCashExact")));
    QTRY_VERIFY(item(QStringLiteral("saleChange")) != nullptr);
    STEP(shoot(QStringLiteral("12c-table-paid")));
    // The whole bill is paid and the table free: the worker goes back to the floor plan.
    STEP(click(QStringLiteral("paymentFinish")));
    QTRY_VERIFY(item(QStringLiteral("floorSummary")) != nullptr);
    QVERIFY(item(QStringLiteral("tableTitle")) == nullptr);
    QVERIFY(!store.tables().ticketOn(tableId(store, QStringLiteral("1"))).value().has_value());
    QCOMPARE(madang::test::queryInt(store.database().connection(),
                                    QStringLiteral("SELECT count(*) FROM payments WHERE method = 'cash'")),
             3);

    // Takeaway: the counter checkout, for a sale that belongs to no table, and back to the floor.
    const auto orderCount = [&store] {
        return madang::test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM orders"));
    };
    const qint64 ordersBefore = orderCount();
    STEP(click(QStringLiteral("takeaway")));
    QTRY_VERIFY(item(QStringLiteral("checkoutBack")) != nullptr);
    STEP(typeInto(QStringLiteral("checkoutSearch"), QStringLiteral("콜라")));
    STEP(click(QStringLiteral("tile_D-COLA")));
    QTRY_COMPARE(item(QStringLiteral("ticketLines"))->property("count").toInt(), 1);
    STEP(shoot(QStringLiteral("12b-takeaway")));
    STEP(click(QStringLiteral("payButton")));
    QTRY_VERIFY(openPopup(QStringLiteral("paymentDialog")) != nullptr); // the same dialog as the table's
    STEP(click(QStringLiteral("quickCashExact")));                      // pays at once
    QTRY_VERIFY(item(QStringLiteral("saleChange")) != nullptr);
    STEP(click(QStringLiteral("paymentFinish")));
    QTRY_COMPARE(orderCount(), ordersBefore + 1);
    STEP(click(QStringLiteral("checkoutBack")));
    QTRY_VERIFY(item(QStringLiteral("floorSummary")) != nullptr);

    // The floor plan editor.
    STEP(click(QStringLiteral("editFloor")));
    STEP(click(QStringLiteral("editTable_2")));
    // The selected table's corner handle resizes it; the plan stores the new size.
    const auto tableTwo = [&] {
        const QList<TableState> floor = store.tables().floor().value();
        for (const TableState &s : floor) {
            if (s.table.name == QStringLiteral("2")) {
                return s.table;
            }
        }
        return DiningTable{};
    };
    const DiningTable before = tableTwo();
    STEP(dragBy(QStringLiteral("resizeHandle_2"), 40, 30));
    QTRY_VERIFY(tableTwo().width > before.width);
    QVERIFY(tableTwo().height > before.height);
    QCOMPARE(tableTwo().width % 10, 0); // snapped to the plan's 10-unit steps
    QCOMPARE(tableTwo().x, before.x);   // resizing does not move it

    // Table 2 (창가, second in the demo) moves to the group 단체석, where reservations may push it together
    // with its neighbours. A name that is too long is refused and changes nothing.
    const auto groupOfTwo = [&] {
        return test::queryString(store.database().connection(),
                                 QStringLiteral("SELECT combine_group || '/' || combine_position FROM dining_tables "
                                                "WHERE name = '2'"));
    };
    const QString demoGroup = groupOfTwo();
    QCOMPARE(item(QStringLiteral("editTableGroup"))->property("text").toString() + QStringLiteral("/2"), demoGroup);
    item(QStringLiteral("editTableGroup"))->setProperty("text", QString());
    STEP(typeInto(QStringLiteral("editTableGroup"), QString(50, QLatin1Char('x'))));
    QTest::keyClick(window(), Qt::Key_Return);
    QTRY_VERIFY(!item(QStringLiteral("editorError"))->property("text").toString().isEmpty());
    QCOMPARE(groupOfTwo(), demoGroup);
    STEP(shoot(QStringLiteral("13a-editor-refused-group")));
    item(QStringLiteral("editTableGroup"))->setProperty("text", QString());
    STEP(typeInto(QStringLiteral("editTableGroup"), QStringLiteral("단체석")));
    QTest::keyClick(window(), Qt::Key_Return);
    QTRY_COMPARE(groupOfTwo(), QStringLiteral("단체석/2"));
    QVERIFY(QMetaObject::invokeMethod(item(QStringLiteral("groupPlaceStepper")), "more"));
    QTRY_COMPARE(groupOfTwo(), QStringLiteral("단체석/3"));
    QVERIFY(item(QStringLiteral("editorError")) == nullptr); // shown only with a message
    STEP(shoot(QStringLiteral("13-editor")));
    STEP(click(QStringLiteral("editorDone")));

    // The owner closes the day: X-report, count, Z-report.
    STEP(click(QStringLiteral("nav4")));
    QTRY_VERIFY(item(QStringLiteral("shiftReport")) != nullptr);
    STEP(shoot(QStringLiteral("14-x-report")));
    STEP(click(QStringLiteral("noSale")));
    STEP(typeInto(QStringLiteral("cashReason"), lang == QStringLiteral("ko")
                                                    ? QStringLiteral("잔돈 교환")
                                                    : QStringLiteral("Change for a customer")));
    STEP(shoot(QStringLiteral("14b-no-sale")));
    STEP(click(QStringLiteral("amountConfirm")));
    QTRY_VERIFY(item(QStringLiteral("approverPicker")) != nullptr);
    STEP(shoot(QStringLiteral("14c-no-sale-approval")));
    QTest::keyClick(window(), Qt::Key_Escape);
    QTest::qWait(300);
    // Taking out more than the drawer holds asks for a manager too; nothing is taken until one approves.
    STEP(click(QStringLiteral("cashOut")));
    STEP(typeAmount(QStringLiteral("5000")));
    STEP(click(QStringLiteral("moneyKey_000")));
    STEP(typeInto(QStringLiteral("cashReason"),
                  lang == QStringLiteral("ko") ? QStringLiteral("은행 입금") : QStringLiteral("Bank deposit")));
    STEP(click(QStringLiteral("amountConfirm")));
    QTRY_VERIFY(item(QStringLiteral("approverPicker")) != nullptr);
    STEP(shoot(QStringLiteral("14d-cash-out-approval")));
    QTest::keyClick(window(), Qt::Key_Escape);
    QTest::qWait(300);
    QCOMPARE(test::queryInt(store.database().connection(),
                            QStringLiteral("SELECT count(*) FROM cash_movements WHERE kind = 'out'")),
             0);
    STEP(click(QStringLiteral("closeDay")));
    STEP(typeAmount(QStringLiteral("1")));
    STEP(click(QStringLiteral("moneyKey_000")));
    STEP(click(QStringLiteral("moneyKey_00")));
    STEP(click(QStringLiteral("amountConfirm")));
    QTRY_VERIFY(!store.shifts().current(signer.terminalId()).value().has_value());
    STEP(shoot(QStringLiteral("15-z-report")));
    QVERIFY(item(QStringLiteral("reportDifference")) != nullptr);
}

QTEST_MAIN(tst_FloorScreens)
#include "tst_floorscreens.moc"
