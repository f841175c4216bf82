// The reference platform on loopback and the terminals that sync with it, for the sync tests: each terminal is
// a real database, device identity, transport (which can lose requests or responses) and sync engine.
#pragma once

#include "deviceidentity.h"
#include "engine/networktransport.h"
#include "engine/syncengine.h"
#include "fakeclock.h"
#include "platformserver.h"
#include "platformstore.h"
#include "workflows/store.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

namespace madang::test {

/// Passes calls to the network, or loses them the way a bad link does.
class FaultTransport final : public sync::Transport
{
public:
    enum class Fault { None, DropRequest, DropResponse };
    Fault fault = Fault::None;
    /// Cut off: every call fails as an unreachable platform does.
    bool partitioned = false;
    /// When set, each call draws its fate from it, one in ten each: the request is dropped, the response is
    /// lost after the platform answered, the request is sent twice (the second answer comes back), or a 503
    /// comes back without the platform seeing the request. What happened is counted in faults.
    QRandomGenerator *chaos = nullptr;
    QMap<QString, int> faults;

    Result<sync::HttpReply> send(const sync::HttpCall &call) override;

private:
    sync::NetworkTransport m_network{5000};
};

/// One terminal: its database, device identity, transport and engine.
struct TerminalUnderTest
{
    std::unique_ptr<Store> store;
    std::unique_ptr<DeviceIdentity> device;
    FaultTransport transport;
    std::unique_ptr<sync::SyncEngine> engine;
};

class PlatformFixture
{
protected:
    /// A new platform database, served on a free loopback port (m_url). False if it could not start.
    bool startPlatform();
    void stopPlatform();
    /// A one-time pairing code of the merchant (a restaurant, created if new).
    QString code(const QString &merchant = QStringLiteral("마당 식당"));
    QString deviceId(TerminalUnderTest &t);
    /// A terminal in a folder of its own, set up as a demo-less restaurant or fresh (to join a merchant).
    TerminalUnderTest &terminal(const QString &name, bool setUp) { return terminal(name, setUp, m_clock); }
    TerminalUnderTest &terminal(const QString &name, bool setUp, const Clock &clock);

    FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    FakeClock m_skewed; ///< a second terminal's clock, set apart from m_clock
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QTemporaryDir>> m_extraDirs;
    std::unique_ptr<platform::PlatformStore> m_platform;
    std::unique_ptr<platform::PlatformServer> m_server;
    QUrl m_url;
    std::vector<std::unique_ptr<TerminalUnderTest>> m_terminals;
};

} // namespace madang::test
