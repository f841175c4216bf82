#include "reservations/waitlistmodel.h"

#include "base/clock.h"
#include "base/phonetext.h"
#include "customers/customerrepository.h"
#include "floor/tableservice.h"
#include "shell/session.h"
#include "workflows/store.h"

#include <QLocale>
#include <QTimeZone>

using namespace madang;

WaitlistModel::WaitlistModel(QObject *parent) : QAbstractListModel(parent) {}

int WaitlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parties.size());
}

QVariant WaitlistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parties.size()) {
        return {};
    }
    const WaitingParty &p = m_parties.at(index.row());
    switch (role) {
    case PartyIdRole:
        return p.id;
    case NameRole:
        return p.guestName;
    case PhoneRole:
        return p.phone.isEmpty() ? QString() : phonetext::display(p.phone);
    case PartyRole:
        return p.partySize;
    case QuotedTextRole: {
        const QString added = QLocale().toString(p.addedAt.toTimeZone(m_store->store().clock().now().timeZone()).time(),
                                                 QStringLiteral("HH:mm"));
        return p.quotedMin == 0 ? tr("Added at %1, no wait quoted").arg(added)
                                : tr("Quoted %n min at %1", "", p.quotedMin).arg(added);
    }
    case EstimateTextRole:
        if (p.estimateMin < 0) {
            return tr("No table before closing");
        }
        if (p.estimateMin == 0) {
            return tr("%1 is free now").arg(tableNames(p.seating.tableIds));
        }
        return tr("About %n min (%1)", "", p.estimateMin).arg(tableNames(p.seating.tableIds));
    case ReadyRole:
        return p.estimateMin == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> WaitlistModel::roleNames() const
{
    return {{PartyIdRole, "partyId"},
            {NameRole, "name"},
            {PhoneRole, "phone"},
            {PartyRole, "party"},
            {QuotedTextRole, "quotedText"},
            {EstimateTextRole, "estimateText"},
            {ReadyRole, "ready"}};
}

void WaitlistModel::setStore(AppStore *store)
{
    if (!AppStore::rebind(m_store, store, this, &WaitlistModel::refresh,
                          {&AppStore::bookingsChanged, &AppStore::ordersChanged})) {
        return;
    }
    Q_EMIT storeChanged();
    refresh();
}

void WaitlistModel::refresh()
{
    beginResetModel();
    m_parties.clear();
    m_tableNames.clear();
    if (m_store) {
        if (auto floor = m_store->store().tables().floor()) {
            for (const TableState &t : std::as_const(floor.value())) {
                m_tableNames.insert(t.table.id, t.table.name);
            }
        }
        if (auto waiting = m_store->store().reservations().waitlist()) {
            m_parties = waiting.value();
        } else {
            setError(waiting.error().message);
        }
    }
    endResetModel();
    Q_EMIT refreshed();
}

void WaitlistModel::clearError()
{
    setError({});
}

QString WaitlistModel::tableNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        names << m_tableNames.value(id, id);
    }
    return tr("table %1").arg(names.join(QLatin1Char('+')));
}

QString WaitlistModel::actor() const
{
    return m_store && m_store->session() ? m_store->session()->staffId() : QString();
}

QString WaitlistModel::quoteText(int partySize) const
{
    if (!m_store) {
        return {};
    }
    auto quoted = m_store->store().reservations().quote(partySize);
    if (!quoted) {
        return quoted.error().message;
    }
    return quoted.value() == 0 ? tr("A table is free now") : tr("About %n min", "", quoted.value());
}

bool WaitlistModel::done(const Status &status)
{
    return succeeded(status);
}

bool WaitlistModel::add(const QString &name, const QString &phone, int partySize)
{
    if (!m_store) {
        return false;
    }
    auto added = m_store->store().reservations().addToWaitlist(name, phone, partySize, actor());
    return done(added ? Status(Done{}) : Status(added.error()));
}

bool WaitlistModel::seat(const QString &id)
{
    if (!m_store) {
        return false;
    }
    auto it = std::find_if(m_parties.cbegin(), m_parties.cend(), [&](const WaitingParty &p) { return p.id == id; });
    if (it == m_parties.cend()) {
        return done(makeError(ErrorCode::NotFound, tr("That party is no longer waiting.")));
    }
    if (it->estimateMin != 0 || it->seating.tableIds.isEmpty()) {
        return done(makeError(ErrorCode::Conflict, tr("No table is free for them yet.")));
    }
    const QString table = it->seating.tableIds.first();
    if (!done(m_store->store().reservations().seatWaiting(id, it->seating.tableIds, m_store->blankTicket(), actor()))) {
        return false;
    }
    m_store->requestTable(table);
    return true;
}

bool WaitlistModel::remove(const QString &id)
{
    return m_store && done(m_store->store().reservations().leaveWaitlist(id, actor()));
}
