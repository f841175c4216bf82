#include "engine/networktransport.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace madang::sync {

Result<HttpReply> NetworkTransport::send(const HttpCall &call)
{
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_timeoutMs);
    if (call.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &[name, value] : call.headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = call.method == "POST" ? m_network.post(request, call.body) : m_network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        return makeError(ErrorCode::Io, QStringLiteral("the platform at %1 could not be reached: %2")
                                            .arg(call.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(),
                                                 reply->errorString()));
    }
    return HttpReply{status.toInt(), reply->readAll()};
}

} // namespace madang::sync
