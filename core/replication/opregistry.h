#pragma once

// Every op the terminal writes to its outbox, in one place: its name on the wire, its version, the domain it
// belongs to and which way it travels. Call sites name an op by its constant (ops::OrderFinalized), so a name
// is written once; Outbox refuses a name or version that is not listed here.

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

namespace madang {

/// Which way an op travels.
enum class OpDirection {
    Push,     ///< an append-only ledger the terminal owns (orders, shifts, cash moves): only ever sent
    Exchange, ///< state the platform can also change (catalog, customers, bookings...): sent and applied
};

/// One registered op.
struct OpSpec
{
    QLatin1String name;   ///< "order.finalized"
    int version;          ///< what the payload looks like; bumped when its shape changes
    QLatin1String domain; ///< the core/ folder whose writes produce it: "sales", "catalog"...
    OpDirection direction;
    /// Last writer wins (replication/lastwriter.h): the piece of state the op sets, shared by the ops that set it
    /// ("item" for an item's create and update, "booking_status" for a booking's status changes). Empty for the
    /// ledgers and for records that are only created once, whose appliers write the same rows however often
    /// they run.
    QLatin1String lww = {};
    /// A payload field that names the piece within the entity (a staff member's day off by its "day").
    QLatin1String lwwKey = {};
};

namespace ops {
// sales/ and shifts/: the ledgers.
/// Version 2 carries the sale's journal entry by reference ({"entry_hash", "journal_seq"}): the body is in the
/// journal, written in the same transaction. Outbox::pending() reads it back into the payload version 1 had.
inline constexpr OpSpec OrderFinalized{QLatin1String("order.finalized"), 2, QLatin1String("sales"), OpDirection::Push};
inline constexpr OpSpec ShiftOpened{QLatin1String("shift.opened"), 1, QLatin1String("shifts"), OpDirection::Push};
inline constexpr OpSpec ShiftCashMoved{QLatin1String("shift.cash_moved"), 1, QLatin1String("shifts"),
                                       OpDirection::Push};
inline constexpr OpSpec ShiftClosed{QLatin1String("shift.closed"), 1, QLatin1String("shifts"), OpDirection::Push};

// merchant/: the profile and the staff.
inline constexpr OpSpec MerchantInitialized{QLatin1String("merchant.initialized"), 1, QLatin1String("merchant"),
                                            OpDirection::Exchange, QLatin1String("merchant")};
inline constexpr OpSpec MerchantUpdated{QLatin1String("merchant.updated"), 1, QLatin1String("merchant"),
                                        OpDirection::Exchange, QLatin1String("merchant")};
inline constexpr OpSpec StaffCreated{QLatin1String("staff.created"), 1, QLatin1String("merchant"),
                                     OpDirection::Exchange, QLatin1String("staff")};
inline constexpr OpSpec StaffUpdated{QLatin1String("staff.updated"), 1, QLatin1String("merchant"),
                                     OpDirection::Exchange, QLatin1String("staff")};

// catalog/
inline constexpr OpSpec CatalogCategoryCreated{QLatin1String("catalog.category.created"), 1, QLatin1String("catalog"),
                                               OpDirection::Exchange, QLatin1String("category")};
inline constexpr OpSpec CatalogItemCreated{QLatin1String("catalog.item.created"), 1, QLatin1String("catalog"),
                                           OpDirection::Exchange, QLatin1String("item")};
inline constexpr OpSpec CatalogItemUpdated{QLatin1String("catalog.item.updated"), 1, QLatin1String("catalog"),
                                           OpDirection::Exchange, QLatin1String("item")};
inline constexpr OpSpec CatalogItemsUpserted{QLatin1String("catalog.items.upserted"), 1, QLatin1String("catalog"),
                                             OpDirection::Exchange};
inline constexpr OpSpec CatalogModifierGroupSaved{QLatin1String("catalog.modifier_group.saved"), 1,
                                                  QLatin1String("catalog"), OpDirection::Exchange,
                                                  QLatin1String("modifier_group")};
inline constexpr OpSpec CatalogItemModifiersSet{QLatin1String("catalog.item_modifiers.set"), 1,
                                                QLatin1String("catalog"), OpDirection::Exchange,
                                                QLatin1String("item_modifiers")};

// customers/
inline constexpr OpSpec CustomerCreated{QLatin1String("customer.created"), 1, QLatin1String("customers"),
                                        OpDirection::Exchange, QLatin1String("customer")};
inline constexpr OpSpec CustomerUpdated{QLatin1String("customer.updated"), 1, QLatin1String("customers"),
                                        OpDirection::Exchange, QLatin1String("customer")};

// bookings/: resources (ResourceRepository), crews (CrewRepository) and bookings (BookingService).
inline constexpr OpSpec StaffSkillsSet{QLatin1String("staff.skills.set"), 1, QLatin1String("bookings"),
                                       OpDirection::Exchange, QLatin1String("staff_skills")};
inline constexpr OpSpec StaffHoursSet{QLatin1String("staff.hours.set"), 1, QLatin1String("bookings"),
                                      OpDirection::Exchange, QLatin1String("staff_hours")};
inline constexpr OpSpec StaffDayOffAdded{QLatin1String("staff.day_off.added"),
                                         1,
                                         QLatin1String("bookings"),
                                         OpDirection::Exchange,
                                         QLatin1String("staff_day_off"),
                                         QLatin1String("day")};
inline constexpr OpSpec StaffDayOffRemoved{QLatin1String("staff.day_off.removed"),
                                           1,
                                           QLatin1String("bookings"),
                                           OpDirection::Exchange,
                                           QLatin1String("staff_day_off"),
                                           QLatin1String("day")};
inline constexpr OpSpec StationSaved{QLatin1String("station.saved"), 1, QLatin1String("bookings"),
                                     OpDirection::Exchange, QLatin1String("station")};
inline constexpr OpSpec StationRetired{QLatin1String("station.retired"), 1, QLatin1String("bookings"),
                                       OpDirection::Exchange, QLatin1String("station")};
inline constexpr OpSpec ServiceSaved{QLatin1String("service.saved"), 1, QLatin1String("bookings"),
                                     OpDirection::Exchange, QLatin1String("service")};
inline constexpr OpSpec CrewSaved{QLatin1String("crew.saved"), 1, QLatin1String("bookings"), OpDirection::Exchange,
                                  QLatin1String("crew")};
inline constexpr OpSpec CrewRetired{QLatin1String("crew.retired"), 1, QLatin1String("bookings"), OpDirection::Exchange,
                                    QLatin1String("crew")};
inline constexpr OpSpec TravelTimeSaved{QLatin1String("travel_time.saved"), 1,
                                        QLatin1String("bookings"),          OpDirection::Exchange,
                                        QLatin1String("travel_time"),       QLatin1String("to")};
inline constexpr OpSpec BookingCreated{QLatin1String("booking.created"), 1, QLatin1String("bookings"),
                                       OpDirection::Exchange};
inline constexpr OpSpec BookingMoved{QLatin1String("booking.moved"), 1, QLatin1String("bookings"),
                                     OpDirection::Exchange, QLatin1String("booking_time")};
inline constexpr OpSpec BookingStatusChanged{QLatin1String("booking.status_changed"), 1, QLatin1String("bookings"),
                                             OpDirection::Exchange, QLatin1String("booking_status")};
inline constexpr OpSpec BookingCancelled{QLatin1String("booking.cancelled"), 1, QLatin1String("bookings"),
                                         OpDirection::Exchange, QLatin1String("booking_status")};
inline constexpr OpSpec BookingNoShow{QLatin1String("booking.no_show"), 1, QLatin1String("bookings"),
                                      OpDirection::Exchange, QLatin1String("booking_status")};
inline constexpr OpSpec BookingCompleted{QLatin1String("booking.completed"), 1, QLatin1String("bookings"),
                                         OpDirection::Exchange, QLatin1String("booking_status")};
inline constexpr OpSpec BookingSeriesCreated{QLatin1String("booking.series.created"), 1, QLatin1String("bookings"),
                                             OpDirection::Exchange};

// reservations/: dining hours, reservations (ReservationService) and the waitlist.
inline constexpr OpSpec DiningHoursSet{QLatin1String("dining_hours.set"), 1, QLatin1String("reservations"),
                                       OpDirection::Exchange, QLatin1String("dining_hours")};
inline constexpr OpSpec ReservationCreated{QLatin1String("reservation.created"), 1, QLatin1String("reservations"),
                                           OpDirection::Exchange};
inline constexpr OpSpec ReservationMoved{QLatin1String("reservation.moved"), 1, QLatin1String("reservations"),
                                         OpDirection::Exchange, QLatin1String("reservation_time")};
/// A plain status change. The name is "reservation.status" (bookings say "booking.status_changed"): it is
/// already on the wire, so it stays.
inline constexpr OpSpec ReservationStatus{QLatin1String("reservation.status"), 1, QLatin1String("reservations"),
                                          OpDirection::Exchange, QLatin1String("reservation_status")};
inline constexpr OpSpec ReservationCancelled{QLatin1String("reservation.cancelled"), 1, QLatin1String("reservations"),
                                             OpDirection::Exchange, QLatin1String("reservation_status")};
inline constexpr OpSpec ReservationNoShow{QLatin1String("reservation.no_show"), 1, QLatin1String("reservations"),
                                          OpDirection::Exchange, QLatin1String("reservation_status")};
inline constexpr OpSpec ReservationSeated{QLatin1String("reservation.seated"), 1, QLatin1String("reservations"),
                                          OpDirection::Exchange, QLatin1String("reservation_status")};
inline constexpr OpSpec ReservationCompleted{QLatin1String("reservation.completed"), 1, QLatin1String("reservations"),
                                             OpDirection::Exchange, QLatin1String("reservation_status")};
inline constexpr OpSpec ReservationDepositRefunded{QLatin1String("reservation.deposit_refunded"), 1,
                                                   QLatin1String("reservations"), OpDirection::Exchange,
                                                   QLatin1String("reservation_deposit")};
inline constexpr OpSpec WaitlistAdded{QLatin1String("waitlist.added"), 1, QLatin1String("reservations"),
                                      OpDirection::Exchange};
inline constexpr OpSpec WaitlistSeated{QLatin1String("waitlist.seated"), 1, QLatin1String("reservations"),
                                       OpDirection::Exchange, QLatin1String("waitlist_status")};
inline constexpr OpSpec WaitlistLeft{QLatin1String("waitlist.left"), 1, QLatin1String("reservations"),
                                     OpDirection::Exchange, QLatin1String("waitlist_status")};
} // namespace ops

/// Lookups over the ops above.
class OpRegistry
{
public:
    /// Every registered op, in the order of the list above.
    static const QList<const OpSpec *> &all();
    /// The op with this name, or nullptr.
    static const OpSpec *find(QStringView name);
    /// True if name is registered with exactly this version.
    static bool knows(QStringView name, int version);
    static bool knows(const OpSpec &op);
    /// "push" | "exchange"
    static QLatin1String directionName(OpDirection direction);
};

} // namespace madang
