// Composition root: options, store, translation, QML engine. Nothing else lives here.
#include "base/clock.h"
#include "base/particles.h"
#include "catalog/catalogrepository.h"
#include "deviceidentity.h"
#include "engine/backgroundsync.h"
#include "merchant/merchantrepository.h"
#include "pinhasher.h"
#include "printing/printservice.h"
#include "replication/outbox.h"
#include "settings/settingsmodel.h"
#include "setup/demosetup.h"
#include "shell/appoptions.h"
#include "shell/appstore.h"
#include "shell/screenwarmup.h"
#include "shell/startupprobe.h"
#include "shell/translator.h"
#include "workflows/store.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // --version and --help must work without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("madang %s\n", MADANG_VERSION);
            return 0;
        }
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::printf("usage: madang [--db PATH] [--secrets DIR] [--demo [--vertical salon|restaurant|cleaning]] "
                        "[--lang ko|en] [--smoke] [--version]\n");
            return 0;
        }
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("madang"));
    QGuiApplication::setOrganizationName(QStringLiteral("Madang"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MADANG_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Madang"));

    const AppOptions options = AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "madang: %s\n", qPrintable(options.error));
        return 64;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    std::unique_ptr<AppStore> appStore; // declared before the engine so that QML goes first on exit
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(2); },
        Qt::QueuedConnection);
    // The engine's loader thread compiles the window and the sign-in page while this thread opens the database
    // and the window loads the GL driver; engine.load() below then finds them compiled (or waits for the rest).
    QQmlComponent mainWarmUp(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Main.qml")),
                             QQmlComponent::Asynchronous);
    QQmlComponent signInWarmUp(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/SignIn/SignInPage.qml")),
                               QQmlComponent::Asynchronous);

    // Someone at the counter sees a startup failure, not a terminal: say it on screen too, then exit 1.
    const auto fail = [&](const QString &error) {
        const QString message = madang::particles::resolve(error);
        std::fprintf(stderr, "madang: %s\n", qPrintable(message));
        if (options.smoke) {
            return 1;
        }
        engine.setInitialProperties({{QStringLiteral("message"), message}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/StartupError.qml")));
        return engine.rootObjects().isEmpty() ? 1 : (QGuiApplication::exec(), 1);
    };

    // Until the database says which language the shop chose, --lang or the system's: a database that cannot be
    // opened is explained in the same language as the window that says so.
    Translator::apply(options.language.isEmpty() ? QStringLiteral("system") : options.language);
    const madang::SystemClock clock;
    auto opened = madang::Store::open(options.databasePath, madang::Database::Mode::ReadWrite, clock);
    if (!opened) {
        return fail(opened.error().message);
    }
    madang::Store &store = *opened.value();
    // The device key and PIN pepper live outside the database; a lost folder stops the app with
    // instructions rather than silently making new ones.
    auto identity = madang::DeviceIdentity::ensure(store.database(), clock, options.secretsRoot);
    if (!identity) {
        return fail(identity.error().message);
    }
    const madang::PinHasher hasher(identity->pepper());
    if (options.demo && !store.isSetUp()) {
        const auto vertical = madang::verticalFromString(options.demoVertical).value_or(madang::Vertical::Salon);
        if (auto seeded = DemoSetup::run(store, hasher, vertical); !seeded) {
            return fail(seeded.error().message);
        }
    }
    if (!options.language.isEmpty()) {
        // --lang is remembered, like choosing the language in Settings.
        if (auto saved = store.merchant().setSetting(SettingsModel::kLanguageKey, options.language); !saved) {
            std::fprintf(stderr, "madang: %s\n", qPrintable(saved.error().message));
        }
    }
    Translator::apply(store.merchant().setting(SettingsModel::kLanguageKey, QStringLiteral("system")));

    // Receipts, bills and kitchen slips print from a spooler that lives as long as the app; it stops (and
    // waits for a printer that is mid-send) when the event loop ends, before the store closes.
    PrintService printing(store);
    printing.start();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &printing, &PrintService::stop);
    appStore = std::make_unique<AppStore>(store, hasher, identity.value());
    appStore->setPrintService(&printing);
    engine.setInitialProperties({{QStringLiteral("store"), QVariant::fromValue(appStore.get())}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window == nullptr) {
        std::fprintf(stderr, "madang: the user interface failed to load\n");
        return 2;
    }
    // Sync rounds with the platform run in the background once the first frame is up (an unpaired terminal
    // makes no call); a local write that adds to the upload queue goes up within a second.
    madang::sync::BackgroundSync sync(store, identity.value(), clock);
    appStore->setBackgroundSync(&sync);
    QObject::connect(window, &QQuickWindow::frameSwapped, &sync, &madang::sync::BackgroundSync::start,
                     static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    QObject::connect(&store.database().changes(), &madang::ChangeFeed::changed, &sync,
                     [&store, &sync](madang::ChangeFeed::Domains domains) {
                         if (!domains.testFlag(madang::ChangeFeed::Domain::Outbox)) {
                             return;
                         }
                         auto waiting = madang::Outbox::pendingCount(store.database().connection());
                         if (waiting && waiting.value() > sync.snapshot().pending) {
                             sync.syncSoon();
                         }
                     });
    // What the next tap shows, compiled while the first screen is looked at.
    new ScreenWarmUp(engine, window,
                     {QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/SignIn/SignInPanel.qml")),
                      QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Shell/Shell.qml"))},
                     &app);
    if (options.smoke) {
        new StartupProbe(
            window,
            [&store] {
                auto items = store.catalog().count();
                return items ? items.value() : 0;
            },
            &app);
    }
    return QGuiApplication::exec();
}
