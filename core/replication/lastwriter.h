#pragma once

// Last writer wins between terminals (docs/sync-protocol.md, "Convergence"). Every op that sets a piece of state
// carries a hybrid logical clock reading (HybridClock); a terminal applies a pulled op only if it is later than the
// write that holds that piece of state (LwwRegisters), whether that write was pulled or made here. So every
// terminal ends with the same, latest write, and a change made here and not yet sent is never overwritten by an
// older one from elsewhere.

#include "base/error.h"
#include "replication/opregistry.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace madang {

class Clock;

/// A hybrid logical clock (wall milliseconds and a counter for writes within one millisecond), kept in the
/// database so that it never goes back, not even when the machine's clock does. Its text is
/// "MMMMMMMMMMMMMMM-CCCCC" (15 digits of milliseconds since the epoch, 5 of counter): texts compare as readings do.
class HybridClock
{
public:
    /// The reading for a write made now, later than every reading issued or observed before. Inside the
    /// write's transaction.
    static Result<QString> tick(const QSqlDatabase &db, const Clock &clock);
    /// A reading seen in a pulled op: the next tick() is later than it. InvalidInput for a text that is not
    /// a reading.
    static Status observe(const QSqlDatabase &db, const QString &reading);

    static bool isValid(QStringView text);
    static QString format(qint64 wallMs, int counter);
    static constexpr int kMaxCounter = 99999;
};

/// The version of each piece of state: which write holds it.
class LwwRegisters
{
public:
    /// The register an op writes ("item/ID", "staff_day_off/ID/2026-12-07"), or an empty string for an op that is
    /// not last-writer-wins (a ledger entry, or a record that is only ever created once).
    static QString registerOf(const OpSpec &spec, const QString &entityId, const QJsonObject &payload);
    /// What is compared: the reading, then the op id for two writes in the same reading. A missing reading
    /// ("" from a terminal that sent none) is older than any.
    static QString version(const QString &hlc, const QString &opId);

    /// True if version is later than the one the register holds (or it holds none).
    static Result<bool> isNewer(const QSqlDatabase &db, const QString &reg, const QString &version);
    /// The register now holds version, if it is later than what it held. Inside the write's transaction.
    static Status record(const QSqlDatabase &db, const QString &reg, const QString &version);
};

} // namespace madang
