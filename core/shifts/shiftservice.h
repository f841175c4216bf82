#pragma once

#include "base/error.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace madang {

class Clock;
class Database;
class Journal;
class Outbox;
class SqliteStatement;
class Uuid7Generator;

/// An open shift on a terminal.
struct Shift
{
    QString id;
    QString terminal;
    QString openedAt;
    QString openedByName;
    qint64 floatMinor = 0;
    QString currency;
    qint64 openedAfterSeq = 0;
    bool automatic = false; ///< opened by a sale taken while no shift was open, with no float counted
};

/// The figures of a shift: an X-report while it is open, the Z-report when it closes.
struct ShiftReport
{
    struct MethodTotal
    {
        QString method;
        qint64 count = 0;
        qint64 amountMinor = 0; ///< net of refunds
    };
    struct StaffTotal
    {
        QString staff;
        qint64 orders = 0;
        qint64 totalMinor = 0;
    };

    QString shiftId;
    QString terminal;
    QString currency;
    qint64 zNumber = 0; ///< 0 for an X-report
    QString openedAt;
    QString closedAt;
    bool openedAutomatically = false; ///< see Shift::automatic
    qint64 salesCount = 0;
    qint64 salesMinor = 0;
    qint64 refundsCount = 0;
    qint64 refundsMinor = 0; ///< negative
    qint64 voidsCount = 0;
    qint64 voidsMinor = 0; ///< negative
    qint64 tipsMinor = 0;
    qint64 discountsMinor = 0;
    qint64 netMinor = 0; ///< sales + refunds + voids
    QList<MethodTotal> byMethod;
    QList<VatBucket> byVat;
    QList<StaffTotal> byStaff;
    qint64 floatMinor = 0;
    qint64 cashInMinor = 0;
    qint64 cashOutMinor = 0;
    qint64 noSaleCount = 0;
    qint64 expectedCashMinor = 0; ///< float + net cash payments + in − out
    qint64 countedCashMinor = 0;
    qint64 differenceMinor = 0; ///< counted − expected
    /// Stored figures beyond the limits (Money::kMaxTotalMinor for orders, lines and payments,
    /// Money::kMaxAmountMinor for the float and cash movements), which only an older version could write:
    /// they are left out of every total above, and counted here, so that the report never wraps or fails.
    qint64 outOfRangeCount = 0;

    /// Whole numbers only: this is the closure's journal body.
    [[nodiscard]] QJsonObject toJson() const;
};

/// Opening, cash movements and closing of shifts. A closure is journaled as a `closure` entry in the
/// same transaction as its row, like a sale.
class ShiftService
{
public:
    ShiftService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, Journal &journal);
    ~ShiftService();
    ShiftService(const ShiftService &) = delete;
    ShiftService &operator=(const ShiftService &) = delete;

    /// The shift open on terminal, if any.
    [[nodiscard]] Result<std::optional<Shift>> current(const QString &terminal) const;
    /// Opens a shift with a cash float; refused while one is open on the terminal.
    Result<Shift> open(qint64 floatMinor, const QString &currency, const SaleContext &who, const Signer &signer);
    /// What SaleService runs first in every sale's, refund's and void's transaction (SaleService::ShiftGuard):
    /// nothing while a shift is open on the signer's terminal; otherwise it opens one for who, marked
    /// automatic, with no float, so that the sale is counted by the next X- and Z-report. True if it opened one.
    Result<bool> ensureOpen(const QString &currency, const SaleContext &who, const Signer &signer);
    /// Cash in or out with a reason, or a no-sale drawer open (which needs who.approverId).
    Status moveCash(const QString &kind, qint64 amountMinor, const SaleContext &who, const Signer &signer);
    /// The open shift's figures so far (an X-report); nothing is written.
    [[nodiscard]] Result<ShiftReport> report(const QString &terminal) const;
    /// Closes the open shift with the counted cash: the Z-report, journaled and signed.
    Result<ShiftReport> close(qint64 countedCashMinor, const SaleContext &who, const Signer &signer);

private:
    Result<Shift> open(qint64 floatMinor, const QString &currency, const SaleContext &who, const Signer &signer,
                       bool automatic);
    Result<ShiftReport> figures(const Shift &shift) const;
    /// The figures added up plainly, or split into high and low bits (when a plain sum overflowed).
    Result<ShiftReport> figures(const Shift &shift, bool split) const;

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    Journal &m_journal;
    /// ensureOpen's check, run in every sale: prepared once per connection (like the sale's own statements),
    /// so the service must be destroyed before the Database.
    std::unique_ptr<SqliteStatement> m_openCheck;
    QString m_openCheckConnection;
};

} // namespace madang
