// Nothing overlaps or is cut off: every page of the shell, for each kind of business, in Korean and English, at a
// 1366×768 counter screen and a 1024×768 one, walked by layoutProblems() (text cut short, spilling out of its box,
// the window or a clipping parent, or drawn over other text). With MADANG_SCREENSHOT_DIR set the pages are kept.
#include "demo/demodata.h"
#include "fakesigner.h"
#include "layoutcheck.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "printing/printservice.h"
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
#include <QQuickWindow>
#include <QTest>
#include <tuple>

using namespace madang;

class tst_Layout : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    tst_Layout()
        : WindowDriver({.waitUntilEnabled = true, .clickSettleMs = 400, .shotPrefix = QStringLiteral("layout-")})
    {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void pages_data();
    void pages();
};

void tst_Layout::pages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("vertical");
    QTest::addColumn<QSize>("size");
    for (const char *lang : {"ko", "en"}) {
        for (const char *vertical : {"salon", "restaurant", "cleaning"}) {
            // ctest runs each kind of business on its own (MADANG_LAYOUT_VERTICAL); by hand, all three.
            const QByteArray only = qgetenv("MADANG_LAYOUT_VERTICAL");
            if (!only.isEmpty() && only != vertical) {
                continue;
            }
            for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
                QTest::addRow("%s-%s-%dx%d", vertical, lang, size.width(), size.height())
                    << QString::fromLatin1(lang) << QString::fromLatin1(vertical) << size;
            }
        }
    }
}

void tst_Layout::pages()
{
    QFETCH(QString, lang);
    QFETCH(QString, vertical);
    QFETCH(QSize, size);
    setLanguage(lang);
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    const Vertical v = verticalFromString(vertical).value();
    Translator::apply(lang); // before the demo is set up, as the app does: the shop is named in this language
    auto owner = DemoData::setUpTerminal(store, DemoData::defaultProfile(v), DemoData::defaultOwnerName(), true,
                                         hasher.hash(QStringLiteral("1234")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    const test::FakeSigner signer;
    PrintService printing(store); // never started: nothing prints, and the printer screens work
    AppStore appStore(store, hasher, signer);
    appStore.setPrintService(&printing);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("1234")));

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));
    window()->resize(size);
    QTest::qWait(300);
    QStringList problems;
    // Looks at what is on screen now (`what` names it in a problem), and keeps a picture of it as `shot`.
    const auto look = [&](const QString &what, const QString &shot) {
        for (const QString &problem : layoutProblems(window())) {
            problems << QStringLiteral("%1: %2").arg(what, problem);
        }
        shoot(QStringLiteral("%1-%2-%3").arg(vertical).arg(size.width()).arg(shot));
    };
    for (int page = 0; page < 6; ++page) {
        const QString nav = QStringLiteral("nav%1").arg(page);
        STEP(click(nav));
        QTest::qWait(300);
        STEP(look(item(nav)->property("text").toString(), QString::number(page)));
    }
    if (v != Vertical::Restaurant) {
        // The booking week: seven days side by side, each day's bookings in a narrow column.
        STEP(click("nav2"));
        STEP(click("weekButton"));
        QTest::qWait(300);
        STEP(look(QStringLiteral("week"), QStringLiteral("week")));
        STEP(click("dayButton"));
    }
    // Dialogs: at the counter a customer and a tip (salons and cleaning; a restaurant's checkout is its tables),
    // a restaurant's new reservation, the item, staff and printer editors, and a cleaning crew's editor.
    QList<std::tuple<const char *, const char *, const char *>> dialogs;
    if (v != Vertical::Restaurant) {
        dialogs << std::tuple{"nav1", "ticketCustomer", "customerSearch"} << std::tuple{"", "tipCustom", "tipAmount"};
        if (v == Vertical::Salon) { // a line on the ticket (a blow-dry has no options), its editor and the payment
            dialogs << std::tuple{"", "tile_STY-BLOW", ""} << std::tuple{"", "lineDetails_0", "lineNote"}
                    << std::tuple{"", "payButton", "paymentConfirm"};
        }
    } else {
        dialogs << std::tuple{"nav2", "newReservationButton", "guestField"};
    }
    dialogs << std::tuple{"nav5", "catalogTab", ""} << std::tuple{"", "addItemButton", "itemName"}
            << std::tuple{"", "staffTab", ""} << std::tuple{"", "addStaffButton", "staffName"};
    if (PrintService::available()) { // a build without printing has no printer editor
        dialogs << std::tuple{"", "printersTab", ""} << std::tuple{"", "addPrinterButton", "printerName"};
    }
    if (v == Vertical::Cleaning) {
        dialogs << std::tuple{"", "crewsTab", ""} << std::tuple{"", "addCrewButton", "crewName"};
    }
    for (const auto &[nav, opener, field] : std::as_const(dialogs)) {
        if (QLatin1String(nav).size() > 0) {
            STEP(click(nav));
        }
        STEP(click(opener));
        QTest::qWait(400);
        if (QLatin1String(field).isEmpty()) {
            continue;
        }
        QTRY_VERIFY(item(QLatin1String(field)) != nullptr);
        STEP(look(QLatin1String(opener), QLatin1String(opener)));
        if (QLatin1String(field) == QLatin1String("paymentConfirm")) {
            STEP(click("paymentCancel")); // the payment closes by its button only, never by a stray key
        } else {
            QTest::keyClick(window(), Qt::Key_Escape);
        }
        QTRY_VERIFY(item(QLatin1String(field)) == nullptr);
    }
    if (v == Vertical::Restaurant) {
        // A table: how many guests, a dish on its ticket, and its payment.
        STEP(click("nav1"));
        STEP(click("table_1"));
        QTRY_VERIFY(item("guests_2") != nullptr);
        QTest::qWait(400);
        STEP(look(QStringLiteral("table-guests"), QStringLiteral("table-guests")));
        STEP(click("guests_2"));
        QTest::qWait(400);
        STEP(look(QStringLiteral("table-ticket"), QStringLiteral("table-menu")));
        STEP(click(QStringLiteral("menuCategory_식사")));
        STEP(click(QStringLiteral("menuItem_불고기 정식")));
        STEP(look(QStringLiteral("table-ticket"), QStringLiteral("table-ticket")));
        STEP(click("payTable"));
        QTRY_VERIFY(item("paymentConfirm") != nullptr);
        QTest::qWait(400);
        STEP(look(QStringLiteral("table-payment"), QStringLiteral("table-payment")));
        STEP(click("paymentCancel"));
        QTRY_VERIFY(item("paymentConfirm") == nullptr);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
