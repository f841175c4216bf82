#pragma once

#include "base/error.h"
#include "base/timetext.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madang {

class Clock;
class Database;

/// Action names shared by every writer of the audit trail (and the Audit screen's filter).
namespace audit {
inline constexpr QLatin1String SignIn{"staff.sign_in"};
inline constexpr QLatin1String SignInFailed{"staff.sign_in_failed"};
inline constexpr QLatin1String Lockout{"staff.lockout"};
inline constexpr QLatin1String Unlock{"staff.unlock"};
inline constexpr QLatin1String SignOut{"staff.sign_out"};
inline constexpr QLatin1String Approval{"manager.approval"};
inline constexpr QLatin1String ApprovalDenied{"manager.approval_denied"};
inline constexpr QLatin1String SettingChanged{"setting.changed"};
inline constexpr QLatin1String KioskExit{"kiosk.exit"};
inline constexpr QLatin1String PrivilegedAction{"privileged.action"};
inline constexpr QLatin1String TerminalSetUp{"terminal.set_up"};
/// A cancelled or missed reservation's deposit given back at the counter.
inline constexpr QLatin1String DepositRefunded{"deposit.refunded"};

/// The names above, in this order.
QStringList knownActions();
/// "0000…0000": the prev of entry 1.
QString genesisHash();
} // namespace audit

/// One audit record: who did what to which record, who approved it, why, and when.
/// Optional text fields left empty are stored as SQL NULL (JSON null in the canonical form).
struct AuditEntry
{
    qint64 seq = 0;     ///< 1, 2, 3, … without gaps; set by append
    QString at;         ///< ISO 8601 with offset and ms, from the injected clock; set by append
    QString actorId;    ///< staff id, or empty for the device itself / an unknown user
    QString actorName;  ///< as shown at the time (names change; the trail must not)
    QString action;     ///< one of audit::…, or another dotted name
    QString record;     ///< the record acted on, e.g. "setting:idle_timeout", an order id
    QString approverId; ///< the manager who approved, if any
    QString reason;
    QJsonObject detail; ///< extra facts; text, whole numbers, booleans, arrays and objects only
    QString prev;       ///< hash of the previous entry; set by append
    QString hash;       ///< set by append

    [[nodiscard]] QDateTime time() const { return timetext::fromWire(at); }
};

/// What the Audit screen filters by. Empty fields do not filter.
struct AuditFilter
{
    QStringList actions; ///< any of these
    QString actorId;
    QString record;
    QDateTime from;       ///< inclusive
    QDateTime to;         ///< exclusive
    qint64 beforeSeq = 0; ///< for paging: only entries older than this seq
    int limit = 200;
};

/// Outcome of checking the whole chain. A broken chain is a verdict, not an error: errors are for
/// a database that cannot be read at all.
struct AuditVerdict
{
    enum class Problem {
        None,
        Gap,         ///< a seq is missing or out of order (entry deleted)
        ChainBroken, ///< prev does not match the previous entry's hash (entry deleted, inserted or replaced)
        Altered,     ///< the stored hash does not match the entry's contents
        BadValue,    ///< a column holds a value that cannot be in a genuine entry (binary data)
    };

    bool ok = true;
    qint64 entries = 0;     ///< rows in the table
    qint64 firstBadSeq = 0; ///< 0 when ok
    Problem problem = Problem::None;
    QString reason;   ///< translated, names the entry; empty when ok
    QString lastHash; ///< head of the chain when ok (64 zeros for an empty trail): an anchor to keep elsewhere
};

/// The append-only, hash-chained audit trail (docs/audit.md).
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Stamps the draft with seq, time, prev and hash and stores it. Runs in its own transaction,
    /// or nests in the caller's (as a savepoint) so an action and its entry commit or roll back together.
    Result<AuditEntry> append(const AuditEntry &draft);

    /// Matching entries, newest first.
    [[nodiscard]] Result<QList<AuditEntry>> list(const AuditFilter &filter = {}) const;

    /// Recomputes every entry in seq order and reports the first bad one.
    static Result<AuditVerdict> verify(const QSqlDatabase &db);

    /// The canonical JSON of an entry (all fields but hash; keys sorted; no whitespace; UTF-8).
    static Result<QByteArray> canonicalJson(const AuditEntry &entry);
    /// Lowercase hex SHA-256 of ASCII prev followed by canonical.
    static QString chainHash(const QString &prev, const QByteArray &canonical);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace madang
