#include "platformserver.h"

#include "base/clock.h"
#include "platformstore.h"
#include "protocol/messages.h"
#include "protocol/requestsigning.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

namespace madang::platform {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse refuse(Status status, const QString &error, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}},
                               status);
}

/// The status an Error of the store or the protocol is answered with.
QHttpServerResponse refuse(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return refuse(Status::BadRequest, QStringLiteral("bad_request"), error.message);
    case ErrorCode::NotFound:
        return refuse(Status::NotFound, QStringLiteral("not_found"), error.message);
    case ErrorCode::Conflict:
        return refuse(Status::Conflict, QStringLiteral("conflict"), error.message);
    case ErrorCode::Expired:
        return refuse(Status::Gone, QStringLiteral("expired"), error.message);
    default:
        return refuse(Status::InternalServerError, QStringLiteral("server_error"), error.message);
    }
}

/// A POST body the platform will read: JSON, not too big; otherwise the refusal.
std::optional<QHttpServerResponse> unreadableBody(const QHttpServerRequest &request)
{
    if (request.body().size() > sync::kMaxBodyBytes) {
        return refuse(Status::PayloadTooLarge, QStringLiteral("too_large"),
                      QStringLiteral("the body has %1 bytes; at most %2 are read")
                          .arg(request.body().size())
                          .arg(sync::kMaxBodyBytes));
    }
    const QByteArray type = request.value("Content-Type").split(';').value(0).trimmed().toLower();
    if (type != "application/json") {
        return refuse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                      QStringLiteral("the body must be application/json, not \"%1\"").arg(QString::fromUtf8(type)));
    }
    return std::nullopt;
}

QByteArray methodName(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
}

} // namespace

PlatformServer::PlatformServer(PlatformStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_http.route(QStringLiteral("/v1/pair"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return pair(r); });
    m_http.route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return push(r); });
    m_http.route(QStringLiteral("/v1/pull"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return pull(r); });
    m_http.route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("epoch"), m_store.epoch()}});
    });
}

Result<quint16> PlatformServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 got = m_http.listen(address, port);
    if (got == 0) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                             .arg(address.toString())
                             .arg(port));
    }
    return got;
}

QHttpServerResponse PlatformServer::pair(const QHttpServerRequest &request)
{
    if (auto refusal = unreadableBody(request)) {
        return std::move(*refusal);
    }
    auto body = sync::parseObject(request.body());
    auto parsed = body ? sync::PairRequest::fromJson(body.value()) : Result<sync::PairRequest>(body.error());
    if (!parsed) {
        return refuse(parsed.error());
    }
    auto paired = m_store.pair(parsed.value());
    if (!paired) {
        return refuse(paired.error());
    }
    return QHttpServerResponse(paired->toJson(), Status::Created);
}

std::variant<Terminal, QHttpServerResponse> PlatformServer::authenticate(const QHttpServerRequest &request)
{
    const auto unauthorized = [](const QString &message) {
        return refuse(Status::Unauthorized, QStringLiteral("unauthorized"), message);
    };
    auto signature = sync::RequestSignature::fromHeaders([&](const char *name) { return request.value(name); });
    if (!signature) {
        return unauthorized(signature.error().message);
    }
    auto terminal = m_store.terminal(signature->deviceId);
    if (!terminal) {
        return terminal.error().code == ErrorCode::NotFound ? unauthorized(terminal.error().message)
                                                            : refuse(terminal.error());
    }
    const qint64 now = m_clock.nowMs() / 1000;
    if (auto good = sync::verifyRequest(terminal->publicKeyPem.toLatin1(), signature.value(), methodName(request),
                                        sync::signedTarget(request.url()), request.body(), now);
        !good) {
        return unauthorized(good.error().message);
    }
    if (auto fresh = m_store.useNonce(signature->deviceId, signature->nonce, now); !fresh) {
        return fresh.error().code == ErrorCode::Conflict ? unauthorized(fresh.error().message) : refuse(fresh.error());
    }
    return std::move(terminal).value();
}

QHttpServerResponse PlatformServer::push(const QHttpServerRequest &request)
{
    if (auto refusal = unreadableBody(request)) {
        return std::move(*refusal);
    }
    auto who = authenticate(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&who)) {
        return std::move(*refusal);
    }
    auto body = sync::parseObject(request.body());
    auto ops = body ? sync::pushRequestFromJson(body.value()) : Result<QList<OutboxOp>>(body.error());
    if (!ops) {
        return refuse(ops.error());
    }
    auto results = m_store.push(std::get<Terminal>(who), ops.value());
    if (!results) {
        return refuse(results.error());
    }
    return QHttpServerResponse(sync::pushResponseToJson(results.value()));
}

QHttpServerResponse PlatformServer::pull(const QHttpServerRequest &request)
{
    auto who = authenticate(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&who)) {
        return std::move(*refusal);
    }
    const QUrlQuery query = request.query();
    bool afterOk = false;
    bool limitOk = false;
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk);
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : (limitOk = true, 1000);
    if (!afterOk || after < 0 || !limitOk || limit < 1 || limit > sync::kMaxPullPage) {
        return refuse(Status::BadRequest, QStringLiteral("bad_request"),
                      QStringLiteral("pull needs ?after=SEQ (0 or more) and an optional limit of 1 to %1")
                          .arg(sync::kMaxPullPage));
    }
    auto page = m_store.pull(std::get<Terminal>(who), after, limit);
    if (!page) {
        return refuse(page.error());
    }
    return QHttpServerResponse(page->toJson());
}

} // namespace madang::platform
