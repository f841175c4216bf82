// PrintQueue: printers, their addresses and fallbacks. Jobs are in printqueue.cpp.
#include "base/clock.h"
#include "base/textrules.h"
#include "base/uuid7.h"
#include "printqueue/printqueue.h"
#include "printqueue/printqueue_p.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

using printqueue::Text;

namespace {

constexpr int kMaxBaud = 4000000;

const QString kPrinterColumns = QStringLiteral("id, name, kind, address, width_mm, fallback_id, enabled");

PrinterConfig readPrinter(const QSqlQuery &q)
{
    PrinterConfig p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.address = q.value(3).toString();
    p.widthMm = q.value(4).toInt();
    p.fallbackId = q.value(5).toString();
    p.enabled = q.value(6).toInt() != 0;
    return p;
}

Result<quint16> parsePort(const QString &text, const QString &address)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The printer address %1 has a bad port \"%2\" (1 to 65535).").arg(address, text));
    }
    return static_cast<quint16>(port);
}

} // namespace

Result<TcpAddress> TcpAddress::parse(const QString &text)
{
    const QString address = text.trimmed();
    TcpAddress result;
    QString port;
    bool hasPort = false;
    if (address.startsWith(QLatin1Char('['))) {
        const qsizetype close = address.indexOf(QLatin1Char(']'));
        const QString rest = close < 0 ? QString() : address.mid(close + 1);
        if (close < 0 || (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("The printer address %1 is not \"[IPv6 address]:port\".").arg(address));
        }
        result.host = address.mid(1, close - 1);
        hasPort = !rest.isEmpty();
        port = rest.mid(1);
    } else if (address.count(QLatin1Char(':')) == 1) {
        result.host = address.section(QLatin1Char(':'), 0, 0);
        hasPort = true;
        port = address.section(QLatin1Char(':'), 1);
    } else {
        result.host = address; // a host name, an IPv4 address or a bare IPv6 address
    }
    if (result.host.isEmpty() || result.host.contains(QLatin1Char(' '))) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The printer address \"%1\" has no host; write e.g. 192.168.0.50:9100.").arg(address));
    }
    if (hasPort) {
        auto parsed = parsePort(port, address);
        if (!parsed) {
            return parsed.error();
        }
        result.port = parsed.value();
    }
    return result;
}

Result<SerialAddress> SerialAddress::parse(const QString &text)
{
    const QString address = text.trimmed();
    SerialAddress result;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    result.device = at < 0 ? address : address.left(at);
    if (result.device.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The serial printer address \"%1\" has no device; write e.g. /dev/ttyUSB0@19200.").arg(address));
    }
    if (at >= 0) {
        bool ok = false;
        const int baud = address.mid(at + 1).toInt(&ok);
        if (!ok || baud <= 0 || baud > kMaxBaud) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("The serial printer address %1 has a bad speed \"%2\" (e.g. 9600, 19200, 115200).")
                    .arg(address, address.mid(at + 1)));
        }
        result.baud = baud;
    }
    return result;
}

/// Trims p's name and address and checks them with its kind and width.
static Status checkConfig(PrinterConfig &p)
{
    p.name = p.name.trimmed();
    p.address = p.address.trimmed();
    if (p.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A printer needs a name."));
    }
    if (auto clean = checkText(p.name, TextKind::Name, Text::tr("printer's name")); !clean) {
        return clean;
    }
    if (auto clean = checkText(p.address, TextKind::Address, Text::tr("printer's address")); !clean) {
        return clean;
    }
    if (p.widthMm != 58 && p.widthMm != 80) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The printer %1 has a %2 mm roll; Madang prints on 58 or 80 mm.").arg(p.name).arg(p.widthMm));
    }
    if (p.kind == QStringLiteral("tcp")) {
        if (auto a = TcpAddress::parse(p.address); !a) {
            return a.error();
        }
    } else if (p.kind == QStringLiteral("serial")) {
        if (auto a = SerialAddress::parse(p.address); !a) {
            return a.error();
        }
    } else if (p.kind == QStringLiteral("pdf")) {
        if (p.address.isEmpty()) {
            return makeError(ErrorCode::InvalidInput, Text::tr("The PDF printer %1 needs a folder.").arg(p.name));
        }
    } else {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The printer %1 has an unknown kind \"%2\" (tcp, serial or pdf).").arg(p.name, p.kind));
    }
    return Done{};
}

