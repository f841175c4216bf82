#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace madang {
class PrinterTransport;
class PrintQueue;
class PrintSpooler;
class Signer;
class Store;
struct PrinterConfig;
struct SaleContext;
struct Ticket;
} // namespace madang

/// What happened to a print request, for the screen that asked: queued for a printer, or why not.
struct PrintOutcome
{
    bool queued = false;
    bool problem = false; ///< a printer or setup problem to show (the sale itself stands)
    QString message;      ///< translated; empty when there is nothing to say
};

/// The terminal's printing, for the app's lifetime (created by main.cpp): the durable print queue, the
/// spooler that drains it on worker threads, and the receipt printer setting. Renders receipts, bills
/// and test pages for a printer (ESC/POS at its width for tcp and serial printers, PDF for "pdf" ones),
/// queues them and wakes the spooler.
///
/// Queueing happens after a sale commits, never inside it: a printer problem never undoes a sale.
class PrintService : public QObject
{
    Q_OBJECT

public:
    /// Makes the transport for a printer (madang::TransportFactory); tests hand in fakes.
    using TransportFactory = std::function<std::unique_ptr<madang::PrinterTransport>(const madang::PrinterConfig &)>;

    static inline const QString kReceiptPrinterKey = QStringLiteral("print.receipt_printer");
    static inline const QString kAutoReceiptKey = QStringLiteral("print.auto_receipt");

    /// An empty factory means the real transports (TCP 9100, serial, folder).
    explicit PrintService(madang::Store &store, TransportFactory factory = {}, QObject *parent = nullptr);
    ~PrintService() override;

    /// Whether this build can render and send (it was built with the printing library).
    [[nodiscard]] static bool available();

    /// Drains due jobs now and every intervalMs; stop() waits for busy printers.
    void start(int intervalMs = 1000);
    void stop();
    /// Looks for due jobs now, when started (after a job was queued or retried).
    void wakeSpooler();
    /// Drains every due job once and returns when done (tests and tools): the number printed.
    int drainOnce();

    [[nodiscard]] madang::PrintQueue &queue() const { return *m_queue; }

    /// The receipt printer's id; empty when none is chosen.
    [[nodiscard]] QString receiptPrinterId() const;
    madang::Status setReceiptPrinterId(const QString &printerId);
    /// Whether a receipt is queued after every sale (on unless turned off).
    [[nodiscard]] bool autoReceipt() const;
    madang::Status setAutoReceipt(bool on);

    /// After a sale committed: queues its receipt for the receipt printer if receipts print automatically.
    PrintOutcome saleCompleted(const QString &receipt);
    /// The first copy of a receipt, asked for by hand (when it was not printed automatically).
    PrintOutcome printReceipt(const QString &receipt);
    /// Another copy: journals the reprint (DUPLICATE) and queues it, in one transaction. journalSeq gets
    /// the reprint's journal entry.
    PrintOutcome printDuplicate(const QString &orderId, const QString &receipt, const madang::SaleContext &who,
                                const madang::Signer &signer, qint64 *journalSeq = nullptr);
    /// A guest check (BILL / 계산서, not a receipt) for an open table ticket.
    PrintOutcome printBill(const madang::Ticket &ticket, const QString &staffName);
    /// A short test page on a printer.
    PrintOutcome printTestPage(const QString &printerId);

    /// Jobs were queued, printed, failed, retried or cancelled: lists should be read again.
    void notifyQueueChanged();

Q_SIGNALS:
    void queueChanged();
    void attemptFailed(const QString &jobId, const QString &printerName, const QString &error);

private:
    [[nodiscard]] QString language() const;
    /// How a document's bytes are queued: PrintQueue::enqueue's arguments, the job id back.
    using Enqueue = std::function<madang::Result<QString>(const QString &printerId, const QString &kind,
                                                          const QString &reference, const QByteArray &bytes)>;
    /// Renders for the printer and queues the bytes (by `enqueue` when given, which may write more with the job
    /// in one transaction), then wakes the spooler. When queued without a problem, message holds the printer's
    /// name for the caller's sentence.
    PrintOutcome queueDocument(const QString &printerId, const QString &kind, const QString &reference,
                               const std::function<madang::Result<QByteArray>(const madang::PrinterConfig &)> &render,
                               const Enqueue &enqueue = {});
    PrintOutcome queueReceipt(const QString &receipt, bool duplicate, const Enqueue &enqueue);

    madang::Store &m_store;
    std::unique_ptr<madang::PrintQueue> m_queue;
    std::unique_ptr<madang::PrintSpooler> m_spooler;
};
