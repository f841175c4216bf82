#include "workflows/intake.h"

#include "bookings/bookingservice.h"
#include "customers/customerrepository.h"

namespace madang {

Result<QString> Intake::customerIdFor(const QString &phone, const QString &name)
{
    if (phone.trimmed().isEmpty()) {
        return QString();
    }
    auto customer = m_store.customers().findOrAdd(phone, name);
    if (!customer) {
        return customer.error();
    }
    return customer->id;
}

Result<Booking> Intake::book(BookingRequest request, const QString &phone, const QString &name)
{
    return withCustomer(phone, name, [&](const QString &customerId) {
        request.customerId = customerId;
        return m_store.bookings().create(request);
    });
}

Result<QList<Booking>> Intake::bookSeries(BookingRequest request, const QString &phone, const QString &name,
                                          Repeat repeat, int visits)
{
    return withCustomer(phone, name, [&](const QString &customerId) {
        request.customerId = customerId;
        return m_store.bookings().createSeries(request, repeat, visits);
    });
}

Result<Reservation> Intake::reserve(ReservationRequest request, const QString &phone)
{
    return withCustomer(phone, request.guestName, [&](const QString &customerId) {
        request.customerId = customerId;
        return m_store.reservations().create(request);
    });
}

} // namespace madang
