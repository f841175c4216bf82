#pragma once

#include "base/error.h"
#include "bookings/booking.h"
#include "bookings/recurrence.h"
#include "merchant/merchant.h"
#include "reservations/reservationservice.h"
#include "storage/database.h"

#include <memory>

namespace madang {

class AuditLog;
class BookingService;
class CrewRepository;
class ReservationService;
class CustomerRepository;
class CatalogRepository;
class Clock;
class Journal;
class ModifierRepository;
class ParkedTickets;
class ResourceRepository;
class OrderRepository;
class SaleService;
class ShiftService;
class TableService;
class MerchantRepository;
class Outbox;
class StaffRepository;
class TenderRegistry;
class Uuid7Generator;

/// One terminal database and its repositories and services: what the app, madangctl, the benchmarks and
/// the tests each open. The clock is injected and must outlive the store. Flows that span domains take a
/// Store: Checkout, Intake and Setup (workflows/).
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString &path, Database::Mode mode, const Clock &clock);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] bool isSetUp() const;

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] Uuid7Generator &ids() { return *m_ids; }
    [[nodiscard]] Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] CatalogRepository &catalog() { return *m_catalog; }
    [[nodiscard]] MerchantRepository &merchant() { return *m_merchant; }
    /// The staff rows (StaffAuth, the owner's setup and bookings read and write them through it).
    [[nodiscard]] StaffRepository &staff() { return *m_staff; }
    [[nodiscard]] AuditLog &audit() { return *m_audit; }
    [[nodiscard]] Journal &journal() { return *m_journal; }
    [[nodiscard]] OrderRepository &orders() { return *m_orders; }
    [[nodiscard]] SaleService &sales() { return *m_sales; }
    /// The tender kinds this store's sales take: the built-in ones, with the deposit rule on `deposit`.
    [[nodiscard]] const TenderRegistry &tenders() const { return *m_tenders; }
    [[nodiscard]] ModifierRepository &modifiers() { return *m_modifiers; }
    [[nodiscard]] ParkedTickets &parked() { return *m_parked; }
    [[nodiscard]] ShiftService &shifts() { return *m_shifts; }
    [[nodiscard]] TableService &tables() { return *m_tables; }
    [[nodiscard]] CustomerRepository &customers() { return *m_customers; }
    [[nodiscard]] ResourceRepository &resources() { return *m_resources; }
    [[nodiscard]] BookingService &bookings() { return *m_bookings; }
    [[nodiscard]] CrewRepository &crews() { return *m_crews; }
    [[nodiscard]] ReservationService &reservations() { return *m_reservations; }

private:
    Store(std::unique_ptr<Database> db, const Clock &clock);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<Uuid7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<StaffRepository> m_staff;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<MerchantRepository> m_merchant;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<OrderRepository> m_orders;
    std::unique_ptr<TenderRegistry> m_tenders;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<ModifierRepository> m_modifiers;
    std::unique_ptr<ParkedTickets> m_parked;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<TableService> m_tables;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<ResourceRepository> m_resources;
    std::unique_ptr<CrewRepository> m_crews;
    std::unique_ptr<BookingService> m_bookings;
    std::unique_ptr<ReservationService> m_reservations;
};

} // namespace madang
