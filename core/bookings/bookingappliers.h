#pragma once

namespace madang {

class ApplierSet;
class Clock;

/// Appliers of the booking ops that carry the booking's whole state (booking.created, booking.moved,
/// booking.status_changed, booking.cancelled, booking.no_show, booking.completed): the row with the op's id
/// takes that state as it is. The platform has already judged the slot, so it is not checked again here; the
/// terminal's own notes and its needs-reassignment flag are not in the payload and stay. And the applier of
/// booking.series.created: the series row, once every visit it lists is here as a booking of that series.
void addBookingAppliers(ApplierSet &set, const Clock &clock);

} // namespace madang
