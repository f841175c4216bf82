#include "reservations/reservationsmodel.h"

#include "base/clock.h"
#include "base/money.h"
#include "base/phonetext.h"
#include "base/timetext.h"
#include "common/clocktext.h"
#include "common/moneytext.h"
#include "customers/customerrepository.h"
#include "floor/tableservice.h"
#include "shell/session.h"
#include "workflows/intake.h"
#include "workflows/store.h"

#include <QCollator>
#include <QTimeZone>

using namespace madang;

namespace {
constexpr int kSnapMin = 15;

} // namespace

ReservationsModel::ReservationsModel(QObject *parent) : QAbstractListModel(parent) {}

int ReservationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_blocks.size());
}

QVariant ReservationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size()) {
        return {};
    }
    const Block &block = m_blocks.at(index.row());
    const Reservation &r = block.reservation;
    switch (role) {
    case ReservationIdRole:
        return r.id;
    case ColumnRole:
        return block.column;
    case StartMinRole:
        return r.startMin;
    case EndMinRole:
        return r.endMin();
    case GuestRole:
        return r.guestName;
    case PartyRole:
        return r.partySize;
    case TablesTextRole:
        return r.tableNames.join(QLatin1Char('+'));
    case TimeTextRole:
        return QStringLiteral("%1–%2").arg(madang::timetext::clock(r.startMin), madang::timetext::clock(r.endMin()));
    case StatusRole:
        return bookingStatusName(r.status);
    case StatusTextRole:
        return bookingStatusLabel(r.status);
    case SourceRole:
        return bookingSourceName(r.source);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReservationsModel::roleNames() const
{
    return {{ReservationIdRole, "reservationId"},
            {ColumnRole, "column"},
            {StartMinRole, "startMin"},
            {EndMinRole, "endMin"},
            {GuestRole, "guest"},
            {PartyRole, "party"},
            {TablesTextRole, "tablesText"},
            {TimeTextRole, "timeText"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {SourceRole, "source"}};
}

void ReservationsModel::setStore(AppStore *store)
{
    if (!AppStore::rebind(m_store, store, this, &ReservationsModel::refresh,
                          {&AppStore::bookingsChanged, &AppStore::ordersChanged})) {
        return;
    }
    m_date = {};
    Q_EMIT storeChanged();
    refresh();
}

QString ReservationsModel::dateText() const
{
    return dayText(m_date);
}

bool ReservationsModel::isToday() const
{
    return m_store && m_date == m_store->store().clock().now().date();
}

int ReservationsModel::nowMin() const
{
    return isToday() ? m_store->store().clock().now().time().msecsSinceStartOfDay() / 60000 : -1;
}

void ReservationsModel::refresh()
{
    beginResetModel();
    m_blocks.clear();
    m_columns.clear();
    m_columnTableIds.clear();
    m_summary.clear();
    if (m_store) {
        Store &store = m_store->store();
        if (!m_date.isValid()) {
            m_date = store.clock().now().date();
        }
        auto floor = store.tables().floor();
        if (floor) {
            // By area, then by name as people count: 1, 2, … 10.
            QHash<QString, int> areaOrder;
            if (auto areas = store.tables().areas()) {
                for (qsizetype n = 0; n < areas->size(); ++n) {
                    areaOrder.insert(areas->at(n).id, static_cast<int>(n));
                }
            }
            QCollator collator;
            collator.setNumericMode(true);
            std::stable_sort(floor->begin(), floor->end(), [&](const TableState &a, const TableState &b) {
                const int areaA = areaOrder.value(a.table.areaId);
                const int areaB = areaOrder.value(b.table.areaId);
                return areaA != areaB ? areaA < areaB : collator.compare(a.table.name, b.table.name) < 0;
            });
            for (const TableState &t : std::as_const(floor.value())) {
                m_columnTableIds << t.table.id;
                m_columns << QVariantMap{{QStringLiteral("id"), t.table.id},
                                         {QStringLiteral("name"), t.table.name},
                                         {QStringLiteral("subtitle"), tr("%n seat(s)", "", t.table.seats)}};
            }
        }
        m_dayStartMin = 11 * 60;
        m_dayEndMin = 22 * 60;
        if (auto hours = store.reservations().hoursOn(m_date); hours && !hours->isEmpty()) {
            m_dayStartMin = hours->first().startMin / 60 * 60;
            m_dayEndMin = std::min(24 * 60, (hours->last().endMin + 59) / 60 * 60);
        }
        auto day = store.reservations().onDay(m_date);
        int reservations = 0;
        int guests = 0;
        if (day) {
            for (const Reservation &r : std::as_const(day.value())) {
                if (r.status != BookingStatus::Cancelled) {
                    ++reservations;
                    guests += r.partySize;
                }
                m_dayStartMin = std::min(m_dayStartMin, r.startMin / 60 * 60);
                m_dayEndMin = std::max(m_dayEndMin, std::min(24 * 60, (r.endMin() + 59) / 60 * 60));
                for (const QString &tableId : r.tableIds) {
                    const auto column = m_columnTableIds.indexOf(tableId);
                    if (column >= 0) {
                        m_blocks << Block{r, static_cast<int>(column)};
                    }
                }
            }
        }
        // Today, parties at a table without a reservation (walk-ins) hold it from when they sat down.
        if (floor && isToday()) {
            QSet<QString> seated;
            for (const Block &b : std::as_const(m_blocks)) {
                if (b.reservation.status == BookingStatus::InService) {
                    seated.insert(b.reservation.seatedTableId);
                }
            }
            const QDateTime now = store.clock().now();
            for (const TableState &t : std::as_const(floor.value())) {
                if (t.status == TableStatus::Free || seated.contains(t.table.id)) {
                    continue;
                }
                const QDateTime opened = madang::timetext::fromWire(t.openedAt).toTimeZone(now.timeZone());
                Reservation walkIn;
                walkIn.status = BookingStatus::InService;
                walkIn.source = BookingSource::WalkIn;
                walkIn.guestName = tr("Walk-in");
                walkIn.partySize = t.guests;
                walkIn.startMin = opened.date() == m_date ? opened.time().msecsSinceStartOfDay() / 60000 : 0;
                walkIn.durationMin = std::max(defaultDiningMinutes(t.guests), nowMin() + 15 - walkIn.startMin);
                walkIn.durationMin = std::min(walkIn.durationMin, 24 * 60 - walkIn.startMin);
                walkIn.tableNames = {t.table.name};
                m_blocks << Block{walkIn, static_cast<int>(m_columnTableIds.indexOf(t.table.id))};
            }
        }
        m_summary = tr("%n reservation(s)", "", reservations) + QStringLiteral(" · ") + tr("%n guest(s)", "", guests);
        if (!day || !floor) {
            setError((!day ? day.error() : floor.error()).message);
        }
    }
    endResetModel();
    Q_EMIT refreshed();
}

void ReservationsModel::previous()
{
    m_date = m_date.addDays(-1);
    refresh();
}

void ReservationsModel::next()
{
    m_date = m_date.addDays(1);
    refresh();
}

void ReservationsModel::goToday()
{
    m_date = {};
    refresh();
}

void ReservationsModel::clearError()
{
    setError({});
}

QString ReservationsModel::actor() const
{
    return m_store && m_store->session() ? m_store->session()->staffId() : QString();
}

bool ReservationsModel::apply(const Result<Reservation> &result)
{
    if (!result) {
        return fail(result.error().message);
    }
    clearError();
    return true;
}

QVariantList ReservationsModel::freeTimes(int partySize) const
{
    QVariantList out;
    if (!m_store) {
        return out;
    }
    auto free = m_store->store().reservations().freeSlots(partySize, m_date, 0, kSnapMin);
    if (!free) {
        return out;
    }
    const int now = nowMin();
    for (const TableSlot &slot : std::as_const(free.value())) {
        if (slot.startMin < now) {
            continue; // today: no reservation in the past
        }
        QVariantMap suggestion = this->suggestion(partySize, slot.startMin);
        suggestion.insert(QStringLiteral("startMin"), slot.startMin);
        suggestion.insert(QStringLiteral("text"), madang::timetext::clock(slot.startMin));
        out << suggestion;
    }
    return out;
}

QVariantMap ReservationsModel::suggestion(int partySize, int startMin) const
{
    QVariantMap out{{QStringLiteral("tableIds"), QStringList{}}, {QStringLiteral("tables"), QString()}};
    if (!m_store) {
        return out;
    }
    auto choices = m_store->store().reservations().suggest(partySize, m_date, startMin);
    if (!choices) {
        out.insert(QStringLiteral("error"), choices.error().message);
        return out;
    }
    if (choices->isEmpty()) {
        return out;
    }
    QStringList names;
    for (const QString &id : choices->first().tableIds) {
        const auto column = m_columnTableIds.indexOf(id);
        names << (column >= 0 ? m_columns.at(column).toMap().value(QStringLiteral("name")).toString() : id);
    }
    out.insert(QStringLiteral("tableIds"), choices->first().tableIds);
    out.insert(QStringLiteral("tables"), names.join(QLatin1Char('+')));
    return out;
}

bool ReservationsModel::reserve(const QString &name, const QString &phone, int partySize, int startMin,
                                const QStringList &tableIds, const QString &deposit)
{
    if (!m_store) {
        return failNoDatabase();
    }
    qint64 depositMinor = 0;
    if (!deposit.trimmed().isEmpty()) {
        auto currency = Currency::fromCode(m_store->currency());
        auto amount = currency ? Money::parseMajor(deposit, currency.value()) : Result<Money>(currency.error());
        if (!amount) {
            return fail(tr("Deposit: %1").arg(amount.error().message));
        }
        depositMinor = amount->minor();
    }
    ReservationRequest request;
    request.depositMinor = depositMinor;
    request.guestName = name.trimmed();
    request.partySize = partySize;
    request.day = m_date;
    request.startMin = startMin;
    request.tableIds = tableIds;
    request.source = phone.trimmed().isEmpty() ? BookingSource::Counter : BookingSource::Phone;
    request.actorId = actor();
    return apply(Intake(m_store->store()).reserve(request, phone));
}

bool ReservationsModel::move(const QString &id, int column, int startMin)
{
    if (!m_store) {
        return failNoDatabase();
    }
    if (column < 0 || column >= m_columnTableIds.size()) {
        return fail(tr("Drop the reservation on a table."));
    }
    const int snapped = (startMin + kSnapMin / 2) / kSnapMin * kSnapMin;
    auto found = m_store->store().reservations().find(id);
    if (!found || !found.value()) {
        return fail(found ? tr("That reservation no longer exists.") : found.error().message);
    }
    // The party's own table, or that table with the neighbours it combines with.
    const QString table = m_columnTableIds.at(column);
    QStringList tables{table};
    if (auto choices = m_store->store().reservations().suggest(found.value()->partySize, m_date, snapped,
                                                               found.value()->durationMin, id);
        choices) {
        for (const TableChoice &c : std::as_const(choices.value())) {
            if (c.tableIds.contains(table)) {
                tables = c.tableIds;
                break;
            }
        }
    }
    return apply(m_store->store().reservations().move(id, m_date, snapped, tables, actor()));
}

QVariantMap ReservationsModel::details(const QString &id) const
{
    if (!m_store) {
        return {};
    }
    auto found = m_store->store().reservations().find(id);
    if (!found || !found.value()) {
        return {};
    }
    const Reservation &r = *found.value();
    const bool open = r.status == BookingStatus::Confirmed || r.status == BookingStatus::PendingSync ||
                      r.status == BookingStatus::CheckedIn;
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("guest"), r.guestName},
        {QStringLiteral("phone"), r.phone.isEmpty() ? QString() : phonetext::display(r.phone)},
        {QStringLiteral("party"), r.partySize},
        {QStringLiteral("time"),
         QStringLiteral("%1–%2").arg(madang::timetext::clock(r.startMin), madang::timetext::clock(r.endMin()))},
        {QStringLiteral("tables"), r.tableNames.join(QLatin1Char('+'))},
        {QStringLiteral("status"), bookingStatusName(r.status)},
        {QStringLiteral("statusText"), bookingStatusLabel(r.status)},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("deposit"), r.depositMinor > 0 ? moneyText(r.depositMinor, m_store->currency()) : QString()},
        {QStringLiteral("cancelReason"), r.cancelReason},
        {QStringLiteral("canArrive"), bookingTransitionAllowed(r.status, BookingStatus::CheckedIn)},
        {QStringLiteral("canSeat"), open},
        {QStringLiteral("canNoShow"), bookingTransitionAllowed(r.status, BookingStatus::NoShow)},
        {QStringLiteral("canCancel"), bookingTransitionAllowed(r.status, BookingStatus::Cancelled)}};
}

bool ReservationsModel::arrive(const QString &id)
{
    return m_store && apply(m_store->store().reservations().setStatus(id, BookingStatus::CheckedIn, actor()));
}

bool ReservationsModel::seat(const QString &id)
{
    if (!m_store) {
        return false;
    }
    auto seated = m_store->store().reservations().seat(id, m_store->blankTicket(), actor());
    if (!apply(seated)) {
        return false;
    }
    m_store->requestTable(seated->seatedTableId);
    return true;
}

bool ReservationsModel::noShow(const QString &id)
{
    return m_store && apply(m_store->store().reservations().markNoShow(id, actor()));
}

bool ReservationsModel::cancel(const QString &id, const QString &reason)
{
    return m_store && apply(m_store->store().reservations().cancel(id, reason, actor()));
}
