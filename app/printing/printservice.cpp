#include "printing/printservice.h"

#include "base/particles.h"

#ifdef MADANG_HAS_PRINTING
#include "escposrenderer.h"
#include "pdfrenderer.h"
#include "printertransport.h"
#include "printspooler.h"
#include "receiptbuilder.h"
#endif

#include "merchant/merchantrepository.h"
#include "printqueue/printqueue.h"
#include "sales/journal.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"
#include "settings/settingsmodel.h"
#include "shell/translator.h"
#include "workflows/reprint.h"
#include "workflows/store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrintService, "madang.app.printing", QtWarningMsg)

using namespace madang;

#ifndef MADANG_HAS_PRINTING
namespace madang {
/// Builds without the printing library have a queue but nothing that drains it.
class PrintSpooler
{
};
} // namespace madang
#endif

namespace {
#ifdef MADANG_HAS_PRINTING
/// The bytes a printer takes for a document: ESC/POS at its roll width, or a PDF as wide as the roll.
Result<QByteArray> bytesFor(const PrinterConfig &printer, const Result<ReceiptDocument> &doc)
{
    if (!doc) {
        return doc.error();
    }
    if (!printer.takesEscPos()) {
        PdfRenderer::Options options;
        options.widthMm = printer.widthMm;
        return PdfRenderer::render(doc.value(), options);
    }
    return EscPosRenderer(printer.widthMm).render(doc.value());
}
#endif
} // namespace

PrintService::PrintService(Store &store, TransportFactory factory, QObject *parent)
    : QObject(parent), m_store(store),
      m_queue(std::make_unique<PrintQueue>(store.database(), store.clock(), store.ids()))
{
#ifdef MADANG_HAS_PRINTING
    m_spooler = std::make_unique<PrintSpooler>(*m_queue, factory ? std::move(factory) : defaultTransportFactory());
    connect(m_spooler.get(), &PrintSpooler::queueChanged, this, &PrintService::queueChanged);
    connect(m_spooler.get(), &PrintSpooler::attemptFailed, this, &PrintService::attemptFailed);
#else
    Q_UNUSED(factory)
#endif
}

PrintService::~PrintService()
{
    stop();
}

bool PrintService::available()
{
#ifdef MADANG_HAS_PRINTING
    return true;
#else
    return false;
#endif
}

void PrintService::start(int intervalMs)
{
#ifdef MADANG_HAS_PRINTING
    m_spooler->start(intervalMs);
#else
    Q_UNUSED(intervalMs)
#endif
}

void PrintService::stop()
{
#ifdef MADANG_HAS_PRINTING
    m_spooler->stop();
#endif
}

void PrintService::wakeSpooler()
{
#ifdef MADANG_HAS_PRINTING
    if (m_spooler->isActive()) {
        m_spooler->wake();
    }
#endif
}

int PrintService::drainOnce()
{
#ifdef MADANG_HAS_PRINTING
    return m_spooler->drainOnce().printed;
#else
    return 0;
#endif
}

QString PrintService::receiptPrinterId() const
{
    return m_store.merchant().setting(kReceiptPrinterKey);
}

Status PrintService::setReceiptPrinterId(const QString &printerId)
{
    if (!printerId.isEmpty()) {
        if (auto found = m_queue->printer(printerId); !found) {
            return found.error();
        }
    }
    // A null string would be stored as NULL; "none" is an empty, non-null string.
    return m_store.merchant().setSetting(kReceiptPrinterKey, printerId.isEmpty() ? QStringLiteral("") : printerId);
}

bool PrintService::autoReceipt() const
{
    return m_store.merchant().setting(kAutoReceiptKey, QStringLiteral("1")) != QStringLiteral("0");
}

Status PrintService::setAutoReceipt(bool on)
{
    return m_store.merchant().setSetting(kAutoReceiptKey, on ? QStringLiteral("1") : QStringLiteral("0"));
}

QString PrintService::language() const
{
    return Translator::resolve(m_store.merchant().setting(SettingsModel::kLanguageKey, QStringLiteral("system")));
}

void PrintService::notifyQueueChanged()
{
    Q_EMIT queueChanged();
}

PrintOutcome PrintService::saleCompleted(const QString &receipt)
{
    if (!autoReceipt()) {
        return {false, false, tr("Receipts are not printed automatically.")};
    }
    return printReceipt(receipt);
}

PrintOutcome PrintService::printReceipt(const QString &receipt)
{
    return queueReceipt(receipt, false, {});
}