Result<QString> PrintQueue::addPrinter(const PrinterConfig &printer)
{
    PrinterConfig p = printer;
    if (auto checked = checkConfig(p); !checked) {
        return checked.error();
    }
    if (p.id.isEmpty()) {
        p.id = m_ids.nextString();
    }
    if (!p.fallbackId.isEmpty()) {
        if (auto checked = checkFallback(p, p.fallbackId); !checked) {
            return checked.error();
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM printers WHERE name = ? OR id = ?"));
    q.addBindValue(p.name);
    q.addBindValue(p.id);
    if (!q.exec() || !q.next()) {
        return Database::storageError(q.lastError(), Text::tr("Adding the printer %1").arg(p.name));
    }
    if (q.value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict, Text::tr("There is already a printer named %1.").arg(p.name));
    }
    q.prepare(
        QStringLiteral("INSERT INTO printers (%1, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kPrinterColumns));
    for (const QVariant &v : {QVariant(p.id), QVariant(p.name), QVariant(p.kind), QVariant(p.address),
                              QVariant(p.widthMm), p.fallbackId.isEmpty() ? QVariant() : QVariant(p.fallbackId),
                              QVariant(p.enabled ? 1 : 0), QVariant(printqueue::toText(m_clock.now()))}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Adding the printer %1").arg(p.name));
    }
    return p.id;
}

Status PrintQueue::checkFallback(const PrinterConfig &p, const QString &fallbackId) const
{
    auto fallback = printer(fallbackId);
    if (!fallback) {
        return fallback.error();
    }
    if (fallback->id == p.id) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The printer %1 cannot be its own fallback.").arg(p.name));
    }
    if (fallback->widthMm != p.widthMm || fallback->takesEscPos() != p.takesEscPos()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 cannot stand in for %2: a fallback needs the same paper width (%3 mm) and "
                                  "the same kind of output (ESC/POS or PDF).")
                             .arg(fallback->name, p.name)
                             .arg(p.widthMm));
    }
    QSet<QString> seen{p.id};
    for (QString next = fallback->id; !next.isEmpty();) {
        if (seen.contains(next)) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 cannot stand in for %2: the fallbacks would go round in a loop.")
                                 .arg(fallback->name, p.name));
        }
        seen.insert(next);
        auto hop = printer(next);
        if (!hop) {
            return hop.error();
        }
        next = hop->fallbackId;
    }
    return Done{};
}

