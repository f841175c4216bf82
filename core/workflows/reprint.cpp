#include "workflows/reprint.h"

#include "printqueue/printqueue.h"
#include "sales/saleservice.h"
#include "storage/transaction.h"
#include "workflows/store.h"

namespace madang {

Result<QueuedReprint> Reprint::queueDuplicate(const QString &orderId, const SaleContext &who, const Signer &signer,
                                              const QString &printerId, const QString &kind, const QString &reference,
                                              const QByteArray &bytes)
{
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto entry = m_store.sales().reprint(orderId, who, signer);
    if (!entry) {
        return entry.error();
    }
    auto job = m_queue.enqueue(printerId, kind, reference, bytes);
    if (!job) {
        return job.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return QueuedReprint{entry.value(), job.value()};
}

} // namespace madang
