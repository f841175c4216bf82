// The sync indicator and its detail in the real window, in Korean and in English, against a real platform on
// loopback: in step after the first round; a change the platform refuses shows as needing attention, with the
// platform's reason in the detail; the platform gone, the rail says offline and what waits to upload. Each state
// is grabbed; with MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "catalog/catalogrepository.h"
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "engine/backgroundsync.h"
#include "engine/networktransport.h"
#include "engine/syncengine.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "platformserver.h"
#include "platformstore.h"
#include "settings/settingsmodel.h"
#include "shell/appstore.h"
#include "shell/session.h"
#include "shell/translator.h"
#include "testsupport.h"
#include "windowdriver.h"

#include <QColor>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QTest>

using namespace madang;

class tst_SyncWindow : public QObject, public WindowDriver
{
    Q_OBJECT

public:
    tst_SyncWindow() : WindowDriver({.minClickHeight = 48, .minClickWidth = 48}) {}

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void indicatorAndDetail_data();
    void indicatorAndDetail();
};

void tst_SyncWindow::indicatorAndDetail_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("ownerName");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("김민아");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Mina Kim");
}

void tst_SyncWindow::indicatorAndDetail()
{
    QFETCH(QString, lang);
    QFETCH(QString, ownerName);
    setLanguage(lang);
    QTemporaryDir dir;
    test::FakeClock clock{QDateTime::currentDateTime()};
    auto opened = test::openStore(dir, clock);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    const PinHasher hasher(QByteArray(32, 'p'), 1000);
    auto owner = DemoData::setUpTerminal(store, test::sampleProfile(Vertical::Salon), ownerName, true,
                                         hasher.hash(QStringLiteral("2580")).value());
    MADANG_VERIFY_OK(owner);
    MADANG_VERIFY_OK(store.merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    auto device = DeviceIdentity::ensure(store.database(), clock, dir.filePath(QStringLiteral("secrets")));
    MADANG_VERIFY_OK(device);

    // The platform, and this terminal paired with it.
    auto platformStore = platform::PlatformStore::open(dir.filePath(QStringLiteral("platform.db")), clock);
    MADANG_VERIFY_OK(platformStore);
    auto server = std::make_unique<platform::PlatformServer>(*platformStore.value(), clock);
    auto port = server->listen(QHostAddress::LocalHost, 0);
    MADANG_VERIFY_OK(port);
    auto code = platformStore.value()->issuePairingCode(QStringLiteral("마당 헤어"), QStringLiteral("salon"));
    MADANG_VERIFY_OK(code);
    {
        sync::NetworkTransport transport(5000);
        sync::SyncEngine engine(store, device.value(), transport, clock);
        MADANG_VERIFY_OK(engine.pair(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value())), code->code));
    }
    AppStore appStore(store, hasher, device.value());
    sync::BackgroundSync background(store, device.value(), clock, sync::RetryPolicy::Limits{300, 200, 1000, 0.0}, 2000);
    appStore.setBackgroundSync(&background);
    QVERIFY(appStore.session()->signIn(owner.value().id, QStringLiteral("2580")));
    background.start();

    QQmlApplicationEngine engine;
    STEP(openMainWindow(engine, appStore));
    QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("syncIndicator")) != nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(background.snapshot().online && background.snapshot().pending == 0, 10000);
    QTRY_VERIFY(item(QStringLiteral("syncHeadline"))->property("text").toString().contains(QLatin1Char(':')));
    STEP(shoot(QStringLiteral("sync-01-in-step")));

    // An op sent before comes back changed under the same id: the platform refuses it, and it waits for someone.
    MADANG_VERIFY_OK(Database::run(store.database().connection(),
                                   QStringLiteral("UPDATE outbox SET state = 'pending', payload = '{\"changed\":1}' "
                                                  "WHERE seq = (SELECT min(seq) FROM outbox)"),
                                   {}, QStringLiteral("test")));
    background.syncSoon();
    QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("syncAttention")) != nullptr, 10000);
    STEP(click(QStringLiteral("syncIndicator")));
    QTRY_VERIFY(item(QStringLiteral("syncAttentionList")) != nullptr);
    // Said in the screen's language: the kind of change and what happened, the platform's own words apart.
    const QVariantList attention = item(QStringLiteral("syncAttentionList"))->property("model").toList();
    QCOMPARE(attention.size(), 1);
    const QVariantMap refusal = attention.first().toMap();
    QCOMPARE(refusal.value(QStringLiteral("what")).toString(), lang == QLatin1String("ko")
                                                                   ? QStringLiteral("가게 정보나 직원")
                                                                   : QStringLiteral("The shop's details or staff"));
    QVERIFY(refusal.value(QStringLiteral("detail")).toString().contains(QLatin1String("already used")));
    QVERIFY(item(QStringLiteral("syncPlatform"))->property("text").toString().contains(QStringLiteral("T1")));
    QTest::qWait(400); // the dialog's opening animation
    STEP(shoot(QStringLiteral("sync-02-detail")));
    STEP(click(QStringLiteral("syncClose")));
    QTRY_VERIFY(item(QStringLiteral("syncAttentionList")) == nullptr);

    // The platform goes away; a change made now waits, and the rail says so.
    server.reset();
    MADANG_VERIFY_OK(store.catalog().save(test::makeItem(QStringLiteral("NEW"), QStringLiteral("두피 케어"), 30000)));
    background.syncSoon();
    QTRY_VERIFY_WITH_TIMEOUT(!background.snapshot().online && background.snapshot().pending == 1, 10000);
    QTRY_VERIFY(item(QStringLiteral("syncHeadline"))->property("text").toString().contains(QLatin1Char('1')));
    QCOMPARE(item(QStringLiteral("syncDot"))->property("color").value<QColor>(), QColor(QStringLiteral("#B3261E")));
    STEP(shoot(QStringLiteral("sync-03-offline")));
    STEP(click(QStringLiteral("syncIndicator")));
    QTRY_VERIFY(item(QStringLiteral("syncProblem")) != nullptr);
    QTest::qWait(400);
    STEP(shoot(QStringLiteral("sync-04-offline-detail")));
}

QTEST_MAIN(tst_SyncWindow)
#include "tst_syncwindow.moc"
