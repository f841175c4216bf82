#pragma once

// A duplicate receipt: the reprint's journal entry and its print job, together.

#include "base/error.h"
#include "sales/journal.h"

#include <QByteArray>
#include <QString>

namespace madang {

class PrintQueue;
class Signer;
class Store;
struct SaleContext;

/// What printing a duplicate wrote.
struct QueuedReprint
{
    JournalEntry journal; ///< the signed reprint entry (SaleService::reprint)
    QString jobId;        ///< the print job
};

/// Constructed on a Store and the terminal's print queue, neither of which it owns.
class Reprint
{
public:
    Reprint(Store &store, PrintQueue &queue) : m_store(store), m_queue(queue) {}

    /// In one transaction: the journal entry of the order's reprint and the job that prints `bytes` (the
    /// duplicate, rendered for that printer) on printerId. No journaled copy without its print job, and no
    /// duplicate printed that the journal does not show.
    Result<QueuedReprint> queueDuplicate(const QString &orderId, const SaleContext &who, const Signer &signer,
                                         const QString &printerId, const QString &kind, const QString &reference,
                                         const QByteArray &bytes);

private:
    Store &m_store;
    PrintQueue &m_queue;
};

} // namespace madang
