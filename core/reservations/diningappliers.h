#pragma once

namespace madang {

class ApplierSet;
class ReservationService;

/// Applier of dining_hours.set: ReservationService::setWeek with the week the payload carries (every weekday,
/// 1 = Monday … 7 = Sunday, with its opening intervals; an empty list closes that day).
void addDiningAppliers(ApplierSet &set, ReservationService &reservations);

} // namespace madang
