#include "platformfixture.h"

#include "testsupport.h"

namespace madang::test {

Result<sync::HttpReply> FaultTransport::send(const sync::HttpCall &call)
{
    if (partitioned) {
        ++faults[QStringLiteral("partitioned")];
        return makeError(ErrorCode::Io, QStringLiteral("the platform cannot be reached (partition)"));
    }
    if (chaos != nullptr) {
        switch (chaos->bounded(10)) {
        case 0:
            ++faults[QStringLiteral("dropped")];
            return makeError(ErrorCode::Io, QStringLiteral("the request was dropped"));
        case 1: {
            ++faults[QStringLiteral("response lost")];
            auto lost = m_network.send(call);
            Q_UNUSED(lost)
            return makeError(ErrorCode::Io, QStringLiteral("the response was lost"));
        }
        case 2: {
            ++faults[QStringLiteral("sent twice")];
            auto first = m_network.send(call);
            Q_UNUSED(first)
            return m_network.send(call);
        }
        case 3:
            ++faults[QStringLiteral("503")];
            return sync::HttpReply{503, QByteArrayLiteral("{\"message\":\"injected: busy\"}")};
        default:
            break;
        }
    }
    if (fault == Fault::DropRequest) {
        return makeError(ErrorCode::Io, QStringLiteral("the request was dropped"));
    }
    auto reply = m_network.send(call);
    if (fault == Fault::DropResponse && reply.ok()) {
        return makeError(ErrorCode::Io, QStringLiteral("the response was lost"));
    }
    return reply;
}

bool PlatformFixture::startPlatform()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto platform = platform::PlatformStore::open(m_dir->filePath(QStringLiteral("platform.db")), m_clock);
    if (!platform) {
        qWarning("the platform does not open: %s", describe(platform).constData());
        return false;
    }
    m_platform = std::move(platform).value();
    m_server = std::make_unique<platform::PlatformServer>(*m_platform, m_clock);
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value()));
    return true;
}

void PlatformFixture::stopPlatform()
{
    m_terminals.clear();
    m_extraDirs.clear();
    m_server.reset();
    m_platform.reset();
    m_dir.reset();
}

QString PlatformFixture::code(const QString &merchant)
{
    auto c = m_platform->issuePairingCode(merchant, QStringLiteral("restaurant"));
    return c.ok() ? c->code : QString();
}

QString PlatformFixture::deviceId(TerminalUnderTest &t)
{
    return queryString(t.store->database().connection(), QStringLiteral("SELECT device_id FROM platform_link"));
}

TerminalUnderTest &PlatformFixture::terminal(const QString &name, bool setUp, const Clock &clock)
{
    auto t = std::make_unique<TerminalUnderTest>();
    // openSetUpStore always names its file madang.db: each set-up terminal gets its own folder.
    m_extraDirs.push_back(std::make_unique<QTemporaryDir>());
    auto store = setUp ? openSetUpStore(*m_extraDirs.back(), clock)
                       : openStore(*m_extraDirs.back(), clock, name + QStringLiteral(".db"));
    if (!store) {
        qFatal("cannot open the terminal store: %s", qPrintable(store.error().message));
    }
    t->store = std::move(store).value();
    auto device =
        DeviceIdentity::ensure(t->store->database(), clock, m_dir->filePath(name + QStringLiteral("-secrets")));
    if (!device) {
        qFatal("cannot make the device identity: %s", qPrintable(device.error().message));
    }
    t->device = std::make_unique<DeviceIdentity>(std::move(device).value());
    t->engine = std::make_unique<sync::SyncEngine>(*t->store, *t->device, t->transport, clock);
    m_terminals.push_back(std::move(t));
    return *m_terminals.back();
}

} // namespace madang::test
