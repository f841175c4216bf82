// BackgroundSync: rounds run off the calling thread against a real platform on loopback; a local write goes up
// soon; when the platform goes away the snapshot says so and the rounds back off; an unpaired terminal makes no
// call and says it is not paired.
#include "catalog/catalogrepository.h"
#include "deviceidentity.h"
#include "engine/backgroundsync.h"
#include "engine/networktransport.h"
#include "engine/syncengine.h"
#include "fakeclock.h"
#include "platformserver.h"
#include "platformstore.h"
#include "replication/outbox.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace madang;

class tst_BackgroundSync : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_platform = std::move(platform::PlatformStore::open(m_dir->filePath(QStringLiteral("p.db")), m_clock)).value();
        startServer();
        auto store = test::openSetUpStore(*m_dir, m_clock);
        QVERIFY2(store.ok(), test::describe(store).constData());
        m_store = std::move(store).value();
        auto device = DeviceIdentity::ensure(m_store->database(), m_clock, m_dir->filePath(QStringLiteral("s")));
        QVERIFY(device.ok());
        m_device = std::make_unique<DeviceIdentity>(std::move(device).value());
    }
    void cleanup()
    {
        m_sync.reset();
        m_server.reset();
        m_device.reset();
        m_store.reset();
        m_platform.reset();
        m_dir.reset();
    }

    void unpairedMakesNoCall()
    {
        startSync();
        QTRY_VERIFY(!m_sync->snapshot().running && m_sync->snapshot().nextRoundInMs > 0);
        QVERIFY(!m_sync->snapshot().paired);
        QVERIFY(!m_sync->snapshot().online);
        QVERIFY(m_sync->snapshot().problem.isEmpty());
        QVERIFY(m_sync->snapshot().pending > 0); // the set-up waits for a platform
    }

    void roundsKeepTheQueueEmptyAndBackOffWithoutThePlatform()
    {
        pair();
        startSync();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->snapshot().online && m_sync->snapshot().pending == 0, 10000);
        QVERIFY(!m_sync->snapshot().lastSyncAt.isEmpty());
        const qint64 before = m_platform->opCount(m_merchantId).value();

        // A local write goes up within a round or two.
        QVERIFY(m_store->catalog().save(test::makeItem(QStringLiteral("NEW"), QStringLiteral("새 메뉴"), 9000)).ok());
        m_sync->syncSoon();
        QTRY_VERIFY_WITH_TIMEOUT(m_platform->opCount(m_merchantId).value() == before + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->snapshot().pending == 0 && !m_sync->snapshot().running, 10000);

        // The platform goes away: the rounds fail, say why, keep the write, and come less often.
        m_server.reset();
        QVERIFY(m_store->catalog().save(test::makeItem(QStringLiteral("OFF"), QStringLiteral("오프라인"), 1000)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->snapshot().online && !m_sync->snapshot().problem.isEmpty(), 10000);
        QCOMPARE(m_sync->snapshot().pending, 1);
        QList<int> delays;
        QSignalSpy rounds(m_sync.get(), &sync::BackgroundSync::changed);
        while (delays.size() < 3) {
            QVERIFY(rounds.wait(10000));
            if (!m_sync->snapshot().running) {
                delays << m_sync->snapshot().nextRoundInMs;
            }
        }
        QVERIFY2(delays.at(0) < delays.at(1) && delays.at(1) < delays.at(2),
                 qPrintable(QStringLiteral("%1 %2 %3").arg(delays.at(0)).arg(delays.at(1)).arg(delays.at(2))));

        // It comes back on its own, and the write goes up once.
        startServer();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->snapshot().online && m_sync->snapshot().pending == 0, 15000);
        QCOMPARE(m_platform->opCount(m_merchantId).value(), before + 2);
    }

private:
    void startServer()
    {
        m_server = std::make_unique<platform::PlatformServer>(*m_platform, m_clock);
        auto port = m_server->listen(QHostAddress::LocalHost, m_port);
        QVERIFY(port.ok());
        m_port = port.value();
    }
    void pair()
    {
        auto code = m_platform->issuePairingCode(QStringLiteral("마당 식당"), QStringLiteral("restaurant"));
        QVERIFY(code.ok());
        sync::NetworkTransport transport(5000);
        sync::SyncEngine engine(*m_store, *m_device, transport, m_clock);
        auto paired = engine.pair(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)), code->code);
        QVERIFY2(paired.ok(), test::describe(paired).constData());
        m_merchantId = paired->merchantId;
    }
    void startSync()
    {
        // Fast rounds and retries, so that the test sees several in a few seconds.
        m_sync = std::make_unique<sync::BackgroundSync>(*m_store, *m_device, m_clock,
                                                        sync::RetryPolicy::Limits{300, 100, 2000, 0.0}, 2000);
        m_sync->start();
    }

    test::FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<platform::PlatformStore> m_platform;
    std::unique_ptr<platform::PlatformServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DeviceIdentity> m_device;
    std::unique_ptr<sync::BackgroundSync> m_sync;
    QString m_merchantId;
};

QTEST_GUILESS_MAIN(tst_BackgroundSync)
#include "tst_backgroundsync.moc"
