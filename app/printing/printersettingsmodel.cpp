#include "printing/printersettingsmodel.h"

#include "base/particles.h"
#include "printing/printservice.h"
#include "shell/session.h"
#include "workflows/store.h"

using namespace madang;

PrinterSettingsModel::PrinterSettingsModel(QObject *parent) : QAbstractListModel(parent) {}

int PrinterSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PrinterSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PrinterConfig &p = m_printers.at(index.row());
    switch (role) {
    case PrinterIdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case KindRole:
        return p.kind;
    case AddressRole:
        return p.address;
    case WidthRole:
        return p.widthMm;
    case FallbackIdRole:
        return p.fallbackId;
    case FallbackNameRole:
        for (const PrinterConfig &f : m_printers) {
            if (f.id == p.fallbackId) {
                return f.name;
            }
        }
        return QString();
    case EnabledRole:
        return p.enabled;
    case QueuedRole:
        return m_queued.value(p.id);
    case ReceiptPrinterRole:
        return !p.id.isEmpty() && p.id == receiptPrinterId();
    default:
        return {};
    }
}

QHash<int, QByteArray> PrinterSettingsModel::roleNames() const
{
    return {{PrinterIdRole, "printerId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {AddressRole, "address"},
            {WidthRole, "widthMm"},
            {FallbackIdRole, "fallbackId"},
            {FallbackNameRole, "fallbackName"},
            {EnabledRole, "enabled"},
            {QueuedRole, "queued"},
            {ReceiptPrinterRole, "receiptPrinter"}};
}

void PrinterSettingsModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &PrinterSettingsModel::refresh, {&AppStore::printQueueChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

QString PrinterSettingsModel::receiptPrinterId() const
{
    return m_store && m_store->printService() ? m_store->printService()->receiptPrinterId() : QString();
}

bool PrinterSettingsModel::autoReceipt() const
{
    return m_store && m_store->printService() && m_store->printService()->autoReceipt();
}

bool PrinterSettingsModel::available() const
{
    return m_store && m_store->printService() && PrintService::available();
}

void PrinterSettingsModel::refresh()
{
    if (!m_store) {
        return;
    }
    PrintQueue queue(m_store->store().database(), m_store->store().clock(), m_store->store().ids());
    auto printers = queue.listPrinters();
    beginResetModel();
    m_printers = printers ? printers.value() : QList<PrinterConfig>();
    m_queued.clear();
    for (const PrinterConfig &p : std::as_const(m_printers)) {
        auto queued = queue.queuedCount(p.id);
        m_queued.insert(p.id, queued ? queued.value() : 0);
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT settingsChanged();
    if (!printers) {
        setMessage(printers.error().message, true);
    }
}

bool PrinterSettingsModel::allowed()
{
    if (!m_store || !m_store->printService()) {
        setMessage(tr("Printing is not available on this terminal."), true);
        return false;
    }
    if (!m_store->session()->isManager()) {
        setMessage(tr("Only owners and managers can change printers."), true);
        return false;
    }
    return true;
}

bool PrinterSettingsModel::addPrinter(const QString &name, const QString &kind, const QString &address, int widthMm,
                                      const QString &fallbackId)
{
    if (!allowed()) {
        return refuseEdit(m_message);
    }
    PrinterConfig p;
    p.name = name.trimmed();
    p.kind = kind;
    p.address = address.trimmed();
    p.widthMm = widthMm;
    p.fallbackId = fallbackId;
    auto added = m_store->printService()->queue().addPrinter(p);
    m_addError = added ? QString() : added.error().message;
    Q_EMIT addErrorChanged();
    if (!added) {
        return false;
    }
    // The first printer is the receipt printer until someone chooses another.
    if (receiptPrinterId().isEmpty()) {
        (void)m_store->printService()->setReceiptPrinterId(added.value());
    }
    setMessage(particles::resolve(tr("Printer %1 added.").arg(p.name)), false);
    return true;
}

bool PrinterSettingsModel::updatePrinter(const QString &printerId, const QString &name, const QString &kind,
                                         const QString &address, int widthMm, const QString &fallbackId)
{
    if (!allowed()) {
        return refuseEdit(m_message);
    }
    PrintQueue &queue = m_store->printService()->queue();
    auto current = queue.printer(printerId);
    if (!current) {
        return refuseEdit(current.error().message);
    }
    PrinterConfig p = current.value();
    p.name = name.trimmed();
    p.kind = kind;
    p.address = address.trimmed();
    p.widthMm = widthMm;
    p.fallbackId = fallbackId;
    if (auto saved = queue.updatePrinter(p); !saved) {
        return refuseEdit(saved.error().message);
    }
    clearAddError();
    setMessage(particles::resolve(tr("Printer %1 saved.").arg(p.name)), false);
    return true;
}

bool PrinterSettingsModel::removePrinter(const QString &printerId)
{
    if (!allowed()) {
        return refuseEdit(m_message);
    }
    auto p = m_store->printService()->queue().printer(printerId);
    if (!p) {
        return refuseEdit(p.error().message);
    }
    if (printerId == receiptPrinterId()) {
        return refuseEdit(particles::resolve(
            tr("%1 prints the receipts; choose another receipt printer (or none) first.").arg(p->name)));
    }
    if (auto removed = m_store->printService()->queue().removePrinter(printerId); !removed) {
        return refuseEdit(removed.error().message);
    }
    clearAddError();
    setMessage(particles::resolve(tr("Printer %1 removed.").arg(p->name)), false);
    return true;
}

bool PrinterSettingsModel::refuseEdit(const QString &message)
{
    m_addError = message;
    Q_EMIT addErrorChanged();
    return false;
}

void PrinterSettingsModel::clearAddError()
{
    if (!m_addError.isEmpty()) {
        m_addError.clear();
        Q_EMIT addErrorChanged();
    }
}

bool PrinterSettingsModel::setEnabled(const QString &printerId, bool enabled)
{
    if (!allowed()) {
        return false;
    }
    return report(m_store->printService()->queue().setEnabled(printerId, enabled), {});
}

bool PrinterSettingsModel::setFallback(const QString &printerId, const QString &fallbackId)
{
    if (!allowed()) {
        return false;
    }
    return report(m_store->printService()->queue().setFallback(printerId, fallbackId), {});
}

bool PrinterSettingsModel::setReceiptPrinter(const QString &printerId)
{
    if (!allowed()) {
        return false;
    }
    return report(m_store->printService()->setReceiptPrinterId(printerId), {});
}

bool PrinterSettingsModel::setAutoReceipt(bool on)
{
    if (!allowed()) {
        return false;
    }
    return report(m_store->printService()->setAutoReceipt(on), {});
}

bool PrinterSettingsModel::testPrint(const QString &printerId)
{
    if (!allowed()) {
        return false;
    }
    const PrintOutcome outcome = m_store->printService()->printTestPage(printerId);
    setMessage(outcome.message, outcome.problem);
    return outcome.queued;
}

QVariantList PrinterSettingsModel::choices(const QString &exceptId) const
{
    QVariantList list{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("None")}}};
    for (const PrinterConfig &p : m_printers) {
        if (p.id != exceptId) {
            list << QVariantMap{{QStringLiteral("value"), p.id}, {QStringLiteral("text"), p.name}};
        }
    }
    return list;
}

bool PrinterSettingsModel::report(const Status &status, const QString &success)
{
    setMessage(status ? success : status.error().message, !status);
    return status.ok();
}

void PrinterSettingsModel::setMessage(const QString &message, bool problem)
{
    if (m_message != message || m_messageIsProblem != problem) {
        m_message = particles::resolve(message);
        m_messageIsProblem = problem;
        Q_EMIT messageChanged();
    }
}
