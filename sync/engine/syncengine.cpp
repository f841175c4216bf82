#include "engine/syncengine.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "deviceidentity.h"
#include "engine/transport.h"
#include "protocol/requestsigning.h"
#include "replication/applier.h"
#include "replication/outbox.h"
#include "replication/platformlink.h"
#include "replication/pullcursor.h"
#include "storage/transaction.h"
#include "workflows/appliers.h"
#include "workflows/store.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace madang::sync {

namespace {

/// The platform's own words for a refusal ({"message"}), or the status and the start of the body.
QString refusalText(const HttpReply &reply)
{
    const QString message = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("message")).toString();
    return QStringLiteral("the platform answered %1: %2")
        .arg(reply.status)
        .arg(message.isEmpty() ? QString::fromUtf8(reply.body.left(200)) : message);
}

} // namespace

SyncEngine::SyncEngine(Store &store, DeviceIdentity &device, Transport &transport, const Clock &clock)
    : m_store(store), m_device(device), m_transport(transport), m_clock(clock), m_appliers(makeAppliers(store))
{}

SyncEngine::~SyncEngine() = default;

Result<PairResponse> SyncEngine::pair(const QUrl &url, const QString &code)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a platform address (http://HOST:PORT)").arg(url.toString()));
    }
    QSqlDatabase db = m_store.database().connection();
    auto existing = PlatformLink::read(db);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return makeError(ErrorCode::Conflict, QStringLiteral("this terminal is already paired with %1 as %2")
                                                  .arg(existing->value().url, existing->value().terminalId));
    }
    const PairRequest request{code.trimmed(), m_device.publicKeyPem(), m_device.terminalId(), m_store.isSetUp()};
    QUrl target = url.adjusted(QUrl::StripTrailingSlash);
    target.setPath(target.path() + QStringLiteral("/v1/pair"));
    auto reply = m_transport.send({"POST", target, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), {}});
    if (!reply) {
        return reply.error();
    }
    if (reply->status != 201) {
        return makeError(reply->status >= 500 ? ErrorCode::Io : ErrorCode::InvalidInput, refusalText(reply.value()));
    }
    auto body = parseObject(reply->body);
    auto paired = body ? PairResponse::fromJson(body.value()) : Result<PairResponse>(body.error());
    if (!paired) {
        return paired.error();
    }
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (paired->terminalId != m_device.terminalId()) {
        if (auto renamed = m_device.setTerminalId(paired->terminalId, m_store.audit(),
                                                  QStringLiteral("paired with the platform at %1").arg(url.toString()));
            !renamed) {
            return renamed.error();
        }
    }
    const PlatformLinkRow row{url.adjusted(QUrl::StripTrailingSlash).toString(),
                              paired->merchantId,
                              paired->merchantName,
                              paired->deviceId,
                              paired->terminalId,
                              {},
                              {}};
    if (auto saved = PlatformLink(m_clock).save(db, row); !saved) {
        return saved.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return paired;
}

Result<QJsonObject> SyncEngine::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                     int *httpStatus)
{
    QUrl url = m_url;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(m_url.path() + pathAndQuery.left(question));
    if (question >= 0) {
        url.setQuery(pathAndQuery.mid(question + 1));
    }
    auto signature = signRequest(m_device, m_deviceId, method, signedTarget(url), body, m_clock.nowMs() / 1000);
    if (!signature) {
        return signature.error();
    }
    auto reply = m_transport.send({method, url, body, signature->headers()});
    if (!reply) {
        return reply.error();
    }
    if (httpStatus != nullptr) {
        *httpStatus = reply->status;
    }
    if (reply->status < 200 || reply->status > 299) {
        return makeError(reply->status >= 500 ? ErrorCode::Io : ErrorCode::InvalidInput, refusalText(reply.value()));
    }
    return parseObject(reply->body);
}

Result<SyncRound> SyncEngine::syncOnce()
{
    auto link = PlatformLink::read(m_store.database().connection());
    if (!link) {
        return link.error();
    }
    if (!link->has_value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("this terminal is not paired with a platform (madangctl pair)"));
    }
    m_url = QUrl(link->value().url);
    m_deviceId = link->value().deviceId;
    SyncRound round;
    if (auto pushed = push(round); !pushed) {
        return pushed.error();
    }
    if (auto pulled = pull(round); !pulled) {
        return pulled.error();
    }
    QSqlDatabase db = m_store.database().connection();
    auto pending = Outbox::pendingCount(db);
    if (!pending) {
        return pending.error();
    }
    round.pending = pending.value();
    if (auto synced = PlatformLink(m_clock).markSynced(db); !synced) {
        return synced.error();
    }
    return round;
}

