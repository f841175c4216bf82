#pragma once

namespace madang {

class ApplierSet;
class ResourceRepository;

/// Appliers of service.saved, station.saved, station.retired, staff.skills.set, staff.hours.set,
/// staff.day_off.added and staff.day_off.removed, through ResourceRepository's writes. A station new here keeps
/// its id; retiring a station that is retired already, or removing a day off that is not there, is done already.
void addResourceAppliers(ApplierSet &set, ResourceRepository &resources);

} // namespace madang
