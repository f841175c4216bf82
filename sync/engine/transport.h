#pragma once
// The seam between the sync engine and the network: one HTTP exchange. NetworkTransport does it with
// QNetworkAccessManager; tests put a fault-injecting one in between (dropped requests, lost responses, 5xx).
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace madang::sync {

struct HttpCall
{
    QByteArray method; ///< "GET" | "POST"
    QUrl url;
    QByteArray body;                              ///< JSON for POST
    QList<QPair<QByteArray, QByteArray>> headers; ///< the signature's
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

class Transport
{
public:
    virtual ~Transport() = default;
    /// The platform's answer (any status), or Io when no answer came (refused, timed out, dropped).
    virtual Result<HttpReply> send(const HttpCall &call) = 0;
};

} // namespace madang::sync
