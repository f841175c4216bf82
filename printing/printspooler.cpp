#include "printspooler.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSpooler, "madang.printing.spooler", QtWarningMsg)

namespace madang {

namespace {
constexpr int kMaxWorkers = 8;
}

PrintSpooler::PrintSpooler(PrintQueue &queue, TransportFactory factory, QObject *parent)
    : QObject(parent), m_queue(queue), m_factory(std::move(factory))
{
    m_pool.setMaxThreadCount(kMaxWorkers);
    m_pool.setExpiryTimeout(-1); // keep the workers, and so their database connections
    connect(&m_timer, &QTimer::timeout, this, &PrintSpooler::wake);
}

PrintSpooler::~PrintSpooler()
{
    stop();
}

void PrintSpooler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    wake();
}

void PrintSpooler::stop()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void PrintSpooler::wake()
{
    DrainReport ignored;
    launch(false, ignored);
}

DrainReport PrintSpooler::drainOnce()
{
    DrainReport report;
    std::vector<std::future<Turn>> turns = launch(true, report);
    for (std::future<Turn> &turn : turns) {
        finish(turn.get(), &report);
    }
    return report;
}

std::vector<std::future<PrintSpooler::Turn>> PrintSpooler::launch(bool wait, DrainReport &report)
{
    std::vector<std::future<Turn>> futures;
    auto due = m_queue.dueJobs();
    auto printers = m_queue.listPrinters();
    if (!due || !printers) {
        const QString error = !due ? due.error().message : printers.error().message;
        qCWarning(lcSpooler) << error;
        report.errors << error;
        return futures;
    }
    QHash<QString, PrinterConfig> byId;
    for (const PrinterConfig &p : printers.value()) {
        byId.insert(p.id, p);
    }
    for (const PrintJob &job : due.value()) {
        if (m_busy.contains(job.printerId) || !byId.contains(job.printerId)) {
            continue;
        }
        const PrinterConfig printer = byId.value(job.printerId);
        m_busy.insert(printer.id);
        auto promise = wait ? std::make_shared<std::promise<Turn>>() : nullptr;
        if (promise) {
            futures.push_back(promise->get_future());
        }
        m_pool.start([this, printer, promise] {
            Turn turn = drainPrinter(printer);
            if (promise) {
                promise->set_value(std::move(turn));
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, turn] { finish(turn, nullptr); }, Qt::QueuedConnection);
        });
    }
    return futures;
}

PrintSpooler::Turn PrintSpooler::drainPrinter(const PrinterConfig &printer)
{
    Turn turn{printer.id, printer.name, {}, {}, {}};
    std::unique_ptr<PrinterTransport> transport;
    for (int i = 0; i < kMaxJobsPerTurn; ++i) {
        auto next = m_queue.nextDue(printer.id);
        if (!next) {
            turn.errors << next.error().message;
            break;
        }
        if (!next->has_value()) {
            break;
        }
        const PrintJob &job = next->value();
        if (!transport) {
            transport = m_factory(printer);
        }
        const Status sent =
            transport ? transport->send(job.payload)
                      : Status(makeError(ErrorCode::Io, tr("Printer %1 has no transport.").arg(printer.name)));
        if (sent) {
            if (auto done = m_queue.markDone(job.id); !done) {
                turn.errors << done.error().message;
                break;
            }
            turn.printed << job.id;
            continue;
        }
        if (auto after = m_queue.markFailedAttempt(job.id, sent.error().message); !after) {
            turn.errors << after.error().message;
        }
        turn.failures << Failure{job.id, sent.error().message};
        break; // the printer is in trouble: its next jobs wait for the backoff
    }
    return turn;
}

void PrintSpooler::finish(const Turn &turn, DrainReport *report)
{
    m_busy.remove(turn.printerId);
    for (const QString &id : turn.printed) {
        emit jobPrinted(id, turn.printerName);
    }
    for (const Failure &f : turn.failures) {
        qCInfo(lcSpooler) << "print attempt failed:" << f.error;
        emit attemptFailed(f.jobId, turn.printerName, f.error);
    }
    for (const QString &e : turn.errors) {
        qCWarning(lcSpooler) << e;
    }
    if (report != nullptr) {
        report->printed += int(turn.printed.size());
        report->failedAttempts += int(turn.failures.size());
        for (const Failure &f : turn.failures) {
            report->errors << f.error;
        }
        report->errors << turn.errors;
    }
    if (!turn.printed.isEmpty() || !turn.failures.isEmpty()) {
        emit queueChanged();
    }
}

} // namespace madang
