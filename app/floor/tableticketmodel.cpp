#include "floor/tableticketmodel.h"

#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "common/moneytext.h"
#include "floor/kitchendelivery.h"
#include "floor/tableservice.h"
#include "printing/printservice.h"
#include "reservations/reservationservice.h"
#include "shell/session.h"
#include "workflows/store.h"

#include <QSet>
#include <algorithm>
#include <limits>

using namespace madang;

namespace {
constexpr int kMaxNoteLength = 200;
} // namespace

TableTicketModel::TableTicketModel(QObject *parent) : QAbstractListModel(parent) {}

int TableTicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TableTicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TicketLine &l = m_ticket.lines.at(index.row());
    switch (role) {
    case LineIdRole:
        return l.lineId;
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case QtyRole:
        return l.qty;
    case OptionsTextRole: {
        QStringList options;
        for (const ModifierChoice &m : l.modifiers) {
            options << m.optionName;
        }
        return options.join(QStringLiteral(", "));
    }
    case NoteRole:
        return l.note;
    case KitchenRole:
        return kitchenState(l);
    case KitchenTextRole: {
        const QString state = kitchenState(l);
        return state == QLatin1String("new")       ? tr("New")
               : state == QLatin1String("changed") ? tr("Changed")
                                                   : tr("Sent");
    }
    case TotalTextRole:
        return index.row() < m_totals.lines.size() ? money(m_totals.lines.at(index.row()).totalMinor) : QString();
    case PickedRole:
        return m_picked.value(l.lineId);
    default:
        return {};
    }
}

QHash<int, QByteArray> TableTicketModel::roleNames() const
{
    return {{LineIdRole, "lineId"},           {NameRole, "name"},           {QtyRole, "qty"},
            {OptionsTextRole, "optionsText"}, {NoteRole, "note"},           {KitchenRole, "kitchen"},
            {KitchenTextRole, "kitchenText"}, {TotalTextRole, "totalText"}, {PickedRole, "picked"}};
}

void TableTicketModel::setStore(AppStore *store)
{
    if (AppStore::rebind(m_store, store, this, &TableTicketModel::afterSale, {&AppStore::ordersChanged})) {
        Q_EMIT storeChanged();
        refresh();
    }
}

void TableTicketModel::afterSale()
{
    m_picked.clear(); // what was picked was paid for, or the bill changed under the picks
    refresh();
}

void TableTicketModel::setTableId(const QString &tableId)
{
    if (m_tableId != tableId) {
        m_tableId = tableId;
        m_picked.clear();
        m_kitchenLog.clear();
        Q_EMIT tableIdChanged();
        Q_EMIT kitchenLogChanged();
        setError({});
        refresh();
    }
}

