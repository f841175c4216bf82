// The Orders screen in the real window, in Korean and in English: sales made in code show in the list
// (one before the window opens, one after, through AppStore::ordersChanged), the detail shows lines,
// VAT and payments, a reprint is journaled as a DUPLICATE, and a refund goes through the refund dialog
// and a manager's PIN. Each screen is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "appstore.h"
#include "catalogrepository.h"
#include "fakesigner.h"
#include "merchantrepository.h"
#include "pinhasher.h"
#include "saleservice.h"
#include "session.h"
#include "settingsmodel.h"
#include "testsupport.h"
#include "translator.h"

#include <QDir>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace madang;

class tst_OrdersWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void refundAtTheCounter_data();
    void refundAtTheCounter();

private:
    QQuickItem *item(const QString &objectName) const;
    void click(const QString &objectName);
    void typeInto(const QString &objectName, const QString &text);
    void shoot(const QString &name);

    QQuickWindow *m_window = nullptr;
    QString m_lang;
};

namespace {
/// Depth-first search of the visible tree (popups live in the overlay, beside the content item).
QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root->isVisible()) {
        return nullptr;
    }
    if (root->objectName() == name) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name)) {
            return found;
        }
    }
    return nullptr;
}

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

QQuickItem *tst_OrdersWindow::item(const QString &objectName) const
{
    QQuickItem *root =
        m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem();
    return findVisible(root, objectName);
}

void tst_OrdersWindow::click(const QString &objectName)
{
    QQuickItem *target = nullptr;
    QTRY_VERIFY2((target = item(objectName)) != nullptr, qPrintable(objectName));
    QVERIFY2(target->isEnabled(), qPrintable(objectName));
    // A thumb needs room: every control the test presses must be at least 48 px high and wide.
    QVERIFY2(target->height() >= 48 && target->width() >= 48, qPrintable(objectName));
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre);
    QTest::qWait(50);
}

void tst_OrdersWindow::typeInto(const QString &objectName, const QString &text)
{
    QQuickItem *field = nullptr;
    QTRY_VERIFY2((field = item(objectName)) != nullptr, qPrintable(objectName));
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    QMetaObject::invokeMethod(field, "selectAll");
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &commit);
}

void tst_OrdersWindow::shoot(const QString &name)
{
    QTest::qWait(400); // let list updates and popup animations settle
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    const QString dir = qEnvironmentVariable("MADANG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang))));
    }
}

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
    m_lang = lang;
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const test::FakeSigner signer;
    auto owner = store.setUp(test::sampleProfile(Vertical::Restaurant), ownerName, true,
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
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("store"), QVariant::fromValue(&appStore)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    STEP(click(QStringLiteral("nav3")));
    QTRY_COMPARE(item(QStringLiteral("orderList"))->property("count").toInt(), 2);
    // A sale made elsewhere (Checkout) reaches the open list through ordersChanged.
    clock.advanceSecs(10 * 60);
    MADANG_VERIFY_OK(sell(store, signer, owner.value(), {{QStringLiteral("M-BIBIM"), 3}}, QStringLiteral("B1")));
    appStore.notifyOrdersChanged();
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
    for (const QChar digit : QStringLiteral("2580")) {
        STEP(click(QStringLiteral("pinKey_") + digit));
    }
    STEP(click(QStringLiteral("pinKey_OK")));
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

    m_window = nullptr;
}

QTEST_MAIN(tst_OrdersWindow)
#include "tst_orderswindow.moc"
