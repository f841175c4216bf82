#include "workflows/store.h"

#include "audit/auditlog.h"
#include "base/uuid7.h"
#include "bookings/bookingservice.h"
#include "bookings/crewrepository.h"
#include "bookings/resourcerepository.h"
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "catalog/search/searchindex.h"
#include "customers/customerrepository.h"
#include "demo/demodata.h"
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "merchant/staffrepository.h"
#include "replication/outbox.h"
#include "reservations/reservationservice.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "sales/parkedtickets.h"
#include "sales/payment.h"
#include "sales/saleservice.h"
#include "sales/ticket.h"
#include "shifts/shiftservice.h"
#include "storage/migrator.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace madang {

Store::Store(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock), m_ids(std::make_unique<Uuid7Generator>(clock)),
      m_outbox(std::make_unique<Outbox>(clock, *m_ids)),
      m_staff(std::make_unique<StaffRepository>(*m_db, clock, *m_ids)),
      m_catalog(std::make_unique<CatalogRepository>(*m_db, clock, *m_ids, *m_outbox)),
      m_merchant(std::make_unique<MerchantRepository>(*m_db, clock, *m_outbox, *m_staff)),
      m_audit(std::make_unique<AuditLog>(*m_db, clock)), m_journal(std::make_unique<Journal>(*m_db)),
      m_orders(std::make_unique<OrderRepository>(*m_db)),
      m_sales(std::make_unique<SaleService>(*m_db, clock, *m_ids, *m_outbox, *m_journal)),
      m_modifiers(std::make_unique<ModifierRepository>(*m_db, *m_ids, *m_outbox)),
      m_parked(std::make_unique<ParkedTickets>(*m_db, *m_ids, clock)),
      m_shifts(std::make_unique<ShiftService>(*m_db, clock, *m_ids, *m_outbox, *m_journal)),
      m_tables(std::make_unique<TableService>(*m_db, clock, *m_ids)),
      m_customers(std::make_unique<CustomerRepository>(*m_db, clock, *m_ids, *m_outbox)),
      m_resources(std::make_unique<ResourceRepository>(*m_db, clock, *m_ids, *m_outbox, *m_staff)),
      m_crews(std::make_unique<CrewRepository>(*m_db, *m_ids, *m_outbox, *m_staff)),
      m_bookings(std::make_unique<BookingService>(*m_db, clock, *m_ids, *m_outbox, *m_resources, *m_crews)),
      m_reservations(std::make_unique<ReservationService>(*m_db, clock, *m_ids, *m_outbox, *m_tables, *m_bookings))
{}

Store::~Store() = default;

Status Store::closeTable(const QString &tableId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto freed = m_tables->close(tableId); !freed) {
        return freed;
    }
    if (auto finished = m_reservations->finishAt(db, tableId); !finished) {
        return finished;
    }
    return tx.commit();
}

