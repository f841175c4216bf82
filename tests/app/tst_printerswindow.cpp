// Settings → Printers in the real window, in Korean and in English: a bad address is refused inside the
// add dialog, a printer is added and test-printed, a printer that never answers fails a receipt three
// times (on the fake clock), and the failed job shows in the list, on the Settings badge and in the
// shell's banner until it is cancelled. With MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "merchant/merchantrepository.h"
#include "printingfixture.h"
#include "settings/settingsmodel.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"
#include "workflows/store.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

using namespace madang;

class tst_PrintersWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    // Every control pressed must be 48 px high and wide.
    tst_PrintersWindow() : WindowDriver({.minClickHeight = 48, .minClickWidth = 48}) {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void printersAndFailedJobs_data();
    void printersAndFailedJobs();
};

void tst_PrintersWindow::printersAndFailedJobs_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_PrintersWindow::printersAndFailedJobs()
{
    QFETCH(QString, lang);
    setLanguage(lang);
    PrintingFixture f(PrintingFixture::Printers::Fail);
    QVERIFY(f.ok());
    MADANG_VERIFY_OK(f.store().merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    f.addPrinter(QStringLiteral("kitchen"), QStringLiteral("tcp"), QStringLiteral("192.168.0.51:9100"), 80, false);

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, f.app()));

    STEP(click(QStringLiteral("nav5")));
    STEP(click(QStringLiteral("printersTab")));
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 1);

    // A port out of range is refused in the dialog, which stays open; then the right address is taken.
    STEP(click(QStringLiteral("addPrinterButton")));
    QTest::qWait(400);
    STEP(typeInto(QStringLiteral("printerName"), QStringLiteral("카운터")));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("host:99999")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerError")) != nullptr);
    QVERIFY(item(QStringLiteral("printerError"))->property("text").toString().contains(QStringLiteral("99999")));
    STEP(shoot(QStringLiteral("printers-01-add-refused")));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("127.0.0.1:9")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 2);
    STEP(shoot(QStringLiteral("printers-02-list")));

    // A sale's receipt for the printer that never answers: three attempts on the fake clock, then failed.
    f.sellAtCounter();
    for (int attempt = 1; attempt <= PrintQueue::kMaxAttempts; ++attempt) {
        f.printing().drainOnce();
        f.clock().advance(PrintQueue::backoffMs(attempt));
    }
    QTRY_VERIFY(item(QStringLiteral("failedJobList")) != nullptr);
    QCOMPARE(item(QStringLiteral("failedJobList"))->property("count").toInt(), 1);
    QVERIFY(item(QStringLiteral("failedPrintBanner")) != nullptr);
    QVERIFY(item(QStringLiteral("navBadge")) != nullptr);
    STEP(shoot(QStringLiteral("printers-03-failed-job")));

    // The badge and the banner show on other screens too.
    STEP(click(QStringLiteral("nav0")));
    QTRY_VERIFY(item(QStringLiteral("failedPrintBanner")) != nullptr);
    STEP(shoot(QStringLiteral("printers-04-shell-badge")));
    STEP(click(QStringLiteral("showFailedPrints")));
    QTRY_VERIFY(item(QStringLiteral("failedJobList")) != nullptr);
    STEP(click(QStringLiteral("cancelJob")));
    QTRY_VERIFY(item(QStringLiteral("failedPrintBanner")) == nullptr);
    QVERIFY(item(QStringLiteral("navBadge")) == nullptr);
    STEP(shoot(QStringLiteral("printers-05-cancelled")));

    // Edit: the kitchen printer moves to another address; then it is removed. The receipt printer is not.
    const auto printerNamed = [&f](const QString &name) {
        const QList<PrinterConfig> printers = f.queue().listPrinters().value();
        for (const PrinterConfig &p : printers) {
            if (p.name == name) {
                return p;
            }
        }
        return PrinterConfig{};
    };
    STEP(click(QStringLiteral("nav5")));
    STEP(click(QStringLiteral("printersTab")));
    STEP(click(QStringLiteral("editPrinter_kitchen")));
    QTest::qWait(400);
    QCOMPARE(item(QStringLiteral("printerAddress"))->property("text").toString(), QStringLiteral("192.168.0.51:9100"));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("192.168.0.52")));
    STEP(shoot(QStringLiteral("printers-06-edit")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(printerNamed(QStringLiteral("kitchen")).address, QStringLiteral("192.168.0.52"));
    STEP(click(QStringLiteral("editPrinter_kitchen")));
    QTest::qWait(400);
    STEP(click(QStringLiteral("printerRemove")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 1);
    STEP(click(QStringLiteral("editPrinter_카운터")));
    QTest::qWait(400);
    STEP(click(QStringLiteral("printerRemove")));
    QTRY_VERIFY(item(QStringLiteral("printerError")) != nullptr);
    QVERIFY(item(QStringLiteral("printerError"))->property("text").toString().contains(QStringLiteral("카운터")));
    STEP(shoot(QStringLiteral("printers-07-remove-refused")));
    QCOMPARE(f.queue().listPrinters()->size(), 1);
}

QTEST_MAIN(tst_PrintersWindow)
#include "tst_printerswindow.moc"
