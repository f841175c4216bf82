// PrintQueue: jobs. Printers and addresses are in printqueueprinters.cpp.
#include "printqueue/printqueue.h"

#include "base/clock.h"
#include "base/particles.h"
#include "base/uuid7.h"
#include "printqueue/printqueue_p.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

using printqueue::Text;

namespace {

/// The job columns readJob() expects, each prefixed with alias (e.g. "j."); the payload last, if asked.
QString jobColumns(bool withPayload, const QString &alias = {})
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("printer_id"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("reference"),
                                   QStringLiteral("state"),
                                   QStringLiteral("attempts"),
                                   QStringLiteral("next_attempt_at"),
                                   QStringLiteral("last_error"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"),
                                   QStringLiteral("payload")};
    QStringList prefixed;
    for (const QString &name : names) {
        prefixed << alias + name;
    }
    if (!withPayload) {
        prefixed.removeLast();
    }
    return prefixed.join(QStringLiteral(", "));
}
constexpr qint64 kFirstBackoffMs = 5000;
constexpr qint64 kMaxBackoffMs = 10 * 60 * 1000;

/// Reads a row of jobColumns(); the payload (column 10) only when withPayload.
PrintJob readJob(const QSqlQuery &q, bool withPayload)
{
    PrintJob job;
    job.id = q.value(0).toString();
    job.printerId = q.value(1).toString();
    job.kind = q.value(2).toString();
    job.reference = q.value(3).toString();
    job.state = q.value(4).toString();
    job.attempts = q.value(5).toInt();
    job.nextAttemptAt = printqueue::fromText(q.value(6).toString());
    job.lastError = q.value(7).toString();
    job.createdAt = printqueue::fromText(q.value(8).toString());
    job.updatedAt = printqueue::fromText(q.value(9).toString());
    if (withPayload) {
        job.payload = q.value(10).toByteArray();
    }
    return job;
}

Result<QList<PrintJob>> readJobs(QSqlQuery &q, bool withPayload, const QString &context)
{
    if (!q.exec()) {
        return Database::storageError(q.lastError(), context);
    }
    QList<PrintJob> jobs;
    while (q.next()) {
        jobs << readJob(q, withPayload);
    }
    return jobs;
}

/// Runs an UPDATE that must touch exactly one job in one of the given states.
Status updateOne(QSqlQuery &q, const QString &jobId, const QString &context, const QString &expectedStates)
{
    if (!q.exec()) {
        return Database::storageError(q.lastError(), context);
    }
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1: the print job %2 is not %3.").arg(context, jobId, expectedStates));
    }
    return Done{};
}

} // namespace

/// The printer's fallback if it has one that is enabled.
std::optional<PrinterConfig> PrintQueue::fallbackOf(const PrinterConfig &from) const
{
    if (from.fallbackId.isEmpty()) {
        return std::nullopt;
    }
    auto to = printer(from.fallbackId);
    if (!to || !to->enabled) {
        return std::nullopt; // a switched-off spare takes nothing: the job fails and shows in the list
    }
    return to.value();
}

QString PrintQueue::nowText() const
{
    return printqueue::toText(m_clock.now());
}

qint64 PrintQueue::backoffMs(int attempts)
{
    qint64 delay = kFirstBackoffMs;
    for (int i = 1; i < attempts && delay < kMaxBackoffMs; ++i) {
        delay *= 3;
    }
    return qMin(delay, kMaxBackoffMs);
}

Result<QString> PrintQueue::enqueue(const QString &printerId, const QString &kind, const QString &reference,
                                    const QByteArray &payload)
{
    const QString context = Text::tr("Queueing a print job");
    if (kind.isEmpty() || payload.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1: the job needs a kind and some bytes.").arg(context));
    }
    if (auto found = printer(printerId); !found) {
        return found.error();
    }
    // One INSERT: atomic alone, and part of the caller's transaction when one is open on this connection.
    const QString id = m_ids.nextString();
    const QString now = nowText();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO print_jobs (id, printer_id, kind, reference, payload, next_attempt_at, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(printerId), QVariant(kind), QVariant(reference), QVariant(payload),
                              QVariant(now), QVariant(now), QVariant(now)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), context);
    }
    return id;
}

Result<std::optional<PrintJob>> PrintQueue::nextDue(const QString &printerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM print_jobs WHERE printer_id = ? AND state = 'queued' "
                             "ORDER BY id LIMIT 1")
                  .arg(jobColumns(true)));
    q.addBindValue(printerId);
    auto jobs = readJobs(q, true, Text::tr("Reading the print queue"));
    if (!jobs) {
        return jobs.error();
    }
    if (jobs->isEmpty() || jobs->first().nextAttemptAt > m_clock.now()) {
        return std::optional<PrintJob>{};
    }
    return std::optional<PrintJob>{jobs->first()};
}