Result<FinalizedSale> Store::payTable(const QString &tableId, const QList<LinePick> &picks, qint64 expectedDueMinor,
                                      const QList<PaymentInput> &tenders, const SaleContext &who, const Signer &signer)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    Ticket toPay;
    if (picks.isEmpty()) {
        auto open = m_tables->ticketOn(tableId);
        if (!open) {
            return open.error();
        }
        if (!open.value()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("Store", "That table has no open ticket."));
        }
        toPay = *open.value();
    } else {
        auto part = m_tables->split(tableId, picks);
        if (!part) {
            return part.error();
        }
        toPay = part.value();
    }
    if (auto priced = priceTicket(toPay); !priced || priced.value().totalMinor != expectedDueMinor) {
        return priced ? makeError(ErrorCode::Conflict,
                                  QCoreApplication::translate("Store", "The table's ticket changed while paying. "
                                                                       "Check the amount and start again."))
                      : priced.error();
    }
    qint64 credited = 0;
    QString reservationId;
    for (const PaymentInput &t : tenders) {
        if (t.method == payment::Deposit) {
            credited += t.amountMinor;
            reservationId = t.reference;
        }
    }
    if (credited > 0) {
        if (auto allowed = m_reservations->checkDepositCredit(tableId, reservationId, credited); !allowed) {
            return allowed.error();
        }
    }
    auto sale = m_sales->finalize(toPay, tenders, who, signer);
    if (!sale) {
        return sale.error();
    }
    if (picks.isEmpty()) {
        if (auto freed = closeTable(tableId); !freed) {
            return freed.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return sale;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::Mode mode, const Clock &clock)
{
    auto db = Database::open(path, mode, Migrator::builtin(), {&SearchIndex::companion()});
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Store>(new Store(std::move(db).value(), clock));
}

Result<StaffMember> Store::setUp(const MerchantProfile &profile, const QString &ownerName, bool demo,
                                 const QString &ownerPinHash)
{
    Transaction tx(m_db->connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    auto owner = m_merchant->initialize(profile, ownerName, ownerPinHash);
    if (!owner) {
        return owner.error();
    }
    if (demo) {
        if (auto seeded = DemoData::seed(profile.vertical, *this); !seeded) {
            return seeded.error();
        }
    }
    AuditEntry entry;
    entry.actorId = owner->id;
    entry.actorName = owner->name;
    entry.action = audit::TerminalSetUp;
    entry.record = QStringLiteral("merchant");
    entry.detail = {{QStringLiteral("vertical"), verticalToString(profile.vertical)},
                    {QStringLiteral("currency"), profile.currency},
                    {QStringLiteral("demo"), demo}};
    if (auto logged = m_audit->append(entry); !logged) {
        return logged.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return owner;
}

bool Store::isSetUp() const
{
    auto p = m_merchant->profile();
    return p.ok() && p.value().has_value();
}

Result<QString> Store::customerIdFor(const QString &phone, const QString &name)
{
    if (phone.trimmed().isEmpty()) {
        return QString();
    }
    auto customer = m_customers->findOrAdd(phone, name);
    if (!customer) {
        return customer.error();
    }
    return customer->id;
}

Result<Booking> Store::bookForPhone(BookingRequest request, const QString &phone, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto customer = customerIdFor(phone, name);
    if (!customer) {
        return customer.error();
    }
    request.customerId = customer.value();
    auto made = m_bookings->create(request);
    if (!made) {
        return made.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return made;
}

Result<Reservation> Store::reserveForPhone(ReservationRequest request, const QString &phone)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto customer = customerIdFor(phone, request.guestName);
    if (!customer) {
        return customer.error();
    }
    request.customerId = customer.value();
    auto made = m_reservations->create(request);
    if (!made) {
        return made.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return made;
}

Result<QList<Booking>> Store::bookSeriesForPhone(BookingRequest request, const QString &phone, const QString &name,
                                                 Repeat repeat, int visits)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto customer = customerIdFor(phone, name);
    if (!customer) {
        return customer.error();
    }
    request.customerId = customer.value();
    auto made = m_bookings->createSeries(request, repeat, visits);
    if (!made) {
        return made.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return made;
}

Result<FinalizedSale> Store::finalizeSale(const Ticket &ticket, const QList<PaymentInput> &tenders,
                                          const SaleContext &who, const Signer &signer)
{
    qint64 deposits = 0;
    for (const PaymentInput &t : tenders) {
        if (t.method == payment::Deposit) {
            if (ticket.bookingId.isEmpty() || t.reference.trimmed() != ticket.bookingId) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("Store", "A deposit is credited only to its own booking."));
            }
            deposits += t.amountMinor;
        }
    }
    if (ticket.bookingId.isEmpty()) {
        return m_sales->finalize(ticket, tenders, who, signer);
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto booking = m_bookings->find(ticket.bookingId);
    if (!booking) {
        return booking.error();
    }
    if (!booking.value()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Store", "That booking does not exist."));
    }
    if (deposits > booking.value()->depositMinor) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Store", "More deposit is credited than the booking's deposit."));
    }
    auto sale = m_sales->finalize(ticket, tenders, who, signer);
    if (!sale) {
        return sale.error();
    }
    if (auto completed = m_bookings->complete(ticket.bookingId, sale->orderId, who.staffId); !completed) {
        return completed.error(); // the sale rolls back with it
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return sale;
}

} // namespace madang
