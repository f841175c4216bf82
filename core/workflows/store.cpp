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
#include "floor/tableservice.h"
#include "merchant/merchantrepository.h"
#include "merchant/staffrepository.h"
#include "replication/outbox.h"
#include "reservations/reservationservice.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "sales/parkedtickets.h"
#include "sales/saleservice.h"
#include "shifts/shiftservice.h"
#include "storage/migrator.h"
#include "workflows/depositcredit.h"

namespace madang {

Store::Store(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock), m_ids(std::make_unique<Uuid7Generator>(clock)),
      m_outbox(std::make_unique<Outbox>(clock, *m_ids)),
      m_staff(std::make_unique<StaffRepository>(*m_db, clock, *m_ids)),
      m_catalog(std::make_unique<CatalogRepository>(*m_db, clock, *m_ids, *m_outbox)),
      m_merchant(std::make_unique<MerchantRepository>(*m_db, clock, *m_outbox, *m_staff)),
      m_audit(std::make_unique<AuditLog>(*m_db, clock)), m_journal(std::make_unique<Journal>(*m_db)),
      m_orders(std::make_unique<OrderRepository>(*m_db)),
      m_tenders(std::make_unique<TenderRegistry>(tendersFor(*this))),
      m_sales(std::make_unique<SaleService>(*m_db, clock, *m_ids, *m_outbox, *m_journal, *m_tenders)),
      m_modifiers(std::make_unique<ModifierRepository>(*m_db, *m_ids, *m_outbox)),
      m_parked(std::make_unique<ParkedTickets>(*m_db, *m_ids, clock)),
      m_shifts(std::make_unique<ShiftService>(*m_db, clock, *m_ids, *m_outbox, *m_journal)),
      m_tables(std::make_unique<TableService>(*m_db, clock, *m_ids)),
      m_customers(std::make_unique<CustomerRepository>(*m_db, clock, *m_ids, *m_outbox)),
      m_resources(std::make_unique<ResourceRepository>(*m_db, clock, *m_ids, *m_outbox, *m_staff)),
      m_crews(std::make_unique<CrewRepository>(*m_db, *m_ids, *m_outbox, *m_staff)),
      m_bookings(std::make_unique<BookingService>(*m_db, clock, *m_ids, *m_outbox, *m_resources, *m_crews)),
      m_reservations(std::make_unique<ReservationService>(*m_db, clock, *m_ids, *m_outbox, *m_tables, *m_bookings))
{
    m_sales->setShiftGuard([this](const QString &currency, const SaleContext &who, const Signer &signer) -> Status {
        auto counted = m_shifts->ensureOpen(currency, who, signer);
        return counted ? Status(Done{}) : Status(counted.error());
    });
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::Mode mode, const Clock &clock)
{
    auto db = Database::open(path, mode, Migrator::builtin(), {&SearchIndex::companion()});
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Store>(new Store(std::move(db).value(), clock));
}

bool Store::isSetUp() const
{
    auto p = m_merchant->profile();
    return p.ok() && p.value().has_value();
}

} // namespace madang
