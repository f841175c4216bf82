#pragma once

// Writes that a manager approves at the counter: a cash out above the limit, opening the drawer without a sale,
// a refund and a void. The approval is used up only if the write is recorded, and the other way round.

#include "base/error.h"

#include <QList>
#include <QString>
#include <functional>

namespace madang {

class Signer;
class Store;
struct FinalizedSale;
struct RefundLine;
struct SaleContext;

/// Uses up one manager's approval for the write about to be made and returns the approver's staff id.
/// Approvals are signed and checked above core (security/StaffAuth::consumeApproval, bound to the action and
/// the record), so the caller hands the check in; the flow runs it inside its own transaction.
using ConsumeApproval = std::function<Result<QString>()>;

/// Constructed on a Store it does not own. Each method opens one transaction: the approval is consumed, then
/// the write is made with `who.approverId` set to the approver; if either is refused, neither stays.
class ApprovedWrites
{
public:
    explicit ApprovedWrites(Store &store) : m_store(store) {}

    /// ShiftService::moveCash ("out" above the limit, "no_sale").
    Status moveCash(const QString &kind, qint64 amountMinor, SaleContext who, const ConsumeApproval &approve,
                    const Signer &signer);
    /// SaleService::refund (lines empty: everything not refunded yet).
    Result<FinalizedSale> refund(const QString &saleId, const QList<RefundLine> &lines, SaleContext who,
                                 const ConsumeApproval &approve, const Signer &signer);
    /// SaleService::voidSale.
    Result<FinalizedSale> voidSale(const QString &saleId, SaleContext who, const ConsumeApproval &approve,
                                   const Signer &signer);

private:
    /// In one transaction: approve(), then write(who with the approver).
    template <typename Write>
    auto approved(SaleContext &who, const ConsumeApproval &approve, Write &&write) -> decltype(write());

    Store &m_store;
};

} // namespace madang
