#include "shell/appstore.h"

#include "merchant/merchantrepository.h"
#include "printing/printservice.h"
#include "sales/journal.h"
#include "shell/session.h"
#include "staffauth.h"
#include "workflows/store.h"

using namespace madang;

AppStore::AppStore(Store &store, const PinHasher &hasher, const Signer &signer, QObject *parent)
    : QObject(parent), m_store(store), m_hasher(hasher), m_signer(signer), m_terminalId(signer.terminalId()),
      m_auth(std::make_unique<StaffAuth>(store, hasher)),
      m_session(std::make_unique<Session>(*m_auth, store.merchant(), store.clock()))
{
    connect(m_session.get(), &Session::attempted, this, &AppStore::staffChanged);
    connect(m_session.get(), &Session::changed, this, &AppStore::staffChanged);
    connect(&store.database().changes(), &ChangeFeed::changed, this, &AppStore::routeChanges);
}

AppStore::~AppStore() = default;

bool AppStore::isSetUp() const
{
    return m_store.isSetUp();
}

QString AppStore::businessName() const
{
    auto p = m_store.merchant().profile();
    return p && p.value() ? p.value()->name : QString();
}

QString AppStore::vertical() const
{
    auto p = m_store.merchant().profile();
    return p && p.value() ? verticalToString(p.value()->vertical) : QString();
}

QString AppStore::currency() const
{
    auto p = m_store.merchant().profile();
    return p && p.value() ? p.value()->currency : QStringLiteral("KRW");
}

QString AppStore::databasePath() const
{
    return m_store.database().path();
}

void AppStore::notifySetUp()
{
    Q_EMIT setUpChanged();
}

void AppStore::notifyLanguageChanged()
{
    Q_EMIT profileChanged();
}

namespace {
using Domain = ChangeFeed::Domain;
using Domains = ChangeFeed::Domains;

struct Route
{
    Domains domains;
    void (AppStore::*signal)();
};

/// Which screens show what: a commit that touched any of a row's domains emits its signal (once). Staff
/// feeds the booking screens too (names, hours, days off, crews), customers feed bookings and reservations.
/// The journal, open and parked tickets, shifts, tables, the audit log, the device and the outbox have no
/// screen-wide signal: the screens that show them reload after their own actions.
const Route kRoutes[] = {
    {Domain::Merchant, &AppStore::profileChanged},
    {Domain::Catalog, &AppStore::catalogChanged},
    {Domain::Staff, &AppStore::staffChanged},
    {Domain::Orders, &AppStore::ordersChanged},
    {Domains(Domain::Bookings) | Domain::Reservations | Domain::Customers | Domain::Staff, &AppStore::bookingsChanged},
    {Domain::PrintQueue, &AppStore::printQueueChanged},
};
} // namespace

void AppStore::routeChanges(ChangeFeed::Domains domains)
{
    for (const Route &route : kRoutes) {
        if ((domains & route.domains).toInt() != 0) {
            Q_EMIT(this->*route.signal)();
        }
    }
}

void AppStore::requestCheckout(const QString &bookingId)
{
    Q_EMIT checkoutRequested(bookingId);
}

void AppStore::requestTable(const QString &tableId)
{
    Q_EMIT tableRequested(tableId);
}

madang::Ticket AppStore::blankTicket() const
{
    madang::Ticket blank;
    if (auto p = m_store.merchant().profile(); p && p.value()) {
        blank.currency = p.value()->currency;
        blank.pricesIncludeVat = p.value()->pricesIncludeVat;
    }
    return blank;
}

void AppStore::setPrintService(PrintService *printing)
{
    if (m_printing) {
        disconnect(m_printing, nullptr, this, nullptr);
    }
    m_printing = printing;
    if (m_printing) {
        connect(m_printing, &PrintService::queueChanged, this, &AppStore::printQueueChanged);
    }
    Q_EMIT printQueueChanged();
}

void AppStore::setBackgroundSync(madang::sync::BackgroundSync *sync)
{
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &madang::sync::BackgroundSync::changed, this, &AppStore::syncChanged);
    }
    Q_EMIT syncChanged();
}

PrintService *AppStore::printService() const
{
    return m_printing.data();
}
