#include "printing/printjobsmodel.h"

#include "base/clock.h"
#include "printing/printservice.h"
#include "workflows/store.h"

#include <QLocale>

using namespace madang;

PrintJobsModel::PrintJobsModel(QObject *parent) : QAbstractListModel(parent) {}

int PrintJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PrintJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PrintJob &j = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return j.id;
    case PrinterNameRole:
        return m_printerNames.value(j.printerId, j.printerId);
    case KindRole:
        return j.kind;
    case Qt::DisplayRole:
    case ReferenceRole:
        return j.reference;
    case LastErrorRole:
        return j.lastError;
    case TimeTextRole: {
        // In the terminal's own time zone, as people at the counter read it.
        const QDateTime local =
            m_store ? j.updatedAt.toOffsetFromUtc(m_store->store().clock().now().offsetFromUtc()) : j.updatedAt;
        return QLocale().toString(local, QStringLiteral("MM-dd HH:mm"));
    }
    case AttemptsRole:
        return j.attempts;
    default:
        return {};
    }
}

QHash<int, QByteArray> PrintJobsModel::roleNames() const
{
    return {{JobIdRole, "jobId"},         {PrinterNameRole, "printerName"}, {KindRole, "kind"},
            {ReferenceRole, "reference"}, {LastErrorRole, "lastError"},     {TimeTextRole, "timeText"},
            {AttemptsRole, "attempts"}};
}

void PrintJobsModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &PrintJobsModel::refresh, {&AppStore::printQueueChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void PrintJobsModel::refresh()
{
    if (!m_store) {
        return;
    }
    PrintQueue queue(m_store->store().database(), m_store->store().clock(), m_store->store().ids());
    auto jobs = queue.failedJobs();
    auto printers = queue.listPrinters();
    beginResetModel();
    m_jobs = jobs ? jobs.value() : QList<PrintJob>();
    m_printerNames.clear();
    if (printers) {
        for (const PrinterConfig &p : printers.value()) {
            m_printerNames.insert(p.id, p.name);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    setError(!jobs ? jobs.error().message : !printers ? printers.error().message : QString());
}

bool PrintJobsModel::retry(const QString &jobId)
{
    if (!m_store) {
        return false;
    }
    PrintQueue queue(m_store->store().database(), m_store->store().clock(), m_store->store().ids());
    const bool ok = done(queue.retry(jobId));
    if (ok && m_store->printService()) {
        m_store->printService()->wakeSpooler();
    }
    return ok;
}

bool PrintJobsModel::cancel(const QString &jobId)
{
    if (!m_store) {
        return false;
    }
    PrintQueue queue(m_store->store().database(), m_store->store().clock(), m_store->store().ids());
    return done(queue.cancel(jobId));
}

bool PrintJobsModel::done(const Status &status)
{
    if (!status) {
        setError(status.error().message);
        return false;
    }
    return true;
}