int TableTicketModel::itemCount() const
{
    qint64 n = 0;
    for (const TicketLine &l : m_ticket.lines) {
        n += l.qty;
    }
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

QString TableTicketModel::money(qint64 minor) const
{
    return moneyText(minor, m_ticket.currency);
}

QString TableTicketModel::totalText() const
{
    return money(m_totals.totalMinor);
}

QString TableTicketModel::vatText() const
{
    return m_totals.vatMinor > 0 ? tr("VAT %1 included").arg(money(m_totals.vatMinor)) : QString();
}

QString TableTicketModel::kitchenState(const TicketLine &line) const
{
    const auto had = m_sent.constFind(line.lineId);
    if (had == m_sent.constEnd()) {
        return QStringLiteral("new");
    }
    return had->qty != line.qty || had->details != lineDetails(line) ? QStringLiteral("changed")
                                                                     : QStringLiteral("sent");
}

int TableTicketModel::unsentCount() const
{
    int n = 0;
    QSet<QString> present;
    for (const TicketLine &l : m_ticket.lines) {
        present.insert(l.lineId);
        n += kitchenState(l) != QLatin1String("sent") ? 1 : 0;
    }
    for (auto it = m_sent.constBegin(); it != m_sent.constEnd(); ++it) {
        n += present.contains(it.key()) ? 0 : 1;
    }
    return n;
}

void TableTicketModel::refresh()
{
    Ticket ticket;
    m_hasTicket = false;
    m_tableName.clear();
    m_guests = 0;
    m_status = QStringLiteral("free");
    m_sent.clear();
    if (m_store && !m_tableId.isEmpty()) {
        TableService &tables = m_store->store().tables();
        auto floor = tables.floor();
        for (const TableState &s : floor ? floor.value() : QList<TableState>()) {
            if (s.table.id == m_tableId) {
                m_tableName = s.table.name;
                m_guests = s.guests;
                m_status = tableStatusName(s.status);
            }
        }
        auto open = tables.ticketOn(m_tableId);
        auto sent = tables.kitchenSentOn(m_tableId);
        if (!open || !sent) {
            setError(open ? sent.error().message : open.error().message);
        } else {
            m_hasTicket = open.value().has_value();
            ticket = open.value().value_or(Ticket{});
            m_sent = sent.value();
        }
        auto deposits = m_store->store().reservations().depositsAt(m_tableId);
        m_deposits = deposits ? deposits.value() : QList<SeatedDeposit>();
    } else {
        m_deposits.clear();
    }
    show(ticket);
}

void TableTicketModel::show(const Ticket &ticket)
{
    beginResetModel();
    m_ticket = ticket;
    auto priced = m_ticket.lines.isEmpty() ? Result<TicketTotals>(TicketTotals{}) : priceTicket(m_ticket);
    m_totals = priced ? priced.value() : TicketTotals{};
    // Picks follow the lines: gone lines drop out, fewer units cap them.
    QHash<QString, qint64> picked;
    for (const TicketLine &l : m_ticket.lines) {
        if (const qint64 qty = std::min(m_picked.value(l.lineId), l.qty); qty > 0) {
            picked.insert(l.lineId, qty);
        }
    }
    m_picked = picked;
    endResetModel();
    Q_EMIT changed();
}

void TableTicketModel::clearError()
{
    setError({});
}

bool TableTicketModel::commit(Ticket next)
{
    if (!m_store || !m_hasTicket) {
        return fail(tr("Seat guests at the table first."));
    }
    if (!next.lines.isEmpty()) {
        if (auto priced = priceTicket(next); !priced) {
            return fail(priced.error().message);
        }
    }
    auto saved = m_store->store().tables().save(m_tableId, next);
    if (!saved) {
        return fail(saved.error().message);
    }
    setError({});
    refresh();
    return true;
}

bool TableTicketModel::addLine(TicketLine line)
{
    Ticket next = m_ticket;
    for (TicketLine &l : next.lines) {
        if (l.itemId == line.itemId && l.modifiers == line.modifiers && l.note.isEmpty() && l.discount.isNone()) {
            l.qty += line.qty;
            return commit(next);
        }
    }
    next.lines << line;
    return commit(next);
}

bool TableTicketModel::addItem(const QString &itemId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    auto item = m_store->store().catalog().find(itemId);
    if (!item || !item.value() || !item.value()->active) {
        return fail(item ? tr("This item is not for sale.") : item.error().message);
    }
    auto groups = m_store->store().modifiers().groupsForItem(itemId);
    if (!groups) {
        return fail(groups.error().message);
    }
    if (!groups.value().isEmpty()) {
        Q_EMIT modifiersNeeded(itemId, item.value()->name);
        return false;
    }
    return addLine(TicketLine::fromItem(*item.value()));
}

bool TableTicketModel::addItemWithChoices(const QString &itemId, const QVariantList &choices)
{
    if (!m_store) {
        return failNoDatabase();
    }
    auto item = m_store->store().catalog().find(itemId);
    auto groups = m_store->store().modifiers().groupsForItem(itemId);
    if (!item || !item.value() || !item.value()->active || !groups) {
        return fail(!item ? item.error().message : !groups ? groups.error().message : tr("This item is not for sale."));
    }
    TicketLine line = TicketLine::fromItem(*item.value());
    // Names and prices come from the menu, in its order, whatever the screen sent.
    for (const ModifierGroup &g : groups.value()) {
        for (const ModifierOption &o : g.options) {
            for (const QVariant &v : choices) {
                const QVariantMap m = v.toMap();
                if (m.value(QStringLiteral("groupId")).toString() == g.id &&
                    m.value(QStringLiteral("optionId")).toString() == o.id) {
                    line.modifiers << ModifierChoice{g.id, g.name, o.id, o.name, o.priceMinor};
                }
            }
        }
    }
    if (line.modifiers.size() != choices.size()) {
        return fail(tr("That option is not offered with this item."));
    }
    if (auto valid = validateChoices(groups.value(), line.modifiers); !valid) {
        return fail(valid.error().message);
    }
    return addLine(line);
}

bool TableTicketModel::validRow(int row)
{
    return row >= 0 && row < count() ? true : fail(tr("There is no such line."));
}

bool TableTicketModel::increment(int row)
{
    if (!validRow(row)) {
        return false;
    }
    Ticket next = m_ticket;
    ++next.lines[row].qty;
    return commit(next);
}

bool TableTicketModel::decrement(int row)
{
    if (!validRow(row)) {
        return false;
    }
    Ticket next = m_ticket;
    if (--next.lines[row].qty < 1) {
        next.lines.removeAt(row);
    }
    return commit(next);
}

bool TableTicketModel::setNote(int row, const QString &note)
{
    if (!validRow(row)) {
        return false;
    }
    if (note.trimmed().size() > kMaxNoteLength) {
        return fail(tr("Keep the note under %1 characters.").arg(kMaxNoteLength));
    }
    Ticket next = m_ticket;
    next.lines[row].note = note.trimmed();
    return commit(next);
}

int TableTicketModel::sendToKitchen()
{
    if (!m_store || !m_hasTicket) {
        fail(tr("Seat guests at the table first."));
        return -1;
    }
    Store &store = m_store->store();
    QStringList slips;
    auto sent = store.tables().sendToKitchen(m_tableId, [&store, &slips](QSqlDatabase &db, const KitchenTicket &slip) {
        return deliverKitchenSlip(store, db, slip, slips);
    });
    if (!sent) {
        fail(sent.error().message);
        return -1;
    }
    if (!slips.isEmpty()) {
        m_kitchenLog = slips + m_kitchenLog;
        Q_EMIT kitchenLogChanged();
    }
    if (PrintService *printing = m_store->printService(); printing && !sent.value().isEmpty()) {
        // Slips for a station printer were queued with the send: print them now, not at the next poll.
        printing->wakeSpooler();
        printing->notifyQueueChanged();
    }
    setError({});
    refresh();
    return static_cast<int>(sent.value().size());
}

bool TableTicketModel::printBill()
{
    if (!m_store || !m_hasTicket || m_ticket.lines.isEmpty()) {
        return fail(tr("There is nothing to bill yet."));
    }
    if (auto marked = m_store->store().tables().markBillPrinted(m_tableId); !marked) {
        return fail(marked.error().message);
    }
    setError({});
    refresh();
    // The guest check (BILL / 계산서, not a receipt) goes to the receipt printer; the table shows "bill" either way.
    if (PrintService *printing = m_store->printService()) {
        madang::Ticket bill = m_ticket;
        if (bill.tableName.isEmpty()) {
            bill.tableName = m_tableName;
        }
        const PrintOutcome outcome = printing->printBill(bill, m_store->session()->staffName());
        setBillMessage(outcome.message, outcome.problem);
    }
    return true;
}

void TableTicketModel::setBillMessage(const QString &message, bool problem)
{
    m_billMessage = message;
    m_billProblem = problem;
    Q_EMIT billChanged();
}
