#pragma once
// The JSON bodies of the sync protocol (docs/sync-protocol.md), read and written in one place for both sides.
// Every reader refuses what it cannot use with InvalidInput naming the field, so the platform answers 400 and the
// terminal shows the reason; nothing half-read is ever applied.
#include "base/error.h"
#include "replication/outbox.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace madang::sync {

/// The protocol version in every path (/v1/...).
inline constexpr char kApiPrefix[] = "/v1";
/// The largest request body the platform reads; bigger ones get 413.
inline constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
/// The most ops one push may carry, and the most changes one pull page holds.
inline constexpr int kMaxOpsPerPush = 2000;
inline constexpr int kMaxPullPage = 5000;

/// A body that must be one JSON object: what QJsonDocument said is wrong, and where, otherwise.
Result<QJsonObject> parseObject(const QByteArray &body);

struct PairRequest
{
    QString code;
    QString publicKeyPem;
    QString terminalId; ///< what the terminal calls itself now; kept when it is the merchant's first
    bool hasData = false;
    [[nodiscard]] QJsonObject toJson() const;
    static Result<PairRequest> fromJson(const QJsonObject &o);
};

struct PairResponse
{
    QString merchantId;
    QString merchantName;
    QString terminalId;
    QString deviceId;
    QString epoch;
    [[nodiscard]] QJsonObject toJson() const;
    static Result<PairResponse> fromJson(const QJsonObject &o);
};

/// One op on the wire: the outbox row without its local bookkeeping.
QJsonObject opToJson(const OutboxOp &op);
Result<OutboxOp> opFromJson(const QJsonValue &value);

enum class PushOutcome { Applied, Duplicate, Conflict, Rejected };
QString outcomeName(PushOutcome outcome);

struct PushResult
{
    QString opId;
    PushOutcome outcome = PushOutcome::Rejected;
    QString reason; ///< why it was rejected, or which op won a conflict
    [[nodiscard]] QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonValue &value);
};

/// {"ops": [...]}, at most kMaxOpsPerPush.
QJsonObject pushRequestToJson(const QList<OutboxOp> &ops);
Result<QList<OutboxOp>> pushRequestFromJson(const QJsonObject &o);
QJsonObject pushResponseToJson(const QList<PushResult> &results);
Result<QList<PushResult>> pushResponseFromJson(const QJsonObject &o);

/// One change of the platform's log: an op with where it sits (seq) and which terminal wrote it.
struct Change
{
    qint64 seq = 0;
    QString origin; ///< the terminal id that pushed it ("T1"), or "platform"
    OutboxOp op;
};

struct PullPage
{
    QString epoch;
    qint64 afterSeq = 0; ///< the cursor the page starts after
    qint64 lastSeq = 0;  ///< where the next page starts (after skipped own ops too)
    bool more = false;
    QList<Change> changes;
    [[nodiscard]] QJsonObject toJson() const;
    static Result<PullPage> fromJson(const QJsonObject &o);
};

} // namespace madang::sync
