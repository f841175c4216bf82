#include "workflows/approvedwrites.h"

#include "sales/saleservice.h"
#include "shifts/shiftservice.h"
#include "storage/transaction.h"
#include "workflows/store.h"

namespace madang {

template <typename Write>
auto ApprovedWrites::approved(SaleContext &who, const ConsumeApproval &approve, Write &&write) -> decltype(write())
{
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto approver = approve();
    if (!approver) {
        return approver.error();
    }
    who.approverId = approver.value();
    auto done = write();
    if (!done) {
        return done.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return done;
}

Status ApprovedWrites::moveCash(const QString &kind, qint64 amountMinor, SaleContext who,
                                const ConsumeApproval &approve, const Signer &signer)
{
    return approved(who, approve, [&] { return m_store.shifts().moveCash(kind, amountMinor, who, signer); });
}

Result<FinalizedSale> ApprovedWrites::refund(const QString &saleId, const QList<RefundLine> &lines, SaleContext who,
                                             const ConsumeApproval &approve, const Signer &signer)
{
    return approved(who, approve, [&] { return m_store.sales().refund(saleId, lines, who, signer); });
}

Result<FinalizedSale> ApprovedWrites::voidSale(const QString &saleId, SaleContext who, const ConsumeApproval &approve,
                                               const Signer &signer)
{
    return approved(who, approve, [&] { return m_store.sales().voidSale(saleId, who, signer); });
}

} // namespace madang
