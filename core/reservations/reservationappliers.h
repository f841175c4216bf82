#pragma once

namespace madang {

class ApplierSet;
class ReservationService;

/// Appliers of the reservation ops (reservation.created, moved, seated, completed, cancelled, no_show, status
/// and deposit_refunded) and of the waitlist ops (waitlist.added, seated, left).
///
/// A reservation op carries the reservation's whole state and the history row it added: the row with the op's
/// id takes that state, its tables are the op's, and the history row is written once, with the op's time and
/// staff. The host's input rules (reservation hours, the booking window, which tables push together, which
/// status may follow which) were judged where the change was made. What this terminal's own rows can
/// contradict is checked here: a reservation that would hold a table another reservation or a seated party
/// holds here at that time is refused (Conflict), as ReservationService::create refuses it; so is a deposit
/// given back a second time. Only reservation.created adds a reservation; an op about one this terminal does
/// not have is refused (NotFound). Seating does not open a ticket here: the party's ticket is on the terminal
/// that seated it.
///
/// The waitlist ops write the party's row (added), or its end (seated at a table, left) for a party this
/// terminal has (else NotFound).
void addReservationAppliers(ApplierSet &set, ReservationService &reservations);

} // namespace madang
