#pragma once

// Taking in a customer by phone with what they ask for: a booking, a repeating visit or a reservation. The
// customer (found by phone, or added) and the write that names them commit together or not at all.

#include "base/error.h"
#include "bookings/booking.h"
#include "bookings/recurrence.h"
#include "reservations/reservationservice.h"
#include "storage/transaction.h"
#include "workflows/store.h"

#include <QList>
#include <QString>

namespace madang {

/// Constructed on a Store it does not own.
class Intake
{
public:
    explicit Intake(Store &store) : m_store(store) {}

    /// In one transaction: the id of the customer with this phone number (added under `name` if new; empty
    /// for an empty phone, an anonymous walk-in), then write(customerId). Nothing of either stays if one fails.
    template <typename Write>
    auto withCustomer(const QString &phone, const QString &name, Write &&write) -> decltype(write(QString()))
    {
        Transaction tx(m_store.database().connection());
        if (!tx.active()) {
            return tx.beginError();
        }
        auto customer = customerIdFor(phone, name);
        if (!customer) {
            return customer.error();
        }
        auto made = write(customer.value());
        if (!made) {
            return made.error();
        }
        if (auto done = tx.commit(); !done) {
            return done.error();
        }
        return made;
    }

    /// BookingService::create for the customer with this phone number.
    Result<Booking> book(BookingRequest request, const QString &phone, const QString &name);
    /// BookingService::createSeries for the customer with this phone number: the customer and every visit.
    Result<QList<Booking>> bookSeries(BookingRequest request, const QString &phone, const QString &name, Repeat repeat,
                                      int visits);
    /// ReservationService::create for the guest with this phone number (added under the guest's name).
    Result<Reservation> reserve(ReservationRequest request, const QString &phone);

private:
    /// The id of the customer with this phone number, added if new; empty for an empty phone.
    Result<QString> customerIdFor(const QString &phone, const QString &name);

    Store &m_store;
};

} // namespace madang
