#pragma once
#include "engine/transport.h"

#include <QNetworkAccessManager>

namespace madang::sync {

/// Transport over QNetworkAccessManager. send() waits (running a local event loop) up to the timeout, so it
/// suits madangctl and a sync thread; the app runs the engine off the GUI thread.
class NetworkTransport : public Transport
{
public:
    explicit NetworkTransport(int timeoutMs = 15000) : m_timeoutMs(timeoutMs) {}
    Result<HttpReply> send(const HttpCall &call) override;

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs;
};

} // namespace madang::sync