Status SyncEngine::push(SyncRound &round)
{
    QSqlDatabase db = m_store.database().connection();
    qint64 budget = m_pushBodyBudget; // halves for the rest of the round if the platform says a request is too large
    while (true) {
        auto fetched = Outbox::pending(db, kPushBatch);
        if (!fetched) {
            return fetched.error();
        }
        if (fetched->isEmpty()) {
            return Done{};
        }
        // As many ops as fit the budget, in their order; always at least one. One op that no request can carry
        // leaves the queue for someone to look at, so that it never holds back the ops behind it.
        QList<OutboxOp> batch;
        QByteArray body = "{\"ops\":[";
        for (const OutboxOp &op : fetched.value()) {
            const QByteArray json = QJsonDocument(opToJson(op)).toJson(QJsonDocument::Compact);
            if (!batch.isEmpty() && body.size() + json.size() + 3 > budget) {
                break;
            }
            if (batch.isEmpty() && json.size() + 16 > kMaxBodyBytes) {
                break;
            }
            body += (batch.isEmpty() ? QByteArray() : QByteArrayLiteral(",")) + json;
            batch << op;
        }
        if (batch.isEmpty()) {
            const OutboxOp &huge = fetched->constFirst();
            ++round.rejected;
            if (auto noted = Outbox::markFailed(db, huge,
                                                QStringLiteral("op %1 is larger than the platform takes in one "
                                                               "request (%2 bytes); it was not sent")
                                                    .arg(huge.opId)
                                                    .arg(kMaxBodyBytes),
                                                Outbox::Failure::Refused);
                !noted) {
                return noted.error();
            }
            continue;
        }
        body += "]}";
        int status = 0;
        auto reply = call("POST", QStringLiteral("/v1/push"), body, &status);
        if (!reply && status == 413 && batch.size() > 1) {
            budget = std::max<qint64>(budget / 2, 1); // a platform with a smaller limit: smaller requests
            continue;
        }
        if (!reply) {
            // No answer or a 5xx: every op stays pending; a 4xx of the whole request (its signature, its form)
            // is not the ops' fault either, so they stay too and the round reports why. One op alone that is
            // too large for this platform leaves the queue instead.
            const bool tooLarge = status == 413;
            Transaction tx(db);
            if (!tx.active()) {
                return tx.beginError();
            }
            for (const OutboxOp &op : batch) {
                if (auto noted = Outbox::markFailed(db, op, reply.error().message,
                                                    tooLarge ? Outbox::Failure::Refused : Outbox::Failure::Retry);
                    !noted) {
                    return noted.error();
                }
            }
            if (auto committed = tx.commit(); !committed) {
                return committed.error();
            }
            if (tooLarge) {
                ++round.rejected;
                continue;
            }
            return reply.error();
        }
        auto results = pushResponseFromJson(reply.value());
        if (!results) {
            return results.error();
        }
        QHash<QString, PushResult> byId;
        for (const PushResult &r : results.value()) {
            byId.insert(r.opId, r);
        }
        // What the platform said about each op, recorded in one transaction.
        Transaction outcomes(db);
        if (!outcomes.active()) {
            return outcomes.beginError();
        }
        QList<OutboxOp> sent;
        for (const OutboxOp &op : batch) {
            const auto found = byId.constFind(op.opId);
            if (found == byId.constEnd()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("the platform did not answer for op %1; it stays pending").arg(op.opId));
            }
            switch (found->outcome) {
            case PushOutcome::Applied:
                ++round.pushed;
                sent << op;
                break;
            case PushOutcome::Duplicate:
                ++round.duplicates;
                sent << op;
                break;
            case PushOutcome::Conflict:
                ++round.conflicts;
                sent << op;
                break;
            case PushOutcome::Rejected:
                ++round.rejected;
                if (auto noted = Outbox::markFailed(db, op, found->reason, Outbox::Failure::Refused); !noted) {
                    return noted.error();
                }
                break;
            }
        }
        if (auto marked = Outbox::markSent(db, sent); !marked) {
            return marked.error();
        }
        if (auto committed = outcomes.commit(); !committed) {
            return committed.error();
        }
    }
}

Status SyncEngine::pull(SyncRound &round)
{
    QSqlDatabase db = m_store.database().connection();
    PullCursor cursor(m_clock);
    PlatformLink link(m_clock);
    while (true) {
        auto position = PullCursor::read(db);
        if (!position) {
            return position.error();
        }
        auto reply =
            call("GET", QStringLiteral("/v1/pull?after=%1&limit=%2").arg(position->lastSeq).arg(kPullPage), {});
        auto page = reply ? PullPage::fromJson(reply.value()) : Result<PullPage>(reply.error());
        if (!page) {
            return page.error();
        }
        if (!position->epoch.isEmpty() && page->epoch != position->epoch) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the platform's history changed (epoch %1, this terminal followed %2): it "
                                            "may have been restored from a backup; nothing was pulled")
                                 .arg(page->epoch, position->epoch));
        }
        Transaction tx(db);
        if (!tx.active()) {
            return tx.beginError();
        }
        for (const Change &change : page->changes) {
            if (!m_appliers->has(change.op.op)) {
                ++round.skipped;
                continue;
            }
            auto applied = m_appliers->apply(change.op);
            if (!applied) {
                ++round.unapplied;
                if (auto noted = link.noteAttention(
                        db, {change.op.opId, change.op.op, change.origin, change.seq, applied.error().message});
                    !noted) {
                    return noted.error();
                }
                continue;
            }
            ++(applied.value() == ApplierSet::Outcome::Superseded ? round.superseded : round.pulled);
        }
        if (auto advanced = cursor.advance(db, page->epoch, page->afterSeq, page->lastSeq); !advanced) {
            return advanced.error();
        }
        if (auto committed = tx.commit(); !committed) {
            return committed.error();
        }
        if (!page->more) {
            return Done{};
        }
    }
}

Result<SyncStatus> SyncEngine::status() const
{
    QSqlDatabase db = m_store.database().connection();
    SyncStatus s;
    auto link = PlatformLink::read(db);
    auto pending = Outbox::pendingCount(db);
    auto attention = PlatformLink::attention(db);
    if (!link || !pending || !attention) {
        return !link ? link.error() : !pending ? pending.error() : attention.error();
    }
    if (link->has_value()) {
        s.paired = true;
        s.url = link->value().url;
        s.merchantName = link->value().merchantName;
        s.terminalId = link->value().terminalId;
        s.lastSyncAt = link->value().lastSyncAt;
    }
    s.pending = pending.value();
    auto refused = Outbox::refusedCount(db);
    if (!refused) {
        return refused.error();
    }
    s.needsAttention = refused.value() + attention->size();
    return s;
}

} // namespace madang::sync
