#pragma once
// The terminal's side of sync (docs/sync-protocol.md): pairing, then rounds that push the outbox in batches and
// pull the merchant's other changes page by page. Each pulled page is applied with its cursor in one transaction;
// a change that cannot be applied is kept in needs-attention and never stops the ones after it. A dropped
// connection or a 5xx leaves everything pending for the next round; an op the platform refuses leaves the queue
// for someone to look at and never blocks it.
#include "base/error.h"
#include "protocol/messages.h"

#include <QUrl>
#include <memory>

namespace madang {
class ApplierSet;
class Clock;
class DeviceIdentity;
class Store;
} // namespace madang

namespace madang::sync {

class Transport;

/// What one round did.
struct SyncRound
{
    int pushed = 0;     ///< ops the platform took (applied or conflict)
    int duplicates = 0; ///< ops it already had (a retry after a lost response)
    int conflicts = 0;
    int rejected = 0;   ///< ops it refused: now in needs-attention
    int pulled = 0;     ///< changes applied from other terminals and the platform
    int superseded = 0; ///< changes older than what this terminal holds (last writer wins): not applied
    int skipped = 0;    ///< changes of a kind this terminal does not apply (the other terminals' ledgers)
    int unapplied = 0;  ///< changes it refused: now in needs-attention
    qint64 pending = 0; ///< ops still waiting after the round
};

struct SyncStatus
{
    bool paired = false;
    QString url;
    QString merchantName;
    QString terminalId;
    qint64 pending = 0;
    qint64 needsAttention = 0; ///< ops refused by the platform plus pulled changes not applied
    QString lastSyncAt;
};

class SyncEngine
{
public:
    /// store, device, transport and clock must outlive the engine.
    SyncEngine(Store &store, DeviceIdentity &device, Transport &transport, const Clock &clock);
    ~SyncEngine();

    /// Pairs with the platform at url using a one-time code. The platform names the terminal (T1, T2...): a new
    /// name is given to the device (audited). Already paired, or refused by the platform: an error, nothing
    /// changed.
    Result<PairResponse> pair(const QUrl &url, const QString &code);
    /// One round: push everything pending, then pull everything new. Io when the platform could not be reached
    /// (what was done before stays done).
    Result<SyncRound> syncOnce();
    Result<SyncStatus> status() const;

    /// Ops per push request and changes per pull page.
    static constexpr int kPushBatch = kMaxOpsPerPush;
    /// Bytes of a push request at most: half what the platform takes (kMaxBodyBytes), so that a batch of large
    /// ops (a catalog import's) goes up in several requests instead of being refused whole.
    static constexpr qint64 kPushBodyBudget = 4 * 1024 * 1024;
    /// Another budget (tests); at least one op goes in every request whatever it is.
    void setPushBodyBudget(qint64 bytes) { m_pushBodyBudget = bytes; }
    static constexpr int kPullPage = 1000;

private:
    Status push(SyncRound &round);
    Status pull(SyncRound &round);
    /// Signs and sends; the reply's JSON object for a 2xx, the platform's message for anything else.
    Result<QJsonObject> call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             int *httpStatus = nullptr);

    Store &m_store;
    DeviceIdentity &m_device;
    Transport &m_transport;
    const Clock &m_clock;
    std::unique_ptr<ApplierSet> m_appliers;
    qint64 m_pushBodyBudget = kPushBodyBudget;
    QUrl m_url;
    QString m_deviceId;
};

} // namespace madang::sync
