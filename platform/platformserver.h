#pragma once
// madang-platform's HTTP API (docs/sync-protocol.md) over Qt HttpServer: pairing, and signed push and pull for
// paired terminals. Every refusal is a JSON {"error", "message"} with a 4xx status and changes nothing.
#include "base/error.h"
#include "platformstore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <variant>

namespace madang {
class Clock;
}

namespace madang::platform {

class PlatformServer : public QObject
{
    Q_OBJECT
public:
    PlatformServer(PlatformStore &store, const Clock &clock, QObject *parent = nullptr);
    /// Listens on address:port (0: any free port); the port it got, or Io.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    QHttpServerResponse pair(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    /// The paired terminal that signed request, or the response that refuses it.
    std::variant<Terminal, QHttpServerResponse> authenticate(const QHttpServerRequest &request);

    PlatformStore &m_store;
    const Clock &m_clock;
    QHttpServer m_http;
};

} // namespace madang::platform