Result<QList<PrintJob>> PrintQueue::dueJobs() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM print_jobs j JOIN printers p ON p.id = j.printer_id "
                             "WHERE p.enabled = 1 AND j.state = 'queued' AND j.next_attempt_at <= ? "
                             "AND j.id = (SELECT h.id FROM print_jobs h WHERE h.printer_id = j.printer_id "
                             "AND h.state = 'queued' ORDER BY h.id LIMIT 1) ORDER BY p.name")
                  .arg(jobColumns(true, QStringLiteral("j."))));
    q.addBindValue(nowText());
    return readJobs(q, true, Text::tr("Reading the print queue"));
}

Result<PrintJob> PrintQueue::job(const QString &jobId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM print_jobs WHERE id = ?").arg(jobColumns(true)));
    q.addBindValue(jobId);
    auto jobs = readJobs(q, true, Text::tr("Reading the print job %1").arg(jobId));
    if (!jobs) {
        return jobs.error();
    }
    if (jobs->isEmpty()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no print job %1.").arg(jobId));
    }
    return jobs->first();
}

Result<QList<PrintJob>> PrintQueue::failedJobs() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM print_jobs WHERE state = 'failed' ORDER BY updated_at DESC, id DESC")
                  .arg(jobColumns(false)));
    return readJobs(q, false, Text::tr("Reading the failed print jobs"));
}

Result<qint64> PrintQueue::queuedCount(const QString &printerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM print_jobs WHERE printer_id = ? AND state = 'queued'"));
    q.addBindValue(printerId);
    if (!q.exec() || !q.next()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the print queue"));
    }
    return q.value(0).toLongLong();
}

Status PrintQueue::markDone(const QString &jobId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE print_jobs SET state = 'done', updated_at = ? WHERE id = ? AND state = 'queued'"));
    q.addBindValue(nowText());
    q.addBindValue(jobId);
    return updateOne(q, jobId, Text::tr("Marking a print job done"), Text::tr("queued"));
}

Result<PrintJob> PrintQueue::markFailedAttempt(const QString &jobId, const QString &error)
{
    const QString context = Text::tr("Recording a failed print attempt");
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto current = job(jobId);
    if (!current) {
        return current.error();
    }
    if (current->state != QStringLiteral("queued")) {
        return makeError(ErrorCode::Conflict, Text::tr("%1: the print job %2 is not queued.").arg(context, jobId));
    }
    auto from = printer(current->printerId);
    if (!from) {
        return from.error();
    }
    const int attempts = current->attempts + 1;
    const QString now = nowText();
    QSqlQuery q(db);
    if (attempts < kMaxAttempts) {
        q.prepare(QStringLiteral("UPDATE print_jobs SET attempts = ?, next_attempt_at = ?, last_error = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(attempts);
        q.addBindValue(printqueue::toText(m_clock.now().addMSecs(backoffMs(attempts))));
        q.addBindValue(error);
        q.addBindValue(now);
        q.addBindValue(jobId);
    } else if (auto to = fallbackOf(from.value()); to) {
        // The printer is down: its whole queue follows, so a rush of tickets does not wait 3 rounds each.
        q.prepare(QStringLiteral("UPDATE print_jobs SET printer_id = ?, attempts = 0, next_attempt_at = ?, "
                                 "last_error = CASE WHEN id = ? THEN ? ELSE last_error END, updated_at = ? "
                                 "WHERE printer_id = ? AND state = 'queued'"));
        q.addBindValue(to->id);
        q.addBindValue(now);
        q.addBindValue(jobId);
        q.addBindValue(particles::resolve(Text::tr("%1 (moved from %2 to %3 after %n attempts)", nullptr, attempts)
                                              .arg(error, from->name, to->name)));
        q.addBindValue(now);
        q.addBindValue(from->id);
    } else {
        q.prepare(QStringLiteral("UPDATE print_jobs SET state = 'failed', attempts = ?, last_error = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(attempts);
        q.addBindValue(error);
        q.addBindValue(now);
        q.addBindValue(jobId);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), context);
    }
    auto updated = job(jobId);
    if (!updated) {
        return updated.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    updated.value().payload.clear();
    return updated;
}

Status PrintQueue::retry(const QString &jobId)
{
    const QString now = nowText();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE print_jobs SET state = 'queued', attempts = 0, next_attempt_at = ?, "
                             "updated_at = ? WHERE id = ? AND state = 'failed'"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(jobId);
    return updateOne(q, jobId, Text::tr("Retrying a print job"), Text::tr("failed"));
}

Status PrintQueue::cancel(const QString &jobId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE print_jobs SET state = 'cancelled', updated_at = ? "
                             "WHERE id = ? AND state IN ('queued', 'failed')"));
    q.addBindValue(nowText());
    q.addBindValue(jobId);
    return updateOne(q, jobId, Text::tr("Cancelling a print job"), Text::tr("queued or failed"));
}

Result<int> PrintQueue::purgeFinished(const QDateTime &before)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM print_jobs WHERE state IN ('done', 'cancelled') AND updated_at < ?"));
    q.addBindValue(printqueue::toText(before));
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Deleting old print jobs"));
    }
    return q.numRowsAffected();
}

} // namespace madang
