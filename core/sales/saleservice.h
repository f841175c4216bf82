#pragma once

#include "base/error.h"
#include "sales/journal.h"
#include "sales/order.h"
#include "sales/orderrepository.h"
#include "sales/payment.h"
#include "sales/ticket.h"

#include <QString>
#include <functional>
#include <memory>

namespace madang {

class Clock;
class Database;
class Outbox;
class SaleStatements;
class Uuid7Generator;

/// Who rings the sale up (and, for corrections, who approved it and why).
struct SaleContext
{
    QString staffId;
    QString staffName;
    QString approverId; ///< the manager whose approval was consumed: a refund, a void, or a sale's discount
    QString reason;     ///< refunds and voids
};

/// A finalized sale, refund or void as committed.
struct FinalizedSale
{
    QString orderId;
    QString kind; ///< "sale", "refund" or "void"
    QString receipt;
    qint64 totalMinor = 0; ///< negative for refunds and voids
    qint64 changeMinor = 0;
    QList<AppliedPayment> payments;
    JournalEntry journal;
};

/// One line to refund: the line number in the sale and how many units.
struct RefundLine
{
    int lineNo = 0;
    qint64 qty = 0;
};

/// Finalizes sales and corrections. Each call is one transaction holding the order, its lines and
/// payments, the next receipt number, the signed journal entry and the outbox op: all of it, or
/// none of it (a refused or failed sale leaves no trace and uses no receipt number). The statements of a sale
/// are prepared once per connection and kept, so the service must be destroyed before the Database; like the
/// id generator it shares, it is for one thread at a time.
class SaleService
{
public:
    /// The tender kinds come from tenders (kept by reference: it must outlive the service).
    SaleService(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox, Journal &journal,
                const TenderRegistry &tenders = TenderRegistry::builtin());
    ~SaleService();
    SaleService(const SaleService &) = delete;
    SaleService &operator=(const SaleService &) = delete;

    /// Prices the ticket, applies the tenders and commits the sale. Inside the sale's transaction, before anything
    /// is written, each tender whose kind has a verification is checked with it; a refusal refuses the sale.
    Result<FinalizedSale> finalize(const Ticket &ticket, const QList<PaymentInput> &tenders, const SaleContext &who,
                                   const Signer &signer);

    /// Refunds lines of a sale (lines empty: everything not yet refunded, tip included). Money goes back in
    /// proportion to what each tender paid, the way its kind's RefundRoute says (built in: the same method and
    /// reference). Refunding more than was sold, or a tender that is not refunded at the counter, is refused.
    Result<FinalizedSale> refund(const QString &saleId, const QList<RefundLine> &lines, const SaleContext &who,
                                 const Signer &signer);
    /// Voids a whole sale that has no refunds or void yet.
    Result<FinalizedSale> voidSale(const QString &saleId, const SaleContext &who, const Signer &signer);

    /// An order that another terminal of the merchant finalized, pulled from the platform, written in the
    /// caller's transaction beside this terminal's own: read-only like them, with no entry in this journal
    /// (order.sourceSeq and sourceHash name its entry in its own terminal's). It can be found, reprinted and
    /// refunded here; a refund is this terminal's own sale transaction.
    Status recordPulled(const QSqlDatabase &db, const Order &order);

    /// Journals a reprint of the order's receipt (printed DUPLICATE) and returns the entry.
    Result<JournalEntry> reprint(const QString &orderId, const SaleContext &who, const Signer &signer);

    /// "T1-000042".
    static QString formatReceipt(const QString &terminal, qint64 number);

    /// Runs first in every sale's, refund's and void's transaction, before a receipt number is taken; an error
    /// refuses the sale with nothing written. The Store sets ShiftService::ensureOpen here, so that a sale taken
    /// while no shift is open opens one and is counted by the X- and Z-reports (sales/ cannot see shifts/).
    using ShiftGuard = std::function<Status(const QString &currency, const SaleContext &who, const Signer &signer)>;
    void setShiftGuard(ShiftGuard guard) { m_shiftGuard = std::move(guard); }

private:
    /// Runs first thing in the transaction; an error rolls back with nothing written.
    using BeforeWrite = std::function<Status(QSqlDatabase &db)>;

    Result<FinalizedSale> commit(Order order, const QString &correctsReceipt, const SaleContext &who,
                                 const Signer &signer, const BeforeWrite &beforeWrite = {});
    Result<FinalizedSale> correct(const QString &saleId, const QString &kind, const QList<RefundLine> &lines,
                                  const SaleContext &who, const Signer &signer);
    /// The statements prepared on db: the kept ones, or new ones if db is another connection.
    Result<SaleStatements *> statementsFor(const QSqlDatabase &db);

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
    Journal &m_journal;
    const TenderRegistry &m_tenders;
    OrderRepository m_orders;
    std::unique_ptr<SaleStatements> m_statements;
    ShiftGuard m_shiftGuard;
};

} // namespace madang