Status PrintQueue::updatePrinter(const PrinterConfig &printer)
{
    auto current = this->printer(printer.id);
    if (!current) {
        return current.error();
    }
    PrinterConfig p = printer;
    if (auto checked = checkConfig(p); !checked) {
        return checked;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM printers WHERE name = ? AND id <> ?), "
                       "(SELECT count(*) FROM print_jobs WHERE printer_id = ? AND state IN ('queued', 'failed')), "
                       "(SELECT count(*) FROM printers WHERE fallback_id = ?)"));
    for (const QString &v : {p.name, p.id, p.id, p.id}) {
        q.addBindValue(v);
    }
    if (!q.exec() || !q.next()) {
        return Database::storageError(q.lastError(), Text::tr("Changing the printer %1").arg(current->name));
    }
    if (q.value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict, Text::tr("There is already a printer named %1.").arg(p.name));
    }
    const bool sameOutput = p.widthMm == current->widthMm && p.takesEscPos() == current->takesEscPos();
    if (!sameOutput && q.value(1).toInt() > 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 has jobs waiting that were made for its %2 mm paper and kind of output; print "
                                  "or cancel them before changing either.")
                             .arg(current->name)
                             .arg(current->widthMm));
    }
    if (!sameOutput && q.value(2).toInt() > 0) {
        return makeError(ErrorCode::Conflict, Text::tr("%1 stands in for another printer, which needs the same paper "
                                                       "width and kind of output; change that fallback first.")
                                                  .arg(current->name));
    }
    // A new fallback, or the old one for a printer whose output changes, must fit the printer as changed.
    if (!p.fallbackId.isEmpty() && (p.fallbackId != current->fallbackId || !sameOutput)) {
        if (auto checked = checkFallback(p, p.fallbackId); !checked) {
            return checked;
        }
    }
    q.prepare(QStringLiteral(
        "UPDATE printers SET name = ?, kind = ?, address = ?, width_mm = ?, fallback_id = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(p.name), QVariant(p.kind), QVariant(p.address), QVariant(p.widthMm),
                              p.fallbackId.isEmpty() ? QVariant() : QVariant(p.fallbackId), QVariant(p.id)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Changing the printer %1").arg(current->name));
    }
    return Done{};
}

Status PrintQueue::removePrinter(const QString &printerId)
{
    auto p = printer(printerId);
    if (!p) {
        return p.error();
    }
    const QString context = Text::tr("Removing the printer %1").arg(p->name);
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM print_jobs WHERE printer_id = ? AND state IN "
                       "('queued', 'failed')), (SELECT group_concat(name, ', ') FROM printers WHERE fallback_id = ?)"));
    q.addBindValue(printerId);
    q.addBindValue(printerId);
    if (!q.exec() || !q.next()) {
        return Database::storageError(q.lastError(), context);
    }
    if (const int waiting = q.value(0).toInt(); waiting > 0) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("%1 still has %n job(s) to print; print or cancel them first.", "", waiting).arg(p->name));
    }
    if (const QString standsInFor = q.value(1).toString(); !standsInFor.isEmpty()) {
        return makeError(
            ErrorCode::Conflict,
            Text::tr("%1 stands in for %2; choose another fallback there first.").arg(p->name, standsInFor));
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM print_jobs WHERE printer_id = ?"),
                               QStringLiteral("DELETE FROM printers WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(printerId);
        if (!q.exec()) {
            return Database::storageError(q.lastError(), context);
        }
    }
    return tx.commit();
}

Status PrintQueue::setFallback(const QString &printerId, const QString &fallbackId)
{
    auto p = printer(printerId);
    if (!p) {
        return p.error();
    }
    if (!fallbackId.isEmpty()) {
        if (auto checked = checkFallback(p.value(), fallbackId); !checked) {
            return checked;
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE printers SET fallback_id = ? WHERE id = ?"));
    q.addBindValue(fallbackId.isEmpty() ? QVariant() : QVariant(fallbackId));
    q.addBindValue(printerId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Setting the fallback of %1").arg(p->name));
    }
    return Done{};
}

Status PrintQueue::setEnabled(const QString &printerId, bool enabled)
{
    auto p = printer(printerId);
    if (!p) {
        return p.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE printers SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(printerId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Switching the printer %1").arg(p->name));
    }
    return Done{};
}

Result<QList<PrinterConfig>> PrintQueue::listPrinters() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM printers ORDER BY name").arg(kPrinterColumns))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the printers"));
    }
    QList<PrinterConfig> printers;
    while (q.next()) {
        printers << readPrinter(q);
    }
    return printers;
}

Result<PrinterConfig> PrintQueue::printer(const QString &printerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM printers WHERE id = ?").arg(kPrinterColumns));
    q.addBindValue(printerId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the printer %1").arg(printerId));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no printer %1.").arg(printerId));
    }
    return readPrinter(q);
}

} // namespace madang