PrintOutcome PrintService::printDuplicate(const QString &orderId, const QString &receipt, const SaleContext &who,
                                          const Signer &signer, qint64 *journalSeq)
{
    // The reprint's journal entry and its job commit together: no journaled copy without its print job.
    return queueReceipt(
        receipt, true,
        [&](const QString &printerId, const QString &kind, const QString &reference,
            const QByteArray &bytes) -> Result<QString> {
            auto queued =
                Reprint(m_store, *m_queue).queueDuplicate(orderId, who, signer, printerId, kind, reference, bytes);
            if (!queued) {
                return queued.error();
            }
            if (journalSeq != nullptr) {
                *journalSeq = queued->journal.seq;
            }
            return queued->jobId;
        });
}

PrintOutcome PrintService::queueReceipt(const QString &receipt, bool duplicate, const Enqueue &enqueue)
{
#ifdef MADANG_HAS_PRINTING
    const QString lang = language();
    auto outcome = queueDocument(
        receiptPrinterId(), QStringLiteral("receipt"), receipt,
        [&](const PrinterConfig &p) { return bytesFor(p, receiptFor(m_store, receipt, duplicate, lang)); }, enqueue);
    if (outcome.queued && !outcome.problem) {
        outcome.message =
            particles::resolve(duplicate ? tr("A copy of receipt %1 is printing on %2.").arg(receipt, outcome.message)
                                         : tr("Receipt %1 is printing on %2.").arg(receipt, outcome.message));
    }
    return outcome;
#else
    Q_UNUSED(receipt)
    Q_UNUSED(duplicate)
    Q_UNUSED(enqueue)
    return {false, true, tr("This build of Madang cannot print.")};
#endif
}

PrintOutcome PrintService::printBill(const Ticket &ticket, const QString &staffName)
{
#ifdef MADANG_HAS_PRINTING
    const QString lang = language();
    auto outcome =
        queueDocument(receiptPrinterId(), QStringLiteral("bill"), ticket.tableName,
                      [&](const PrinterConfig &p) { return bytesFor(p, billFor(m_store, ticket, staffName, lang)); });
    if (outcome.queued && !outcome.problem) {
        outcome.message = tr("The bill is printing on %1.").arg(outcome.message);
    }
    return outcome;
#else
    Q_UNUSED(ticket)
    Q_UNUSED(staffName)
    return {false, true, tr("This build of Madang cannot print.")};
#endif
}

PrintOutcome PrintService::printTestPage(const QString &printerId)
{
#ifdef MADANG_HAS_PRINTING
    const QString lang = language();
    auto outcome = queueDocument(printerId, QStringLiteral("test"), tr("Test print"), [&](const PrinterConfig &p) {
        const QString footer = QStringLiteral("%1 · %2 · %3 mm").arg(p.name, p.kind).arg(p.widthMm);
        return bytesFor(p, testPageFor(m_store, footer, lang));
    });
    if (outcome.queued && !outcome.problem) {
        outcome.message = tr("A test page is printing on %1.").arg(outcome.message);
    }
    return outcome;
#else
    Q_UNUSED(printerId)
    return {false, true, tr("This build of Madang cannot print.")};
#endif
}

PrintOutcome PrintService::queueDocument(const QString &printerId, const QString &kind, const QString &reference,
                                         const std::function<Result<QByteArray>(const PrinterConfig &)> &render,
                                         const Enqueue &enqueue)
{
    if (printerId.isEmpty()) {
        return {false, false, tr("No receipt printer set up. Choose one in Settings → Printers.")};
    }
    auto printer = m_queue->printer(printerId);
    if (!printer) {
        qCWarning(lcPrintService) << printer.error().message;
        return {false, true, tr("The receipt printer is no longer set up: %1").arg(printer.error().message)};
    }
    auto bytes = render(printer.value());
    if (!bytes) {
        return {false, true, tr("Could not prepare the print for %1: %2").arg(printer->name, bytes.error().message)};
    }
    auto job = enqueue ? enqueue(printer->id, kind, reference, bytes.value())
                       : m_queue->enqueue(printer->id, kind, reference, bytes.value());
    if (!job) {
        qCWarning(lcPrintService) << job.error().message;
        return {false, true, tr("Could not queue the print for %1: %2").arg(printer->name, job.error().message)};
    }
    wakeSpooler();
    notifyQueueChanged();
    if (!printer->enabled) {
        return {true, true,
                tr("Queued for %1, which is switched off: turn it on in Settings → Printers.").arg(printer->name)};
    }
    return {true, false, printer->name};
}
