#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace madang {

class Clock;
class Database;
class Uuid7Generator;

/// Where a tcp printer listens: "192.168.0.50", "printer.local:9100", "[fe80::1]:9100". Port 9100 if absent.
struct TcpAddress
{
    QString host;
    quint16 port = 9100;
    static Result<TcpAddress> parse(const QString &text);
};

/// A serial printer: "/dev/ttyUSB0" or "/dev/ttyUSB0@115200". 19200 baud if absent.
struct SerialAddress
{
    QString device;
    qint32 baud = 19200;
    static Result<SerialAddress> parse(const QString &text);
};

/// A receipt, kitchen or report printer (docs/printing.md).
struct PrinterConfig
{
    QString id;         ///< UUIDv7; addPrinter() makes one when empty
    QString name;       ///< shown to people and in errors: "Counter", "Kitchen"
    QString kind;       ///< "tcp" (raw ESC/POS, port 9100), "serial" (ESC/POS) or "pdf" (files in a folder)
    QString address;    ///< tcp "host[:port]", serial "/dev/ttyUSB0[@baud]", pdf a folder
    int widthMm = 80;   ///< paper roll: 58 or 80
    QString fallbackId; ///< takes this printer's jobs after PrintQueue::kMaxAttempts failures; empty for none
    bool enabled = true;

    /// tcp and serial take ESC/POS bytes; pdf takes PDF files. A fallback must take the same bytes.
    [[nodiscard]] bool takesEscPos() const { return kind != QStringLiteral("pdf"); }
};

/// One durable job: the exact bytes for one printer.
struct PrintJob
{
    QString id; ///< UUIDv7, so id order is enqueue order
    QString printerId;
    QString kind;       ///< "receipt", "kitchen", "report"…
    QString reference;  ///< e.g. the receipt number "T1-000042"
    QByteArray payload; ///< empty in lists (failedJobs()); loaded by nextDue(), dueJobs() and job()
    QString state;      ///< queued | done | failed | cancelled
    int attempts = 0;   ///< failed attempts on the current printer
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// The durable print queue in the terminal's database. Each printer prints its jobs in enqueue order; a
/// failed attempt backs the job off on the injected clock (5 s, 15 s, 45 s…), and after kMaxAttempts the
/// printer's queued jobs move to its fallback printer, or, without one, the job is marked failed and
/// shows in failedJobs() until someone retries or cancels it.
///
/// Every method uses the calling thread's connection, so a spooler may drain printers on worker threads.
/// addPrinter() and enqueue() draw ids from the generator and belong to one thread.
class PrintQueue
{
public:
    static constexpr int kMaxAttempts = 3;

    PrintQueue(Database &db, const Clock &clock, Uuid7Generator &ids) : m_db(db), m_clock(clock), m_ids(ids) {}

    /// Checks name, kind, address, width and fallback (it must exist and take the same bytes). Returns the id.
    Result<QString> addPrinter(const PrinterConfig &printer);
    /// Changes a printer's name, kind, address, width and fallback in one write, checked as addPrinter()
    /// checks them (on/off has its own setter). While jobs wait for the printer, or it stands in for another
    /// one, its paper width and kind of output (ESC/POS or PDF) stay: those jobs were rendered for them.
    Status updatePrinter(const PrinterConfig &printer);
    /// Removes a printer that has nothing left to print: refused while it has queued or failed jobs or
    /// stands in for another printer. Its printed and cancelled jobs go with it.
    Status removePrinter(const QString &printerId);
    /// Empty fallbackId removes the fallback. A fallback chain may not loop.
    Status setFallback(const QString &printerId, const QString &fallbackId);
    /// A disabled printer keeps its jobs but is not drained.
    Status setEnabled(const QString &printerId, bool enabled);
    [[nodiscard]] Result<QList<PrinterConfig>> listPrinters() const;
    [[nodiscard]] Result<PrinterConfig> printer(const QString &printerId) const;

    /// Queues bytes for a printer and returns the job id. Inside a caller's Transaction on this thread's
    /// connection it becomes part of it (a savepoint): the job commits or rolls back with the sale.
    Result<QString> enqueue(const QString &printerId, const QString &kind, const QString &reference,
                            const QByteArray &payload);

    /// The printer's oldest queued job if its next attempt is due now; nothing otherwise (a job that is
    /// backing off holds the jobs behind it, so a printer prints in order).
    [[nodiscard]] Result<std::optional<PrintJob>> nextDue(const QString &printerId) const;
    /// nextDue() of every enabled printer that has one, by printer name.
    [[nodiscard]] Result<QList<PrintJob>> dueJobs() const;
    [[nodiscard]] Result<PrintJob> job(const QString &jobId) const;
    /// Failed jobs, newest first, without payloads: the list people see and retry from.
    [[nodiscard]] Result<QList<PrintJob>> failedJobs() const;
    [[nodiscard]] Result<qint64> queuedCount(const QString &printerId) const;

    /// The job printed. Fails with Conflict unless it is queued.
    Status markDone(const QString &jobId);
    /// Records a failed attempt and returns the job as it is now: queued again after backoffMs(attempts),
    /// moved to the fallback printer if it is enabled (attempts reset, due now, with the printer's other
    /// queued jobs), or failed.
    Result<PrintJob> markFailedAttempt(const QString &jobId, const QString &error);
    /// Queues a failed job again on its printer, due now, with its attempts reset.
    Status retry(const QString &jobId);
    /// Gives up a queued or failed job; it stays in the table as cancelled.
    Status cancel(const QString &jobId);
    /// Deletes done and cancelled jobs last touched before the cutoff; returns how many.
    Result<int> purgeFinished(const QDateTime &before);

    /// Wait after the n-th failed attempt: 5 s × 3^(n-1), at most 10 minutes.
    [[nodiscard]] static qint64 backoffMs(int attempts);

private:
    [[nodiscard]] QString nowText() const;
    Status checkFallback(const PrinterConfig &printer, const QString &fallbackId) const;
    [[nodiscard]] std::optional<PrinterConfig> fallbackOf(const PrinterConfig &from) const;

    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
};

} // namespace madang
