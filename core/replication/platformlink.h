#pragma once
// The platform this terminal is paired with (table platform_link, migration 023) and the pulled changes it could
// not apply (sync_attention). Written by the sync engine; read by the status line and `madangctl sync status`.
#include "base/error.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace madang {

class Clock;

struct PlatformLinkRow
{
    QString url;
    QString merchantId;
    QString merchantName;
    QString deviceId;
    QString terminalId;
    QString pairedAt;
    QString lastSyncAt; ///< empty before the first completed round
};

/// A pulled change that was not applied, and why.
struct AttentionRow
{
    QString opId;
    QString op;
    QString origin;
    qint64 serverSeq = 0;
    QString reason;
};

class PlatformLink
{
public:
    explicit PlatformLink(const Clock &clock) : m_clock(clock) {}
    /// The link, or nothing before pairing.
    static Result<std::optional<PlatformLinkRow>> read(const QSqlDatabase &db);
    /// Records the pairing; Conflict if the terminal is already paired.
    Status save(QSqlDatabase &db, const PlatformLinkRow &row);
    /// A round ended now.
    Status markSynced(QSqlDatabase &db);
    /// Keeps a pulled change that could not be applied, in the caller's transaction (the same op twice keeps
    /// the latest reason).
    Status noteAttention(QSqlDatabase &db, const AttentionRow &row);
    static Result<QList<AttentionRow>> attention(const QSqlDatabase &db);

private:
    const Clock &m_clock;
};

} // namespace madang
