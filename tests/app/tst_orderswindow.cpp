// The Orders screen in the real window, in Korean and in English: sales made in code show in the list
// (one before the window opens, one after, through AppStore::ordersChanged), the detail shows lines,
// VAT and payments, a reprint is journaled as a DUPLICATE, and a refund goes through the refund dialog
// and a manager's PIN. Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "fakesigner.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "sales/saleservice.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

using namespace madang;

class tst_OrdersWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    // Every control pressed must be 48 px high and wide.
    tst_OrdersWindow() : WindowDriver({.minClickHeight = 48, .minClickWidth = 48}) {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void refundAtTheCounter_data();
    void refundAtTheCounter();
};

namespace {
/// Sells lines of the demo menu in cash, as Checkout would, and returns the sale.
Result<FinalizedSale> sell(Store &store, const Signer &signer, const StaffMember &who,
                           const QList<std::pair<QString, qint64>> &skus, const QString &table = {},
                           const QList<ModifierChoice> &firstLineModifiers = {})
{
    Ticket ticket;
    ticket.tableName = table;
    for (const auto &[sku, qty] : skus) {
        auto item = store.catalog().findBySku(sku);
        if (!item || !item.value()) {
            return makeError(ErrorCode::NotFound, sku);
        }
        ticket.lines << TicketLine::fromItem(*item.value(), qty);
    }
    ticket.lines.first().modifiers = firstLineModifiers;
    return store.sales().finalize(ticket, {PaymentInput::cash(100000)}, {who.id, who.name, {}, {}}, signer);
}
} // namespace

void tst_OrdersWindow::refundAtTheCounter_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("ownerName");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("김민아");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Mina Kim");
}

void tst_OrdersWindow::refundAtTheCounter()
{
    QFETCH(QString, lang);
    QFETCH(QString, ownerName);
    setLanguage(lang);
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const test::FakeSigner signer;
    auto owner = DemoData::setUpTerminal(store, test::sampleProfile(Vertical::Restaurant), ownerName, true,
                                         hasher.hash(QStringLiteral("2580")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    AppStore appStore(store, hasher, signer);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("2580")));

    // Lunch at table A3, before the screen opens: two 김치찌개 (one large) and a 불고기 정식.
    const ModifierChoice large{QStringLiteral("g"), QStringLiteral("양"), QStringLiteral("o"), QStringLiteral("곱빼기"),
                               2000};
    auto lunch = sell(store, signer, owner.value(), {{QStringLiteral("M-KIMCHI"), 2}, {QStringLiteral("M-BULGOGI"), 1}},
                      QStringLiteral("A3"), {large});
    MADANG_VERIFY_OK(lunch);
    clock.advanceSecs(25 * 60);
    MADANG_VERIFY_OK(sell(store, signer, owner.value(), {{QStringLiteral("M-SAMGYE"), 1}}));

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));

    STEP(click(QStringLiteral("nav3")));
    QTRY_COMPARE(item(QStringLiteral("orderList"))->property("count").toInt(), 2);
    // A sale made elsewhere, straight through core, reaches the open list: the database reports it.
    clock.advanceSecs(10 * 60);
    MADANG_VERIFY_OK(sell(store, signer, owner.value(), {{QStringLiteral("M-BIBIM"), 3}}, QStringLiteral("B1")));
    QTRY_COMPARE(item(QStringLiteral("orderList"))->property("count").toInt(), 3);
    STEP(shoot(QStringLiteral("orders-01-list")));

    STEP(click(QStringLiteral("orderRow_2"))); // the oldest: lunch at A3
    QTRY_COMPARE(item(QStringLiteral("detailReceipt"))->property("text").toString(), lunch.value().receipt);
    STEP(shoot(QStringLiteral("orders-02-detail")));

    const qint64 journalBefore =
        test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM journal"));
    STEP(click(QStringLiteral("reprintButton")));
    QTRY_VERIFY(item(QStringLiteral("duplicateBadge")) != nullptr);
    QCOMPARE(test::queryInt(store.database().connection(), QStringLiteral("SELECT count(*) FROM journal")),
             journalBefore + 1);
    STEP(shoot(QStringLiteral("orders-03-reprinted")));

    // Refund one 김치찌개 because it was the wrong item, approved with the owner's PIN.
    STEP(click(QStringLiteral("refundButton")));
    QTest::qWait(400); // the dialog scales in: let it finish before aiming at its buttons
    STEP(click(QStringLiteral("refundPlus_1")));
    QCOMPARE(item(QStringLiteral("refundQty_1"))->property("text").toString(), QStringLiteral("1"));
    QTRY_COMPARE(item(QStringLiteral("refundPreview"))->property("text").toString(), QStringLiteral("-₩11,000"));
    STEP(click(QStringLiteral("reason_1")));
    STEP(shoot(QStringLiteral("orders-04-refund-dialog")));
    STEP(click(QStringLiteral("refundContinue")));
    QTRY_VERIFY(item(QStringLiteral("approverPicker")) != nullptr);
    QTest::qWait(400);
    STEP(shoot(QStringLiteral("orders-05-approval")));
    STEP(enterPin(QStringLiteral("2580"))); // pinKey_2, _5, _8, _0, then pinKey_OK
    QTRY_VERIFY(item(QStringLiteral("approverPicker")) == nullptr);
    QTRY_VERIFY(item(QStringLiteral("refundContinue")) == nullptr); // both dialogs closed
    QCOMPARE(test::queryInt(store.database().connection(),
                            QStringLiteral("SELECT count(*) FROM orders WHERE kind = 'refund'")),
             1);
    QTRY_COMPARE(item(QStringLiteral("orderList"))->property("count").toInt(), 4);
    STEP(shoot(QStringLiteral("orders-06-refunded")));

    // Search by amount: the refund of one large 김치찌개 (−₩11,000) answers to "11,000".
    STEP(typeInto(QStringLiteral("orderSearch"), QStringLiteral("11,000")));
    QTRY_COMPARE(item(QStringLiteral("orderList"))->property("count").toInt(), 1);
    STEP(click(QStringLiteral("dayChip_3")));
    STEP(click(QStringLiteral("orderRow_0")));
    QTRY_VERIFY(item(QStringLiteral("detailReceipt"))->property("text").toString() != lunch.value().receipt);
    STEP(shoot(QStringLiteral("orders-07-refund-detail")));
}

QTEST_MAIN(tst_OrdersWindow)
#include "tst_orderswindow.moc"
