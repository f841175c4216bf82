#pragma once
// The reference platform's storage: merchants, one-time pairing codes, paired terminals, the nonces they have
// used, and each merchant's op log. Portable SQL through Qt SQL (SQLite by default) behind this one class, so
// that another database can stand behind it without touching the server.
#include "base/error.h"
#include "protocol/messages.h"
#include "workflows/ledgersummary.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace madang {
class Clock;
}

namespace madang::platform {

struct PairingCode
{
    QString code;
    QString merchantId;
    QString merchantName;
    qint64 expiresAt = 0; ///< seconds since the epoch
};

/// A merchant and what its op log adds up to.
struct MerchantSummary
{
    QString merchantId;
    QString name;
    LedgerSummary summary;
};

struct Terminal
{
    QString deviceId;
    QString merchantId;
    QString terminalId;
    QString publicKeyPem;
};

class PlatformStore
{
public:
    /// How long a pairing code can be used.
    static constexpr qint64 kPairingCodeSeconds = 600;

    /// Opens (creating and migrating) the platform database at path.
    static Result<std::unique_ptr<PlatformStore>> open(const QString &path, const Clock &clock);
    ~PlatformStore();
    PlatformStore(const PlatformStore &) = delete;
    PlatformStore &operator=(const PlatformStore &) = delete;

    /// This database's epoch: made once, when it is created. A platform restored from an older copy keeps
    /// the copy's epoch but lower sequence numbers, which terminals detect by their cursor.
    [[nodiscard]] QString epoch() const { return m_epoch; }

    /// A new one-time code for the merchant called name, which is created (with that vertical) when no merchant
    /// has the name. The code is 8 characters from an alphabet without look-alikes.
    Result<PairingCode> issuePairingCode(const QString &merchantName, const QString &vertical);
    /// Uses a code: a terminal that holds business data pairs only with a merchant that has none yet (it becomes
    /// the first terminal and keeps its id); a terminal without data joins any merchant as the next free Tn.
    /// An unknown, used or expired code, or the rule above, is refused (NotFound, Conflict, Expired) unchanged.
    Result<sync::PairResponse> pair(const sync::PairRequest &request);
    Result<Terminal> terminal(const QString &deviceId) const;
    /// Records a nonce of a device; Conflict if that device used it before. Forgets nonces older than twice the
    /// clock skew allowed, which could not pass the time check any more.
    Status useNonce(const QString &deviceId, const QString &nonce, qint64 now);

    /// Takes a terminal's ops in one transaction, each once: the same op id again is a duplicate when its op,
    /// version, entity and payload are the same and rejected otherwise; an op the platform does not know (name
    /// and version) is rejected.
    Result<QList<sync::PushResult>> push(const Terminal &from, const QList<OutboxOp> &ops);
    /// The merchant's changes after afterSeq, at most limit, without the ones `reader` pushed itself (its
    /// cursor still moves past them).
    Result<sync::PullPage> pull(const Terminal &reader, qint64 afterSeq, int limit) const;
    /// Payload bytes in one pull page at most: a page ends early (with `more`) once its changes reach this, so
    /// that a catalog import's large ops do not make pages of many megabytes. At least one change per page.
    static constexpr qint64 kPullPageBytes = 4 * 1024 * 1024;
    /// How many ops the merchant's log holds.
    Result<qint64> opCount(const QString &merchantId) const;
    /// Every merchant by name (or only the one called merchantName: NotFound if there is none) with what its
    /// op log adds up to (LedgerFold), in the shape of a terminal's `madangctl summary`.
    Result<QList<MerchantSummary>> summaries(const QString &merchantName = {}) const;

private:
    PlatformStore(QSqlDatabase db, const Clock &clock, QString epoch);
    Result<QString> merchantName(const QString &merchantId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_epoch;
};

} // namespace madang::platform
